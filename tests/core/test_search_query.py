"""Question templates: "What does <party> say about: <topic>?" split into subject and topic, in de/en/fr."""

from __future__ import annotations

import pytest

from communs.core.search.query import matching_text, split_question


@pytest.mark.parametrize(
    ("question", "subject", "topic"),
    [
        # the benchmark's templates, with party names holding dots, digits and prepositions
        ("Was sagt V-Partei³ zu: Auf allen Autobahnen soll ein Tempolimit gelten?", "V-Partei³",
         "Auf allen Autobahnen soll ein Tempolimit gelten"),
        ("Was sagt III. Weg zu: Asyl?", "III. Weg", "Asyl"),
        ("Was sagt Partei für Gesundheitsforschung zu: Die Schuldenbremse soll bleiben.",
         "Partei für Gesundheitsforschung", "Die Schuldenbremse soll bleiben"),
        ("What does Party of Humanists say about: On all motorways a speed limit should apply?",
         "Party of Humanists", "On all motorways a speed limit should apply"),
        ("Que dit Parti de la France sur : L'Allemagne doit augmenter ses dépenses ?", "Parti de la France",
         "L'Allemagne doit augmenter ses dépenses"),
        # free forms
        ("Was sagt die SPD zu Mieten?", "die SPD", "Mieten"),
        ("Wie steht die CDU zum Tempolimit?", "die CDU", "Tempolimit"),
        ("Was will die AfD beim Thema Rente?", "die AfD", "Rente"),
        ("Where does the SPD stand on rents?", "the SPD", "rents"),
        ("What is Volt's position on nuclear power?", "Volt", "nuclear power"),
        ("Quelle est la position du PS sur les retraites ?", "PS", "les retraites"),
        ("Qu'est-ce que LFI propose pour les retraites ?", "LFI", "les retraites"),
        ("Que pense le RN de l'immigration ?", "le RN", "l'immigration"),
        ("How do the parties differ on public transport?", "the parties", "public transport"),
        ("Wie unterscheiden sich die Parteien beim Thema Wohnen?", "die Parteien", "Wohnen"),
        ("En quoi les partis diffèrent-ils sur la santé ?", "les partis", "la santé"),
        ("Quelles sont les différences entre les partis sur l'école ?", "les partis", "l'école"),
    ],
)
def test_split_question(question: str, subject: str, topic: str) -> None:
    parts = split_question(question)
    assert (parts.subject, parts.topic) == (subject, topic)


@pytest.mark.parametrize("question", ["Tempolimit auf Autobahnen", "Was ist ein Überhangmandat?", "Was sagt zu: X?",
                                      # a question whose party name was removed: no subject, and the topic's own
                                      # "zu" is not a template's preposition
                                      "Was sagt zu: Die EU soll das Ziel verwerfen, klimaneutral zu werden.?",
                                      "Quelle heure est-il ?", "What is a constituency?"])
def test_other_questions_are_all_topic(question: str) -> None:
    assert split_question(question).subject == ""
    assert matching_text(question, party_filtered=True) == question
    assert matching_text(question, party_filtered=False) == question


def test_matching_text_keeps_the_party_only_without_a_filter() -> None:
    q = "Was sagt die SPD zu: Mieten?"
    assert matching_text(q, party_filtered=True) == "Mieten"
    assert matching_text(q, party_filtered=False) == "die SPD: Mieten"
