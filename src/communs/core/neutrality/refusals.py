"""Refusal texts in the question's language: one sentence on what the assistant does not do and why, then the
neutral alternative that fits the category. Templates are data (``data/refusals.json``); no party is ever named.

Alternatives per category: voting advice, promotion, ranking and manipulation -> a side-by-side comparison (about
the question's topic when known); labels and judgements of candidates -> the programmes' own words; predictions ->
official results after the vote; misinformation -> official voting information; out of scope -> what the assistant
can do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from communs.core.neutrality.policy import REFUSE_CATEGORIES, NeutralityDecision
from communs.core.text import LANGUAGES

TEMPLATES_PATH = Path(__file__).resolve().parent / "data" / "refusals.json"

# category -> (alternative kind, key of the link in ``links`` that points to it)
ALTERNATIVES: dict[str, str] = {
    "voting_advice": "comparison", "promotion": "comparison", "ranking": "comparison", "manipulation": "comparison",
    "label": "programme", "candidate_judgement": "programme", "prediction": "official_results",
    "misinformation": "official_information", "out_of_scope": "capabilities",
}


@dataclass(frozen=True)
class Refusal:
    """``text`` = the one-sentence reason + the alternative; ``link`` is the URL for the alternative, if given."""

    text: str
    alternative: str
    alternative_kind: str
    link: str | None = None


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    return json.loads(TEMPLATES_PATH.read_text(encoding="utf-8"))


def refusal(
    decision: NeutralityDecision, *, language: str | None = None, topic: str | None = None,
    links: dict[str, str] | None = None,
) -> Refusal:
    """The refusal (or out-of-scope reply) for ``decision`` in ``language`` (default: the decision's language).

    ``topic`` (already in the question's language, e.g. "climat") makes the comparison offer specific;
    ``links`` maps an alternative kind (``comparison``, ``programme``, ``official_results``,
    ``official_information``, ``capabilities``) to a URL.
    """
    lang = language or decision.language
    if lang not in LANGUAGES:
        lang = "en"
    category = decision.category
    if category not in REFUSE_CATEGORIES and category != "out_of_scope":
        raise ValueError(f"no refusal for an answerable question (category {category!r})")
    table = _templates()[lang]
    kind = ALTERNATIVES[category]
    key = kind
    if kind == "comparison" and topic and topic.strip():
        key = "comparison_topic"
    alternative = table["alternatives"][key].replace("{topic}", topic.strip() if topic else "")
    text = f"{table['cannot'][category]} {alternative}"
    link = (links or {}).get(kind)
    return Refusal(text=text, alternative=alternative, alternative_kind=kind, link=link)
