"""Data of an answer: parties, retrieved passages, citations, sections and the answer itself (with its bundle)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

QuestionKind = Literal["procedure", "programme", "comparison", "electoral_system", "dates", "out_of_scope"]
Composer = Literal["extractive", "llm", "refusal", "abstain"]


@dataclass(frozen=True)
class PartyRef:
    id: str
    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def names(self) -> list[str]:
        return [n for n in dict.fromkeys(x.strip() for x in (self.name, self.short_name, *self.aliases)) if n]


@dataclass(frozen=True)
class RetrievedPassage:
    """A passage as returned by search. ``text`` is ``source_text[start:end]``; ``score`` is the search score
    (any scale: the composer only uses the rank order)."""

    passage_id: str
    source_id: str
    source_title: str
    party_id: str | None
    party_name: str | None
    kind: str
    page: int | None
    section: str
    start: int
    end: int
    text: str
    text_hash: str
    score: float
    language: str = ""


@dataclass(frozen=True)
class Citation:
    """``quote`` is exactly ``passage.text[start - passage.start : end - passage.start]``; ``start``/``end`` are offsets
    in the source text (for the source viewer)."""

    n: int
    passage_id: str
    source_id: str
    party: str | None
    page: int | None
    quote: str
    start: int
    end: int
    source_title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "passage_id": self.passage_id,
            "source_id": self.source_id,
            "party": self.party,
            "page": self.page,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "source_title": self.source_title,
        }


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of an answer and the citation numbers it carries."""

    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Section:
    """A block of the answer: one per party in a comparison (``found`` False = "says nothing on this topic")."""

    heading: str
    party_id: str | None
    sentences: tuple[SentenceRef, ...]
    found: bool = True
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "party_id": self.party_id,
            "found": self.found,
            "note": self.note,
            "sentences": [{"text": s.text, "citations": list(s.citations)} for s in self.sentences],
        }


@dataclass
class Answer:
    decision: str  # "answer" | "refuse" | "out_of_scope"
    category: str | None
    language: str
    text: str
    citations: list[Citation]
    kind: str
    parties_order: list[str] | None
    disclosure: str | None
    composer: Composer
    bundle: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    alternative: str | None = None
    alternative_kind: str | None = None
    alternative_link: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "category": self.category,
            "language": self.language,
            "text": self.text,
            "citations": [c.to_json() for c in self.citations],
            "kind": self.kind,
            "composer": self.composer,
            "parties_order": self.parties_order,
            "disclosure": self.disclosure,
            "sections": [s.to_json() for s in self.sections],
            "alternative": self.alternative,
            "alternative_kind": self.alternative_kind,
            "alternative_link": self.alternative_link,
        }


class Retrieve(Protocol):
    def __call__(
        self, query: str, *, party: str | None = None, kind: str | None = None, k: int = 10
    ) -> list[RetrievedPassage]: ...


EmbedFn = Callable[[list[str]], Any]


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
