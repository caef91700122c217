"""Format detection and the single entry point ``convert(data, filename) -> Document``.

Detection: magic bytes first (``%PDF-`` in the first KiB is a PDF whatever its name; ZIP/Office/images are refused
with a hint), then the extension (.pdf, .html/.htm/.xhtml, .md/.markdown, .jsonl/.ndjson, .txt/.text), then a
content sniff for extension-less files (HTML markup → HTML, else plain text). A ``.pdf`` file without the PDF magic
is reported as corrupt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from communs.core.sources.decode import decode_text
from communs.core.sources.document import Document, SourceError
from communs.core.sources.html import convert_html
from communs.core.sources.jsonl import convert_jsonl
from communs.core.sources.markdown import convert_markdown
from communs.core.sources.pdf import convert_pdf
from communs.core.sources.plaintext import convert_text
from communs.core.text import LANGUAGES, detect_language

FORMATS = ("pdf", "html", "markdown", "text", "jsonl")
_EXTENSIONS = {
    ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text", ".text": "text",
}
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive or Office document (DOCX/ODT): export it as PDF or text first"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document: export it as PDF or text first"),
    (b"\x89PNG", "an image (PNG): text must be extracted first (OCR), e.g. into the JSONL passage format"),
    (b"\xff\xd8\xff", "an image (JPEG): text must be extracted first (OCR), e.g. into the JSONL passage format"),
    (b"GIF8", "an image (GIF): not a text document"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
)
_HTML_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_LANGUAGE_SAMPLE = 20_000


def detect_format(data: bytes, filename: str) -> str:
    """One of :data:`FORMATS` for ``data`` named ``filename``; raise :class:`SourceError` for refused formats."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    for magic, reason in _REFUSED_MAGIC:
        if head.startswith(magic):
            raise SourceError(filename, f"unsupported format: {reason}")
    by_extension = _EXTENSIONS.get(PurePath(filename).suffix.lower())
    if by_extension == "pdf":
        raise SourceError(filename, "corrupt PDF: the file does not start with a PDF header")
    if by_extension:
        return by_extension
    sniff = head.lstrip(b"\xef\xbb\xbf")
    return "html" if _HTML_SNIFF.match(sniff) else "text"


def convert(
    data: bytes,
    filename: str,
    *,
    max_bytes: int | None = None,
    format: str | None = None,  # noqa: A002 - the natural name for the caller
    languages: Iterable[str] = LANGUAGES,
    language: str | None = None,
) -> Document:
    """Convert the bytes of a source file into a :class:`Document` (text, pages, headings, title, language).

    ``max_bytes`` refuses larger files; ``format`` overrides detection; ``language`` overrides detection, which
    otherwise picks among ``languages``. Raises :class:`SourceError` ("FILE: reason") for every bad input.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise SourceError(filename, f"file too large: {len(data):,} bytes, the limit is {max_bytes:,} bytes")
    if not data.strip():
        raise SourceError(filename, "empty file")
    kind = format or detect_format(data, filename)
    if kind not in FORMATS:
        raise SourceError(filename, f"unknown format {kind!r} (expected one of {', '.join(FORMATS)})")
    if kind == "pdf":
        document = convert_pdf(data, filename)
    else:
        text = decode_text(data, filename)
        if not text.strip():
            raise SourceError(filename, "empty file")
        if kind == "html":
            document = convert_html(text)
        elif kind == "markdown":
            document = convert_markdown(text)
        elif kind == "jsonl":
            document = convert_jsonl(text, filename)
        else:
            document = convert_text(text)
    if not document.text.strip():
        reason = "scanned PDF without a text layer?" if kind == "pdf" else "no readable content"
        raise SourceError(filename, f"no text could be extracted ({reason})")
    candidates = list(languages) or list(LANGUAGES)
    declared = document.language if document.language in candidates else ""
    document.language = language or declared or detect_language(
        document.text[:_LANGUAGE_SAMPLE], default=candidates[0], candidates=candidates
    )
    document.title = (document.title or PurePath(filename).stem)[:300]
    return document
