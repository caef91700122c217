"""The pipeline with the real neutrality module (the default classify/refusal): refused questions get the refusal
and its alternative in the question's language and retrieve nothing; answerable ones go through the composer."""

from __future__ import annotations

import pytest

from communs.core import neutrality
from communs.core.answers import answer_question
from tests.core._answers_data import PARTIES, Retriever


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wen soll ich bei der Bundestagswahl wählen?", "de"),
        ("Pour qui devrais-je voter ?", "fr"),
        ("Which party should I vote for?", "en"),
    ],
)
def test_voting_advice_is_refused_with_an_alternative(question: str, language: str) -> None:
    retriever = Retriever()
    answer = answer_question(question, parties=PARTIES, retrieve=retriever, election_id="btw")
    assert answer.decision == "refuse" and answer.composer == "refusal" and answer.language == language
    assert answer.citations == [] and retriever.calls == []
    assert answer.text and answer.alternative and answer.alternative in answer.text
    assert answer.text.count(answer.alternative) == 1
    assert answer.bundle["policy_version"] == neutrality.POLICY_VERSION


def test_party_question_is_answered_from_that_party() -> None:
    answer = answer_question(
        "Was sagt die SPD zum Tempolimit auf Autobahnen?",
        parties=PARTIES,
        retrieve=Retriever(),
        election_id="btw",
    )
    assert answer.decision == "answer" and answer.composer == "extractive"
    assert answer.citations and all(c.party == "SPD" for c in answer.citations)
    assert answer.bundle["decision"]["policy_version"] == neutrality.POLICY_VERSION


def test_a_question_without_cue_that_the_classifier_files_under_procedure_is_answered_from_official_sources() -> None:
    """"Darf ich per Brief wählen?" has no procedure cue ("Briefwahl" is written apart); the classifier's category
    decides, the bundle records it, and the German compound "Briefwahl" covers the question's "Brief"."""
    from tests.core._answers_data import Decision

    retriever = Retriever()
    answer = answer_question("Darf ich per Brief wählen?", parties=PARTIES, retrieve=retriever, election_id="btw",
                             classify=lambda q, language=None, names=(): Decision("answer", "procedure", "de"),
                             refusal=lambda *a, **k: None)
    assert answer.decision == "answer" and answer.kind == "procedure"
    assert answer.bundle["analysis"]["cues"] == ["classifier:procedure"]
    assert all(call["kind"] == "official" for call in retriever.calls)
    assert answer.citations and "Briefwahl" in answer.citations[0].quote
    # a party named, or any cue of the analysis, keeps the analysis's own kind
    programme = answer_question("Was sagt die SPD zur Briefwahl?", parties=PARTIES, retrieve=Retriever(),
                                election_id="btw", classify=lambda q, language=None, names=(): Decision("answer", "procedure"),
                                refusal=lambda *a, **k: None)
    assert programme.kind == "programme"
