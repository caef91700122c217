"""``find_topics``: the topic step of a synthesis, with every intermediate kept for review and audit."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from communs.core.search.embeddings import Embedder
from communs.core.text import detect_language
from communs.core.topics.cluster import center_languages, cluster
from communs.core.topics.labels import class_tfidf_terms


@dataclass(frozen=True)
class Topic:
    id: int
    size: int
    terms: dict[str, list[str]]  # language -> distinctive terms
    representatives: list[str]  # contribution ids closest to the topic centre, most central first
    languages: dict[str, int]  # language -> number of contributions


@dataclass
class TopicResult:
    ids: list[str]
    labels: dict[str, int]  # contribution id -> topic id
    topics: list[Topic]
    k: int
    silhouette_by_k: dict[int, float]
    parameters: dict[str, object] = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "k": self.k,
            "labels": self.labels,
            "topics": [
                {"id": t.id, "size": t.size, "terms": t.terms, "representatives": t.representatives, "languages": t.languages}
                for t in self.topics
            ],
            "silhouette_by_k": {str(k): v for k, v in self.silhouette_by_k.items()},
            "parameters": self.parameters,
        }


def _canonical_key(identifier: str, text: str) -> str:
    return hashlib.sha256(f"{text}\x00{identifier}".encode()).hexdigest()


def find_topics(
    ids: Sequence[str],
    texts: Sequence[str],
    *,
    embedder: Embedder,
    languages: Sequence[str] | None = None,
    k: int | None = None,
    k_max: int = 12,
    seed: int = 0,
    n_representatives: int = 3,
    vectors: np.ndarray | None = None,
) -> TopicResult:
    """Cluster contributions into topics. Input order does not matter (items are put in a canonical order first)."""
    started = time.perf_counter()
    if len(ids) != len(texts):
        raise ValueError("ids and texts must have the same length")
    if len(set(ids)) != len(ids):
        raise ValueError("contribution ids must be unique")
    langs = list(languages) if languages is not None else [detect_language(t) for t in texts]
    order = sorted(range(len(ids)), key=lambda i: _canonical_key(str(ids[i]), texts[i]))
    c_ids = [str(ids[i]) for i in order]
    c_texts = [texts[i] for i in order]
    c_langs = [langs[i] for i in order]
    raw = embedder.embed(c_texts) if vectors is None else np.asarray(vectors, dtype=np.float32)[order]
    centred = center_languages(raw, c_langs)
    n = len(c_ids)
    k_min = 4 if n >= 100 else 2
    k_range = range(k_min, max(k_min + 1, min(k_max, n // 5) + 1))
    labels, k_found, scores = cluster(centred, k=k, k_range=k_range, seed=seed)
    terms = class_tfidf_terms(c_texts, c_langs, [int(x) for x in labels])
    topics = []
    for topic_id in range(k_found):
        members = np.flatnonzero(labels == topic_id)
        centre = centred[members].mean(axis=0)
        closeness = centred[members] @ centre
        ranked = members[np.argsort(-closeness, kind="stable")]
        lang_counts: dict[str, int] = {}
        for i in members:
            lang_counts[c_langs[i]] = lang_counts.get(c_langs[i], 0) + 1
        topics.append(
            Topic(
                id=topic_id,
                size=len(members),
                terms=terms.get(topic_id, {}),
                representatives=[c_ids[i] for i in ranked[:n_representatives]],
                languages=dict(sorted(lang_counts.items())),
            )
        )
    return TopicResult(
        ids=c_ids,
        labels={c_ids[i]: int(labels[i]) for i in range(n)},
        topics=topics,
        k=k_found,
        silhouette_by_k=scores,
        parameters={"embedder": embedder.name, "k": k, "k_max": k_max, "seed": seed, "method": "language-centred ward"},
        seconds=time.perf_counter() - started,
    )
