"""Fusing the BM25 and dense rankings.

Two standard fusions are implemented; the benchmark (``bench/bench_retrieval.py``) measures both and the default is
the one that measured better there (``bench/results/retrieval.md``): score fusion. Wahl-O-Mat 2021 with the party
filter, Recall@5: German questions 92.3 (score) vs 89.6 (RRF); English and French questions on German passages
about 91 vs 61-69, because RRF gives a rank-1 BM25 match the same credit whether it matched the whole question or
one stray word, while the normalised score keeps such weak matches small.

* ``rrf`` - reciprocal-rank fusion, ``sum_r 1 / (60 + rank_r(d))`` over the two rankings (Cormack, Clarke & Büttcher,
  SIGIR 2009; k = 60 is their constant). Needs no score calibration.
* ``score`` - convex combination of normalised scores, ``alpha * bm25/bm25_max + (1 - alpha) * cosine``,
  ``alpha = 0.5`` (Bruch, Gai & Ingber, "An Analysis of Fusion Functions for Hybrid Retrieval", ACM TOIS 2023, who
  find a convex combination of normalised scores beats RRF). We normalise by theoretical bounds (see
  :func:`score_fusion`): on the benchmark, min-max over the candidates let noisy cross-lingual BM25 matches
  dominate (English queries: hybrid Recall@5 0.75 vs dense-only 0.88).
"""

from __future__ import annotations

import numpy as np

RRF_K = 60.0
ALPHA = 0.5
FUSIONS = ("rrf", "score")
DEFAULT_FUSION = "score"


def rrf(rankings: list[np.ndarray], n_docs: int, k: float = RRF_K) -> np.ndarray:
    """Fused scores over ``n_docs`` from rankings (arrays of document indices, best first); 0 if in no ranking."""
    fused = np.zeros(n_docs, dtype=np.float64)
    for ranking in rankings:
        fused[ranking] += 1.0 / (k + np.arange(1, ranking.size + 1))
    return fused


def score_fusion(
    bm25: np.ndarray, dense: np.ndarray, mask: np.ndarray, bm25_max: float, alpha: float = ALPHA
) -> np.ndarray:
    """Convex combination ``alpha * bm25 / bm25_max + (1 - alpha) * cosine``; documents outside ``mask`` get -inf.

    Both scores are normalised by their *theoretical* range rather than the observed one: cosine is already in
    [-1, 1] and BM25 is divided by ``bm25_max`` (see ``BM25Index.max_score``), whereas a min-max over the
    candidates would stretch a weak, partial BM25 match (only the party name, in another language) to 1.
    """
    fused = np.full(bm25.shape[0], -np.inf, dtype=np.float64)
    b = bm25[mask].astype(np.float64) / bm25_max if bm25_max > 0 else np.zeros(int(mask.sum()))
    fused[mask] = alpha * b + (1.0 - alpha) * dense[mask].astype(np.float64)
    return fused
