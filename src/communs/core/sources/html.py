"""HTML to a Document: trafilatura extracts the main content as Markdown (headings, lists and tables kept, menus and
footers dropped), which the Markdown converter turns into text + headings. When trafilatura finds no main content
(very short official pages are sometimes judged boilerplate), a plain fallback walks the body with the standard
library parser, keeps headings, and skips scripts, styles, navigation, header and footer. The page's declared
language (``<html lang="fr">``) is used when it is one of the election's languages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from communs.core.sources.document import Document
from communs.core.sources.markdown import convert_markdown

MEDIA_TYPE = "text/html"
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "svg", "head"})
_BLOCK = frozenset(
    {"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "br", "blockquote", "pre", "dd",
     "dt", "dl", "figure", "figcaption", "td", "th"}
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


class _Fallback(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._heading: int | None = None
        self.title = ""
        self._in_title = False

    def _flush(self) -> None:
        line = " ".join("".join(self._current).split())
        self._current = []
        if line:
            self.lines.append(("#" * self._heading + " " + line) if self._heading else line)
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip_depth += 1
        elif not self._skip_depth and (tag in _BLOCK or tag in _HEADINGS):
            self._flush()
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]
            elif tag == "li":
                self._current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif not self._skip_depth and (tag in _BLOCK or tag in _HEADINGS):
            self._flush()
            if tag in _HEADINGS:
                self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._current.append(data)

    def markdown(self) -> str:
        self._flush()
        return "\n".join(self.lines)


def _page_title(html: str) -> str:
    try:
        import trafilatura

        metadata = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - metadata is optional; the parser below still finds <title>
        metadata = None
    return (metadata.title or "").strip() if metadata is not None and metadata.title else ""


def convert_html(html: str) -> Document:
    markdown: str | None = None
    try:
        import trafilatura

        markdown = trafilatura.extract(
            html, output_format="markdown", include_formatting=True, include_tables=True, include_comments=False,
            include_links=False, include_images=False, favor_recall=True, deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - trafilatura may choke on unusual markup; the fallback handles it
        markdown = None
    fallback = _Fallback()
    title = _page_title(html)
    if not markdown or not markdown.strip():
        try:
            fallback.feed(html)
            fallback.close()
        except Exception:  # noqa: BLE001 - html.parser is lenient; anything left unparsed just yields less text
            pass
        markdown = fallback.markdown()
        title = title or " ".join(fallback.title.split())
    document = convert_markdown(markdown, media_type=MEDIA_TYPE)
    document.title = title or document.title
    declared = _LANG.search(html[:5000])
    document.language = declared.group(1).lower() if declared else ""  # a hint; convert() checks it
    return document
