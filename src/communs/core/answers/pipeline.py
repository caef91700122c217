"""One question -> one Answer: analyse -> classify -> retrieve (filtered) -> extractive compose -> optional LLM compose
and verify (fail closed to extractive) -> Answer with its reproducibility bundle.

Retrieval, the neutrality classifier and its refusal texts are passed in as callables, so this module stays pure
(no Django) and each stage can be swapped; ``classify``/``refusal`` default to ``communs.core.neutrality``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from communs.core.answers.analyse import QuestionAnalysis, analyse
from communs.core.answers.bundle import make_bundle
from communs.core.answers.extractive import ComposeOptions, Composition, RetrieveFn, compose_extractive
from communs.core.answers.lexicon import JUDGEMENT_WORDS
from communs.core.answers.llm_composer import LLMOptions, LLMOutcome, compose_llm, eligible
from communs.core.answers.order import order_seed
from communs.core.answers.types import Answer, PartyRef
from communs.core.llm.types import ChatBackend
from communs.core.search.embeddings import Embedder
from communs.core.text import fold, words

ClassifyFn = Callable[..., Any]  # (question, language=None, names=()) -> NeutralityDecision-like
RefusalFn = Callable[..., Any]  # (decision, language=..., topic=...) -> Refusal-like


@dataclass(frozen=True)
class AnswerOptions:
    compose: ComposeOptions = field(default_factory=ComposeOptions)
    llm: LLMOptions = field(default_factory=LLMOptions)
    default_language: str = "fr"


def _default_neutrality() -> tuple[ClassifyFn, RefusalFn]:
    try:
        from communs.core.neutrality import classify, refusal
    except ImportError as exc:  # fail closed: no answer without the neutrality gate
        raise RuntimeError(
            "communs.core.neutrality is not available: pass classify= and refusal= explicitly"
        ) from exc
    return classify, refusal


_LEADING_ARTICLES = frozenset(("le", "la", "les", "the"))  # German: "zum Thema X" needs none


def topic_phrase(analysis: QuestionAnalysis) -> str | None:
    """The topic words in their original spelling, for refusal alternatives ("what each programme says on X"),
    without words of judgement or advice ("best", "passt", "bonne idée"): the alternative offers the subject, never
    the judgement that was refused. The article before the first word is kept ("sur le climat", "about the tram
    line"), and an elided one stays with its word ("l'école")."""
    wanted = set(analysis.topic_words) - JUDGEMENT_WORDS
    tokens = words(analysis.query)
    kept: list[str] = []
    first: int | None = None
    for i, word in enumerate(tokens):
        folded = fold(word)
        tail = re.split(r"['’]", folded)[-1]
        if folded in wanted or (tail != folded and tail in wanted):
            first = i if first is None else first
            if word not in kept:
                kept.append(word)
    if not kept or first is None:
        return None
    if first > 0 and fold(tokens[first - 1]) in _LEADING_ARTICLES:
        kept.insert(0, tokens[first - 1])
    return " ".join(kept)


OFFICIAL_CATEGORIES = frozenset(("procedure", "electoral_system"))


def _with_classified_kind(analysis: QuestionAnalysis, decision: Any) -> QuestionAnalysis:
    """A question the analysis calls 'programme' only by default (no party named, no cue of any kind: "Darf ich per
    Brief wählen?") that the neutrality classifier - trained on some 2,500 questions - files under procedure or the
    electoral system is answered from the official sources, not as a comparison of programmes. The cue
    ``classifier:<category>`` records it in the answer's bundle."""
    category = getattr(decision, "category", None)
    if analysis.kind != "programme" or analysis.parties or analysis.cues or category not in OFFICIAL_CATEGORIES:
        return analysis
    return replace(analysis, kind=category, cues=[f"classifier:{category}"])


def answer_question(
    question: str,
    *,
    parties: Sequence[PartyRef],
    retrieve: RetrieveFn,
    election_id: str,
    classify: ClassifyFn | None = None,
    refusal: RefusalFn | None = None,
    llm: ChatBackend | None = None,
    embedder: Embedder | None = None,
    options: AnswerOptions | None = None,
    analysis: QuestionAnalysis | None = None,
) -> Answer:
    """Decide, retrieve and compose the answer to ``question``. ``analysis``: the caller's own
    ``analyse(question, parties, default_language=options.default_language)`` when it needed it first (to pick the
    search language), so the question is not analysed twice."""
    options = options or AnswerOptions()
    if classify is None or refusal is None:
        default_classify, default_refusal = _default_neutrality()
        classify = classify or default_classify
        refusal = refusal or default_refusal
    started = time.perf_counter()
    if analysis is None:
        analysis = analyse(question, parties, default_language=options.default_language)
    names = tuple(dict.fromkeys(n for party in parties for n in party.names()))
    decision = classify(question, language=analysis.language, names=names)
    analysis = _with_classified_kind(analysis, decision)
    verdict = str(getattr(decision, "decision", "answer"))
    language = analysis.language
    common = {
        "question": question,
        "election_id": election_id,
        "analysis": analysis,
        "decision": decision,
        "embedder": embedder,
    }
    if verdict != "answer":
        r = refusal(decision, language=language, topic=topic_phrase(analysis))
        alternative = getattr(r, "alternative", None) or None
        body = str(getattr(r, "text", ""))
        return Answer(
            decision=verdict,
            category=getattr(decision, "category", None),
            language=language,
            text=f"{body}\n{alternative}" if alternative and alternative not in body else body,
            citations=[],
            kind=analysis.kind,
            parties_order=None,
            disclosure=None,
            composer="refusal",
            bundle=make_bundle(
                **common,
                composer="refusal",
                composition=None,
                llm=None,
                llm_outcome=None,
                options=options,
                started=started,
            ),
            alternative=alternative,
            alternative_kind=getattr(r, "alternative_kind", None),
            alternative_link=getattr(r, "link", None),
        )
    composition = compose_extractive(
        question,
        analysis,
        parties,
        retrieve,
        election_id=election_id,
        options=options.compose,
        embedder=embedder,
    )
    outcome: LLMOutcome | None = None
    if llm is not None and eligible(composition):
        seed = order_seed(question, election_id) & 0x7FFFFFFF
        outcome = compose_llm(
            question, composition, llm, language=language, seed=seed, embedder=embedder, options=options.llm
        )
    return _answer(analysis, decision, composition, outcome, llm, options, started, common)


def _answer(
    analysis: QuestionAnalysis,
    decision: Any,
    composition: Composition,
    outcome: LLMOutcome | None,
    llm: ChatBackend | None,
    options: AnswerOptions,
    started: float,
    common: dict[str, Any],
) -> Answer:
    use_llm = outcome is not None and outcome.ok
    composer = "llm" if use_llm else composition.composer
    return Answer(
        decision="answer",
        category=getattr(decision, "category", None),
        language=analysis.language,
        text=outcome.text if use_llm and outcome else composition.text,
        citations=outcome.citations if use_llm and outcome else composition.citations,
        kind="comparison" if composition.structure == "comparison" else analysis.kind,
        parties_order=composition.parties_order,
        disclosure=composition.disclosure,
        composer=composer,  # type: ignore[arg-type]
        sections=outcome.sections if use_llm and outcome else composition.sections,
        bundle=make_bundle(
            **common,
            composer=composer,
            composition=composition,
            llm=llm,
            llm_outcome=outcome,
            options=options,
            started=started,
        ),
    )


__all__ = ["AnswerOptions", "answer_question", "topic_phrase"]
