"""Near-duplicates by embedding similarity. The vectors come from ``communs.core.search.embeddings`` (unit rows),
so the dot product is the cosine similarity.

Threshold: ``DUPLICATE_THRESHOLD = 0.87`` cosine with the bundled multilingual Universal Sentence Encoder. Measured
on hand-made pairs (see ``tests/core/test_moderation_duplicates.py``): rewordings that keep most words (word order,
"free for everyone" / "free for all", fr and de paraphrases) score 0.91-0.97; different proposals on the same topic
("more bike lanes" / "remove car parks", "free transport" / "cheaper student tickets") and a negation ("raise the
minimum wage" / "do not raise it") score 0.53-0.78; a translation scores ~0.60 and is not a duplicate. Paraphrases
with other words ("free transport" / "make buses and trams free", 0.51) are missed: the check points authors to
obvious repeats, it does not replace moderators. Numbers that differ ("$15" / "$12", 0.95) are flagged: the
author sees the existing statement and may still post."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DUPLICATE_THRESHOLD = 0.87


@dataclass(frozen=True)
class DuplicateMatch:
    id: int
    similarity: float


def near_duplicates(
    vector: np.ndarray, candidates: np.ndarray, ids: list[int], threshold: float = DUPLICATE_THRESHOLD, limit: int = 3
) -> list[DuplicateMatch]:
    """Candidates whose cosine similarity with ``vector`` is at least ``threshold``, most similar first."""
    if candidates.size == 0 or not ids:
        return []
    sims = candidates @ vector.astype(np.float32)
    order = np.argsort(-sims)[:limit]
    return [DuplicateMatch(int(ids[i]), float(sims[i])) for i in order if sims[i] >= threshold]
