"""Plain text to a Document, with pages.

A form feed (``\\f``) starts the next page; a marker line starts page N explicitly: ``=== Seite 12 ===``,
``=== Page 12 ===``, ``--- page 3 ---``, ``[Seite 4]``, ``[Page 4]`` (also ``Pagina``/``Página``; any number of
``=`` or ``-``, case-insensitive). Marker lines and form feeds are not kept in the text: pages are joined by a
blank line, and ``Document.pages`` records each page's span. Text before the first marker belongs to the page before
it (or to that page when it is page 1). A file without form feeds or markers has no pages.

Heading lines become headings (the sections of the passages), as a reader sees them in a plain-text programme:
a short line (at most 8 words and 80 characters) on its own after a blank line (or at the start of the text or of
a page), followed by a line of text (directly or after one blank line), that does not end like a sentence, a
wrapped line or a list's lead-in (``. ! ? , ; : -``, or a function word: "Die Stadt will den" / "Bahnhof
erneuern." is a wrapped German sentence, not a heading) and
starts with a capital letter or a digit, while the line after it starts with a capital letter, a digit or a quote (a
new sentence: the continuation of a hard-wrapped paragraph seldom does, and a wrapped first line is long).
A heading in capitals is of level 1 (a document or part title), any other of level 2. Heading lines stay in the
text; passages start after them. A line repeated on three pages or more (a running header or footer, digits aside)
and an entry of a table of contents are not headings.

Text extracted from a PDF is cleaned page by page as the PDF converter cleans its pages (``extracted.clean_pages``):
line-end hyphenation inside words is joined, when the text is line-numbered (a motion or a draft) the line numbers
are removed, and in a paged text the running headers and footers are removed. Offsets are into the cleaned text,
which is the document's text.
"""

from __future__ import annotations

import re

from communs.core.sources.document import Document, Heading, Page, TextBuilder
from communs.core.sources.extracted import clean_pages, furniture, is_contents_entry, is_furniture
from communs.core.text import _STOPWORDS, fold, normalise

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
        builder.append(clean_pages([text])[0].strip("\n"))
        return _document(builder)
    numbered = _number_pages(_split_pages(text))
    merged: list[tuple[int, str]] = []
    for number, body in numbered:
        if merged and merged[-1][0] == number:
            # prelude merged into page 1, or a repeated marker: same page continues
            merged[-1] = (number, merged[-1][1].strip("\n") + "\n\n" + body.strip("\n"))
        else:
            merged.append((number, body))
    for number, body in zip([n for n, _ in merged], clean_pages([b for _, b in merged]), strict=True):
        body = body.strip("\n")
        if not body.strip():
            continue
        builder.separate()
        start, end = builder.append(body)
        builder.pages.append(Page(number=number, start=start, end=end))
    return _document(builder)


_HEADING_END = re.compile(r"[.!?,;:\-\u2013\u2014]$")
_STARTS_LIKE_A_SENTENCE = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?\s+)?[\W_]*[^\W\d_]", re.UNICODE)  # "1.2 Housing" too
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80


_FUNCTION_WORDS = frozenset(fold(w) for words in _STOPWORDS.values() for w in words)


def _ends_with_function_word(title: str) -> bool:
    last = re.findall(r"[^\W\d_]+", title)
    return bool(last) and fold(last[-1]) in _FUNCTION_WORDS


def _starts_upper(line: str) -> bool:
    first = line.lstrip(" \t\"'«„“‘(")[:1]
    return first.isdigit() or first.isupper()


def heading_lines(text: str) -> list[Heading]:
    """The heading lines of a plain text (see the module docstring)."""
    out: list[Heading] = []
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    repeated = furniture(lines)
    for i, line in enumerate(lines):
        title = line.strip()
        if not title or (i > 0 and lines[i - 1].strip()):
            continue
        if is_furniture(title, repeated) or is_contents_entry(lines, i):
            continue
        after = [x.strip() for x in lines[i + 1 : i + 3]]
        following = after[0] if after and after[0] else (after[1] if len(after) > 1 else "")
        if not following:
            continue
        if len(title) > MAX_HEADING_CHARS or len(title.split()) > MAX_HEADING_WORDS or _HEADING_END.search(title):
            continue
        if not _starts_upper(title) or not _starts_upper(following):
            continue
        if not _STARTS_LIKE_A_SENTENCE.match(title) or _ends_with_function_word(title):  # "12 34", "Die Stadt will den"
            continue
        start = starts[i] + (len(line) - len(line.lstrip()))
        letters = [c for c in title if c.isalpha()]
        level = 1 if letters and all(c.isupper() for c in letters) else 2
        out.append(Heading(start=start, end=start + len(title), level=level, title=title))
    return out


def _document(builder: TextBuilder) -> Document:
    text = builder.text()
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line if len(first_line) <= 120 else ""
    return Document(text=text, media_type=MEDIA_TYPE, title=title, pages=builder.pages, headings=heading_lines(text))
