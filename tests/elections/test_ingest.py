"""Ingestion into the store: provenance, idempotency, replacement, clear errors with nothing partial stored."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from communs.elections.ingest import IngestError, ingest_bytes, ingest_file, passage_id
from communs.elections.models import Election, Party, Passage, Source
from tests.core.test_sources_convert import HTML, MARKDOWN, PAGED_TEXT, PDF_PAGES, encrypt_pdf, make_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def election() -> Election:
    election = Election.objects.create(slug="valmont-2027", name="Valmont 2027", languages="fr,de,en")
    Party.objects.create(election=election, name="Parti des Communs", short_name="PdC", aliases=["Les Communs"])
    Party.objects.create(election=election, name="Grüne Liste", short_name="GL")
    return election


def _assert_provenance(source: Source) -> None:
    passages = list(source.passages.order_by("ordinal"))
    assert passages and [p.ordinal for p in passages] == list(range(len(passages)))
    for p in passages:
        assert source.text[p.start:p.end] == p.text
        assert p.text_hash == hashlib.sha256(p.text.encode()).hexdigest()
        assert len(p.id) == 64 and p.id == passage_id(source.election.slug, source.content_hash, p.start, p.end, p.text)
        if source.pages:
            spans = {n: (s, e) for n, s, e in source.pages}
            assert spans[p.page][0] <= p.start and p.end <= spans[p.page][1]


def test_pdf_ingestion_keeps_pages_party_and_checker(election: Election, tmp_path: Path) -> None:
    path = tmp_path / "programme.pdf"
    path.write_bytes(make_pdf(PDF_PAGES))
    result = ingest_file(election, path, kind="programme", party="les communs", checked_by="A. Martin")
    assert result.status == "created" and result.n_passages == result.source.passages.count() >= 3
    source = result.source
    assert source.party.name == "Parti des Communs"
    assert source.origin == "programme.pdf" and source.media_type == "application/pdf"
    assert source.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.checked_by == "A. Martin" and source.checked_at is not None
    assert source.language == "de" and source.title == "Wahlprogramm der Testpartei"
    assert [n for n, _, _ in source.pages] == [1, 2, 3]
    _assert_provenance(source)
    assert source.passages.get(text__contains="Mietpreisbremse").page == 2


@pytest.mark.parametrize(
    ("filename", "data", "kind"),
    [
        ("how-to-vote.html", HTML.encode(), "official"),
        ("programme.md", MARKDOWN.encode(), "programme"),
        ("programm.txt", PAGED_TEXT.encode(), "other"),
    ],
)
def test_text_formats_ingest_with_exact_offsets(election: Election, filename: str, data: bytes, kind: str) -> None:
    result = ingest_bytes(election, data, filename, kind=kind)
    assert result.status == "created"
    assert result.source.checked_by == "" and result.source.checked_at is None
    _assert_provenance(result.source)


def test_reingesting_the_same_file_is_a_no_op(election: Election, tmp_path: Path) -> None:
    path = tmp_path / "programme.pdf"
    path.write_bytes(make_pdf(PDF_PAGES))
    first = ingest_file(election, path, kind="programme", party="PdC")
    ids = list(first.source.passages.values_list("id", flat=True))
    updated_at = first.source.updated_at
    second = ingest_file(election, path, kind="programme", party="PdC")
    assert second.status == "unchanged" and second.source.pk == first.source.pk
    assert second.n_passages == first.n_passages
    assert list(second.source.passages.values_list("id", flat=True)) == ids
    assert Source.objects.get(pk=first.source.pk).updated_at == updated_at


def test_a_changed_file_replaces_its_passages(election: Election, tmp_path: Path) -> None:
    path = tmp_path / "programme.pdf"
    path.write_bytes(make_pdf(PDF_PAGES))
    first = ingest_file(election, path, kind="programme", party="PdC")
    old_ids = set(first.source.passages.values_list("id", flat=True))
    path.write_bytes(make_pdf([*PDF_PAGES[:2], "Kultur. Museen werden sonntags kostenlos."]))
    second = ingest_file(election, path, kind="programme", party="PdC", checked_by="B. Keller")
    assert second.status == "replaced" and second.source.pk == first.source.pk
    new_ids = set(second.source.passages.values_list("id", flat=True))
    assert not old_ids & new_ids  # ids are content hashes of the new file
    assert not Passage.objects.filter(id__in=old_ids).exists()
    assert Passage.objects.filter(source=second.source).count() == second.n_passages
    assert "Museen" in second.source.text and "Kitas" not in second.source.text
    assert second.source.checked_by == "B. Keller"
    _assert_provenance(second.source)


def _nothing_stored() -> None:
    assert Source.objects.count() == 0
    assert Passage.objects.count() == 0


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("cut.pdf", make_pdf(PDF_PAGES)[:900], "corrupt PDF"),
        ("locked.pdf", encrypt_pdf(make_pdf(PDF_PAGES), "geheim"), "encrypted PDF: a password is required"),
        ("empty.txt", b"", "empty file"),
        ("blob.txt", b"\x00\x01\x02binary\x00", "undecodable text"),
        ("passages.jsonl", b'{"text": "a"}\n{"text": \n', "malformed JSONL at line 2"),
    ],
)
def test_bad_input_is_one_clear_line_and_nothing_is_stored(
    election: Election, tmp_path: Path, filename: str, data: bytes, reason: str
) -> None:
    path = tmp_path / filename
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        ingest_file(election, path, kind="programme", party="PdC")
    message = str(caught.value)
    assert message.startswith(f"{path}: {reason}") and "\n" not in message
    _nothing_stored()


def test_over_the_size_limit_from_argument_and_setting(election: Election, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.txt"
    path.write_text("Ein Satz. " * 300, encoding="utf-8")
    with pytest.raises(IngestError, match=r"big.txt: file too large: 3,000 bytes, the limit is 1,000 bytes"):
        ingest_file(election, path, kind="other", max_bytes=1000)
    settings.COMMUNS_MAX_SOURCE_BYTES = 2000
    with pytest.raises(IngestError, match=r"file too large: 3,000 bytes, the limit is 2,000 bytes"):
        ingest_file(election, path, kind="other")
    with pytest.raises(IngestError, match=r"file too large"):
        ingest_bytes(election, path.read_bytes(), "big.txt", kind="other")
    _nothing_stored()


def test_unknown_party_kind_and_missing_file(election: Election, tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Wir wollen mehr Busse.", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest_file(election, path, kind="programme", party="Partei X")
    assert str(caught.value) == (
        f"{path}: unknown party 'Partei X' in election 'valmont-2027' (known: GL, PdC)"
    )
    with pytest.raises(IngestError, match=r"unknown kind 'manifesto'"):
        ingest_file(election, path, kind="manifesto")
    with pytest.raises(IngestError, match=r"missing.pdf: no such file"):
        ingest_file(election, tmp_path / "missing.pdf", kind="programme")
    _nothing_stored()


def test_origin_clash_and_duplicate_content_are_refused(election: Election, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = tmp_path / "a" / "programme.txt"
    first.write_text("Wir wollen mehr Busse und Bahnen.", encoding="utf-8")
    ingest_file(election, first, kind="programme", party="PdC")
    other = tmp_path / "b" / "programme.txt"
    other.write_text("Wir wollen weniger Autos.", encoding="utf-8")
    with pytest.raises(IngestError, match=r"origin 'programme.txt' is already a source of PdC"):
        ingest_file(election, other, kind="programme", party="GL")
    assert ingest_file(election, other, kind="programme", party="GL", origin="gl/programme.txt").status == "created"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    with pytest.raises(IngestError, match=r"the same content is already ingested as 'programme.txt'"):
        ingest_file(election, copy, kind="programme", party="PdC")
    assert Source.objects.count() == 2


def test_same_file_in_two_elections_gets_distinct_passage_ids(election: Election) -> None:
    other = Election.objects.create(slug="other-2027", name="Other")
    a = ingest_bytes(election, HTML.encode(), "vote.html", kind="official")
    b = ingest_bytes(other, HTML.encode(), "vote.html", kind="official")
    ids_a = set(a.source.passages.values_list("id", flat=True))
    ids_b = set(b.source.passages.values_list("id", flat=True))
    assert ids_a and not ids_a & ids_b
    hashes_a = set(a.source.passages.values_list("text_hash", flat=True))
    assert hashes_a == set(b.source.passages.values_list("text_hash", flat=True))  # vectors are shared


def test_ten_thousand_passages_ingest_fast(election: Election) -> None:
    lines = [f'{{"text": "Passage {i}: Die Stadt baut {i} neue Radwege und Busspuren.", "page": {i // 50 + 1}}}' for i in range(10_000)]
    data = "\n".join(lines).encode()
    started = time.perf_counter()
    result = ingest_bytes(election, data, "many.jsonl", kind="other")
    elapsed = time.perf_counter() - started
    assert result.n_passages == 10_000 == Passage.objects.filter(source=result.source).count()
    assert elapsed < 30, f"{elapsed:.1f}s"
    again = ingest_bytes(election, data + b'\n{"text": "one more"}', "many.jsonl", kind="other")
    assert again.status == "replaced" and Passage.objects.count() == 10_001
