"""Store contract for ingestion (SQLite and PostgreSQL): idempotency, atomic replacement, rollback on error."""

from __future__ import annotations

import pytest
from django.db import connection

from communs.elections import ingest
from communs.elections.ingest import IngestError, ingest_bytes
from communs.elections.models import Election, Party, Passage, Source

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]

FIRST = "# Programm\n\n## Klima\n\nWir bauen Windräder. Die Bahn wird ausgebaut.\n\n## Wohnen\n\nMieten werden gedeckelt.\n"
SECOND = "# Programm\n\n## Klima\n\nWir bauen Solardächer.\n\n## Bildung\n\nKitas werden kostenlos. Schulen werden saniert.\n"


@pytest.fixture
def election() -> Election:
    election = Election.objects.create(slug="contract-2030", name="Contract", languages="de")
    Party.objects.create(election=election, name="Testpartei", short_name="TP")
    return election


def test_same_content_is_a_no_op_with_stable_ids(election: Election) -> None:
    first = ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="TP")
    ids = list(Passage.objects.order_by("ordinal").values_list("id", flat=True))
    second = ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="TP")
    assert (first.status, second.status) == ("created", "unchanged")
    assert list(Passage.objects.order_by("ordinal").values_list("id", flat=True)) == ids
    assert Source.objects.count() == 1


def test_changed_content_replaces_all_passages(election: Election) -> None:
    ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="TP")
    old = set(Passage.objects.values_list("id", flat=True))
    result = ingest_bytes(election, SECOND.encode(), "programm.md", kind="programme", party="TP")
    assert result.status == "replaced"
    rows = list(Passage.objects.filter(source=result.source).order_by("ordinal"))
    assert not old & {p.id for p in rows}
    assert [p.section for p in rows] == ["Programm › Klima", "Programm › Bildung"]
    assert all(result.source.text[p.start:p.end] == p.text for p in rows)
    assert Passage.objects.count() == len(rows) == result.n_passages


def test_a_failure_during_replacement_rolls_back_everything(election: Election, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="TP")
    before = list(Passage.objects.order_by("ordinal").values_list("id", "text"))
    source_before = Source.objects.get()

    def broken_rows(*args: object, **kwargs: object) -> list[Passage]:
        rows = original(*args, **kwargs)  # type: ignore[arg-type]
        rows.append(Passage(**{f.attname: getattr(rows[0], f.attname) for f in Passage._meta.concrete_fields}))
        rows[-1].ordinal = 999  # duplicate primary key: the insert fails after the old passages were deleted
        return rows

    original = ingest._passage_rows
    monkeypatch.setattr(ingest, "_passage_rows", broken_rows)
    with pytest.raises(IngestError, match=r"programm.md: could not store the source"):
        ingest_bytes(election, SECOND.encode(), "programm.md", kind="programme", party="TP")
    assert list(Passage.objects.order_by("ordinal").values_list("id", "text")) == before
    source_after = Source.objects.get()
    assert (source_after.content_hash, source_after.text) == (source_before.content_hash, source_before.text)


def test_bad_input_stores_nothing(election: Election) -> None:
    with pytest.raises(IngestError):
        ingest_bytes(election, b"%PDF-1.4\n broken", "kaputt.pdf", kind="programme", party="TP")
    with pytest.raises(IngestError):
        ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="Unbekannt")
    assert Source.objects.count() == 0 and Passage.objects.count() == 0


def test_large_bulk_insert(election: Election) -> None:
    data = "\n".join(f'{{"text": "Passage Nummer {i} über Verkehr und Wohnen."}}' for i in range(5000)).encode()
    result = ingest_bytes(election, data, "viele.jsonl", kind="other")
    assert result.n_passages == 5000 == Passage.objects.filter(source=result.source).count()
    assert connection.vendor in {"sqlite", "postgresql"}


def test_concurrent_ingestion_of_the_same_new_file_stores_it_once(election: Election) -> None:
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memorydb"):
        pytest.skip("in-memory SQLite test database: shared-cache locking is not the production file's")
    import threading

    from django.db import connections

    results: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        try:
            barrier.wait()
            results.append(ingest_bytes(election, FIRST.encode(), "programm.md", kind="programme", party="TP").status)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == ["created", "unchanged"]
    assert Source.objects.count() == 1
    assert Passage.objects.count() == Source.objects.get().passages.count() > 0
