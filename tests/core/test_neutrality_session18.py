"""Session 18 (issue 3): a decimal point is no end of a clause for the rules.

The rules' windows stop at a full stop (``_X``), so "auf 15.50 Euro anheben – wie soll das laut der Partei finanziert
werden?" used to split after "15": the attributed-programme rule did not see the party and its proposal in one clause,
and the model decided. ``rules.prepare`` now writes a decimal point as the decimal comma (as French and German do)
before any rule reads the text. The wordings are new (not questions of a data set).
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify
from communs.core.neutrality.rules import prepare
from tests.core._neutrality_cases import same_decision_test

DECIMALS = [
    ("a party's costed proposal", "answer", "programme", {
        "en": "The SPD wants to raise the minimum wage to 15.50 euros – how does the party say it will pay for it?",
        "fr": "Le PS veut porter le SMIC à 15.50 euros – comment le parti compte-t-il le financer ?",
        "de": "Die SPD will den Mindestlohn auf 15.50 Euro anheben – wie soll das laut der Partei finanziert werden?",
    }),
    ("a threshold as a forecast", "refuse", "prediction", {
        "en": "Will Volt clear the 5.0 percent threshold?",
        "fr": "Volt va-t-il passer la barre des 5.0 % ?",
        "de": "Schafft die Linke die 5.0-Prozent-Hürde?",
    }),
]


test_questions_with_decimals_get_one_decision = same_decision_test(DECIMALS)


def test_a_decimal_point_is_written_as_a_decimal_comma_and_nothing_else_moves() -> None:
    assert prepare("Will the FDP get 4.5 % on Sunday? Yes. 3. Runde") == "will the fdp get 4,5 % on sunday? yes. 3. runde"
    assert prepare("Fin. 12 sièges.") == "fin. 12 sieges."


@pytest.mark.parametrize("text", [
    "Die SPD will den Mindestlohn auf 15.50 Euro anheben – wie soll das laut der Partei finanziert werden?",
    "Schafft die Linke die 5.0-Prozent-Hürde?",
])
def test_a_rule_reads_the_whole_clause_around_a_decimal(text: str) -> None:
    # before the change, both were left to the model (its decision was right, but only by the model's reading)
    assert classify(text).rule is not None
