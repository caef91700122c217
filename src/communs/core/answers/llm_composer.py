"""The optional LLM composer: the passages the extractive composer found relevant go to the model, numbered, as data;
its sentences are checked by ``verify`` and only supported ones are kept, each cited with the exact sentence of the
passage that best supports it. Any failure (backend error, timeout, too little supported) returns ``ok=False`` and the
caller serves the extractive answer — the LLM never bypasses the checks.

Comparisons are not sent to the LLM: their symmetry (same structure and budget per party) is guaranteed by the
extractive composer and a free-form text could not keep it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from communs.core.answers.extractive import Composition, render, verified_sentences
from communs.core.answers.prompt import PROMPT_VERSION, build_messages
from communs.core.answers.texts import text as t
from communs.core.answers.types import Citation, RetrievedPassage, Section
from communs.core.answers.verify import Verification, VerifierOptions, verify
from communs.core.llm.types import ChatBackend, LLMError
from communs.core.search.embeddings import Embedder

NO_ANSWER = "NO_ANSWER"


@dataclass(frozen=True)
class LLMOptions:
    temperature: float = 0.0
    max_tokens: int = 400
    max_passages: int = 6
    verifier: VerifierOptions = field(default_factory=VerifierOptions)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LLMOutcome:
    ok: bool
    reason: str | None
    text: str = ""
    citations: list[Citation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    model: str | None = None
    raw: str | None = None
    passages: list[RetrievedPassage] = field(default_factory=list)
    verification: Verification | None = None
    usage: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "reason": self.reason,
            "model": self.model,
            "raw": self.raw,
            "usage": self.usage,
            "seconds": self.seconds,
            "passages": [p.passage_id for p in self.passages],
            "verification": self.verification.to_json() if self.verification else None,
        }


def eligible(composition: Composition) -> bool:
    return composition.structure in {"party", "official"} and bool(composition.relevant)


def compose_llm(
    question: str,
    composition: Composition,
    llm: ChatBackend,
    *,
    language: str,
    seed: int | None = None,
    embedder: Embedder | None = None,
    options: LLMOptions | None = None,
) -> LLMOutcome:
    options = options or LLMOptions()
    passages = list(composition.relevant[: options.max_passages])
    if not eligible(composition) or not passages:
        return LLMOutcome(False, f"not_sent:{composition.structure}", passages=passages)
    messages = build_messages(question, passages, language)
    try:
        result = llm.complete(
            messages, temperature=options.temperature, max_tokens=options.max_tokens, seed=seed
        )
    except LLMError as exc:
        return LLMOutcome(
            False, f"backend_error: {exc}", model=getattr(llm, "model", None), passages=passages
        )
    outcome = LLMOutcome(
        False,
        None,
        model=result.model,
        raw=result.text,
        passages=passages,
        usage=dict(result.usage),
        seconds=result.total_s,
    )
    if result.text.strip().strip(".").upper() == NO_ANSWER:
        outcome.reason = "llm_no_answer"
        return outcome
    verification = verify(
        result.text, passages, language=language, embedder=embedder, options=options.verifier
    )
    outcome.verification = verification
    if not verification.passed:
        outcome.reason = f"verification_failed:{verification.reason}"
        return outcome
    book, sentences = verified_sentences(verification.kept, passages)
    party = composition.scope_party
    heading = t(language, "party_heading", party=party.label) if party else t(language, "official_heading")
    body = render(sentences)
    outcome.ok = True
    outcome.text = f"{heading}\n{body}"
    outcome.citations = book.citations
    outcome.sections = [
        Section(heading if party is None else party.label, party.id if party else None, tuple(sentences))
    ]
    return outcome


__all__ = ["LLMOptions", "LLMOutcome", "NO_ANSWER", "PROMPT_VERSION", "compose_llm", "eligible"]
