"""The converted form of a source file: one normalised text, its pages and headings, and the error type.

Every converter produces a :class:`Document`. Offsets (pages, headings, passages) are character offsets into
``Document.text``, so ``document.text[p.start:p.end]`` is always exactly the passage text a viewer highlights.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class SourceError(ValueError):
    """A source file that cannot be ingested; ``str(error)`` is one line: ``"FILE: reason"``."""

    def __init__(self, filename: str, reason: str) -> None:
        self.filename = filename
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{filename}: {self.reason}")


@dataclass(frozen=True)
class Page:
    """Page ``number`` (as printed in the original, 1-based) covers ``text[start:end]``."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A heading of ``level`` (1 = top) whose line starts at ``start`` and ends at ``end`` in the text."""

    start: int
    end: int
    level: int
    title: str


@dataclass(frozen=True)
class PassageSpan:
    """A retrievable span: ``text == document.text[start:end]``; ``section`` is the heading path above it."""

    ordinal: int
    start: int
    end: int
    text: str
    page: int | None = None
    section: str = ""
    language: str = ""


@dataclass
class Document:
    """A converted source. ``pages`` is empty when the format has no pages. ``preset`` holds passages that were
    cut by the author (JSONL input, imports) and must not be re-split."""

    text: str
    media_type: str
    title: str = ""
    language: str = ""
    pages: list[Page] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    preset: list[PassageSpan] | None = None

    def page_at(self, offset: int) -> int | None:
        """The page number containing ``offset``, or None when the document has no page there."""
        for page in self.pages:
            if page.start <= offset < page.end or (page.start == page.end == offset):
                return page.number
        return None

    def pages_as_lists(self) -> list[list[int]]:
        """Pages as JSON-friendly ``[number, start, end]`` triples (the form stored on a Source)."""
        return [[p.number, p.start, p.end] for p in self.pages]


class TextBuilder:
    """Builds a document text piece by piece while recording page spans and heading offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.pages: list[Page] = []
        self.headings: list[Heading] = []

    @property
    def length(self) -> int:
        return self._length

    def append(self, piece: str) -> tuple[int, int]:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return start, self._length

    def separate(self, separator: str = "\n\n") -> None:
        """Add ``separator`` unless the text is empty or already ends with it."""
        if self._length and self.text_tail(len(separator)) != separator:
            self.append(separator)

    def text_tail(self, n: int) -> str:
        tail = ""
        for part in reversed(self._parts):
            tail = part + tail
            if len(tail) >= n:
                break
        return tail[-n:] if n else ""

    def heading(self, title: str, level: int) -> None:
        start, end = self.append(title)
        self.headings.append(Heading(start=start, end=end, level=level, title=title))

    def text(self) -> str:
        return "".join(self._parts)
