"""Store contract: the election models' constraints hold on every database backend (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from communs.elections.models import Election, Party, PassageVector, Source

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]


def test_backend_is_the_one_configured() -> None:
    import os

    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected


def test_sqlite_runs_in_wal_with_full_sync() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite pragmas only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


def test_party_names_unique_per_election() -> None:
    election = Election.objects.create(slug="e1", name="E1")
    Party.objects.create(election=election, name="Parti A")
    with pytest.raises(IntegrityError), transaction.atomic():
        Party.objects.create(election=election, name="Parti A")
    other = Election.objects.create(slug="e2", name="E2")
    Party.objects.create(election=other, name="Parti A")
    assert Party.objects.filter(name="Parti A").count() == 2


def test_source_origin_unique_per_election_and_party_protected() -> None:
    election = Election.objects.create(slug="e3", name="E3")
    party = Party.objects.create(election=election, name="Parti B", aliases=["PB", "Les B"])
    Source.objects.create(election=election, party=party, kind="programme", title="P", origin="p.pdf", content_hash="0" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(election=election, kind="official", title="Q", origin="p.pdf", content_hash="1" * 64)
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        party.delete()
    assert Party.objects.get(pk=party.pk).aliases == ["PB", "Les B"]


def test_vector_unique_per_model_and_text() -> None:
    PassageVector.objects.create(model="m", text_hash="h", dim=2, vector=b"\x00" * 8)
    with pytest.raises(IntegrityError), transaction.atomic():
        PassageVector.objects.create(model="m", text_hash="h", dim=2, vector=b"\x00" * 8)
    assert bytes(PassageVector.objects.get(model="m").vector) == b"\x00" * 8
