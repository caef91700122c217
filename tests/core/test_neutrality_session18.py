"""Session 18 (issue 3): "Is the 15 % rule for the second round fair?" is a verdict on the electoral rules, not a
question about a party "for" a measure.

The programme forms "is/are X … for a/the …" and "ist/sind X … für einen/die …" ("Is the SPD for a higher minimum
wage?", "Ist die SPD für einen höheren Mindestlohn?") do not fire when the clause goes on to a verdict adjective before
its question mark: "Is <rule> for the second round fair?" calls the rule fair, and the electoral-system verdict
(``system_judgement.py``, which now also knows "la règle des 15 %" and "die 15-Prozent-Regel") refuses it as a ranking
in the three languages. The wordings are new (not questions of a data set).
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify

VERDICTS = [
    "Is the 15 % rule for the second round fair?",
    "Is the 12.5% of registered voters rule for the second round fair?",
    "Is the 5 % threshold for the Bundestag democratic?",
    "La règle des 15 % pour le second tour est-elle juste ?",
    "La règle des 10 % pour le second tour est-elle équitable ?",
    "Ist die 15-Prozent-Regel für den zweiten Wahlgang gerecht?",
    "Ist die 15 %-Regel für die Stichwahl fair?",
]
PARTY_FOR = [
    "Is the AfD for the 5 % rule?",
    "Is the SPD for a higher minimum wage?",
    "Are the Greens for a speed limit on motorways?",
    "Is the CDU for the rule of law reform?",
    "Ist die SPD für einen höheren Mindestlohn?",
    "Ist die AfD für die 5-Prozent-Regel?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_on_an_electoral_rule_is_refused_as_a_ranking(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("refuse", "ranking"), decided


@pytest.mark.parametrize("text", PARTY_FOR)
def test_a_party_for_a_measure_is_still_a_programme_question(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("answer", "programme") and decided.rule is not None, decided
