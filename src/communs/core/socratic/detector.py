"""The leading-question detector: rules (fr/de/en) + a small model, and the contribution-aware side check.

Decision: a question is leading when any rule fires (:mod:`rules`, high precision), or when the model (logistic
regression on the sentence embedding, :mod:`model`) gives P(leading) >= its threshold, or — when the contribution
is given — when the question brings in a side (cost, danger, unfairness, a verdict) the author did not raise.
Without the model (``use_model=False``, the model file missing or the embedder not installed) the rules decide
alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from communs.core.socratic.model import embed, shipped_model, signal_matrix
from communs.core.socratic.rules import WEIGHTS, rule_hits, side_words
from communs.core.text import detect_language


@dataclass(frozen=True)
class LeadingCheck:
    """Verdict on one question: ``leading``, the ``reasons`` behind it (empty when open) and a ``score`` in [0, 1]."""

    leading: bool
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    language: str = "en"
    signals: list[str] = field(default_factory=list)
    model_probability: float | None = None


def _language(question: str, language: str | None) -> str:
    return language if language in ("fr", "de", "en") else detect_language(question)


def check_questions(
    questions: Sequence[str], *, contributions: Sequence[str | None] | None = None,
    languages: Sequence[str | None] | None = None, use_model: bool = True,
) -> list[LeadingCheck]:
    """Batch form of :func:`check_question` (one embedding pass for all questions)."""
    n = len(questions)
    contribs = list(contributions) if contributions is not None else [None] * n
    langs = [_language(q, lang) for q, lang in zip(questions, languages or [None] * n, strict=True)]
    model = shipped_model() if use_model else None
    probs: np.ndarray | None = None
    if model is not None and n:
        try:
            embeddings = embed(list(questions)) if model.use_embedding else None
        except ImportError:  # the embedder's package is missing: rules only
            model = None
        else:
            probs = model.probability(embeddings, signal_matrix(questions, langs))
    out = []
    for i, (question, lang) in enumerate(zip(questions, langs, strict=True)):
        hits = rule_hits(question, lang)
        signals = [h.signal for h in hits]
        reasons = [h.reason for h in hits]
        weights = [WEIGHTS[s] for s in signals]
        contribution = contribs[i]
        if contribution:
            raised = side_words(question, contribution, lang)
            if raised:
                signals.append("side_not_raised")
                reasons.append(f"brings in a side the author did not raise: {', '.join(raised)}")
                weights.append(WEIGHTS["side_not_raised"])
        p = float(probs[i]) if probs is not None else None
        leading = bool(signals) or (p is not None and model is not None and p >= model.threshold)
        if leading and not signals and p is not None:
            reasons.append(f"model: wording resembles leading questions (p={p:.2f})")
        rule_score = 1.0 - float(np.prod([1.0 - w for w in weights])) if weights else 0.0
        score = max(rule_score, p) if p is not None else rule_score
        out.append(LeadingCheck(leading, reasons if leading else [], round(score, 4), lang, signals, p))
    return out


def check_question(
    question: str, *, contribution: str | None = None, language: str | None = None, use_model: bool = True,
) -> LeadingCheck:
    """Is ``question`` leading (does it suggest an answer or an opinion)? ``contribution``: the author's text, to
    also flag sides the author did not raise. ``language``: fr, de or en (detected when None)."""
    return check_questions([question], contributions=[contribution], languages=[language], use_model=use_model)[0]
