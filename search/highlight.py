"""Mark the query's tokens in a document's original text, HTML-escaped, for every engine alike.

Both engines index tokens computed in Python, which do not line up with the stored text, so neither
tantivy's SnippetGenerator nor Elasticsearch's highlighter can mark the original; this module
re-tokenizes the displayed text with offsets and wraps each matching token in ``<mark>``, and also
each occurrence of a term's folded text (what an n-gram match found: 猪 inside 仔猪).
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from .analysis import analyze_spans, find_spans

__all__ = ["highlight", "MARK_OPEN", "MARK_CLOSE"]

MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"


def _marked_ranges(text: str, tokens: Collection[str], surfaces: Collection[str]) -> list[list[int]]:
    ranges: list[list[int]] = []
    spans = [(start, end) for token, start, end in analyze_spans(text) if token in tokens]
    for start, end in sorted(spans + find_spans(text, surfaces)):
        if ranges and start <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], end)
        else:
            ranges.append([start, end])
    return ranges


def highlight(
    text: str | None, tokens: Collection[str], max_chars: int | None = None, surfaces: Collection[str] = ()
) -> str | None:
    """Return ``text`` HTML-escaped with the query ``tokens`` in <mark>, or None if none occurs.

    ``surfaces`` are folded strings marked wherever they occur (the query terms' text, which their
    n-grams matched). With ``max_chars``, return a window of about that many characters around the
    first match, with an ellipsis where the text was cut.
    """
    if not text or not (tokens or surfaces):
        return None
    ranges = _marked_ranges(text, tokens, surfaces)
    if not ranges:
        return None
    begin, finish = 0, len(text)
    if max_chars and len(text) > max_chars:
        begin = max(0, min(ranges[0][0] - max_chars // 4, len(text) - max_chars))
        finish = begin + max_chars
    parts = ["…" if begin > 0 else ""]
    cursor = begin
    for start, end in ranges:
        if end <= begin or start >= finish:
            continue
        start, end = max(start, begin), min(end, finish)
        parts.append(escape(text[cursor:start], quote=False))
        parts.append(MARK_OPEN + escape(text[start:end], quote=False) + MARK_CLOSE)
        cursor = end
    parts.append(escape(text[cursor:finish], quote=False))
    if finish < len(text):
        parts.append("…")
    return "".join(parts)
