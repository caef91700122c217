"""Store contract: a stored answer (one plain INSERT through the group commit) reads back identical through the ORM
on every database backend, alone and when several threads store answers at the same time."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection

from communs.assistant.models import AnswerRecord
from communs.assistant.services import _insert
from communs.consultations.groupcommit import run_write
from communs.elections.models import Election

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]
FIELDS = ["election_id", "question", "language", "decision", "category", "kind", "text", "citations", "composer",
          "bundle", "channel", "created_at", "latency_ms"]


def _record(election: Election, n: int) -> AnswerRecord:
    from django.utils import timezone

    return AnswerRecord(
        election=election, question=f"Que propose l'AVS ? «{n}»", language="fr", decision="answer", category="",
        kind="party", text=f"Réponse {n} [1].", citations=[{"n": 1, "passage_id": f"p{n}", "quote": "« x »"}],
        composer="extractive", bundle={"passages": [{"id": n, "score": 0.5}], "presentation": {"sections": []}},
        channel="api", latency_ms=12.345, created_at=timezone.now(),
    )


def _same(record: AnswerRecord) -> dict[str, Any]:
    stored = AnswerRecord.objects.get(pk=record.pk)
    return {f: (getattr(stored, f), getattr(record, f)) for f in FIELDS if getattr(stored, f) != getattr(record, f)}


def test_one_insert_reads_back_identical() -> None:
    election = Election.objects.create(slug="e1", name="E1")
    record = _record(election, 1)
    record.pk = run_write(lambda: _insert(record))
    assert _same(record) == {}


def test_concurrent_answers_are_all_stored() -> None:
    election = Election.objects.create(slug="e1", name="E1")
    records = [_record(election, n) for n in range(24)]
    errors: list[BaseException] = []

    def store(chunk: list[AnswerRecord]) -> None:
        try:
            for record in chunk:
                record.pk = run_write(lambda record=record: _insert(record))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=store, args=(records[i::6],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({r.pk for r in records}) == 24 and AnswerRecord.objects.count() == 24
    assert all(_same(r) == {} for r in records)
