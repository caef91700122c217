"""The source viewer's layout: a source's text cut into its pages, with the cited passage's span marked.

Pure functions over the stored text and page spans (``Source.text``, ``Source.pages`` as ``[number, start, end]``),
so the highlight is exactly ``text[start:end]`` of the passage — the span its citation points at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

PASSAGE_ANCHOR = "passage"


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False
    anchor: bool = False  # the first marked segment carries the fragment id the page scrolls to


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


def _segments(text: str, start: int, end: int, span: tuple[int, int] | None, anchored: bool) -> list[Segment]:
    if span is None or span[1] <= start or span[0] >= end:
        return [Segment(text[start:end])] if end > start else []
    lo, hi = max(start, span[0]), min(end, span[1])
    parts = [Segment(text[start:lo]), Segment(text[lo:hi], marked=True, anchor=not anchored), Segment(text[hi:end])]
    return [p for p in parts if p.text]


def page_views(text: str, pages: Sequence[Sequence[int]], span: tuple[int, int] | None = None) -> list[PageView]:
    """The pages of ``text`` (one page without a number when ``pages`` is empty), with ``span`` marked."""
    if span is not None and not (0 <= span[0] < span[1] <= len(text)):
        span = None
    bounds = [(int(n), int(s), int(e)) for n, s, e in pages] if pages else [(None, 0, len(text))]
    views: list[PageView] = []
    anchored = False
    for number, start, end in bounds:
        start, end = max(0, start), min(len(text), end)
        view = PageView(number, _segments(text, start, end, span, anchored))
        anchored = anchored or view.has_mark
        views.append(view)
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
