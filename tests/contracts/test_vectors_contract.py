"""Store contract for persisted passage vectors (SQLite and PostgreSQL): one row per (model, text hash), bytes
round-trip exactly, concurrent-safe bulk inserts, and the search index reads them back without re-embedding."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from django.db import IntegrityError, transaction

from communs.core.search.embeddings import get_embedder
from communs.elections import search_index
from communs.elections.models import Election, Party, Passage, PassageVector, Source

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]


def _vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=512).astype(np.float32)
    return v / np.linalg.norm(v)


def test_vector_bytes_round_trip_exactly() -> None:
    v = _vector(1)
    PassageVector.objects.create(model="m", text_hash="h" * 64, dim=512, vector=v.tobytes())
    row = PassageVector.objects.get(model="m", text_hash="h" * 64)
    assert np.array_equal(np.frombuffer(bytes(row.vector), dtype=np.float32), v)
    loaded = search_index.load_vectors("m", ["h" * 64, "x" * 64])
    assert list(loaded) == ["h" * 64] and np.array_equal(loaded["h" * 64], v)


def test_one_vector_per_model_and_text_hash() -> None:
    PassageVector.objects.create(model="m", text_hash="a" * 64, dim=512, vector=_vector(1).tobytes())
    with pytest.raises(IntegrityError), transaction.atomic():
        PassageVector.objects.create(model="m", text_hash="a" * 64, dim=512, vector=_vector(2).tobytes())
    PassageVector.objects.create(model="other", text_hash="a" * 64, dim=512, vector=_vector(2).tobytes())
    # the bulk path used by embed_missing skips existing rows instead of failing (another process won the race)
    PassageVector.objects.bulk_create(
        [PassageVector(model="m", text_hash=c * 64, dim=512, vector=_vector(3).tobytes()) for c in "ab"],
        ignore_conflicts=True,
    )
    assert PassageVector.objects.filter(model="m").count() == 2
    first = PassageVector.objects.get(model="m", text_hash="a" * 64)
    assert np.array_equal(np.frombuffer(bytes(first.vector), dtype=np.float32), _vector(1))


def test_many_hashes_are_read_in_chunks() -> None:
    rows = [PassageVector(model="m", text_hash=f"{i:064x}", dim=4, vector=np.full(4, i, np.float32).tobytes())
            for i in range(1300)]
    PassageVector.objects.bulk_create(rows, batch_size=500)
    loaded = search_index.load_vectors("m", [f"{i:064x}" for i in range(1300)])
    assert len(loaded) == 1300 and loaded[f"{1299:064x}"][0] == 1299


def test_search_index_persists_and_reuses_vectors(settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_EMBEDDER = "use-multilingual"
    model = get_embedder("use-multilingual").name
    election = Election.objects.create(slug="vec-2027", name="Vec 2027")
    party = Party.objects.create(election=election, name="Parti A")
    source = Source.objects.create(election=election, party=party, kind="programme", title="Programme A",
                                   language="fr", origin="a.txt", content_hash="c" * 64)
    texts = ["Nous augmenterons les retraites.", "Nous construirons des logements sociaux.",
             "Nous augmenterons les retraites."]  # the same text twice: one vector
    for i, text in enumerate(texts):
        Passage.objects.create(id=hashlib.sha256(f"{i}{text}".encode()).hexdigest(), source=source, ordinal=i,
                               start=i * 100, end=i * 100 + len(text), text=text, language="fr",
                               text_hash=hashlib.sha256(text.encode()).hexdigest())
    search_index.invalidate()
    assert search_index.embed_missing(election) == 2
    assert PassageVector.objects.filter(model=model).count() == 2
    assert search_index.embed_missing(election) == 0
    hits = search_index.search(election, "pensions de retraite", k=1)
    assert hits and "retraites" in hits[0].text
    search_index.invalidate()
