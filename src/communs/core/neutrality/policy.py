"""The neutrality policy as data: its version, the categories, and what each category decides.

The prose lives in ``docs/neutrality.md``; its version line must equal ``POLICY_VERSION`` (a test checks it). Every
:class:`NeutralityDecision` carries the version it was taken under, so stored answers can be audited against the
policy that applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

POLICY_VERSION = "1.1"
POLICY_DATE = "2026-11-29"

Decision = Literal["answer", "refuse", "out_of_scope"]

REFUSE_CATEGORIES: tuple[str, ...] = (
    "voting_advice", "promotion", "ranking", "label", "prediction", "candidate_judgement", "misinformation",
    "manipulation",
)
ANSWER_CATEGORIES: tuple[str, ...] = ("programme", "comparison", "procedure", "electoral_system")
OUT_OF_SCOPE_CATEGORIES: tuple[str, ...] = ("out_of_scope",)
CATEGORIES: tuple[str, ...] = REFUSE_CATEGORIES + ANSWER_CATEGORIES + OUT_OF_SCOPE_CATEGORIES


def decision_for(category: str) -> Decision:
    """The decision a category implies (refuse / answer / out_of_scope)."""
    if category in REFUSE_CATEGORIES:
        return "refuse"
    if category in ANSWER_CATEGORIES:
        return "answer"
    if category in OUT_OF_SCOPE_CATEGORIES:
        return "out_of_scope"
    raise ValueError(f"unknown neutrality category {category!r}; known: {', '.join(CATEGORIES)}")


@dataclass(frozen=True)
class NeutralityDecision:
    """What the assistant does with a question, and why.

    ``rule`` names the rule that fired (``"voting_advice.en.who_should"``...) or is ``None`` when the embedding model
    decided; ``confidence`` is the model's probability for the decision (at least 0.95 when a rule decided).
    """

    decision: Decision
    category: str
    language: str
    confidence: float
    rule: str | None
    policy_version: str = POLICY_VERSION

    @property
    def refused(self) -> bool:
        return self.decision == "refuse"

    def as_dict(self) -> dict[str, object]:
        return {
            "decision": self.decision, "category": self.category, "language": self.language,
            "confidence": round(self.confidence, 4), "rule": self.rule, "policy_version": self.policy_version,
        }
