"""The assistant on the real demo election (``communs demo``'s loader): party questions cite only that party,
comparisons list all five parties, "when" questions cite the official passage stating the date in the question's
language, refusals carry their alternative, and every answer is stored."""

from __future__ import annotations

import pytest

from communs.assistant import services
from communs.assistant.models import AnswerRecord
from communs.demo.loader import load_election
from communs.elections.models import ElectionDate, Passage
from communs.elections.viewer import date_in_words

pytestmark = pytest.mark.django_db


def test_demo_election_answers() -> None:
    election = load_election().election
    parties = {p.short_name: p for p in election.parties.all()}

    for question, short in [("Que propose le MEV sur le logement ?", "MEV"),
                            ("Was will die USV beim Wohnen?", "USV"),
                            ("Que dit la DDV sur le logement ?", "DDV"),
                            ("What does the Green and Solidarity Alliance propose on climate and energy?", "AVS")]:
        answer, _ = services.ask(election, question)
        assert answer.decision == "answer" and answer.citations, (question, answer.text)
        assert {c.party for c in answer.citations} == {parties[short].label}, question

    answer, _ = services.ask(election, "Wie unterscheiden sich die Parteien beim Verkehr?")
    assert answer.kind == "comparison" and answer.language == "de"
    assert sorted(s.party_id for s in answer.sections) == sorted(str(p.pk) for p in parties.values())
    assert all(bool(s.sentences) == s.found and (s.found or s.note) for s in answer.sections)
    assert any(s.found for s in answer.sections)

    polling = ElectionDate.objects.get(election=election, kind="polling_day")
    for question, language in [("Quand a lieu le premier tour ?", "fr"), ("Wann ist der Wahltag?", "de"),
                               ("When is polling day?", "en")]:
        answer, record = services.ask(election, question)
        assert answer.language == language and len(answer.citations) == 1, question
        passage = Passage.objects.select_related("source").get(pk=answer.citations[0].passage_id)
        assert passage.source.kind == "official" and passage.source.language == language
        assert date_in_words(polling.date, language) in answer.citations[0].quote
        assert record is not None and record.bundle["structure"] == "dates"

    answer, _ = services.ask(election, "Welche Partei soll ich wählen?")
    assert answer.decision == "refuse" and answer.language == "de" and answer.alternative_link
    assert AnswerRecord.objects.filter(election=election).count() == 9


FORMER_MISSES = [
    # "l'USV" with an ASCII apostrophe: the elided article is split off, so the party is found
    ("Que veut faire l'USV pour la santé ?", "USV"),
    # the topic word is only in the section heading ("Transport"): headings count for a passage's relevance
    ("What does the MEV propose on transport?", "MEV"),
    ("What does the MEV want for housing?", "MEV"),
    ("Qu'est-ce que l'AVS propose pour le climat ?", "AVS"),
]


@pytest.mark.parametrize("question, short", FORMER_MISSES)
def test_former_misses_of_the_core_on_the_demo(question: str, short: str) -> None:
    election = load_election().election
    answer, _ = services.ask(election, question, store_answer=False)
    assert answer.citations and {c.party for c in answer.citations} == {short}
