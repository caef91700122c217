"""Neutrality: the versioned policy, the question classifier, refusal texts and checks of composed answers.

Public API::

    classify(question, *, language=None) -> NeutralityDecision
    classify_many(questions, *, language=None) -> list[NeutralityDecision]
    refusal(decision, *, language, topic=None, links=None) -> Refusal
    find_evaluative_language(text, language) -> list[str]
    find_advice_language(text, language) -> list[str]
    POLICY_VERSION, CATEGORIES, REFUSE_CATEGORIES, ANSWER_CATEGORIES
"""

from __future__ import annotations

from communs.core.neutrality.answer_checks import find_advice_language, find_evaluative_language
from communs.core.neutrality.classifier import Classifier, classify, classify_many, default_classifier
from communs.core.neutrality.policy import (
    ANSWER_CATEGORIES,
    CATEGORIES,
    POLICY_DATE,
    POLICY_VERSION,
    REFUSE_CATEGORIES,
    NeutralityDecision,
    decision_for,
)
from communs.core.neutrality.refusals import Refusal, refusal

__all__ = [
    "ANSWER_CATEGORIES", "CATEGORIES", "POLICY_DATE", "POLICY_VERSION", "REFUSE_CATEGORIES", "Classifier",
    "NeutralityDecision", "Refusal", "classify", "classify_many", "decision_for", "default_classifier",
    "find_advice_language", "find_evaluative_language", "refusal",
]
