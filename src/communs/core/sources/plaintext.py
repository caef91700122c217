"""Plain text to a Document, with pages.

A form feed (``\\f``) starts the next page; a marker line starts page N explicitly: ``=== Seite 12 ===``,
``=== Page 12 ===``, ``--- page 3 ---``, ``[Seite 4]``, ``[Page 4]`` (also ``Pagina``/``Página``; any number of
``=`` or ``-``, case-insensitive). Marker lines and form feeds are not kept in the text: pages are joined by a
blank line, and ``Document.pages`` records each page's span. Text before the first marker belongs to the page before
it (or to that page when it is page 1). A file without form feeds or markers has no pages.
"""

from __future__ import annotations

import re

from communs.core.sources.document import Document, Page, TextBuilder
from communs.core.text import normalise

MEDIA_TYPE = "text/plain"

_MARKER = re.compile(
    r"^[ \t]*(?:(?P<eq>={2,})|(?P<dash>-{2,})|(?P<br>\[))[ \t]*(?:seite|page|pagina|página|p\.|s\.)[ \t]*"
    r"(?P<n>\d{1,6})[ \t]*(?(eq)={2,}|(?(dash)-{2,}|\]))[ \t]*$",
    re.IGNORECASE,
)


def page_marker(line: str) -> int | None:
    """The page number announced by a marker line, or None when ``line`` is not a marker."""
    match = _MARKER.match(line)
    return int(match.group("n")) if match else None


def _split_pages(text: str) -> list[tuple[int | None, str]]:
    """Raw pages as (explicit number or None, text). ``None`` numbers are filled in by the caller."""
    pages: list[tuple[int | None, list[str]]] = [(None, [])]
    for chunk_index, chunk in enumerate(text.split("\f")):
        if chunk_index:
            pages.append((None, []))
        for line in chunk.split("\n"):
            number = page_marker(line)
            if number is None:
                pages[-1][1].append(line)
                continue
            current_number, current_lines = pages[-1]
            if current_number is None and not "".join(current_lines).strip() and len(pages) > 1:
                pages[-1] = (number, [])  # a form feed directly followed by a marker: one page, not two
            else:
                pages.append((number, []))
    return [(number, "\n".join(lines)) for number, lines in pages]


def _number_pages(raw: list[tuple[int | None, str]]) -> list[tuple[int, str]]:
    numbered: list[tuple[int, str]] = []
    for index, (number, body) in enumerate(raw):
        if number is None:
            if index == 0:
                # prelude before a first marker N: page N-1 (or page 1 itself when N is 1)
                following = raw[1][0] if len(raw) > 1 else None
                number = max(1, following - 1) if following is not None else 1
            else:
                number = numbered[-1][0] + 1
        numbered.append((number, body))
    return numbered


def convert_text(text: str) -> Document:
    text = normalise(text)
    has_pages = "\f" in text or any(page_marker(line) is not None for line in text.split("\n"))
    builder = TextBuilder()
    if not has_pages:
        builder.append(text.strip("\n"))
        return _document(builder)
    numbered = _number_pages(_split_pages(text))
    merged: list[tuple[int, str]] = []
    for number, body in numbered:
        if merged and merged[-1][0] == number:
            # prelude merged into page 1, or a repeated marker: same page continues
            merged[-1] = (number, merged[-1][1].strip("\n") + "\n\n" + body.strip("\n"))
        else:
            merged.append((number, body))
    for number, body in merged:
        body = body.strip("\n")
        if not body.strip():
            continue
        builder.separate()
        start, end = builder.append(body)
        builder.pages.append(Page(number=number, start=start, end=end))
    return _document(builder)


def _document(builder: TextBuilder) -> Document:
    text = builder.text()
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line if len(first_line) <= 120 else ""
    return Document(text=text, media_type=MEDIA_TYPE, title=title, pages=builder.pages)
