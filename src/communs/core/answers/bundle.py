"""The reproducibility bundle of an answer, as plain JSON-able data: what was asked, how it was analysed and
classified, which passages (ids and content hashes) were retrieved and cited, which composer, model, prompt version,
parameters and seeds produced it, and what the verifier dropped and why."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import communs
from communs.core.answers.prompt import PROMPT_VERSION
from communs.core.answers.verify import CHECKS_SOURCE

if TYPE_CHECKING:
    from communs.core.answers.analyse import QuestionAnalysis
    from communs.core.answers.extractive import Composition
    from communs.core.answers.llm_composer import LLMOutcome
    from communs.core.llm.types import ChatBackend
    from communs.core.search.embeddings import Embedder

BUNDLE_VERSION = 1


def _decision(decision: Any) -> dict[str, Any]:
    keys = ("decision", "category", "language", "confidence", "rule", "policy_version")
    return {k: getattr(decision, k, None) for k in keys}


def make_bundle(
    *,
    question: str,
    election_id: str,
    analysis: QuestionAnalysis,
    decision: Any,
    composer: str,
    composition: Composition | None,
    llm: ChatBackend | None,
    llm_outcome: LLMOutcome | None,
    options: Any,
    embedder: Embedder | None,
    started: float,
) -> dict[str, Any]:
    cited: set[str] = set()
    passages: list[dict[str, Any]] = []
    if composition is not None:
        used = llm_outcome.citations if llm_outcome is not None and llm_outcome.ok else composition.citations
        cited = {c.passage_id for c in used}
        seen: set[str] = set()
        for rank, p in enumerate(composition.retrieved):
            if p.passage_id in seen:
                continue
            seen.add(p.passage_id)
            passages.append(
                {
                    "id": p.passage_id,
                    "text_hash": p.text_hash,
                    "source_id": p.source_id,
                    "party_id": p.party_id,
                    "kind": p.kind,
                    "score": p.score,
                    "rank": rank,
                    "cited": p.passage_id in cited,
                }
            )
    return {
        "bundle_version": BUNDLE_VERSION,
        "code_version": communs.__version__,
        "question": question,
        "election_id": election_id,
        "analysis": analysis.to_json(),
        "decision": _decision(decision),
        "policy_version": getattr(decision, "policy_version", None),
        "composer": composer,
        "structure": composition.structure if composition else None,
        "passages": passages,
        "cited_passages": sorted(cited),
        "order_seed": composition.seed if composition else None,
        "parties_order": composition.parties_order if composition else None,
        "embedder": getattr(embedder, "name", None),
        "model": (llm_outcome.model if llm_outcome and llm_outcome.model else getattr(llm, "model", None))
        if llm
        else None,
        "prompt_version": PROMPT_VERSION if llm_outcome is not None and llm_outcome.raw is not None else None,
        "params": {
            "compose": options.compose.to_json(),
            "llm": options.llm.to_json() if llm is not None else None,
            "default_language": options.default_language,
        },
        "answer_checks": CHECKS_SOURCE,
        "llm": llm_outcome.to_json() if llm_outcome is not None else None,
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
    }
