"""Evaluative and advice lexicons used by the citation verifier on composed answers."""

from __future__ import annotations

import pytest

from communs.core.neutrality import find_advice_language, find_evaluative_language


@pytest.mark.parametrize("language,text,expected", [
    ("en", "This is the best plan and a dangerous idea.", ["best", "dangerous"]),
    ("en", "Their proposal is clearly the right choice.", ["the right choice"]),
    ("fr", "C'est le meilleur programme, une mesure désastreuse.", ["meilleur", "désastreuse"]),
    ("fr", "Une politique irresponsable et extrémiste.", ["irresponsable", "extrémiste"]),
    ("de", "Das ist die beste Partei mit einem gefährlichen Plan.", ["beste", "gefährlichen"]),
    ("de", "Ein verantwortungsloser, extremer Vorschlag.", ["verantwortungsloser", "extremer"]),
])
def test_evaluative_words_are_found_with_their_surface_form(language: str, text: str, expected: list[str]) -> None:
    assert find_evaluative_language(text, language) == expected


@pytest.mark.parametrize("language,text", [
    ("en", "The party proposes to raise the minimum wage to 15 euros [1]."),
    ("fr", "Le parti propose d'augmenter le SMIC à 1 600 euros [1]."),
    ("de", "Die Partei will den Mindestlohn auf 15 Euro erhöhen [1]."),
])
def test_neutral_reported_sentences_are_clean(language: str, text: str) -> None:
    assert find_evaluative_language(text, language) == []
    assert find_advice_language(text, language) == []


@pytest.mark.parametrize("language,text,expected", [
    ("en", "You should vote for them. I recommend the list.", ["You should vote", "I recommend"]),
    ("en", "Vote for the Greens on Sunday!", ["Vote f"]),
    ("fr", "Je vous conseille de voter pour eux. Votez pour la liste.", ["Je vous conseille", "Votez pour"]),
    ("de", "Wählen Sie die Partei! Ich empfehle sie.", ["Wählen Sie", "Ich empfehle"]),
    ("de", "Sie sollten unbedingt wählen gehen für die Liste.", ["Sie sollten unbedingt wählen"]),
])
def test_advice_is_found(language: str, text: str, expected: list[str]) -> None:
    found = find_advice_language(text, language)
    for item in expected:
        assert any(f.startswith(item) or item.startswith(f) for f in found), (item, found)


@pytest.mark.parametrize("language,text", [
    ("en", "You can vote for one list only."),
    ("de", "Mit der Zweitstimme wählen Sie eine Partei."),
    ("fr", "Vous pouvez voter par procuration."),
])
def test_procedural_statements_are_not_advice(language: str, text: str) -> None:
    assert find_advice_language(text, language) == []


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError):
        find_evaluative_language("ottimo", "it")
