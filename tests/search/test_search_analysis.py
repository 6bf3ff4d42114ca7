"""The tokenizer's fast paths must give exactly what the straightforward code gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import _normalize, analyze, analyze_for_search

# ASCII, ideographic punctuation with its combining tone marks, full-width forms, ideographs, and a
# few characters that only full NFKC handles (combining acute, circled one, compatibility ideograph).
ALPHABET = st.sampled_from(
    [chr(c) for c in (*range(0x20, 0x7F), *range(0x3000, 0x3040), *range(0xFF01, 0xFF5F))]
    + ["中", "学", "棉", "衣", "\u0301", "\u2460", "\uf900", "\u3099", "\n"]
)


@settings(deadline=None)  # the first example builds the native core
@given(st.text(alphabet=ALPHABET, max_size=20))
def test_normalizing_gives_exactly_nfkc_then_lower_case(text):
    from search import analysis

    assert _normalize(text) == unicodedata.normalize("NFKC", text).lower()
    # The native core's fast table: the same, or None (the text goes through the Python rules).
    fast = analysis._tokenizer().fold_plain(text)
    assert fast is None or fast == analysis.simplified(unicodedata.normalize("NFKC", text).lower())
    if all(c.isascii() or c in "中学棉衣\n，：（）ＡＢ１２" for c in text):
        assert fast is not None


def test_full_width_latin_and_digits_fold_onto_ascii_tokens():
    assert analyze("ＡＤＩＤＡＳ　１２０件") == ["adidas", "120", "件"]


def test_the_same_word_gives_the_same_token_on_every_call():
    first = analyze_for_search("冬季棉衣，羽绒服各20件")
    assert analyze_for_search("冬季棉衣，羽绒服各20件") == first
    assert first == ["冬季", "冬衣", "羽绒", "冬衣", "各", "20", "件"]  # 羽绒服 is in 冬衣's group


# Clause marks, digits with measure words, Latin glued to Han, traditional and full-width forms,
# and the OpenCC phrases that change simplified-looking text (捏坏 → 捏坯) or need two characters.
INDEX_ALPHABET = st.sampled_from(
    list("，。！？；：、,.!?;: \n\u3000-_%") + list("0123456789５０") + list("xXpvcＡ光管斤袋大米一二两十五千万头")
    + list("藥品電腦乾燥捏坏回覆沈舟棉被羊") + ["\uf900", "\u2460"]
)


@settings(deadline=None)  # the first example loads jieba's dictionary; the machine may be busy
@given(st.text(alphabet=INDEX_ALPHABET, max_size=30), st.booleans())
def test_index_analysis_by_clauses_equals_analysing_the_whole_text(text, unigrams):
    # analyze_for_index remembers clauses; the whole text folded, cut and n-grammed in one go is
    # the definition it must keep (as multisets: engines index neither positions nor order).
    _assert_index_analysis_is_the_whole_texts(text, unigrams)


def test_a_line_break_ends_a_written_out_amount():
    # hypothesis found 「一\n头一头」: the whole text read 一 + 头 across the line break as one amount,
    # the text analysed clause by clause (as documents are) did not. Only spaces and tabs may part them.
    from search import analysis

    assert analysis.fold("五十 斤大米").split() == ["50", "斤", "大米"]
    assert analysis.fold("五十\t斤").split() == ["50", "斤"]
    assert analysis.fold("一\n头").split() == ["一", "头"]
    for text in ("一\n头一头", "五十\r\n斤大米", "两\n袋"):
        _assert_index_analysis_is_the_whole_texts(text, False)
        _assert_index_analysis_is_the_whole_texts(text, True)


def _assert_index_analysis_is_the_whole_texts(text: str, unigrams: bool) -> None:
    from search import analysis

    analysis._tokenizer().clear_memo()
    for _ in range(2):  # cold, then from the memo
        words, grams = analysis.analyze_for_index(text, unigrams)
        folded = analysis.fold(text)
        assert sorted(words) == sorted(analysis._tokens(analysis._tokenizer().cut_for_search(folded, True)))
        assert sorted(grams) == sorted(analysis.ngrams(folded, unigrams))


# Names joined by spaces (a region_names value) are analysed name by name when every space sits
# between two Han characters and follows no numeral; numerals, measure words, Latin letters and
# ideographic spaces beside the spaces are what could make a token reach across one.
NAME = st.text(alphabet=st.sampled_from(list("湖南省郴州市汝城县热水镇本溪台米易一二十五万袋斤个xX5　")), min_size=1, max_size=6)


@settings(deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5), st.booleans())
def test_names_joined_by_spaces_analyse_as_the_whole_text(names, unigrams):
    _assert_index_analysis_is_the_whole_texts(" ".join(names), unigrams)


def test_region_names_are_analysed_name_by_name():
    from search import analysis

    native = analysis._tokenizer()
    native.clear_memo()
    analysis.analyze_for_index("湖南省 郴州市 汝城县 热水镇", unigrams=False)
    assert {"湖南省", "郴州市", "汝城县", "热水镇"} <= set(native.memo_keys(False))
    native.clear_memo()
    analysis.analyze_for_index("镇雄县 十 袋", unigrams=False)  # a numeral before a space: kept whole
    assert set(native.memo_keys(False)) == {"镇雄县 十 袋"}


def _reference_ngrams(folded: str, unigrams: bool) -> list[str]:
    # ngrams() as issue 12 first wrote it, every gram made in one loop: the definition the split
    # into Han runs (expanded by tantivy) and extras must keep, with its regular expressions.
    import re

    han = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    latin = "[a-z0-9]*[a-z][a-z0-9]*"
    grams: list[str] = []
    for run in re.findall(rf"[{han}]+|[a-z0-9]+", folded):
        if run[0] >= "\u3400":
            if unigrams or len(run) == 1:
                grams += list(run)
            grams += [a + b for a, b in zip(run, run[1:])]
        else:
            grams.append(run)
    if grams and re.search(rf"[a-z][0-9]*[{han}]|[{han}][0-9]*[a-z]", folded):
        grams += [r + h for r, h in re.findall(rf"(?<![a-z0-9])({latin})(?=([{han}]))", folded)]
        grams += [h + r for h, r in re.findall(rf"(?<=([{han}]))({latin})", folded)]
    return grams


@settings(deadline=None)
@given(st.text(alphabet=INDEX_ALPHABET, max_size=30), st.booleans())
def test_han_runs_expanded_by_tantivy_plus_the_extras_are_exactly_the_n_grams(text, unigrams):
    # The embedded engine indexes runs through tantivy's ngram(1, 2) tokenizer and the extras as
    # they are; Elasticsearch gets ngrams() made in Python. Both must hold the same grams.
    import tantivy

    from search import analysis

    tokenizer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(min_gram=1, max_gram=2, prefix_only=False)).build()
    folded = analysis.fold(text)
    runs, extras = analysis.ngram_parts(folded, unigrams)
    in_rust = [gram for run in runs for gram in tokenizer.analyze(run)]
    assert sorted(in_rust) == sorted(analysis.expand_runs(runs))
    assert sorted(in_rust + extras) == sorted(_reference_ngrams(folded, unigrams))
    assert all(analysis.is_han(char) for run in runs for char in run)
    # A Han unigram is only ever in _han: the engine looks for one there only.
    assert not any(len(gram) == 1 and analysis.is_han(gram) for gram in extras)


def test_text_without_a_t2s_trigger_is_left_to_itself_and_the_rest_goes_through_opencc():
    import opencc

    from search import analysis

    converter = opencc.OpenCC("t2s")
    # Every single ideograph (BMP, extension A, compatibility): the skip agrees with OpenCC.
    for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for char in map(chr, range(*block)):
            assert analysis.simplified(char) == converter.convert(char), char
    # Phrases whose characters do not change alone still change together.
    for phrase in ("捏坏", "乾燥", "回覆", "破釜沈舟", "藥品", "電腦"):
        assert analysis.simplified(phrase) == converter.convert(phrase)
    assert analysis.simplified("捏坏") == "捏坯"  # OpenCC's own rule, kept


def test_the_shipped_trigger_list_is_what_the_tool_makes_from_the_installed_opencc():
    import importlib.util
    from pathlib import Path

    from search import analysis

    tool = Path(__file__).resolve().parents[2] / "tools" / "make_t2s_triggers.py"
    spec = importlib.util.spec_from_file_location("make_t2s_triggers", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert "".join(analysis._read_lines("t2s_triggers.txt")) == module.triggers()
    assert analysis._read_lines("t2s_phrases.txt") == module.phrases()


def test_the_lexicon_synonyms_are_the_names_matching_reads_from_the_same_file():
    from matching.lexicon import Lexicon

    from search.analysis import fold, lexicon_synonyms

    # Search reads lexicon.tsv itself (it does not load the matcher); the Cilin names the matcher adds on
    # top (matching/lexicon.py, cilin_groups) are not query synonyms, so compare with the file's names.
    lexicon = Lexicon.load(thesaurus=False)
    for name in ("小羊", "电动三轮车", "三蹦子", "化肥", "轮椅"):
        concept = lexicon.find(name)
        # folded as search folds them: a name that begins with a numeral (三元复合肥 → " 3 元 复合肥") is stripped
        expected = {fold(n).strip() for n in concept.names if len(n) > 1} - {fold(name).strip()}
        assert set(lexicon_synonyms(name)) == expected
    assert lexicon_synonyms("羊") == ()  # one character: its n-grams already find it
    assert lexicon_synonyms("不是物品") == ()


def test_chinese_amounts_become_digits_and_spaced_latin_words_join():
    from search.analysis import chinese_number, fold

    assert fold("需要五十斤大米").split() == ["需要", "50", "斤", "大米"]
    assert fold("两袋化肥").split() == ["2", "袋", "化肥"]
    assert fold("五十 斤大米").split() == ["50", "斤", "大米"]  # a space before the measure word
    assert fold("二十袋水泥").split() == ["20", "袋", "水泥"]
    assert fold("统一袋装") == "统一袋装" and fold("第一书记") == "第一书记"  # numerals inside words
    assert fold("PVC 管") == "pvc管" and fold("X  光机") == "x光机"
    assert [chinese_number(t) for t in ("十", "十五", "一百零五", "两千", "三万", "十几", "一二", "一百二")] == [
        10, 15, 105, 2000, 30000, None, None, None]
