"""Near-duplicate search over a consultation's visible contributions with the shared embedder. Vectors are stored
on ``Contribution.embedding`` (float32 bytes) when computed and filled lazily for imported contributions."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from django.conf import settings

from communs.consultations.models import Consultation, Contribution
from communs.consultations.visibility import visible_contributions
from communs.core.moderation import DUPLICATE_THRESHOLD, DuplicateMatch, near_duplicates


@lru_cache(maxsize=1)
def _embedder():  # type: ignore[no-untyped-def]
    from communs.core.search.embeddings import get_embedder

    return get_embedder(
        getattr(settings, "COMMUNS_EMBEDDER", "use-multilingual"), threads=getattr(settings, "COMMUNS_EMBEDDER_THREADS", 2)
    )


def enabled() -> bool:
    return bool(getattr(settings, "COMMUNS_DUPLICATE_CHECK", True))


def embed(texts: list[str]) -> np.ndarray:
    return np.asarray(_embedder().embed(texts), dtype=np.float32)


def consultation_vectors(consultation: Consultation) -> tuple[list[int], np.ndarray]:
    rows = list(visible_contributions(consultation).only("id", "text", "embedding"))
    missing = [c for c in rows if not c.embedding]
    if missing:
        vectors = embed([c.text for c in missing])
        for c, v in zip(missing, vectors, strict=True):
            c.embedding = v.tobytes()
        Contribution.objects.bulk_update(missing, ["embedding"], batch_size=500)
    if not rows:
        return [], np.zeros((0, 512), dtype=np.float32)
    return [c.pk for c in rows], np.vstack([np.frombuffer(bytes(c.embedding), dtype=np.float32) for c in rows])


def find_duplicates(consultation: Consultation, text: str, vector: np.ndarray | None = None) -> list[DuplicateMatch]:
    ids, matrix = consultation_vectors(consultation)
    if vector is None:
        vector = embed([text])[0]
    threshold = float(getattr(settings, "COMMUNS_DUPLICATE_THRESHOLD", DUPLICATE_THRESHOLD))
    return near_duplicates(vector, matrix, ids, threshold=threshold)
