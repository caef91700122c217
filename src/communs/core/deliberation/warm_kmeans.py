"""Polis's k-means warm-started from the previous update's clusters (``clean-start-clusters``).

References (compdemocracy/polis ``math/src/polismath/math/clusters.clj``):

* ``kmeans`` with ``:last-clusters``: start from ``clean-start-clusters`` of the previous clustering, or from
  ``init-clusters`` (the first k distinct rows) when there is none; then ``cluster-step`` until
  ``same-clustering?`` or ``max-iters`` (``max-iters + 1`` steps at most);
* ``clean-start-clusters``: ``safe-recenter-clusters`` (each previous cluster's centre becomes the (weighted) mean
  of the *new* positions of its members still present; clusters without any are dropped), ``uniqify-clusters``
  (clusters with identical centres merge; the merged cluster keeps the id of the larger one, the later one on a
  tie -- ``max-key``), then, while fewer clusters than ``min(k, distinct rows)``, ``most-distal``: the point
  farthest from its closest centre (the last one on a tie) leaves its cluster and becomes a new cluster with id
  ``max id + 1``; centres are recomputed (``recenter-clusters``) before every such step;
* ``cluster-step``: every point to its closest centre, empty clusters dropped, centres moved to the weighted mean.

Clusters are kept as (ids, centres) plus a member array: ``member[i]`` is the cluster id of data row ``i`` (-1
for a row that is not a member of any previous cluster, e.g. a participant who just entered the conversation).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from communs.core.deliberation.clusters import _first_distinct, _same_clustering, assign


@dataclass
class Clustering:
    ids: NDArray[np.int64]  # cluster ids, ascending (Polis keeps its clusterings ``sort-by :id``)
    centers: NDArray[np.float64]  # (len(ids), dim)
    member: NDArray[np.int64]  # per data row: cluster id (-1: none)
    names: NDArray[np.int64] | None = None  # per data row: its name (group clusterings: the base-cluster id)


def _weighted_means(
    points: NDArray[np.float64], weights: NDArray[np.float64], member: NDArray[np.int64], ids: NDArray[np.int64],
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(centres, total weight) of each id in ``ids`` over the rows whose member is that id."""
    idx = np.searchsorted(ids, member)
    ok = (member >= 0) & (idx < len(ids))
    ok[ok] &= ids[idx[ok]] == member[ok]
    w = np.where(ok, weights, 0.0)
    pos = np.where(ok, idx, 0)
    wsum = np.bincount(pos, weights=w, minlength=len(ids)).astype(np.float64)
    sums = np.stack([np.bincount(pos, weights=w * points[:, d], minlength=len(ids))
                     for d in range(points.shape[1])], axis=1).astype(np.float64)
    centers = np.divide(sums, wsum[:, None], out=np.zeros_like(sums), where=wsum[:, None] > 0)
    return centers, wsum


def _uniqify(ids: NDArray[np.int64], centers: NDArray[np.float64], member: NDArray[np.int64]) -> NDArray[np.int64]:
    """``uniqify-clusters``: merge clusters with identical centres (returns the updated member array)."""
    if len(ids) < 2:
        return member
    srt = np.lexsort(centers.T[::-1])
    if not np.any(np.all(centers[srt[1:]] == centers[srt[:-1]], axis=1)):
        return member  # the usual case: all centres distinct
    seen: dict[bytes, int] = {}
    sizes = {int(i): int(n) for i, n in zip(*np.unique(member[member >= 0], return_counts=True), strict=True)}
    rename: dict[int, int] = {}
    for cid, c in zip(ids.tolist(), centers, strict=True):
        key = c.tobytes()
        if key not in seen:
            seen[key] = cid
            continue
        other = seen[key]
        keep = other if sizes.get(other, 0) > sizes.get(cid, 0) else cid  # max-key: the later one on a tie
        drop = cid if keep == other else other
        rename[drop] = keep
        sizes[keep] = sizes.get(keep, 0) + sizes.get(drop, 0)
        seen[key] = keep
    out = member.copy()
    for drop, keep in rename.items():
        out[out == drop] = keep
    return out


def _n_distinct(points: NDArray[np.float64]) -> int:
    srt = points[np.lexsort(points.T[::-1])]
    return int(1 + np.any(srt[1:] != srt[:-1], axis=1).sum()) if len(points) else 0


def clean_start(
    points: NDArray[np.float64], weights: NDArray[np.float64], last: Clustering | None, k: int,
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Initial (ids, centres) for this update's k-means, from the previous clustering (``clean-start-clusters``)."""
    if last is None or len(last.ids) == 0 or not (last.member >= 0).any():
        centers = _first_distinct(points, k)
        return np.arange(len(centers), dtype=np.int64), centers
    member = last.member
    present = np.flatnonzero(np.bincount(member[member >= 0]))  # safe-recenter: clusters without members go
    centers, _ = _weighted_means(points, weights, member, present)
    member = _uniqify(present, centers, member)
    ids = np.flatnonzero(np.bincount(member[member >= 0]))
    possible = k if len(ids) >= k else min(k, _n_distinct(points))
    while True:
        centers, _ = _weighted_means(points, weights, member, ids)  # recenter-clusters
        if possible <= len(ids):
            return ids, centers
        d2 = ((points[:, None, :] - centers[None, :, :]) ** 2).sum(-1).min(1)
        far = len(d2) - 1 - int(np.argmax(d2[::-1]))  # max-key: the last maximum
        if d2[far] <= 0:
            return ids, centers
        member = member.copy()
        new_id = int(ids.max()) + 1
        member[far] = new_id
        ids = np.append(ids, new_id)


def warm_kmeans(
    points: NDArray[np.float64], k: int, last: Clustering | None, max_iters: int,
    weights: NDArray[np.float64] | None = None,
) -> Clustering:
    """``clusters.clj`` ``kmeans`` with ``:last-clusters``: returns the new clustering (ids ascending)."""
    w = np.ones(len(points)) if weights is None else weights
    ids, centers = clean_start(points, w, last, k)
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(max_iters + 1):
        nearest = assign(points, centers)
        wsum = np.bincount(nearest, weights=w, minlength=len(centers))
        alive = np.bincount(nearest, minlength=len(centers)) > 0  # members, not weight, keep a cluster alive
        sums = np.stack([np.bincount(nearest, weights=w * points[:, d], minlength=len(centers))
                         for d in range(points.shape[1])], axis=1)
        old = centers
        new_centers = np.divide(sums, wsum[:, None], out=np.zeros_like(sums), where=wsum[:, None] > 0)
        labels = ids[nearest]
        ids, centers = ids[alive], new_centers[alive]
        if _same_clustering(old, centers):
            break
    order = np.argsort(ids, kind="stable")
    return Clustering(ids=ids[order], centers=centers[order], member=labels)
