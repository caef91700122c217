"""Clustering of contribution vectors, independent of input order and language.

- Language centering: the multilingual encoder puts translations close together, but each language still adds a
  shared offset; subtracting each language's mean vector (then re-normalising) removes that offset so French and
  German contributions on the same subject land together (the approach of "language-agnostic" centering, e.g.
  Libovický et al. 2020, "On the Language Neutrality of Pre-trained Multilingual Representations").
- Canonical order: items are sorted by a content key before clustering, so a shuffled input gives the same clusters.
- Ward agglomerative clustering (scipy) is deterministic; above ``max_exact`` items a seeded k-means first reduces the
  data to micro-clusters whose centroids are then clustered by Ward (weights = sizes).
- k: the number of clusters maximising the silhouette (cosine) over ``k_range``, with a small-cluster penalty so a
  split that only carves off a handful of outliers is not preferred. On free text the silhouette alone nearly always
  prefers 2 (topics overlap); a synthesis people can read needs a handful of topics, so for 100+ contributions the
  search starts at 4 (``model.find_topics`` sets the range; ``k`` can always be given explicitly).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def center_languages(vectors: np.ndarray, languages: Sequence[str]) -> np.ndarray:
    """Subtract each language's mean vector and re-normalise rows (no-op for a single language)."""
    langs = np.asarray(list(languages))
    unique = np.unique(langs)
    if len(unique) < 2:
        return vectors
    out = vectors.astype(np.float64, copy=True)
    global_mean = out.mean(axis=0)
    for lang in unique:
        mask = langs == lang
        out[mask] -= out[mask].mean(axis=0) - global_mean
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.maximum(norms, 1e-12)).astype(np.float32)


def ward_labels(vectors: np.ndarray, k: int, *, weights: np.ndarray | None = None) -> np.ndarray:
    """Ward clustering of (unit) vectors into at most k clusters; labels 0..k-1."""
    if len(vectors) <= k:
        return np.arange(len(vectors))
    z = linkage(vectors.astype(np.float64), method="ward")
    return fcluster(z, t=k, criterion="maxclust") - 1


def choose_k(vectors: np.ndarray, linkage_matrix: np.ndarray, k_range: range, *, min_share: float = 0.02) -> tuple[int, dict[int, float]]:
    """The k in ``k_range`` with the best cosine silhouette, penalising clusters under ``min_share`` of the items."""
    scores: dict[int, float] = {}
    n = len(vectors)
    for k in k_range:
        if k >= n:
            break
        labels = fcluster(linkage_matrix, t=k, criterion="maxclust")
        if len(np.unique(labels)) < 2:
            continue
        sample = min(n, 2000)
        sil = float(silhouette_score(vectors, labels, metric="cosine", sample_size=sample, random_state=0))
        sizes = np.bincount(labels)[1:]
        tiny = float(np.sum(sizes < max(2, min_share * n))) / len(sizes)
        scores[k] = sil - 0.1 * tiny
    if not scores:
        return 1, scores
    best = max(scores, key=lambda key: (round(scores[key], 6), -key))
    return best, scores


def cluster(vectors: np.ndarray, *, k: int | None, k_range: range, seed: int, max_exact: int = 6000) -> tuple[np.ndarray, int, dict[int, float]]:
    """Labels for already-centred, canonically ordered vectors; returns (labels, k, silhouette per k)."""
    n = len(vectors)
    if n < 3:
        return np.zeros(n, dtype=int), 1, {}
    if n > max_exact:
        micro = KMeans(n_clusters=min(1000, n // 4), n_init=1, random_state=seed).fit(vectors)
        centres = micro.cluster_centers_
        norms = np.linalg.norm(centres, axis=1, keepdims=True)
        centres = centres / np.maximum(norms, 1e-12)
        z = linkage(centres.astype(np.float64), method="ward")
        base_vectors, base_labels = centres, micro.labels_
    else:
        z = linkage(vectors.astype(np.float64), method="ward")
        base_vectors, base_labels = vectors, np.arange(n)
    scores: dict[int, float] = {}
    if k is None:
        k, scores = choose_k(base_vectors, z, k_range)
    top = fcluster(z, t=max(k, 1), criterion="maxclust") - 1
    labels = top[base_labels]
    return _relabel_by_size(labels), int(len(np.unique(labels))), scores


def _relabel_by_size(labels: np.ndarray) -> np.ndarray:
    """Number clusters 0..k-1 by decreasing size (ties: first appearance), so ids are stable and meaningful."""
    uniq, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(uniq)), key=lambda i: (-counts[i], first[i]))
    mapping = {int(uniq[i]): new for new, i in enumerate(order)}
    return np.array([mapping[int(v)] for v in labels], dtype=int)
