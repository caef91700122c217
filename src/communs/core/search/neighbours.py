"""Score regularisation over a passage-similarity graph: a passage's score is blended with its neighbours' scores.

Diaz, "Regularizing Ad Hoc Retrieval Scores" (CIKM 2005) smooths retrieval scores over a graph of similar
documents, ``s' = (1 - lambda) * s + lambda * W s`` with ``W`` the row-normalised k-nearest-neighbour graph, on the
cluster hypothesis that close documents are relevant to the same queries (also Kurland & Lee, "Corpus structure,
language models, and ad hoc information retrieval", SIGIR 2004). It lifts a passage that answers a question in words
of its own - "Because of climate change: urgent." - when the passages it resembles do use the question's words.

Neighbours are taken from *other* groups (another party, or another source when a passage has no party): within
one party, the nearest passages are the party's answers to other questions, close in style rather than in topic,
and smoothing over them would blur exactly the distinction a party-filtered search must make. The graph is computed
once per index from the passage vectors (exact cosine, blocked matrix products: O(n^2 d); about 1-2 s for 10,000
passages of dimension 512 on two cores) and costs one gather of ``n x m`` scores per query.

Hubness correction. Some passages are close to everything ("We support this.", a slogan): in a party-filtered
ranking they take the top places of many unrelated questions. Cross-domain similarity local scaling (CSLS, Conneau
et al., "Word Translation Without Parallel Data", ICLR 2018; hubs: Radovanovic et al., JMLR 2010) corrects a cosine
by the mean similarity of the candidate to its own nearest neighbours, ``cos(q, d) - gamma * r(d)``; the query-side
term of CSLS is the same for every candidate of a query and drops out of the ranking. ``r(d)`` is the mean cosine of
``d`` with the same ``m`` neighbours of other groups, so it comes with the graph.

Parameters: ``m = 5`` neighbours, ``lambda = 0.5``, one step, unweighted mean, chosen on the development elections
of the Wahl-O-Mat benchmark (every election 2009-2025 except the two reported as the test). ``gamma = 0.5`` is
CSLS's own weighting (``2 cos(q, d) - r(d)`` ranks as ``cos(q, d) - r(d) / 2``). Session 2 had chosen 1.0 on the
Wahl-O-Mat alone, a corpus of parallel answers where closeness to everything means "says nothing"; in programmes a
passage on a topic many parties cover is close to its counterparts because the topic is common, and 1.0 cost
2.6 points of Recall@1 on real programme proposals and 4 on the demo's multilingual programmes against 0.5 points
gained on the Wahl-O-Mat (docs/adr/0010-hubness-weight.md, ``bench/results/retrieval.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NEIGHBOURS = 5
SMOOTHING = 0.5
HUBNESS = 0.5  # CSLS's weighting; see the module docstring
BLOCK_CELLS = 1 << 24  # similarities held at once while building the graph (64 MB of float32)


def neighbour_graph(
    matrix: np.ndarray, groups: Sequence[str], m: int = NEIGHBOURS
) -> tuple[np.ndarray, np.ndarray]:
    """Indices ``(n, m)`` of each row's ``m`` most similar rows (cosine; ``matrix`` rows are unit vectors) among
    rows of a different group, best first, ``-1`` padding rows with fewer than ``m`` candidates; and each row's
    mean cosine with those neighbours (its hubness, 0 without neighbours)."""
    n = matrix.shape[0]
    out = np.full((n, max(m, 0)), -1, dtype=np.int64)
    hub = np.zeros(n, dtype=np.float32)
    if n == 0 or m <= 0:
        return out, hub
    block = max(16, BLOCK_CELLS // n)
    codes = np.unique(np.asarray(groups, dtype=object).astype(str), return_inverse=True)[1]
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        sim = matrix[lo:hi] @ matrix.T
        sim[codes[lo:hi, None] == codes[None, :]] = -np.inf  # same group, the row itself included
        take = min(m, n - 1)
        if take <= 0:
            continue
        part = np.argpartition(-sim, take - 1, axis=1)[:, :take]
        vals = np.take_along_axis(sim, part, axis=1)
        order = np.argsort(-vals, axis=1, kind="stable")
        part, vals = np.take_along_axis(part, order, axis=1), np.take_along_axis(vals, order, axis=1)
        finite = np.isfinite(vals)
        part[~finite] = -1
        out[lo:hi, :take] = part
        counts = finite.sum(axis=1)
        hub[lo:hi] = np.where(finite, vals, 0.0).sum(axis=1) / np.maximum(counts, 1)
    return out, hub


def smooth(
    scores: np.ndarray, graph: np.ndarray, weight: float = SMOOTHING, rows: np.ndarray | None = None
) -> np.ndarray:
    """``(1 - weight) * s + weight * mean(s[neighbours])`` (rows without neighbours keep their own score). With
    ``rows`` (indices), only those rows are smoothed and the others keep their score: a filtered search needs the
    smoothed scores of its candidates only, which makes the cost O(candidates * m) instead of O(n * m)."""
    if weight <= 0 or graph.size == 0:
        return scores
    at = graph if rows is None else graph[rows]
    own = scores if rows is None else scores[rows]
    valid = at >= 0
    gathered = np.where(valid, scores[np.maximum(at, 0)], 0.0)
    counts = valid.sum(axis=1)
    mean = np.divide(gathered.sum(axis=1), counts, out=own.astype(np.float64), where=counts > 0)
    blended = ((1.0 - weight) * own + weight * mean).astype(scores.dtype)
    if rows is None:
        return blended
    out = scores.copy()
    out[rows] = blended
    return out
