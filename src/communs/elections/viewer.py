"""The source viewer's layout: a source's text cut into its pages, with the cited passage's span marked.

Pure functions over the stored text and page spans (``Source.text``, ``Source.pages`` as ``[number, start, end]``),
so the highlight is exactly ``text[start:end]`` of the passage — the span its citation points at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.urls import reverse

PASSAGE_ANCHOR = "passage"


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False
    anchor: bool = False  # the first marked segment carries the fragment id the page scrolls to
    heading: bool = False  # a section heading line of the document
    closing: bool = False  # the last marked segment (where the cited passage ends)


@dataclass
class PageView:
    number: int | None  # None when the format has no pages (Markdown, HTML)
    segments: list[Segment] = field(default_factory=list)

    @property
    def has_mark(self) -> bool:
        return any(s.marked for s in self.segments)

    @property
    def anchor_id(self) -> str:
        return f"page-{self.number}" if self.number is not None else "document"


SECTION_SEPARATOR = " › "  # as in communs.core.sources.split
_LINE = re.compile(r"[^\n]+")


def heading_spans(text: str, passages: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The heading lines of ``text``, recovered from its passages ``(start, end, section path)``: a line between
    two passages that is one of the titles of the following passage's section path (headings are never inside a
    passage, and the stored source keeps no heading list)."""
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for start, end, section in sorted(passages):
        titles = {" ".join(t.split()) for t in section.split(SECTION_SEPARATOR) if t.strip()}
        if titles and start > previous_end:
            for line in _LINE.finditer(text, previous_end, start):
                if " ".join(line.group().split()) in titles:
                    stripped = line.group().strip()
                    offset = line.start() + line.group().index(stripped)
                    spans.append((offset, offset + len(stripped)))
        previous_end = max(previous_end, end)
    return spans


def _segments(
    text: str, start: int, end: int, span: tuple[int, int] | None, headings: Sequence[tuple[int, int]], anchored: bool
) -> list[Segment]:
    cuts = {start, end}
    if span is not None:
        cuts.update(c for c in span if start < c < end)
    inside = [(s, e) for s, e in headings if s < end and e > start]
    for s, e in inside:
        cuts.update(c for c in (s, e) if start < c < end)
    bounds = sorted(cuts)
    segments: list[Segment] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        marked = span is not None and span[0] <= lo and hi <= span[1]
        heading = any(s <= lo and hi <= e for s, e in inside)
        segments.append(Segment(text[lo:hi], marked=marked, anchor=marked and not anchored, heading=heading))
        anchored = anchored or marked
    return [s for s in segments if s.text]


def page_views(
    text: str,
    pages: Sequence[Sequence[int]],
    span: tuple[int, int] | None = None,
    headings: Sequence[tuple[int, int]] = (),
) -> list[PageView]:
    """The pages of ``text`` (one page without a number when ``pages`` is empty), with ``span`` marked and the
    ``headings`` line spans flagged."""
    if span is not None and not (0 <= span[0] < span[1] <= len(text)):
        span = None
    bounds = [(int(n), int(s), int(e)) for n, s, e in pages] if pages else [(None, 0, len(text))]
    views: list[PageView] = []
    anchored = False
    for number, start, end in bounds:
        start, end = max(0, start), min(len(text), end)
        view = PageView(number, _segments(text, start, end, span, headings, anchored) if end > start else [])
        anchored = anchored or view.has_mark
        views.append(view)
    last = next(((v, i) for v in reversed(views) for i in reversed(range(len(v.segments))) if v.segments[i].marked), None)
    if last is not None:
        view, index = last
        view.segments[index] = replace(view.segments[index], closing=True)
    return views


def passage_url(source_id: int, passage_id: str | None = None) -> str:
    """The viewer URL of a source, opened at ``passage_id`` (works without JavaScript through the fragment)."""
    url = reverse("elections:source", args=[source_id])
    if passage_id:
        url += "?" + urlencode({"passage": passage_id}) + "#" + PASSAGE_ANCHOR
    return url


_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def date_in_words(day: dt.date, language: str) -> str:
    """``day`` as official texts write it in ``language`` (``14 mars 2027``, ``14. März 2027``, ``14 March 2027``);
    used to find the passage stating a date in the reader's language."""
    months = _MONTHS.get(language, _MONTHS["en"])
    month = months[day.month - 1]
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"
