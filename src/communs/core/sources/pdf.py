"""PDF to a Document with real page numbers (pypdf).

Pages keep their printed labels when the PDF declares page labels that are all decimal and increasing (e.g. a
programme whose first page is printed as 3); otherwise page *n* of the file is page *n*. Line-end hyphenation inside
a word ("Wahl-\\nprogramm") is joined, the line numbers of a line-numbered motion are removed and so are running
headers and footers (``extracted.py``); the rest of the text is kept as pypdf extracts it. A PDF that opens with an
empty user password (owner-restricted, common for official documents) is read; one that needs a password is
refused, as is one pypdf cannot parse. Bookmarks (the PDF outline) become headings when their title is printed as
a line on their page, so passages of a PDF carry their section like Markdown and HTML ones.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator

from communs.core.sources.document import Document, Heading, Page, SourceError, TextBuilder
from communs.core.sources.extracted import clean_pages
from communs.core.text import fold, normalise

MEDIA_TYPE = "application/pdf"


def _page_numbers(reader: object, count: int) -> list[int]:
    """Printed page labels when they are all decimal and strictly increasing, else physical numbers 1..count."""
    physical = list(range(1, count + 1))
    try:
        labels = list(reader.page_labels)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - labels are optional metadata
        return physical
    if len(labels) != count or not all(isinstance(x, str) and x.isdigit() and int(x) > 0 for x in labels):
        return physical
    numbers = [int(x) for x in labels]
    return numbers if all(a < b for a, b in zip(numbers, numbers[1:], strict=False)) else physical


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs recoverable damage ("EOF marker not found") as warnings; we report failures ourselves."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def convert_pdf(data: bytes, filename: str) -> Document:
    """Convert PDF bytes; raise :class:`SourceError` for a corrupt, encrypted or unreadable file."""
    with _quiet_pypdf():
        return _convert_pdf(data, filename)


def _outline(reader: object) -> list[tuple[int, int, str]]:
    """The PDF's bookmarks as (page index, level starting at 1, title), in document order."""
    found: list[tuple[int, int, str]] = []

    def walk(items: object, level: int) -> None:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                index = reader.get_destination_page_number(item)  # type: ignore[attr-defined]
                title = " ".join(str(item.title).split())
            except Exception:  # noqa: BLE001 - external or broken destinations are skipped
                continue
            if isinstance(index, int) and index >= 0 and title:
                found.append((index, level, title))

    try:
        walk(reader.outline, 1)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a damaged outline only loses the sections
        return []
    return found


def _headings(text: str, spans: dict[int, tuple[int, int]], outline: list[tuple[int, int, str]]) -> list[Heading]:
    """Bookmarks placed on their heading line in the page text (a line that is the title, possibly numbered);
    bookmarks whose title is not printed as a line on their page are skipped rather than guessed."""
    headings: list[Heading] = []
    cursor: dict[int, int] = {}
    for index, level, title in outline:
        if index not in spans:
            continue
        page_start, page_end = spans[index]
        wanted = fold(title)
        position = cursor.get(index, page_start)
        for line in re.finditer(r"[^\n]+", text[position:page_end]):
            candidate = " ".join(line.group().split())
            folded = fold(candidate)
            if folded == wanted or (folded.endswith(wanted) and len(folded) - len(wanted) <= 12):
                start, end = position + line.start(), position + line.end()
                headings.append(Heading(start=start, end=end, level=level, title=title))
                cursor[index] = end
                break
    return headings


def _convert_pdf(data: bytes, filename: str) -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as exc:  # pragma: no cover - pypdf is in the "pdf" extra
        raise SourceError(filename, "PDF support needs the 'pdf' extra (pip install 'communs[pdf]')") from exc
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - e.g. AES without a crypto library
                raise SourceError(filename, f"encrypted PDF: cannot be opened ({exc})") from exc
            if not opened:
                raise SourceError(filename, "encrypted PDF: a password is required; provide an unencrypted copy")
        page_count = len(reader.pages)
    except SourceError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise SourceError(filename, f"corrupt PDF: {type(exc).__name__}: {exc}") from exc
    if page_count == 0:
        raise SourceError(filename, "corrupt PDF: no pages")

    builder = TextBuilder()
    numbers = _page_numbers(reader, page_count)
    spans: dict[int, tuple[int, int]] = {}
    bodies = []
    for index in range(page_count):
        try:
            raw = reader.pages[index].extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged content streams
            raise SourceError(filename, f"corrupt PDF: page {index + 1} cannot be read ({type(exc).__name__}: {exc})") from exc
        bodies.append(normalise(raw).replace("\f", "\n"))
    for index, body in enumerate(clean_pages(bodies)):
        body = body.strip()
        number = numbers[index]
        if not body:
            continue
        builder.separate()
        start, end = builder.append(body)
        builder.pages.append(Page(number=number, start=start, end=end))
        spans[index] = (start, end)

    title = ""
    try:
        metadata = reader.metadata
        title = " ".join(str(metadata.title).split()) if metadata is not None and metadata.title else ""
    except Exception:  # noqa: BLE001 - metadata is optional
        title = ""
    text = builder.text()
    if not title:
        first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
        title = first_line if len(first_line) <= 120 else ""
    headings = _headings(text, spans, _outline(reader))
    return Document(text=text, media_type=MEDIA_TYPE, title=title, pages=builder.pages, headings=headings)
