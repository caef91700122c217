"""Inputs and outputs of the written synthesis. Contributions are data: they are quoted, never obeyed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Contribution:
    id: str
    text: str
    language: str


@dataclass(frozen=True)
class GroupVotes:
    group: int
    agree: int
    disagree: int
    seen: int  # votes cast by the group's members on the statement, passes included

    @property
    def agree_share(self) -> float:
        return self.agree / self.seen if self.seen else 0.0

    @property
    def disagree_share(self) -> float:
        return self.disagree / self.seen if self.seen else 0.0


@dataclass(frozen=True)
class StatementFigures:
    id: str
    agree: int
    disagree: int
    passes: int
    by_group: tuple[GroupVotes, ...] = ()

    @property
    def seen(self) -> int:
        return self.agree + self.disagree + self.passes

    @property
    def agree_share(self) -> float:
        return self.agree / self.seen if self.seen else 0.0

    @property
    def disagree_share(self) -> float:
        return self.disagree / self.seen if self.seen else 0.0


@dataclass(frozen=True)
class GroupInfo:
    id: int
    size: int
    representative: tuple[tuple[str, str], ...] = ()  # (statement id, "agree"|"disagree") in Polis's order


@dataclass(frozen=True)
class TopicInfo:
    id: int
    terms: dict[str, list[str]]
    members: tuple[str, ...]
    representatives: tuple[str, ...]


@dataclass(frozen=True)
class SynthesisInput:
    """Everything the writer may use. ``contributions`` must hold only visible (accepted) contributions."""

    contributions: tuple[Contribution, ...]
    figures: dict[str, StatementFigures] = field(default_factory=dict)
    groups: tuple[GroupInfo, ...] = ()
    consensus_agree: tuple[str, ...] = ()
    consensus_disagree: tuple[str, ...] = ()
    divisive: tuple[str, ...] = ()
    topics: tuple[TopicInfo, ...] = ()
    n_participants: int = 0
    n_votes: int = 0

    def by_id(self) -> dict[str, Contribution]:
        return {c.id: c for c in self.contributions}


@dataclass(frozen=True)
class Claim:
    """One sentence of the report. ``quotes`` are verbatim spans of the cited contributions; ``figures`` are the
    numbers the sentence states, computed from votes (kept so a reviewer can check them)."""

    kind: str
    text: str
    citations: tuple[str, ...] = ()
    quotes: tuple[tuple[str, str], ...] = ()  # (contribution id, verbatim quote)
    figures: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Report:
    language: str
    sections: tuple[Section, ...]
    writer: str  # "extractive" or "llm"
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def cited_ids(self) -> set[str]:
        return {cid for s in self.sections for c in s.claims for cid in c.citations}
