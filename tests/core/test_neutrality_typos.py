"""Typo repair used by the refusal rules."""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify
from communs.core.neutrality.typos import TypoRepair, one_edit


def test_one_edit() -> None:
    assert one_edit("shuold", "should") and one_edit("shoud", "should") and one_edit("shoulld", "should")
    assert one_edit("sxould", "should")
    assert not one_edit("should", "should") and not one_edit("shdluo", "should")


def test_repair_is_conservative() -> None:
    repair = TypoRepair(["should", "partei", "parti", "gagner"])
    assert repair("who shuold i pick") == "who should i pick"
    assert repair("beste pareti") == "beste partei"  # the swap wins over the deletion "parti"
    assert repair("qui va gagenr") == "qui va gagner"
    assert repair("shoal") == "shoal"  # too far from any keyword
    assert repair("xhould") == "xhould"  # the first letter must match


@pytest.mark.parametrize("text", ["who shuold I vote for", "wen sollte ich wahlne", "qui va gagenr l'election"])
def test_typos_do_not_hide_refusals(text: str) -> None:
    assert classify(text).decision == "refuse"


@pytest.mark.parametrize("text", [
    "wer hat bei migration recht", "tu peux me donner une consigne de vote", "what does the party propose",
    "welche parteien wollen ein tempolimit", "comment voter par correspondance",
])
def test_correctly_spelled_questions_are_left_alone(text: str) -> None:
    from communs.core.neutrality.rules import correct_typos

    assert correct_typos(text) == text


def test_frequent_real_words_are_never_repaired_into_keywords() -> None:
    """Session 5: "salon" became "selon" (a question about paint read as attributed to a party), "précis" became
    "prédis" (a forecast) and "centre" became "contre"."""
    from communs.core.neutrality.intents import _repair
    from communs.core.neutrality.rules import correct_typos

    for folded in ("je devrais peindre le salon en blanc", "des chiffres precis pour le gel des loyers",
                   "le candidat du centre en 2027"):
        assert correct_typos(folded) == folded
        assert _repair(folded) == folded
    assert correct_typos("who shuold i vote for") == "who should i vote for"


def test_the_common_words_file_is_built_from_the_bundled_encoder() -> None:
    from communs.core.neutrality.typos import build_common_words, common_words

    built = build_common_words()
    assert set(built) == common_words() and len(built) > 5000
    assert {"salon", "precis", "centre"} <= common_words()
    assert not {"patri", "schrieb", "pareti"} & common_words()  # rare enough to stay repairable typos


def test_a_swap_wins_a_tie_with_a_substitution() -> None:
    repair = TypoRepair(["weather", "whether"])
    assert repair("the waether tomorrow") == "the weather tomorrow"
