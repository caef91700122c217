"""The JSONL passage format, for anything the other converters do not read (spreadsheets, databases, OCR output,
imports): one JSON object per line, ``{"text": "...", "page": 3, "section": "Climate", "language": "de"}``; only
``text`` is required. Each object is one passage, kept as cut by its author (not re-split). Blank lines are
skipped. The document text is the passages joined by a blank line; consecutive passages with the same page form
that page's span."""

from __future__ import annotations

import json

from communs.core.sources.document import Document, Page, PassageSpan, SourceError, TextBuilder
from communs.core.text import normalise

MEDIA_TYPE = "application/jsonl"
_KEYS = frozenset({"text", "page", "section", "language", "title"})


def _record(obj: object, filename: str, number: int) -> tuple[str, int | None, str, str]:
    where = f"line {number}"
    if not isinstance(obj, dict):
        raise SourceError(filename, f"malformed JSONL at {where}: expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not normalise(text).strip():
        raise SourceError(filename, f"malformed JSONL at {where}: \"text\" must be a non-empty string")
    page = obj.get("page")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
        raise SourceError(filename, f"malformed JSONL at {where}: \"page\" must be a positive integer")
    section = obj.get("section") or ""
    language = obj.get("language") or ""
    if not isinstance(section, str) or not isinstance(language, str):
        raise SourceError(filename, f"malformed JSONL at {where}: \"section\" and \"language\" must be strings")
    return normalise(text).strip(), page, " ".join(section.split())[:500], language.strip().lower()[:8]


def convert_jsonl(text: str, filename: str) -> Document:
    builder = TextBuilder()
    preset: list[PassageSpan] = []
    title = ""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(filename, f"malformed JSONL at line {number}: {exc.msg} (column {exc.colno})") from exc
        body, page, section, language = _record(obj, filename, number)
        if not title and isinstance(obj.get("title"), str):
            title = " ".join(obj["title"].split())[:300]
        builder.separate()
        start, end = builder.append(body)
        preset.append(PassageSpan(len(preset), start, end, body, page=page, section=section, language=language))
    pages: list[Page] = []
    for span in preset:
        if span.page is None:
            continue
        if pages and pages[-1].number == span.page:
            pages[-1] = Page(span.page, pages[-1].start, span.end)
        else:
            pages.append(Page(span.page, span.start, span.end))
    return Document(text=builder.text(), media_type=MEDIA_TYPE, title=title, pages=pages, preset=preset)
