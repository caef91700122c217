"""Recall@k of the core hybrid index on benchmark queries, per party and overall."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bench.retrieval_data import Query
from bench.retrieval_vectors import cached_vectors
from communs.core.search.embeddings import Embedder
from communs.core.search.index import HybridIndex


@dataclass(frozen=True)
class Recall:
    r1: float
    r5: float
    n: int
    per_party: dict[str, tuple[float, float, int]]  # party key -> (R@1, R@5, n)
    hits5: tuple[bool, ...] = ()  # per query, in query order

    @property
    def spread5(self) -> float:
        """Max - min per-party Recall@5, in points (percentage points)."""
        values = [r5 for _, r5, _ in self.per_party.values()]
        return 100.0 * (max(values) - min(values)) if values else 0.0


def filters_of(q: Query, filtered: bool) -> dict[str, str] | None:
    return {"party": q.party} if filtered else None


def query_vectors(
    embedder: Embedder, index: HybridIndex, queries: Sequence[Query], *, filtered: bool
) -> np.ndarray:
    """The embedded query texts as the platform embeds them: what ``index.matching_text`` keeps of each question
    (the topic alone under a party filter), cached by text like the passage vectors."""
    texts = [index.matching_text(q.text, filters_of(q, filtered)) for q in queries]
    return cached_vectors(embedder, texts, progress=False)


def evaluate(
    index: HybridIndex,
    queries: Sequence[Query],
    vectors: np.ndarray | None,
    *,
    mode: str,
    filtered: bool,
    fusion: str | None = None,
    languages: str = "index",
) -> Recall:
    """``vectors``: one query vector per query, from :func:`query_vectors` with the same ``filtered``.
    ``languages``: "index" = the index's default query analysis (detected + all index languages);
    "query" = only the query's own language."""
    hits1: dict[str, list[bool]] = defaultdict(list)
    hits5: dict[str, list[bool]] = defaultdict(list)
    every5: list[bool] = []
    for i, q in enumerate(queries):
        found = index.search(
            q.text,
            query_vector=None if vectors is None else vectors[i],
            filters=filters_of(q, filtered),
            k=5,
            mode=mode,
            fusion=fusion,
            query_languages=[q.language] if languages == "query" else None,
        )
        ids = [h.passage_id for h in found]
        hits1[q.party].append(bool(ids[:1]) and ids[0] in q.relevant)
        hits5[q.party].append(any(pid in q.relevant for pid in ids))
        every5.append(hits5[q.party][-1])
    per_party = {
        p: (float(np.mean(hits1[p])), float(np.mean(hits5[p])), len(hits1[p])) for p in sorted(hits1)
    }
    all1 = [h for v in hits1.values() for h in v]
    all5 = [h for v in hits5.values() for h in v]
    return Recall(
        float(np.mean(all1)) if all1 else 0.0, float(np.mean(all5)) if all5 else 0.0, len(all1), per_party,
        tuple(every5),
    )
