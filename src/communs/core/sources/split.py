"""Passage splitting sized for retrieval.

A passage is a paragraph or a few sentences: paragraphs (blank-line separated) are the units; a paragraph longer
than ``max_chars`` is cut between sentences (``communs.core.text.sentence_spans``) into balanced groups; consecutive
short units are packed together while the passage is under ``min_chars`` and the result stays within ``max_chars``.
A passage never crosses a page boundary or a heading; the heading path above it is its ``section``. The only cut
inside a sentence is for run-on text longer than ``2 * max_chars`` without sentence ends (tables, lists without
punctuation), which is cut at line breaks, else at spaces. Offsets are exact: ``text[start:end] == passage.text``.
(Compare haystack's DocumentSplitter, which splits by unit and keeps page numbers and offsets per chunk.)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from communs.core.sources.document import Document, PassageSpan
from communs.core.text import sentence_spans

MIN_CHARS = 300
MAX_CHARS = 900
SECTION_SEPARATOR = " › "
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    page: int | None
    section: str


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(stripped)


def _segments(document: Document) -> list[_Segment]:
    """Text ranges between page boundaries and heading lines, each with its page and heading path."""
    text = document.text
    pages: list[tuple[int | None, int, int]] = [(p.number, p.start, p.end) for p in document.pages] or [(None, 0, len(text))]
    headings = sorted(document.headings, key=lambda h: h.start)
    stack: list[tuple[int, str]] = []
    segments: list[_Segment] = []
    h = 0

    def section() -> str:
        return SECTION_SEPARATOR.join(title for _, title in stack)[:500]

    def push(level: int, title: str) -> None:
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))

    for number, page_start, page_end in pages:
        while h < len(headings) and headings[h].start < page_start:  # headings between pages still set context
            push(headings[h].level, headings[h].title)
            h += 1
        cursor = page_start
        while h < len(headings) and headings[h].start < page_end:
            if headings[h].start > cursor:
                segments.append(_Segment(cursor, headings[h].start, number, section()))
            push(headings[h].level, headings[h].title)
            cursor = max(cursor, headings[h].end)
            h += 1
        if page_end > cursor:
            segments.append(_Segment(cursor, page_end, number, section()))
    return segments


def _long_sentence_pieces(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut a run-on span at line breaks, else spaces, into pieces of at most ``max_chars`` (when possible)."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    while end - cursor > max_chars:
        window = text[cursor:cursor + max_chars]
        cut = window.rfind("\n")
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        if cut < max_chars // 3:
            cut = max_chars
        span = _trimmed(text, cursor, cursor + cut)
        if span:
            pieces.append(span)
        cursor += cut
    span = _trimmed(text, cursor, end)
    if span:
        pieces.append(span)
    return pieces


def _paragraph_units(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as one unit, or as balanced groups of whole sentences when it is longer than ``max_chars``."""
    if end - start <= max_chars:
        return [(start, end)]
    sentences: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, start, end):
        sentences.extend(_long_sentence_pieces(text, s, e, max_chars) if e - s > 2 * max_chars else [(s, e)])
    # Balanced groups: aim at equal sizes a little under max_chars; close a group when adding the next sentence
    # would overshoot the target by more than the group currently falls short of it.
    target = (end - start) / math.ceil((end - start) / (0.8 * max_chars))
    units: list[tuple[int, int]] = []
    group_start: int | None = None
    group_end = 0
    for s, e in sentences:
        if group_start is not None and (
            e - group_start > max_chars or (e - group_start) - target > target - (group_end - group_start)
        ):
            units.append((group_start, group_end))
            group_start = None
        if group_start is None:
            group_start = s
        group_end = e
    if group_start is not None:
        units.append((group_start, group_end))
    if len(units) > 1 and units[-1][1] - units[-1][0] < max_chars // 3 and units[-1][1] - units[-2][0] <= max_chars:
        units[-2:] = [(units[-2][0], units[-1][1])]
    return units


def _pack(units: list[tuple[int, int]], min_chars: int, max_chars: int) -> list[tuple[int, int]]:
    packed: list[tuple[int, int]] = []
    for s, e in units:
        if packed and packed[-1][1] - packed[-1][0] < min_chars and e - packed[-1][0] <= max_chars:
            packed[-1] = (packed[-1][0], e)
        else:
            packed.append((s, e))
    if len(packed) > 1 and packed[-1][1] - packed[-1][0] < min_chars // 3 and packed[-1][1] - packed[-2][0] <= max_chars:
        packed[-2:] = [(packed[-2][0], packed[-1][1])]  # no orphan tail ("Thank you.") on its own
    return packed


def split_passages(document: Document, min_chars: int = MIN_CHARS, max_chars: int = MAX_CHARS) -> list[PassageSpan]:
    """The passages of ``document`` in reading order (or its preset passages, renumbered, when it has them)."""
    text = document.text
    if document.preset is not None:
        return [
            PassageSpan(i, p.start, p.end, p.text, p.page, p.section, p.language or document.language)
            for i, p in enumerate(document.preset)
        ]
    passages: list[PassageSpan] = []
    for segment in _segments(document):
        units: list[tuple[int, int]] = []
        cursor = segment.start
        for match in [*_PARAGRAPH_BREAK.finditer(text, segment.start, segment.end), None]:
            paragraph_end = match.start() if match else segment.end
            span = _trimmed(text, cursor, paragraph_end)
            if span:
                units.extend(_paragraph_units(text, span[0], span[1], max_chars))
            if match:
                cursor = match.end()
        for s, e in _pack(units, min_chars, max_chars):
            passages.append(
                PassageSpan(len(passages), s, e, text[s:e], segment.page, segment.section, document.language)
            )
    return passages
