//! The search package's index-time analysis in Rust (issue 12): jieba, the fast folding path, the
//! measure-word split, the word tokens (stop words, canonical synonyms and places) and the n-gram
//! parts, per clause with a memo. search/analysis.py hands over its tables once and keeps the rare
//! rules (full NFKC, OpenCC, written-out amounts, "PVC 管"): a clause that needs one of them is folded
//! by the Python callable given at construction and its folded text analysed here.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use jieba_rs::{Jieba, TokenizeMode};
use pyo3::exceptions::{PyOverflowError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString};
use tantivy::indexer::UserOperation;
use tantivy::schema::Schema;
use tantivy::tokenizer::{NgramTokenizer, TextAnalyzer, WhitespaceTokenizer};
use tantivy::{Index, IndexWriter, TantivyDocument};

const CLAUSE_CACHE_LIMIT: usize = 300_000;

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

fn is_clause_mark(c: char) -> bool {
    matches!(c, '\n' | '\r' | '，' | '。' | '！' | '？' | '；' | '：' | '、' | ',' | '!' | '?' | ';' | ':')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// Python's str.isspace(): Unicode White_Space plus the four information separators.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A text's words, Han runs and extras as the engines index them, each joined by single spaces (no
/// token holds one: jieba cuts at whitespace; a run is Han characters only). A run is one value of
/// the engine's n-gram field.
struct Parts {
    words: String,
    runs: String,
    extras: String,
}

fn append(into: &mut String, tokens: &str) {
    if !tokens.is_empty() {
        if !into.is_empty() {
            into.push(' ');
        }
        into.push_str(tokens);
    }
}

fn split_list<'py>(py: Python<'py>, tokens: &str) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, tokens.split(' ').filter(|t| !t.is_empty()).collect::<Vec<&str>>())
}

impl Parts {
    fn empty() -> Self {
        Parts { words: String::new(), runs: String::new(), extras: String::new() }
    }

    fn extend(&mut self, other: &Parts) {
        append(&mut self.words, &other.words);
        append(&mut self.runs, &other.runs);
        append(&mut self.extras, &other.extras);
    }
}

/// The analysis tables, jieba with the domain dictionary, and the clause memos.
#[pyclass(frozen, module = "fupin_native")]
struct Analyzer {
    jieba: Jieba,
    canonical: HashMap<String, String>,
    stop_words: HashSet<String>,
    fast: HashMap<char, char>, // the fast NFKC table: stable characters map to themselves
    t2s_chars: HashSet<char>,                  // characters t2s changes alone
    t2s_phrases: HashMap<char, Vec<Vec<char>>>, // phrases t2s changes, by first character
    word_ranges: Vec<(u32, u32)>, // Python's \w as sorted inclusive code point ranges
    measures: Vec<Vec<char>>,     // longest first, as the Python alternation tries them
    numerals: HashSet<char>,
    digits: HashSet<char>, // Python's \d beyond ASCII (the measure split's numbers)
    fold_slow: Py<PyAny>,
    memos: [Mutex<HashMap<String, Parts>>; 2],
}

impl Analyzer {
    fn word_char(&self, c: char) -> bool {
        let code = c as u32;
        let at = self.word_ranges.partition_point(|&(start, _)| start <= code);
        at > 0 && self.word_ranges[at - 1].1 >= code
    }

    fn map_word(&self, word: &str) -> Option<String> {
        let stripped = word.trim_matches(py_space);
        if stripped.is_empty() || !stripped.chars().any(|c| self.word_char(c)) || self.stop_words.contains(stripped) {
            return None;
        }
        Some(self.canonical.get(stripped).cloned().unwrap_or_else(|| stripped.to_string()))
    }

    /// Whether OpenCC's t2s could change ``chars``: a character it changes alone, or a phrase it
    /// changes (its longest-match conversion only ever changes text at such a key).
    fn t2s_may_change(&self, chars: &[char]) -> bool {
        (0..chars.len()).any(|at| {
            self.t2s_chars.contains(&chars[at])
                || self.t2s_phrases.get(&chars[at]).is_some_and(|phrases| {
                    phrases.iter().any(|p| at + p.len() <= chars.len() && chars[at..at + p.len()] == p[..])
                })
        })
    }

    /// NFKC + lower case + t2s for text made of the fast table's characters; None when a rare rule applies.
    fn fold_plain(&self, text: &str) -> Option<String> {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let folded = if ('\u{4e00}'..='\u{9fff}').contains(&c) { c } else { *self.fast.get(&c)? };
            out.push(folded.to_ascii_lowercase());
        }
        if self.t2s_may_change(&out) {
            return None;
        }
        Some(out.into_iter().collect())
    }

    /// The measure word (longest first) at ``at`` that a Han character follows: its length.
    fn measure_at(&self, chars: &[char], at: usize, han_after: bool) -> Option<usize> {
        self.measures.iter().find_map(|m| {
            let end = at + m.len();
            let fits = end <= chars.len() && chars[at..end] == m[..];
            (fits && (!han_after || (end < chars.len() && is_han(chars[end])))).then_some(m.len())
        })
    }

    /// 50斤大米 → 50 斤 大米: an Arabic number glued to a measure word and then to a Han character.
    fn split_measures(&self, text: &str) -> String {
        let digit = |c: char| c.is_ascii_digit() || (!c.is_ascii() && self.digits.contains(&c));
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 8);
        let mut at = 0;
        while at < chars.len() {
            if digit(chars[at]) {
                let mut end = at;
                while end < chars.len() && digit(chars[end]) {
                    end += 1;
                }
                let mut ends = vec![end];
                if end + 1 < chars.len() && chars[end] == '.' && digit(chars[end + 1]) {
                    let mut fraction = end + 1;
                    while fraction < chars.len() && digit(chars[fraction]) {
                        fraction += 1;
                    }
                    ends.insert(0, fraction);
                }
                if let Some((number_end, length)) =
                    ends.iter().find_map(|&e| self.measure_at(&chars, e, true).map(|l| (e, l)))
                {
                    out.push(' ');
                    out.extend(&chars[at..number_end]);
                    out.push(' ');
                    out.extend(&chars[number_end..number_end + length]);
                    out.push(' ');
                    at = number_end + length;
                    continue;
                }
            }
            out.push(chars[at]);
            at += 1;
        }
        out
    }

    /// A Chinese numeral, spaces or tabs, then a measure word: the written-out amount rule applies.
    fn has_written_amount(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len()).any(|at| {
            if !self.numerals.contains(&chars[at]) {
                return false;
            }
            let mut next = at + 1;
            while next < chars.len() && (chars[next] == ' ' || chars[next] == '\t') {
                next += 1;
            }
            self.measure_at(&chars, next, false).is_some()
        })
    }

    /// fold() of search/analysis.py for text without a rare rule; None when one applies.
    fn fold_fast(&self, text: &str, written_amounts: bool) -> Option<String> {
        let folded = self.fold_plain(text)?;
        // A domain word mixing Latin and Han typed with a space ("PVC 管") is joined in Python.
        if folded.contains(' ') && !folded.is_ascii() && folded.chars().any(is_latin) {
            return None;
        }
        let folded = if folded.bytes().any(|b| b.is_ascii_digit()) { self.split_measures(&folded) } else { folded };
        if written_amounts && self.has_written_amount(&folded) {
            return None;
        }
        Some(folded)
    }

    fn words(&self, folded: &str) -> Vec<String> {
        self.jieba.cut_for_search(folded, true).iter().filter_map(|t| self.map_word(t.word)).collect()
    }

    /// (runs, extras) of folded text: Han runs, Latin/digit runs, Latin + Han joins, bigrams of names.
    fn ngram_parts(folded: &str, unigrams: bool) -> (Vec<String>, Vec<String>) {
        let chars: Vec<char> = folded.chars().collect();
        let mut runs = Vec::new();
        let mut extras = Vec::new();
        let mut at = 0;
        while at < chars.len() {
            let han = is_han(chars[at]);
            if !han && !is_latin(chars[at]) {
                at += 1;
                continue;
            }
            let start = at;
            while at < chars.len() && (if han { is_han(chars[at]) } else { is_latin(chars[at]) }) {
                at += 1;
            }
            let run = &chars[start..at];
            if !han {
                extras.push(run.iter().collect());
            } else if unigrams || run.len() == 1 {
                runs.push(run.iter().collect());
            } else {
                extras.extend(run.windows(2).map(|pair| pair.iter().collect::<String>()));
            }
        }
        // A Latin run holding a letter joined to the Han character after it, then to the one before it.
        let latin_runs: Vec<(usize, usize)> = {
            let mut found = Vec::new();
            let mut at = 0;
            while at < chars.len() {
                if is_latin(chars[at]) {
                    let start = at;
                    while at < chars.len() && is_latin(chars[at]) {
                        at += 1;
                    }
                    if chars[start..at].iter().any(|c| c.is_ascii_lowercase()) {
                        found.push((start, at));
                    }
                } else {
                    at += 1;
                }
            }
            found
        };
        for &(start, end) in &latin_runs {
            if end < chars.len() && is_han(chars[end]) {
                extras.push(chars[start..=end].iter().collect());
            }
        }
        for &(start, end) in &latin_runs {
            if start > 0 && is_han(chars[start - 1]) {
                extras.push(chars[start - 1..end].iter().collect());
            }
        }
        (runs, extras)
    }

    fn folded_parts(&self, folded: &str, unigrams: bool) -> Parts {
        let (runs, extras) = Self::ngram_parts(folded, unigrams);
        Parts { words: self.words(folded).join(" "), runs: runs.join(" "), extras: extras.join(" ") }
    }

    fn clause_parts(&self, py: Python<'_>, clause: &str, unigrams: bool) -> PyResult<Parts> {
        // A space between two Han characters, the first no numeral, ends every token: a clause of
        // names (湖南省 郴州市 汝城县) is its names' tokens put together, each name memoised.
        if clause.contains(' ') {
            let chars: Vec<char> = clause.chars().collect();
            let splits = (0..chars.len()).filter(|&i| chars[i] == ' ').all(|i| {
                i > 0
                    && i + 1 < chars.len()
                    && is_han(chars[i - 1])
                    && !self.numerals.contains(&chars[i - 1])
                    && is_han(chars[i + 1])
            });
            if splits {
                let mut parts = Parts::empty();
                for name in clause.split(' ') {
                    self.add_clause(py, name, unigrams, &mut parts)?;
                }
                return Ok(parts);
            }
        }
        let folded = match self.fold_fast(clause, true) {
            Some(folded) => folded,
            None => self.fold_slow.bind(py).call1((clause,))?.extract::<String>()?,
        };
        Ok(self.folded_parts(&folded, unigrams))
    }

    /// A text's parts, clause by clause through the memo.
    fn text_parts(&self, py: Python<'_>, text: &str, unigrams: bool) -> PyResult<Parts> {
        let mut parts = Parts::empty();
        for clause in text.split(is_clause_mark).filter(|c| !c.is_empty()) {
            self.add_clause(py, clause, unigrams, &mut parts)?;
        }
        Ok(parts)
    }

    /// Every text field's parts put together, and the words of the boosted fields.
    fn document(&self, py: Python<'_>, fields: &[(String, bool, bool)]) -> PyResult<(Parts, String)> {
        let mut all = Parts::empty();
        let mut title = String::new();
        for (text, unigrams, boosted) in fields {
            let parts = self.text_parts(py, text, *unigrams)?;
            if *boosted {
                append(&mut title, &parts.words);
            }
            all.extend(&parts);
        }
        Ok((all, title))
    }

    fn add_clause(&self, py: Python<'_>, clause: &str, unigrams: bool, into: &mut Parts) -> PyResult<()> {
        let memo = &self.memos[unigrams as usize];
        if let Some(found) = memo.lock().unwrap().get(clause) {
            into.extend(found);
            return Ok(());
        }
        let found = self.clause_parts(py, clause, unigrams)?;
        into.extend(&found);
        let mut memo = memo.lock().unwrap();
        if memo.len() >= CLAUSE_CACHE_LIMIT {
            memo.clear();
        }
        memo.insert(clause.to_string(), found);
        Ok(())
    }
}


#[pymethods]
impl Analyzer {
    /// Build jieba and the tables. ``domain_words``: (word, frequency) pairs added first;
    /// ``more_words``: added with frequency 2000 unless jieba knows them; ``canonical``: spelling →
    /// token; ``fast``: character → its NFKC fold for the characters the fast path handles;
    /// ``t2s_chars``, ``t2s_phrases``: the characters and phrases OpenCC's t2s changes;
    /// ``word_ranges``: Python's ``\w`` as inclusive (first, last) code points; ``fold_slow``: the
    /// Python fold for a clause that needs a rare rule; ``digits``: Python's ``\d`` beyond ASCII.
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn new(
        domain_words: Vec<(String, usize)>,
        more_words: Vec<String>,
        canonical: HashMap<String, String>,
        stop_words: Vec<String>,
        fast: HashMap<char, char>,
        t2s_chars: String,
        t2s_phrases: Vec<String>,
        word_ranges: Vec<(u32, u32)>,
        measures: Vec<String>,
        numerals: String,
        digits: String,
        fold_slow: Py<PyAny>,
    ) -> Self {
        let mut jieba = Jieba::new();
        for (word, freq) in &domain_words {
            jieba.add_word(word, Some(*freq), None);
        }
        for word in &more_words {
            if !jieba.has_word(word) {
                jieba.add_word(word, Some(2000), None);
            }
        }
        let mut measures: Vec<Vec<char>> = measures.iter().map(|m| m.chars().collect()).collect();
        measures.sort_by_key(|m| std::cmp::Reverse(m.len()));
        Analyzer {
            jieba,
            canonical,
            stop_words: stop_words.into_iter().collect(),
            fast,
            t2s_chars: t2s_chars.chars().collect(),
            t2s_phrases: {
                let mut by_first: HashMap<char, Vec<Vec<char>>> = HashMap::new();
                for phrase in &t2s_phrases {
                    let chars: Vec<char> = phrase.chars().collect();
                    if let Some(&first) = chars.first() {
                        by_first.entry(first).or_default().push(chars);
                    }
                }
                by_first
            },
            word_ranges,
            measures,
            numerals: numerals.chars().collect(),
            digits: digits.chars().collect(),
            fold_slow,
            memos: [Mutex::new(HashMap::new()), Mutex::new(HashMap::new())],
        }
    }

    /// jieba's words of ``text`` (rjieba's ``cut``).
    fn cut(&self, text: &str, hmm: bool) -> Vec<String> {
        self.jieba.cut(text, hmm).iter().map(|t| t.word.to_string()).collect()
    }

    /// jieba's search-mode words of ``text`` (rjieba's ``cut_for_search``).
    fn cut_for_search(&self, text: &str, hmm: bool) -> Vec<String> {
        self.jieba.cut_for_search(text, hmm).iter().map(|t| t.word.to_string()).collect()
    }

    /// (word, start, end) in characters, mode "search" or "default" (rjieba's ``tokenize``).
    fn tokenize(&self, text: &str, mode: &str, hmm: bool) -> Vec<(String, usize, usize)> {
        let mode = if mode.eq_ignore_ascii_case("search") { TokenizeMode::Search } else { TokenizeMode::Default };
        self.jieba.tokenize(text, mode, hmm).iter().map(|t| (t.word.to_string(), t.start, t.end)).collect()
    }

    /// The index token of one jieba word: stripped, canonical; "" for a stop word or punctuation.
    fn token(&self, word: &str) -> String {
        self.map_word(word).unwrap_or_default()
    }

    /// The index tokens of jieba words, the dropped ones left out.
    fn tokens(&self, words: Vec<String>) -> Vec<String> {
        words.iter().filter_map(|w| self.map_word(w)).collect()
    }

    /// fold() without its rare rules, or None when ``text`` needs one (see search/analysis.py).
    #[pyo3(signature = (text, written_amounts=true))]
    fn fold(&self, text: &str, written_amounts: bool) -> Option<String> {
        self.fold_fast(text, written_amounts)
    }

    /// Whether OpenCC's t2s could change ``text`` (else the conversion is skipped).
    #[pyo3(name = "t2s_may_change")]
    fn py_t2s_may_change(&self, text: &str) -> bool {
        self.t2s_may_change(&text.chars().collect::<Vec<char>>())
    }

    /// NFKC, lower case and t2s through the fast table, or None when a character is outside it.
    #[pyo3(name = "fold_plain")]
    fn py_fold_plain(&self, text: &str) -> Option<String> {
        self.fold_plain(text)
    }

    /// The measure-word split alone (for text the Python rules folded).
    #[pyo3(name = "split_measures")]
    fn py_split_measures(&self, text: &str) -> String {
        self.split_measures(text)
    }

    /// Whether folded text holds a written-out number before a measure word (五十斤, 两 袋).
    #[pyo3(name = "has_written_amount")]
    fn py_has_written_amount(&self, text: &str) -> bool {
        self.has_written_amount(text)
    }

    /// (runs, extras) of folded text: ngram_parts of search/analysis.py.
    #[pyo3(name = "ngram_parts")]
    fn py_ngram_parts(&self, folded: &str, unigrams: bool) -> (Vec<String>, Vec<String>) {
        Self::ngram_parts(folded, unigrams)
    }

    /// (words, runs, extras) of folded text.
    fn folded_index_parts<'py>(
        &self,
        py: Python<'py>,
        folded: &str,
        unigrams: bool,
    ) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>, Bound<'py, PyList>)> {
        let parts = self.folded_parts(folded, unigrams);
        Ok((split_list(py, &parts.words)?, split_list(py, &parts.runs)?, split_list(py, &parts.extras)?))
    }

    /// Forget the remembered clauses (tests and benchmarks start cold with it).
    fn clear_memo(&self) {
        for memo in &self.memos {
            memo.lock().unwrap().clear();
        }
    }

    /// The clauses remembered for ``unigrams`` (what the memo holds, for tests).
    fn memo_keys(&self, unigrams: bool) -> Vec<String> {
        self.memos[unigrams as usize].lock().unwrap().keys().cloned().collect()
    }

    /// (words, runs, extras) of raw text, clause by clause through the memo: analyze_index_parts.
    fn index_parts<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        unigrams: bool,
    ) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>, Bound<'py, PyList>)> {
        let parts = self.text_parts(py, text, unigrams)?;
        Ok((split_list(py, &parts.words)?, split_list(py, &parts.runs)?, split_list(py, &parts.extras)?))
    }

    /// A document's text fields, each (text, unigrams, boosted), in one call: (words of every field,
    /// words of the boosted fields, runs, extras), words and extras as space-separated strings (what
    /// the engines index), each field's parts as index_parts gives them, in field order.
    #[allow(clippy::type_complexity)]
    fn document_parts<'py>(
        &self,
        py: Python<'py>,
        fields: Vec<(String, bool, bool)>,
    ) -> PyResult<(Bound<'py, PyString>, Bound<'py, PyString>, Bound<'py, PyList>, Bound<'py, PyString>)> {
        let (all, title) = self.document(py, &fields)?;
        Ok((PyString::new(py, &all.words), PyString::new(py, &title), split_list(py, &all.runs)?,
            PyString::new(py, &all.extras)))
    }

    /// A document as the embedded engine's JSON (tantivy's ``add_json``), UTF-8: ``head`` (``{"id":
    /// …,"_source":"…"``), the token fields of ``fields`` (as document_parts gives them: words, title
    /// words, runs as an array, extras; each left out when empty, keys from ``layout``), ``middle``'s
    /// members (a JSON object's bytes, ``{}`` for none), then ``sorts``' packed keys of ``values``.
    /// Byte for byte what orjson made of the same fields before (issue 12, seventh pass).
    #[allow(clippy::too_many_arguments)]
    fn document_json<'py>(
        &self,
        py: Python<'py>,
        layout: &DocumentLayout,
        head: &[u8],
        fields: Vec<(String, bool, bool)>,
        middle: &[u8],
        sorts: &SortPlan,
        values: &Bound<'py, PyDict>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let (all, title) = self.document(py, &fields)?;
        let mut out: Vec<u8> =
            Vec::with_capacity(head.len() + middle.len() + 2 * (all.words.len() + all.runs.len() + all.extras.len()) + 256);
        out.extend_from_slice(head);
        for (key, tokens) in [(&layout.text, &all.words), (&layout.title, &title)] {
            if !tokens.is_empty() {
                out.extend_from_slice(key.as_bytes());
                json_string(&mut out, tokens);
            }
        }
        if !all.runs.is_empty() {
            out.extend_from_slice(layout.runs.as_bytes());
            out.push(b'[');
            for (at, run) in all.runs.split(' ').enumerate() {
                if at > 0 {
                    out.push(b',');
                }
                json_string(&mut out, run);
            }
            out.push(b']');
        }
        if !all.extras.is_empty() {
            out.extend_from_slice(layout.extras.as_bytes());
            json_string(&mut out, &all.extras);
        }
        if middle.len() > 2 {
            out.push(b',');
            out.extend_from_slice(&middle[1..middle.len() - 1]);
        }
        for (name, keys) in &sorts.sorts {
            out.extend_from_slice(b",\"");
            out.extend_from_slice(layout.sort_prefix.as_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            out.extend_from_slice(sort_key(keys, values)?.to_string().as_bytes());
        }
        out.push(b'}');
        Ok(PyBytes::new(py, &out))
    }
}

/// A JSON string of ``text`` as orjson writes it: UTF-8 as it is, ``"`` and ``\\`` escaped, the
/// control characters as ``\b \f \n \r \t`` or ``\u00xx``.
fn json_string(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    let bytes = text.as_bytes();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..at]);
        if escape.is_empty() {
            out.extend_from_slice(format!("\\u{byte:04x}").as_bytes());
        } else {
            out.extend_from_slice(escape);
        }
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// One key of a sort: the value's field, its width in bits, whether it sorts descending.
type SortKeyPlan = (Py<PyString>, u32, bool);

/// The keys of a sort packed into one non-negative integer that sorts ascending (search/schema.py,
/// SortKey): each key takes its bits; a float counts in thousandths (truncated); a value is clamped
/// into [0, 2**bits - 2]; a descending key is stored inverted; a missing (None) value takes the
/// key's largest value, 2**bits - 1, so it sorts last either way. Raises OverflowError for a float
/// whose thousandths are infinite (as Python's int() did) and TypeError for a value that is no number.
fn sort_key(keys: &[SortKeyPlan], values: &Bound<'_, PyDict>) -> PyResult<u64> {
    let py = values.py();
    let mut packed: u64 = 0;
    for (field, bits, descending) in keys {
        let limit = (1u64 << bits) - 1;
        let part = match values.get_item(field.bind(py))? {
            None => limit,
            Some(value) if value.is_none() => limit,
            Some(value) => {
                let number = if let Ok(float) = value.downcast::<PyFloat>() {
                    let thousandths = float.value() * 1000.0;
                    if thousandths.is_infinite() {
                        return Err(PyOverflowError::new_err("cannot convert float infinity to integer"));
                    }
                    let whole = thousandths.trunc();
                    if whole < 0.0 { 0 } else if whole >= limit as f64 { limit - 1 } else { whole as u64 }
                } else {
                    match value.extract::<i64>() {
                        Ok(whole) if whole < 0 => 0,
                        Ok(whole) if whole as u64 >= limit => limit - 1,
                        Ok(whole) => whole as u64,
                        Err(_) if value.lt(0)? => 0, // an integer past 64 bits, or a TypeError
                        Err(_) => limit - 1,
                    }
                };
                if *descending { limit - 1 - number } else { number }
            }
        };
        packed = (packed << bits) | part;
    }
    Ok(packed)
}

/// An index's sorts, each (name, keys): what search/schema.py's SortKey lists say, packed by sort_key.
#[pyclass(frozen, module = "fupin_native")]
struct SortPlan {
    sorts: Vec<(String, Vec<SortKeyPlan>)>,
}

#[pymethods]
impl SortPlan {
    /// ``sorts``: (sort name, [(field, bits, descending), …]) in the index's order; the bits of one
    /// sort add up to 63 at most (search/schema.py checks).
    #[new]
    #[allow(clippy::type_complexity)]
    fn new(py: Python<'_>, sorts: Vec<(String, Vec<(String, u32, bool)>)>) -> Self {
        let sorts = sorts
            .into_iter()
            .map(|(name, keys)| (name, keys.into_iter().map(|(f, b, d)| (PyString::new(py, &f).unbind(), b, d)).collect()))
            .collect();
        SortPlan { sorts }
    }

    /// {sort name: packed key} of a document's typed ``values`` (field → int, float or None).
    fn keys<'py>(&self, values: &Bound<'py, PyDict>) -> PyResult<Bound<'py, PyDict>> {
        let keys = PyDict::new(values.py());
        for (name, plan) in &self.sorts {
            keys.set_item(name, sort_key(plan, values)?)?;
        }
        Ok(keys)
    }
}

/// The embedded engine's field names for document_json: the token fields and the sort fields' prefix.
#[pyclass(frozen, module = "fupin_native")]
struct DocumentLayout {
    text: String, // each as `,"name":`, ready to write
    title: String,
    runs: String,
    extras: String,
    sort_prefix: String,
}

#[pymethods]
impl DocumentLayout {
    /// Field names: the words, the title words, the Han runs, the other n-grams; ``sort_prefix``
    /// goes before each sort's name (plain names: no JSON escaping is applied).
    #[new]
    fn new(text: &str, title: &str, runs: &str, extras: &str, sort_prefix: &str) -> Self {
        let key = |name: &str| format!(",\"{name}\":");
        DocumentLayout { text: key(text), title: key(title), runs: key(runs), extras: key(extras), sort_prefix: sort_prefix.to_string() }
    }
}

/// A document field's JSON value as read by `parse_document`: a string borrowed from the input when
/// it has no escapes, a list of values, or any other JSON value.
enum FieldJson<'a> {
    Str(std::borrow::Cow<'a, str>),
    Array(Vec<FieldJson<'a>>),
    Other(serde_json::Value),
}

impl FieldJson<'_> {
    fn into_json(self) -> serde_json::Value {
        match self {
            FieldJson::Str(text) => serde_json::Value::String(text.into_owned()),
            FieldJson::Array(items) => serde_json::Value::Array(items.into_iter().map(FieldJson::into_json).collect()),
            FieldJson::Other(value) => value,
        }
    }
}

impl<'de> serde::Deserialize<'de> for FieldJson<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor};
        use serde_json::Value;
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldJson<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(FieldJson::Str(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(FieldJson::Str(std::borrow::Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(FieldJson::Str(std::borrow::Cow::Owned(v)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(FieldJson::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let value = serde::Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(FieldJson::Other(value))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
                Ok(FieldJson::Other(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
                Ok(FieldJson::Other(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
                Ok(FieldJson::Other(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
                // serde_json's own Value: a float JSON holds (it parses no NaN or infinity).
                Ok(FieldJson::Other(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(FieldJson::Other(Value::Null))
            }
            fn visit_none<E>(self) -> Result<Self::Value, E> {
                Ok(FieldJson::Other(Value::Null))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// An object key, borrowed from the input when it has no escapes.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Key<'a>(std::borrow::Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match FieldJson::deserialize(deserializer)? {
            FieldJson::Str(text) => Ok(Key(text)),
            _ => Err(serde::de::Error::custom("an object key that is no string")),
        }
    }
}

/// The document ``TantivyDocument::parse_json(schema, json)`` gives (tantivy 0.27.0), read without
/// its serde_json map of owned strings: the members in key order, the last of a repeated key, those
/// naming no field skipped, an array one value per item; a string of a text field added as it is,
/// every other value converted by the field type's ``value_from_json`` as parse_json converts it.
fn parse_document(schema: &Schema, json: &str) -> Result<TantivyDocument, String> {
    use tantivy::schema::FieldType;
    let members: std::collections::BTreeMap<Key<'_>, FieldJson<'_>> =
        serde_json::from_str(json).map_err(|e| format!("not a JSON object: {e}"))?;
    let mut document = TantivyDocument::default();
    for (Key(name), value) in members {
        let Ok(field) = schema.get_field(&name) else { continue };
        let field_type = schema.get_field_entry(field).field_type();
        if matches!(field_type, FieldType::TieBreaker) {
            continue;
        }
        let items = match value {
            FieldJson::Array(items) => items,
            single => vec![single],
        };
        for item in items {
            match (item, field_type) {
                (FieldJson::Str(text), FieldType::Str(_)) => document.add_text(field, text),
                (other, _) => {
                    let value = field_type.value_from_json(other.into_json()).map_err(|e| format!("{name}: {e}"))?;
                    document.add_field_value(field, &value);
                }
            }
        }
    }
    Ok(document)
}

/// Documents per message to tantivy's indexing thread. Its channel holds 10,000 messages (tantivy's
/// PIPELINE_MAX_SIZE_IN_DOCS, meant as documents): four a message bound the parsed documents waiting
/// for the indexing thread to 40,000 (~80 MB) when the workers outrun it, against 10,000 with
/// tantivy-py's one a message, while a wake-up of a blocked sender comes once per four documents.
const MESSAGE_DOCUMENTS: usize = 4;

fn tantivy_error(action: &str, error: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(format!("tantivy {action}: {error}"))
}

/// The embedded engine's rebuild writer (issue 12, eighth pass): documents as tantivy JSON, a batch
/// per call with the GIL released, parsed and handed to tantivy's indexing threads a few documents
/// per channel message (``IndexWriter::run``) instead of one tantivy-py ``add_json`` call per
/// document. Built on the tantivy crate of tantivy-py 0.27.0 (same version, same
/// default features), so the segments it writes are the ones tantivy-py writes for the same
/// documents in the same order.
#[pyclass(module = "fupin_native")]
struct NativeWriter {
    schema: Schema,
    writer: Option<IndexWriter>,
}

impl NativeWriter {
    fn writer(&self) -> PyResult<&IndexWriter> {
        self.writer.as_ref().ok_or_else(|| PyRuntimeError::new_err("this NativeWriter has finished"))
    }
}

#[pymethods]
impl NativeWriter {
    /// Open the tantivy index in directory ``path`` (made by tantivy-py: the schema comes from its
    /// meta.json) for writing with ``heap_size`` bytes over ``num_threads`` indexing threads (0:
    /// tantivy's choice), as tantivy-py's ``Index.writer`` does. The two tokenizers the engine's
    /// schema names are registered as the engine registers them in tantivy-py:
    /// ``whitespace_tokenizer`` is tantivy's whitespace tokenizer alone, ``ngram_tokenizer`` its
    /// n-gram tokenizer of 1 to 2 characters, not prefix only. Raises RuntimeError when the index
    /// cannot be opened or is locked by another writer.
    #[new]
    fn new(py: Python<'_>, path: &str, heap_size: usize, num_threads: usize, whitespace_tokenizer: &str,
           ngram_tokenizer: &str) -> PyResult<Self> {
        py.allow_threads(|| {
            let index = Index::open_in_dir(path).map_err(|e| tantivy_error(&format!("open {path}"), e))?;
            let tokenizers = index.tokenizers();
            tokenizers.register(whitespace_tokenizer, TextAnalyzer::builder(WhitespaceTokenizer::default()).dynamic().build());
            let ngram = NgramTokenizer::new(1, 2, false).map_err(|e| tantivy_error("n-gram tokenizer", e))?;
            tokenizers.register(ngram_tokenizer, TextAnalyzer::builder(ngram).dynamic().build());
            let writer = match num_threads {
                0 => index.writer(heap_size),
                _ => index.writer_with_num_threads(num_threads, heap_size),
            }
            .map_err(|e| tantivy_error(&format!("open a writer on {path}"), e))?;
            Ok(NativeWriter { schema: index.schema(), writer: Some(writer) })
        })
    }

    /// Add ``documents`` (a list of bytes, each one document as tantivy JSON, UTF-8) in their
    /// order, handed to the indexing thread MESSAGE_DOCUMENTS at a time; returns how many. All or nothing: a document tantivy cannot parse raises ValueError
    /// naming its position in the list, and none of the batch is added.
    fn add_batch(&self, py: Python<'_>, documents: &Bound<'_, PyList>) -> PyResult<usize> {
        let items: Vec<Bound<'_, PyBytes>> = documents
            .iter()
            .map(|item| item.downcast_into::<PyBytes>().map_err(PyErr::from))
            .collect::<PyResult<_>>()?;
        // Slices of the bytes objects (immutable, alive while `items` holds them): no copy.
        let texts: Vec<&[u8]> = items.iter().map(|item| item.as_bytes()).collect();
        let writer = self.writer()?;
        let schema = &self.schema;
        py.allow_threads(move || {
            let mut operations = Vec::with_capacity(texts.len());
            for (at, text) in texts.iter().enumerate() {
                let parsed = std::str::from_utf8(text).map_err(|e| e.to_string()).and_then(|json| parse_document(schema, json));
                match parsed {
                    Ok(document) => operations.push(UserOperation::Add(document)),
                    Err(error) => return Err(PyValueError::new_err(format!("document {at} of the batch: {error}"))),
                }
            }
            let count = operations.len();
            let mut operations = operations.into_iter();
            loop {
                let message: Vec<UserOperation> = operations.by_ref().take(MESSAGE_DOCUMENTS).collect();
                if message.is_empty() {
                    break;
                }
                writer.run(message).map_err(|e| tantivy_error("add documents", e))?;
            }
            Ok(count)
        })
    }

    /// Commit what was added (blocks until it is on disk); returns the commit's opstamp.
    fn commit(&mut self, py: Python<'_>) -> PyResult<u64> {
        let writer = self.writer.as_mut().ok_or_else(|| PyRuntimeError::new_err("this NativeWriter has finished"))?;
        py.allow_threads(|| writer.commit().map_err(|e| tantivy_error("commit", e)))
    }

    /// Drop what was added since the last commit.
    fn rollback(&mut self, py: Python<'_>) -> PyResult<u64> {
        let writer = self.writer.as_mut().ok_or_else(|| PyRuntimeError::new_err("this NativeWriter has finished"))?;
        py.allow_threads(|| writer.rollback().map_err(|e| tantivy_error("rollback", e)))
    }

    /// Wait for the merges the commits started and release the index's writer lock; the writer
    /// is finished afterwards (a second call does nothing).
    fn wait_merging_threads(&mut self, py: Python<'_>) -> PyResult<()> {
        match self.writer.take() {
            None => Ok(()),
            Some(writer) => py.allow_threads(|| writer.wait_merging_threads().map_err(|e| tantivy_error("merge", e))),
        }
    }
}

#[pymodule]
fn fupin_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_class::<SortPlan>()?;
    m.add_class::<DocumentLayout>()?;
    m.add_class::<NativeWriter>()?;
    Ok(())
}
