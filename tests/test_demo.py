"""`communs demo` loads the fictional Valmont election (and the demo consultation when available) and is idempotent;
the demo content is complete (5 parties x 3 languages x the same 10 topics, official pages, dated deadlines)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from django.apps import apps
from typer.testing import CliRunner

from communs.cli import app
from communs.demo import build_pdfs
from communs.demo.loader import DEMO_DIR, read_manifest
from communs.elections.models import Election, ElectionDate, Passage, PassageVector, Source
from communs.elections.viewer import date_in_words

pytestmark = pytest.mark.django_db
runner = CliRunner()

TOPICS = {
    "fr": ["Logement", "Transports", "Climat et énergie", "Éducation", "Santé", "Emploi et économie", "Sécurité",
           "Culture", "Démocratie et participation", "Budget et impôts"],
    "de": ["Wohnen", "Verkehr", "Klima und Energie", "Bildung", "Gesundheit", "Arbeit und Wirtschaft", "Sicherheit",
           "Kultur", "Demokratie und Beteiligung", "Haushalt und Steuern"],
    "en": ["Housing", "Transport", "Climate and energy", "Education", "Health", "Jobs and economy", "Security",
           "Culture", "Democracy and participation", "Budget and taxes"],
}


def _counts() -> dict[str, int]:
    """Row counts of every model of the apps the demo writes to."""
    return {
        model._meta.label: model.objects.count()
        for label in ("elections", "consultations")
        for model in apps.get_app_config(label).get_models()
    }


def _run_demo() -> str:
    result = runner.invoke(app, ["demo"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_loads_everything_and_a_second_run_changes_nothing(client) -> None:
    first_output = _run_demo()
    manifest = read_manifest()
    election = Election.objects.get(slug=manifest["election"]["slug"])
    first = _counts()

    parties = list(election.parties.all())
    assert len(parties) == 5
    sources = list(Source.objects.filter(election=election))
    assert len(sources) == len(manifest["sources"]) == 21
    assert all(s.checked_by == "communs demo" and s.checked_at is not None for s in sources)
    for party in parties:
        programmes = [s for s in sources if s.party_id == party.pk and s.kind == "programme"]
        assert sorted(s.language for s in programmes) == ["de", "en", "fr"]
        for source in programmes:
            missing = [t for t in TOPICS[source.language] if t.casefold() not in source.text.casefold()]
            assert missing == [], f"{source.origin} lacks topics {missing}"
    official = [s for s in sources if s.kind == "official"]
    assert sorted(s.language for s in official) == ["de", "de", "en", "en", "fr", "fr"]
    pdfs = [s for s in sources if s.media_type == "application/pdf"]
    assert len(pdfs) >= 3 and {s.language for s in pdfs} == {"fr", "de", "en"}
    assert all([p[0] for p in s.pages] == [1, 2, 3] for s in pdfs)
    n_passages = Passage.objects.filter(source__election=election).count()
    assert 100 <= n_passages <= 600

    dates = list(ElectionDate.objects.filter(election=election).select_related("passage", "source"))
    assert {d.kind for d in dates} >= {"polling_day", "registration_deadline", "postal_vote_deadline", "proxy_deadline"}
    for row in dates:
        assert row.source.kind == "official" and row.passage.source_id == row.source_id
        assert date_in_words(row.date, row.source.language) in row.passage.text
        assert set(row.label) == {"fr", "de", "en"}
    assert election.polling_day == dt.date.fromisoformat(manifest["election"]["polling_day"])

    if importlib.util.find_spec("communs.elections.search_index") is not None:
        hashes = set(Passage.objects.filter(source__election=election).values_list("text_hash", flat=True))
        assert PassageVector.objects.filter(text_hash__in=hashes).values("text_hash").distinct().count() == len(hashes)

    second_output = _run_demo()
    assert _counts() == first
    assert "21 unchanged" in second_output and "0 new" in second_output
    assert first_output != second_output

    page = client.get(f"/elections/{election.slug}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    for party in parties:
        assert party.name in page
    assert page.count('href="/sources/') >= len(sources) + len(dates)
    assert "Wählen bei der Wahl des Metropolrats Valmont 2027" in page  # date links go to the German official page

    # every demo document links to the same document in the two other languages
    for source in sources:
        viewer = client.get(f"/sources/{source.pk}", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        others = [s for s in sources if s.kind == source.kind and s.party_id == source.party_id
                  and s.language != source.language and s.origin.split(".")[0] == source.origin.split(".")[0]]
        assert len(others) == 2
        for other in others:
            assert f'href="/sources/{other.pk}" lang="{other.language}"' in viewer


def test_committed_pdfs_are_exactly_what_build_pdfs_makes(tmp_path: Path) -> None:
    sources = sorted(build_pdfs.SRC_DIR.glob("*.txt"))
    assert len(sources) >= 3
    for source in sources:
        target = tmp_path / f"{source.stem}.pdf"
        pages = build_pdfs.build(source, target)
        committed = DEMO_DIR / "sources" / "programmes" / f"{source.stem}.pdf"
        assert committed.read_bytes() == target.read_bytes(), f"rebuild {committed.name}: python -m communs.demo.build_pdfs"
        assert pages == 1 + source.read_text(encoding="utf-8").count("=== Page ")


def test_every_manifest_file_exists_and_is_listed() -> None:
    manifest = read_manifest()
    listed = {s["file"] for s in manifest["sources"]}
    on_disk = {str(p.relative_to(DEMO_DIR)) for p in (DEMO_DIR / "sources").rglob("*") if p.is_file()}
    assert listed == on_disk
    keys = {p["key"] for p in manifest["parties"]}
    assert {s["party"] for s in manifest["sources"] if s.get("party")} == keys
