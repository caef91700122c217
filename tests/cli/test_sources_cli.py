"""The CLI for elections, parties, sources and the Wahl-O-Mat import (typer's CliRunner, real test database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communs.cli import app
from communs.elections.models import Election, Party, Passage, PassageVector, Source
from tests.core.test_sources_convert import MARKDOWN, PDF_PAGES, make_pdf
from tests.elections.test_wahlomat import write_folder

pytestmark = pytest.mark.django_db
runner = CliRunner()


def run(*args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def election() -> Election:
    result = run("election", "create", "valmont-2027", "--name", "Valmont 2027", "--languages", "fr,de,en",
                 "--polling-day", "2027-03-14")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "created election valmont-2027" in result.stdout  # type: ignore[attr-defined]
    result = run("party", "add", "--election", "valmont-2027", "Parti des Communs", "--short", "PdC",
                 "--alias", "Les Communs", "--alias", "Communs")
    assert result.exit_code == 0 and "added party Parti des Communs" in result.stdout  # type: ignore[attr-defined]
    return Election.objects.get(slug="valmont-2027")


def test_election_create_and_party_add(election: Election) -> None:
    assert election.polling_day.isoformat() == "2027-03-14" and election.language_list == ["fr", "de", "en"]
    party = Party.objects.get(election=election)
    assert (party.short_name, party.aliases) == ("PdC", ["Les Communs", "Communs"])
    again = run("party", "add", "--election", "valmont-2027", "Parti des Communs", "--alias", "PDC 2027")
    assert again.exit_code == 0 and "updated party" in again.stdout  # type: ignore[attr-defined]
    party.refresh_from_db()
    assert party.short_name == "PdC" and party.aliases == ["Les Communs", "Communs", "PDC 2027"]

    duplicate = run("election", "create", "valmont-2027", "--name", "Again")
    assert duplicate.exit_code == 1 and "election 'valmont-2027' already exists" in duplicate.stderr  # type: ignore[attr-defined]
    bad_day = run("election", "create", "other", "--name", "O", "--polling-day", "14/03/2027")
    assert bad_day.exit_code == 1 and "invalid --polling-day" in bad_day.stderr  # type: ignore[attr-defined]
    unknown = run("party", "add", "--election", "nope", "X")
    assert unknown.exit_code == 1 and "unknown election 'nope'" in unknown.stderr  # type: ignore[attr-defined]


def test_sources_add_reports_each_file_and_fails_on_bad_ones(election: Election, tmp_path: Path) -> None:
    pdf = tmp_path / "programme.pdf"
    pdf.write_bytes(make_pdf(PDF_PAGES))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(make_pdf(PDF_PAGES)[:700])
    md = tmp_path / "programme.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    result = run("sources", "add", "--election", "valmont-2027", "--party", "communs", "--kind", "programme",
                 "--checked-by", "A. Martin", "--no-embed", str(pdf), str(broken), str(md))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    lines = result.stdout.strip().splitlines()  # type: ignore[attr-defined]
    n_pdf = Source.objects.get(origin="programme.pdf").passages.count()
    n_md = Source.objects.get(origin="programme.md").passages.count()
    assert lines == [f"created {pdf} → {n_pdf} passages", f"created {md} → {n_md} passages"]
    assert f"{broken}: corrupt PDF" in result.stderr  # type: ignore[attr-defined]
    assert not Source.objects.filter(origin="broken.pdf").exists()
    assert Source.objects.get(origin="programme.pdf").checked_by == "A. Martin"

    again = run("sources", "add", "--election", "valmont-2027", "--party", "PdC", "--kind", "programme",
                "--no-embed", str(pdf))
    assert again.exit_code == 0  # type: ignore[attr-defined]
    assert again.stdout.strip() == f"unchanged {pdf} → {n_pdf} passages"  # type: ignore[attr-defined]

    unknown = run("sources", "add", "--election", "valmont-2027", "--party", "Nobody", "--kind", "programme",
                  "--no-embed", str(md))
    assert unknown.exit_code == 1 and "unknown party 'Nobody'" in unknown.stderr  # type: ignore[attr-defined]
    bad_kind = run("sources", "add", "--election", "valmont-2027", "--kind", "manifesto", str(md))
    assert bad_kind.exit_code == 1 and "invalid --kind 'manifesto'" in bad_kind.stderr  # type: ignore[attr-defined]


def test_sources_list_json_and_table(election: Election, tmp_path: Path) -> None:
    md = tmp_path / "programme.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    assert run("sources", "add", "--election", "valmont-2027", "--party", "PdC", "--kind", "programme",
               "--title", "Programme 2027", "--no-embed", str(md)).exit_code == 0  # type: ignore[attr-defined]
    listed = run("sources", "list", "--election", "valmont-2027", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]  # type: ignore[attr-defined]
    assert len(rows) == 1
    row = rows[0]
    assert (row["title"], row["party"], row["kind"], row["language"], row["origin"]) == (
        "Programme 2027", "Parti des Communs", "programme", "fr", "programme.md",
    )
    assert row["passages"] == Passage.objects.count() > 0 and len(row["content_hash"]) == 64
    table = run("sources", "list", "--election", "valmont-2027")
    assert table.exit_code == 0 and "Programme 2027" in table.stdout  # type: ignore[attr-defined]


def test_sources_add_computes_missing_vectors(election: Election, tmp_path: Path) -> None:
    md = tmp_path / "programme.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    result = run("sources", "add", "--election", "valmont-2027", "--kind", "other", str(md))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert "passage vectors: " in result.stderr  # type: ignore[attr-defined]
    hashes = set(Passage.objects.values_list("text_hash", flat=True))
    assert hashes and hashes <= set(PassageVector.objects.values_list("text_hash", flat=True))


def test_wahlomat_import_cli(election: Election, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "w")
    result = run("wahlomat", "import", str(folder), "--election", "valmont-2027", "--no-embed")
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert "2 parties (2 new), 4 passages; sources created 2" in result.stdout  # type: ignore[attr-defined]
    again = run("wahlomat", "import", str(folder), "--election", "valmont-2027", "--no-embed")
    assert "unchanged 2" in again.stdout  # type: ignore[attr-defined]
    missing = run("wahlomat", "import", str(tmp_path / "nope"), "--election", "valmont-2027")
    assert missing.exit_code == 1 and "not a directory" in missing.stderr  # type: ignore[attr-defined]
