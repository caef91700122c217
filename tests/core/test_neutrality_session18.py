"""Session 18 (issue 3): "Is the 15 % rule for the second round fair?" is a verdict on the electoral rules, not a
question about a party "for" a measure.

The English programme form "is/are X … for a/the …" ("Is the SPD for a higher minimum wage?") does not fire when the
clause goes on to a verdict adjective before its question mark: "Is <rule> for the second round fair?" calls the rule
fair, and the electoral-system verdict (``system_judgement.py``) refuses it as a ranking. The wordings are new (not
questions of a data set).
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify

VERDICTS = [
    "Is the 15 % rule for the second round fair?",
    "Is the 12.5% of registered voters rule for the second round fair?",
    "Is the 5 % threshold for the Bundestag democratic?",
]
PARTY_FOR = [
    "Is the AfD for the 5 % rule?",
    "Is the SPD for a higher minimum wage?",
    "Are the Greens for a speed limit on motorways?",
    "Is the CDU for the rule of law reform?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_on_an_electoral_rule_is_refused_as_a_ranking(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("refuse", "ranking"), decided


@pytest.mark.parametrize("text", PARTY_FOR)
def test_a_party_for_a_measure_is_still_a_programme_question(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category, decided.rule) == ("answer", "programme", "programme.en.more"), decided
