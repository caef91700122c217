"""When the lexical path finds nothing, the assistant asks again with hybrid search and embedding relevance before
abstaining: an English or French question about German official pages is answered from them."""

from __future__ import annotations

import pytest

from communs.assistant.services import answer
from communs.elections.ingest import ingest_bytes
from communs.elections.models import Election, Party

OFFICIAL_DE = """# Europawahl: Wahlergebnisse und Sitzverteilung

## Sitzverteilung
Die 96 Mitglieder des Europäischen Parlaments aus der Bundesrepublik Deutschland werden nach den Grundsätzen der
Verhältniswahl gewählt. Die Sitze werden nach dem Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers) auf
die Wahlvorschläge verteilt.

## Stimmabgabe
Die Wahlräume sind am Wahltag von 8 bis 18 Uhr geöffnet. Bringen Sie Ihre Wahlbenachrichtigung mit.

## Wahlvorstand
Der Wahlvorstand zählt nach dem Ende der Wahlzeit öffentlich die Stimmen aus.
"""


PROGRAMMES_DE = {
    "Grüne Liste": "# Programm\n\n## Verkehr\nAuf allen Autobahnen soll ein generelles Tempolimit von 130 km/h gelten.\n",
    "Freie Bürger": "# Programm\n\n## Verkehr\nAuf den Autobahnen soll es kein generelles Tempolimit geben.\n",
}


@pytest.fixture
def german_election(db) -> Election:  # type: ignore[no-untyped-def]
    election = Election.objects.create(slug="europawahl-de", name="Europawahl", languages="de")
    ingest_bytes(election, OFFICIAL_DE.encode(), "europawahl.md", kind="official", language="de",
                 title="Europawahl (Landeswahlleitung)")
    for name, text in PROGRAMMES_DE.items():
        party = Party.objects.create(election=election, name=name)
        ingest_bytes(election, text.encode(), f"{name}.md", kind="programme", party=party, language="de",
                     title=f"Programm {name}")
    return election


@pytest.mark.parametrize("question", [
    "How are the 96 German seats in the European Parliament distributed?",
    "Comment sont répartis les 96 sièges allemands au Parlement européen ?",
])
def test_a_question_in_another_language_is_answered_from_the_german_page(german_election: Election,
                                                                        question: str) -> None:
    result = answer(german_election, question, language="en")
    assert result.decision == "answer" and result.composer == "extractive"
    assert result.citations and all("Sitze" in c.quote or "Mitglieder" in c.quote for c in result.citations[:1])
    assert result.bundle["retrieval"].startswith("semantic fallback")


def test_the_lexical_path_answers_first_when_it_can(german_election: Election) -> None:
    result = answer(german_election, "Wie werden die Sitze bei der Europawahl verteilt?", language="de")
    assert result.composer == "extractive"
    assert result.bundle["retrieval"] == "bm25 search, lexical relevance"


def test_a_question_the_page_does_not_answer_still_abstains(german_election: Election) -> None:
    result = answer(german_election, "Can I vote online with my smartphone app?", language="en")
    assert result.decision == "answer" and result.composer == "abstain" and not result.citations


def test_a_comparison_in_another_language_finds_every_partys_passage(german_election: Election) -> None:
    result = answer(german_election, "How do the parties differ on a general speed limit on motorways?",
                    language="en")
    assert result.kind == "comparison" and len(result.sections) == 2
    assert all(section.found for section in result.sections)
    assert result.bundle["retrieval"].startswith("semantic fallback")
