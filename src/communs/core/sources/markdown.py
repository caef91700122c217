"""Markdown to a Document: ATX (``## Title``) and setext headings become headings (sections of the passages),
inline markup is reduced to its text (links keep their label, emphasis and code marks are dropped), fenced code is
kept verbatim, YAML front matter and horizontal rules are dropped. Also used for HTML, which trafilatura turns into
Markdown first."""

from __future__ import annotations

import re

from communs.core.sources.document import Document, TextBuilder
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


def _strip_front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 200)):
            if lines[i].strip() in {"---", "..."}:
                return lines[i + 1:]
    return lines


def convert_markdown(text: str, media_type: str = MEDIA_TYPE) -> Document:
    lines = _strip_front_matter(normalise(text).replace("\f", "\n").split("\n"))
    out = TextBuilder()
    blank_pending = False
    fence: str | None = None
    i = 0

    def emit(line: str) -> None:
        nonlocal blank_pending
        if out.length:
            out.append("\n\n" if blank_pending else "\n")
        blank_pending = False
        out.append(line)

    def emit_heading(title: str, level: int) -> None:
        nonlocal blank_pending
        if out.length:
            out.append("\n\n")
        blank_pending = True
        out.heading(title, level)

    while i < len(lines):
        line = lines[i].rstrip()
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
        setext = _SETEXT.match(following)
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

    headings = out.headings
    title = next((h.title for h in headings if h.level == 1), headings[0].title if headings else "")
    return Document(text=out.text(), media_type=media_type, title=title, headings=headings)
