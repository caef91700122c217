"""Source files to passages with provenance: converters (PDF, HTML, Markdown, plain text with pages, JSONL passages)
to a :class:`Document`, and retrieval-sized passages with exact offsets. Pure Python; no Django.

    document = convert(data, "programme.pdf", max_bytes=50_000_000)
    for passage in split_passages(document):
        assert document.text[passage.start:passage.end] == passage.text
"""

from communs.core.sources.convert import FORMATS, convert, detect_format
from communs.core.sources.decode import decode_text
from communs.core.sources.document import Document, Heading, Page, PassageSpan, SourceError, TextBuilder
from communs.core.sources.split import MAX_CHARS, MIN_CHARS, split_passages

__all__ = [
    "FORMATS",
    "MAX_CHARS",
    "MIN_CHARS",
    "Document",
    "Heading",
    "Page",
    "PassageSpan",
    "SourceError",
    "TextBuilder",
    "convert",
    "decode_text",
    "detect_format",
    "split_passages",
]
