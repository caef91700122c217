"""Markdown to a Document: ATX (``## Title``) and setext headings become headings (sections of the passages),
inline markup is reduced to its text (links keep their label, emphasis and code marks are dropped), fenced code is
kept verbatim, YAML front matter and horizontal rules are dropped. Form feeds and page-marker lines
(``=== Seite 12 ===``, as for plain text) make pages. Also used for HTML, which trafilatura turns into Markdown
first."""

from __future__ import annotations

import re

from communs.core.sources.document import Document, Page, TextBuilder
from communs.core.sources.plaintext import page_marker
from communs.core.text import normalise

MEDIA_TYPE = "text/markdown"

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LIST_OR_QUOTE = re.compile(r"^\s*(?:[-*+]|\d+[.)]|>)\s")
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),  # links -> label
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links -> label
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis *x*
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),  # emphasis _x_
    (re.compile(r"`+([^`\n]+?)`+"), r"\1"),  # inline code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
)


def clean_inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def _strip_front_matter(lines: list[str | object]) -> list[str | object]:
    if lines and isinstance(lines[0], str) and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 200)):
            if isinstance(lines[i], str) and str(lines[i]).strip() in {"---", "..."}:
                return lines[i + 1:]
    return lines


_PAGE_BREAK = object()  # a form feed, seen as its own "line"


def _lines(text: str) -> list[str | object]:
    lines: list[str | object] = []
    for line in text.split("\n"):
        for index, part in enumerate(line.split("\f")):
            if index:
                lines.append(_PAGE_BREAK)
            lines.append(part)
    return lines


class _Pages:
    """Page spans for Markdown with form feeds or page-marker lines (the plain-text rules: a marker starts page N,
    a form feed the next page, text before a first marker N is page N-1, or page 1 itself when N is 1)."""

    def __init__(self, out: TextBuilder, first_break: int | None) -> None:
        self.out = out
        self.number = max(1, first_break - 1) if first_break else 1
        self.start: int | None = None

    def content_starts(self) -> None:
        if self.start is None:
            self.start = self.out.length

    def close(self) -> None:
        if self.start is not None and self.out.length > self.start:
            self.out.pages.append(Page(self.number, self.start, self.out.length))
        self.start = None

    def new_page(self, number: int | None) -> None:
        if number is not None and number == self.number:
            return  # the same page continues (text before "page 1", a repeated marker)
        self.close()
        if number is not None:
            self.number = number
        elif self.out.length:
            self.number += 1


def convert_markdown(text: str, media_type: str = MEDIA_TYPE) -> Document:
    lines = _strip_front_matter(_lines(normalise(text)))
    breaks = [
        page_marker(line) if isinstance(line, str) else None
        for line in lines
        if line is _PAGE_BREAK or (isinstance(line, str) and page_marker(line) is not None)
    ]
    paged = bool(breaks)
    out = TextBuilder()
    pages = _Pages(out, breaks[0] if breaks else None)
    blank_pending = False
    fence: str | None = None
    i = 0

    def separator() -> None:
        nonlocal blank_pending
        if out.length:
            out.append("\n\n" if blank_pending else "\n")
        blank_pending = False
        pages.content_starts()

    def emit(line: str) -> None:
        separator()
        out.append(line)

    def emit_heading(title: str, level: int) -> None:
        nonlocal blank_pending
        blank_pending = True
        separator()
        out.heading(title, level)
        blank_pending = True

    while i < len(lines):
        item = lines[i]
        if item is _PAGE_BREAK or (fence is None and isinstance(item, str) and page_marker(item) is not None):
            pages.new_page(page_marker(item) if isinstance(item, str) else None)
            blank_pending = True
            i += 1
            continue
        line = str(item).rstrip()
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            else:
                emit(line)
            i += 1
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            fence = fence_match.group(1)
            blank_pending = True
            i += 1
            continue
        if not line.strip():
            blank_pending = True
            i += 1
            continue
        atx = _ATX.match(line)
        if atx:
            title = clean_inline(atx.group(2) or "").strip()
            if title:
                emit_heading(title, len(atx.group(1)))
            i += 1
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        setext = _SETEXT.match(following) if isinstance(following, str) else None
        if setext and not _LIST_OR_QUOTE.match(line) and not _RULE.match(line) and "|" not in line:
            title = clean_inline(line).strip()
            if title:
                emit_heading(title, 1 if setext.group(1)[0] == "=" else 2)
                i += 2
                continue
        if _RULE.match(line) or _TABLE_RULE.match(line):
            blank_pending = True
            i += 1
            continue
        cleaned = clean_inline(re.sub(r"^\s{0,3}>\s?", "", line)).rstrip()
        if cleaned.strip():
            emit(cleaned)
        i += 1

    if paged:
        pages.close()
    else:
        out.pages.clear()
    headings = out.headings
    title = next((h.title for h in headings if h.level == 1), headings[0].title if headings else "")
    return Document(text=out.text(), media_type=media_type, title=title, pages=out.pages, headings=headings)
