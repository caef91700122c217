"""Election pages: home and list link to the election; the election page shows key dates with links to the official
passage (in the reader's language when one states the date), parties with their programmes, and the glossary."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from communs.elections import glossary
from communs.elections.ingest import ingest_bytes
from communs.elections.models import Election, ElectionDate, Party, Source
from communs.elections.viewer import passage_url

OFFICIAL_FR = """# Voter à Valbourg

## Dates

Le scrutin a lieu le dimanche 14 mars 2027. Les bureaux de vote ouvrent à 8 heures.

## Inscription

La date limite d'inscription sur la liste électorale est le vendredi 5 février 2027.
"""

OFFICIAL_EN = """# Voting in Valbourg

## Dates

Polling day is Sunday 14 March 2027. Polling stations open at 8 a.m.

## Registration

The deadline for registering on the electoral register is Friday 5 February 2027.
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def election() -> Election:
    election = Election.objects.create(slug="valbourg-2027", name="Valbourg <2027>", languages="fr,en",
                                       polling_day=dt.date(2027, 3, 14), description="Une élection de test.")
    Party.objects.create(election=election, name="Parti des Communs", short_name="PdC", aliases=["Les Communs"])
    Party.objects.create(election=election, name="Liste Zéro", short_name="LZ")
    fr = ingest_bytes(election, OFFICIAL_FR.encode(), "voter.fr.md", kind="official", language="fr").source
    ingest_bytes(election, OFFICIAL_EN.encode(), "voter.en.md", kind="official", language="en")
    ingest_bytes(election, b"# Programme\n\nNous construirons des logements.\n", "pdc.fr.md", kind="programme",
                 party="PdC", language="fr", title="Programme du PdC")
    for kind, day, quote, label in (
        ("polling_day", dt.date(2027, 3, 14), "14 mars 2027", {"fr": "Jour du scrutin", "en": "Polling day"}),
        ("registration_deadline", dt.date(2027, 2, 5), "5 février 2027", {"fr": "Inscription", "en": "Registration deadline"}),
    ):
        passage = next(p for p in fr.passages.all() if quote in p.text)
        ElectionDate.objects.create(election=election, kind=kind, date=day, label=label, source=fr, passage=passage)
    return election


def test_home_and_list_link_to_the_election(client, election: Election) -> None:
    for url in ("/", "/elections/"):
        body = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert f'href="/elections/{election.slug}/"' in body
        assert "Valbourg &lt;2027&gt;" in body


def test_election_page_shows_dates_linked_to_official_passages_in_the_readers_language(client, election: Election) -> None:
    fr_source = Source.objects.get(election=election, language="fr", kind="official")
    en_source = Source.objects.get(election=election, language="en", kind="official")
    body_fr = client.get(f"/elections/{election.slug}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    body_en = client.get(f"/elections/{election.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for row in ElectionDate.objects.filter(election=election):
        en_passage = next(p for p in en_source.passages.all() if f"{row.date.day} " in p.text and str(row.date.year) in p.text
                          and row.date.strftime("%B") in p.text)
        assert html.escape(passage_url(fr_source.pk, row.passage_id)) in body_fr
        assert html.escape(passage_url(en_source.pk, en_passage.pk)) in body_en
        assert f'<time datetime="{row.date.isoformat()}">' in body_en
        assert row.label["en"] in body_en and row.label["fr"] in body_fr
    # dates are in chronological order
    assert body_en.index("2027-02-05") < body_en.index("2027-03-14")


def test_election_page_lists_parties_programmes_official_sources_and_glossary(client, election: Election) -> None:
    response = client.get(f"/elections/{election.slug}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    body = response.content.decode()
    programme = Source.objects.get(election=election, kind="programme")
    assert f'href="/sources/{programme.pk}"' in body and "Programme du PdC" in body
    assert "Parti des Communs" in body and "Les Communs" in body
    assert "No programme has been loaded for this party." in body  # Liste Zéro has none
    assert body.index("Liste Zéro") < body.index("Parti des Communs")  # alphabetical, not by insertion order
    assert "Voting in Valbourg" in body
    assert f'href="/elections/{election.slug}/glossary/"' in body
    assert client.get("/elections/no-such-election/").status_code == 404


def test_glossary_page_in_each_language(client, election: Election) -> None:
    for language, expected in (("fr", "procuration"), ("de", "Briefwahl"), ("en", "proxy vote")):
        body = client.get(f"/elections/{election.slug}/glossary/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert expected in body
        terms = glossary.terms(language)
        assert len(terms) >= 15
        for item in terms:
            assert f'id="{item.anchor}"' in body
    assert client.get("/glossary/").status_code == 200
    assert client.get("/elections/nope/glossary/").status_code == 404


def test_glossary_terms_are_complete_in_three_languages() -> None:
    keys = {lang: [t.key for t in glossary.terms(lang)] for lang in glossary.LANGUAGES}
    assert sorted(keys["fr"]) == sorted(keys["de"]) == sorted(keys["en"])
    assert len(keys["en"]) >= 15
    for lang in glossary.LANGUAGES:
        for item in glossary.terms(lang):
            assert item.definition.strip() and item.term.strip()
            assert len(item.definition) < 300, f"{item.key}/{lang}: keep definitions short and plain"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Puis-je voter par procuration au second tour ?", ["proxy-vote", "round"]),
        ("fr", "Où est mon BUREAU DE VOTE et faut-il la carte electorale ?", ["polling-station", "poll-card"]),
        ("de", "Bis wann kann ich Briefwahl beantragen? Und gilt die Fünf-Prozent-Hürde?", ["postal-vote", "threshold"]),
        ("de", "Was ist der Unterschied zwischen Erststimme und Zweitstimme?", ["first-second-vote"]),
        ("en", "How does proportional representation work, and what is a spoiled ballot?",
         ["proportional-representation", "spoiled-ballot"]),
        ("en", "Is my name on the electoral roll?", ["electoral-register"]),
        ("en", "What do the parties propose on housing?", []),
    ],
)
def test_find_terms(language: str, text: str, expected: list[str]) -> None:
    assert [t.key for t in glossary.find_terms(text, language)] == expected


def test_find_matches_gives_offsets_into_the_original_text() -> None:
    text = "Le vote par procuration, puis la procuration encore."
    matches = glossary.find_matches(text, "fr")
    assert [text[m.start:m.end] for m in matches] == ["vote par procuration", "procuration"]
    assert glossary.find_terms("", "xx") == [] and glossary.terms("xx") == glossary.terms("en")


def test_polling_day_without_an_official_date_row_is_shown_without_a_source(client) -> None:
    election = Election.objects.create(slug="bare", name="Bare", polling_day=dt.date(2027, 6, 6))
    body = client.get("/elections/bare/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<time datetime="2027-06-06">' in body
    assert "no source recorded" in body
    assert election.dates.count() == 0


def test_glossary_terms_include_links_each_term_to_its_explanation(election: Election) -> None:
    from django.template.loader import render_to_string

    terms = glossary.find_terms("Can I give a proxy vote for the second round?", "en")
    html_out = render_to_string("elections/_glossary_terms.html", {"terms": terms, "election": election})
    for item in terms:
        assert f'href="/elections/{election.slug}/glossary/#{item.anchor}"' in html_out
    assert render_to_string("elections/_glossary_terms.html", {"terms": [], "election": election}).strip() == ""
