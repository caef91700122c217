"""Polis's two-level clustering: ~100 base clusters of participants, then 2-5 opinion groups of base clusters.

References (compdemocracy/polis ``math/src/polismath/math/``):

* ``clusters.clj`` ``init-clusters``: the first k *distinct* data rows (in row order) are the initial centres;
  ``cluster-step``: assign each point to its closest centre, drop empty clusters, move each centre to the
  (weighted) mean of its points (``weighted-mean``); ``kmeans``: repeat until ``same-clustering?`` (every sorted
  centre moved less than 0.01) or ``max-iters`` is exhausted (default 20);
* ``clusters.clj`` ``silhouette``: per point, ``(b - a) / max(a, b)`` with a member of a singleton cluster scoring
  0, averaged without weights over the base clusters, on the distance matrix between base-cluster centres
  (``conversation.clj`` ``:bucket-dists``);
* ``conversation.clj`` ``:base-clusters`` (k = ``:base-k`` 100, ``:base-iters`` 100, in-conversation participants
  only), ``:group-clusterings`` (k from 2 to ``max-k-fn`` = min(5, 2 + n_base // 12), weighted by base-cluster
  size; ``:cluster-iters`` is passed but ``kmeans`` reads ``:max-iters``, so the default 20 applies) and
  ``:group-k-smoother`` (k with the best silhouette, ``apply max-key`` so the larger k wins a tie).

Polis runs these incrementally, seeding each k-means with the previous update's clusters
(``clean-start-clusters``) and switching k only after ``:group-k-buffer`` (4) consecutive updates agree. A single
analysis has no history: we start from ``init-clusters`` (deterministic, seed-free) and take the best k directly,
which is what the smoother converges to when the data stop changing. ``init="kmeans++"`` is offered as an
alternative initialisation that uses the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

BASE_K = 100
BASE_ITERS = 100
GROUP_ITERS = 20
MAX_K = 5
SAME_CLUSTERING_THRESHOLD = 0.01
_CHUNK = 16384
LARGE_N = 20_000  # above this many points (unweighted), Lloyd iterations run in scikit-learn's compiled loop


@dataclass
class KMeansResult:
    labels: NDArray[np.int64]  # cluster id per point (ids are init indices; empty clusters dropped, gaps kept)
    ids: NDArray[np.int64]  # surviving cluster ids, sorted
    centers: NDArray[np.float64]  # (len(ids), dim), row i = centre of ids[i]
    iterations: int
    inertia: float = 0.0  # weighted sum of squared distances to the assigned centre


def _first_distinct(points: NDArray[np.float64], k: int) -> NDArray[np.float64]:
    """``init-clusters``: the first k distinct rows, in row order."""
    _, first = np.unique(points, axis=0, return_index=True)
    return points[np.sort(first)[:k]].copy()


def _kmeans_pp(points: NDArray[np.float64], k: int, rng: np.random.Generator) -> NDArray[np.float64]:
    uniq = points[np.sort(np.unique(points, axis=0, return_index=True)[1])]
    k = min(k, len(uniq))
    centers = [uniq[rng.integers(len(uniq))]]
    d2 = ((uniq - centers[0]) ** 2).sum(1)
    for _ in range(1, k):
        total = d2.sum()
        idx = int(rng.choice(len(uniq), p=d2 / total)) if total > 0 else int(rng.integers(len(uniq)))
        centers.append(uniq[idx])
        d2 = np.minimum(d2, ((uniq - uniq[idx]) ** 2).sum(1))
    return np.array(centers)


def assign(points: NDArray[np.float64], centers: NDArray[np.float64]) -> NDArray[np.int64]:
    """Index of the closest centre for each point (first centre wins an exact tie), in chunks."""
    out = np.empty(len(points), dtype=np.int64)
    c2 = (centers**2).sum(1)
    for start in range(0, len(points), _CHUNK):
        chunk = points[start:start + _CHUNK]
        d = c2[None, :] - 2.0 * chunk @ centers.T  # |x|^2 is constant per row
        out[start:start + _CHUNK] = np.argmin(d, axis=1)
    return out


def _same_clustering(old: NDArray[np.float64], new: NDArray[np.float64]) -> bool:
    """``same-clustering?``: compare centres sorted lexicographically, pairwise (zip truncates)."""
    def srt(c: NDArray[np.float64]) -> NDArray[np.float64]:
        return c[np.lexsort(c.T[::-1])] if len(c) else c

    a, b = srt(old), srt(new)
    m = min(len(a), len(b))
    return bool(np.all(np.linalg.norm(a[:m] - b[:m], axis=1) < SAME_CLUSTERING_THRESHOLD))


def kmeans(
    points: NDArray[np.float64], k: int, weights: NDArray[np.float64] | None = None, max_iters: int = GROUP_ITERS,
    init: str = "polis", seed: int = 0,
) -> KMeansResult:
    """``clusters.clj`` ``kmeans`` from ``init-clusters`` (or k-means++ with ``seed``)."""
    if len(points) == 0:
        return KMeansResult(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, points.shape[1])), 0)
    w = np.ones(len(points)) if weights is None else np.asarray(weights, dtype=np.float64)
    centers = _first_distinct(points, k) if init == "polis" else _kmeans_pp(points, k, np.random.default_rng(seed))
    if weights is None and len(points) > LARGE_N and len(centers) > 1:
        return _kmeans_large(points, centers, max_iters, seed)
    ids = np.arange(len(centers))
    iterations = 0
    for iteration in range(max_iters + 1):  # loop [iter max-iters] ... (if (= iter 0) ...) runs max-iters+1 steps
        iterations = iteration + 1
        nearest = assign(points, centers)
        wsum = np.bincount(nearest, weights=w, minlength=len(centers))
        alive = wsum > 0
        sums = np.stack([np.bincount(nearest, weights=w * points[:, d], minlength=len(centers))
                         for d in range(points.shape[1])], axis=1)
        old = centers
        ids, centers = ids[alive], sums[alive] / wsum[alive, None]
        remap = np.cumsum(alive) - 1
        labels_idx = remap[nearest]
        if _same_clustering(old, centers):
            break
    final = np.searchsorted(ids, ids[labels_idx])
    inertia = float((w * ((points - centers[final]) ** 2).sum(1)).sum())
    return KMeansResult(labels=ids[labels_idx], ids=ids, centers=centers, iterations=iterations, inertia=inertia)


def _kmeans_large(points: NDArray[np.float64], centers: NDArray[np.float64], max_iters: int, seed: int) -> KMeansResult:
    """The same Lloyd iterations from the same initial centres, in scikit-learn's compiled loop (speed only).

    Differences, both negligible at this size: it stops when the *total* squared centre shift is below 1e-4
    (so every centre moved less than 0.01 -- slightly stricter than ``same-clustering?``), and an emptied cluster
    is re-seeded on a far point instead of being dropped (Polis drops it).
    """
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    var_mean = float(np.var(points, axis=0).mean()) or 1.0
    with threadpool_limits(1):  # one thread: no OpenMP spin-waiting on a shared machine, same result
        km = KMeans(n_clusters=len(centers), init=centers, n_init=1, max_iter=max_iters + 1, algorithm="lloyd",
                    tol=SAME_CLUSTERING_THRESHOLD**2 / var_mean, random_state=seed).fit(points)
    labels = km.labels_.astype(np.int64)
    alive = np.bincount(labels, minlength=len(centers)) > 0
    ids = np.flatnonzero(alive)
    return KMeansResult(labels=labels, ids=ids, centers=km.cluster_centers_[alive], iterations=int(km.n_iter_),
                        inertia=float(km.inertia_))


def best_kmeans(
    points: NDArray[np.float64], k: int, weights: NDArray[np.float64] | None, max_iters: int, init: str,
    seed: int, restarts: int, score: object = None,
) -> KMeansResult:
    """k-means from Polis's initialisation plus ``restarts`` seeded k-means++ starts; the lowest inertia wins
    (the Polis start on a tie). Stands in for Polis's incremental updates, which keep re-running k-means from
    the previous centres and so settle in a low-inertia solution rather than the first start's local optimum."""
    best = kmeans(points, k, weights=weights, max_iters=max_iters, init=init, seed=seed)
    best_score = score(best.labels) if callable(score) else -best.inertia
    for r in range(restarts):
        cand = kmeans(points, k, weights=weights, max_iters=max_iters, init="kmeans++", seed=seed * 1000 + r)
        cand_score = score(cand.labels) if callable(score) else -cand.inertia
        if len(cand.ids) == len(best.ids) and cand_score > best_score + 1e-12:
            best, best_score = cand, cand_score
    return best


def silhouette(dist: NDArray[np.float64], labels: NDArray[np.int64]) -> float:
    """``clusters.clj`` ``silhouette`` averaged over all points (a singleton's member scores 0)."""
    uniq = np.unique(labels)
    if len(uniq) < 2:
        return -1.0
    onehot = (labels[:, None] == uniq[None, :]).astype(np.float64)  # (n, g)
    sizes = onehot.sum(0)
    sums = dist @ onehot  # (n, g): total distance from each point to each cluster
    own = np.searchsorted(uniq, labels)
    n = len(labels)
    own_size = sizes[own]
    a = np.divide(sums[np.arange(n), own], own_size - 1, out=np.zeros(n), where=own_size > 1)
    means = sums / sizes[None, :]
    means[np.arange(n), own] = np.inf
    b = means.min(1)
    denom = np.maximum(a, b)
    s = np.divide(b - a, denom, out=np.zeros(n), where=denom > 0)
    s[own_size <= 1] = 0.0
    return float(s.mean())


def max_group_k(n_base: int, max_k: int = MAX_K) -> int:
    """``conversation.clj`` ``max-k-fn``."""
    return min(max_k, 2 + n_base // 12)


@dataclass
class GroupClustering:
    base: KMeansResult  # over in-conversation participants
    base_sizes: NDArray[np.int64]  # members per base cluster (aligned with base.ids)
    clusterings: dict[int, KMeansResult]  # k -> k-means of base-cluster centres
    silhouettes: dict[int, float]
    k: int  # chosen k (the number of non-empty groups of that clustering)
    chosen_k: int  # the k key with the best silhouette
    group_of_base: NDArray[np.int64]  # group index 0..k-1 per base cluster (order of Polis's group ids)


def cluster_participants(
    projections: NDArray[np.float64], base_k: int = BASE_K, base_iters: int = BASE_ITERS,
    group_iters: int = GROUP_ITERS, max_k: int = MAX_K, init: str = "polis", seed: int = 0,
    group_restarts: int = 0, base_restarts: int = 0, select_by: str = "inertia",
) -> GroupClustering:
    """Base clusters of the (in-conversation) projections, then opinion groups of base clusters."""
    base = best_kmeans(projections, base_k, None, base_iters, init, seed, base_restarts)
    sizes = np.bincount(np.searchsorted(base.ids, base.labels), minlength=len(base.ids))
    centers = base.centers
    diff = centers[:, None, :] - centers[None, :, :]
    dist = np.sqrt((diff**2).sum(-1))
    clusterings: dict[int, KMeansResult] = {}
    silhouettes: dict[int, float] = {}
    for k in range(2, max_group_k(len(base.ids), max_k) + 1):
        res = best_kmeans(centers, k, sizes.astype(np.float64), group_iters, init, seed + k, group_restarts,
                          score=(lambda lab: silhouette(dist, lab)) if select_by == "silhouette" else None)
        clusterings[k] = res
        silhouettes[k] = silhouette(dist, res.labels) if len(centers) > 1 else -1.0
    if not clusterings:  # no base cluster at all
        return GroupClustering(base, sizes, {}, {}, 0, 0, np.zeros(0, np.int64))
    best = max(silhouettes.values())
    chosen = max(k for k, s in silhouettes.items() if s == best)  # apply max-key: the last (largest) k on a tie
    res = clusterings[chosen]
    group_of_base = np.searchsorted(res.ids, res.labels)
    return GroupClustering(base, sizes, clusterings, silhouettes, len(res.ids), chosen, group_of_base)
