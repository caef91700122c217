"""Wahl-O-Mat import (qual-o-mat folder format): a synthetic folder written here, and the real 2021/2024 data."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from communs.core.sources import SourceError
from communs.core.sources.wahlomat import clean_comment, read_wahlomat
from communs.elections.ingest import IngestError
from communs.elections.models import Election, Party, Passage, Source
from communs.elections.wahlomat import import_wahlomat, origin_for
from tests.conftest import shared_data_path

PARTIES = [
    {"id": 0, "name": "ABC", "longname": "Allianz für Bürger und Climate"},
    {"id": 1, "name": "XY / Z", "longname": "Partei XY und Partei Z"},
]
STATEMENTS = [
    {"id": 0, "category": None, "label": "Tempolimit", "text": "Auf Autobahnen soll ein Tempolimit gelten."},
    {"id": 1, "category": None, "label": "Wählen ab 16", "text": "Jugendliche ab 16 sollen wählen dürfen."},
]
ANSWERS = [{"id": 0, "message": "Stimme zu"}, {"id": 1, "message": "Stimme nicht zu"}, {"id": 2, "message": "Neutral"}]
OPINIONS = [
    {"id": 0, "party": 0, "statement": 0, "answer": 0, "comment": 0},
    {"id": 1, "party": 0, "statement": 1, "answer": 2, "comment": 1},
    {"id": 2, "party": 1, "statement": 0, "answer": 1, "comment": 2},
    {"id": 3, "party": 1, "statement": 1, "answer": 0, "comment": None},
]
COMMENTS = [
    {"id": 0, "text": "\"Ein Tempolimit rettet Leben.\""},
    {"id": 1, "text": "\"Wir sind unentschieden. <b>Diese Position wurde am 20.09. geändert.</b>\""},
    {"id": 2, "text": "\"Freie Fahrt &amp; Verantwortung.\""},
]
OVERVIEW = {"title": "Testwahl", "date": "2031-05-04", "info": "", "slug": "testwahl2031", "data_source": ""}


def write_folder(path: Path) -> Path:
    files = {
        "party.json": PARTIES, "statement.json": STATEMENTS, "answer.json": ANSWERS, "opinion.json": OPINIONS,
        "comment.json": COMMENTS, "overview.json": OVERVIEW,
    }
    path.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (path / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_clean_comment() -> None:
    assert clean_comment('"Wir <b>wollen</b> das &amp; mehr."') == "Wir wollen das & mehr."
    assert clean_comment("") == "" and clean_comment(None) == ""


def test_reader_builds_one_passage_per_party_and_thesis(tmp_path: Path) -> None:
    data = read_wahlomat(write_folder(tmp_path / "w"))
    assert data.slug == "testwahl2031" and data.n_statements == 2
    abc, xyz = data.parties
    assert [p.section for p in abc.document.preset or []] == ["Tempolimit", "Wählen ab 16"]
    first = (abc.document.preset or [])[0]
    assert first.text == (
        "These: Tempolimit – Auf Autobahnen soll ein Tempolimit gelten.\n"
        "Position ABC: Stimme zu\n"
        "Begründung: Ein Tempolimit rettet Leben."
    )
    assert "Diese Position wurde am 20.09. geändert." in (abc.document.preset or [])[1].text
    no_comment = (xyz.document.preset or [])[1].text
    assert no_comment.endswith("Position XY / Z: Stimme zu") and "Begründung" not in no_comment
    assert "Freie Fahrt & Verantwortung." in xyz.document.text


@pytest.mark.django_db
def test_import_creates_parties_sources_passages_and_is_idempotent(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "w")
    election = Election.objects.create(slug="test-2031", name="Testwahl", languages="de")
    summary = import_wahlomat(election, folder, checked_by="Redaktion")
    assert summary.parties_created == 2 and summary.count("created") == 2 and summary.n_passages == 4
    xyz = Party.objects.get(election=election, name="XY / Z")
    assert "Partei XY und Partei Z" in xyz.aliases and "XY/Z" in xyz.aliases
    source = Source.objects.get(election=election, origin=origin_for("testwahl2031", 1))
    assert source.party == xyz and source.kind == "programme" and source.language == "de"
    assert source.checked_by == "Redaktion" and source.title == "Wahl-O-Mat Testwahl 2031 – XY / Z"
    passages = list(source.passages.order_by("ordinal"))
    assert [p.section for p in passages] == ["Tempolimit", "Wählen ab 16"]
    assert all(source.text[p.start:p.end] == p.text and p.language == "de" for p in passages)
    ids = set(Passage.objects.values_list("id", flat=True))

    again = import_wahlomat(election, folder)
    assert again.parties_created == 0 and again.count("unchanged") == 2
    assert set(Passage.objects.values_list("id", flat=True)) == ids

    changed = [dict(c) for c in COMMENTS]
    changed[2]["text"] = "\"Wir lehnen ein Tempolimit ab.\""
    (folder / "comment.json").write_text(json.dumps(changed), encoding="utf-8")
    third = import_wahlomat(election, folder)
    assert third.count("replaced") == 1 and third.count("unchanged") == 1
    assert Passage.objects.count() == 4
    assert "Wir lehnen ein Tempolimit ab." in Source.objects.get(pk=source.pk).text


@pytest.mark.django_db
def test_not_a_wahlomat_folder(tmp_path: Path) -> None:
    election = Election.objects.create(slug="test-2031", name="Testwahl")
    folder = write_folder(tmp_path / "w")
    (folder / "opinion.json").unlink()
    with pytest.raises(IngestError, match=r"not a Wahl-O-Mat folder: opinion.json is missing"):
        import_wahlomat(election, folder)
    (folder / "opinion.json").write_text('[{"id": 0, "party": 9, "statement": 0, "answer": 0}]', encoding="utf-8")
    with pytest.raises(IngestError, match=r"opinion.json: item 0 refers to unknown party 9"):
        import_wahlomat(election, folder)
    with pytest.raises(SourceError, match=r"not a directory"):
        read_wahlomat(tmp_path / "nothing")
    assert Source.objects.count() == 0 and Party.objects.count() == 0


@pytest.mark.data
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("folder", "n_parties", "n_opinions"), [("2021/deutschland", 38, 1444), ("2024/europa", 34, 1292)]
)
def test_real_wahlomat_data_imports_quickly(folder: str, n_parties: int, n_opinions: int) -> None:
    path = shared_data_path("qual-o-mat", "data", *folder.split("/"))
    election = Election.objects.create(slug=folder.replace("/", "-"), name=folder, languages="de")
    started = time.perf_counter()
    summary = import_wahlomat(election, path)
    assert time.perf_counter() - started < 30
    assert len(summary.results) == n_parties and summary.n_passages == n_opinions
    assert Passage.objects.filter(source__election=election).count() == n_opinions
    spd = Source.objects.get(election=election, party__name="SPD")
    assert spd.passages.count() == len(json.loads((path / "statement.json").read_text()))
    assert all("Position SPD: " in p.text for p in spd.passages.all())
    assert import_wahlomat(election, path).count("unchanged") == n_parties
