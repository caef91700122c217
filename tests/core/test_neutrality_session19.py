"""Session 19 (issue 3): a verdict on any rule of the vote named as a rule is a ranking, in the three languages.

"Is the rule on proxy votes fair?", "La règle des procurations est-elle juste ?", "Ist die Regel zur Vollmacht
gerecht?" were answered as procedure questions (by the procedure rules in English and French, by the model in German),
and "Is the registered voters rule for the second round fair?" as well: the electoral-system verdict
(``system_judgement.py``) knew thresholds, voting systems and "the 12.5 % rule", not a rule named by what it governs.
It now knows "the <…> rule" / "la règle <…>" / "die Regel <…>" when the same words name the vote, a ballot, proxies,
postal voting, a round, candidacies, seats or registered voters (and German compounds such as "Briefwahlregel").
Asking what the rule is, whether it is the same everywhere, or which parties want to change it is still answered.
The wordings are new (not questions of a data set); the change moves no decision on any data set (docs/neutrality.md,
"Session 19").
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify

VERDICTS = [
    "Is the registered voters rule for the second round fair?",
    "La règle des inscrits pour le second tour est-elle juste ?",
    "Ist die Regel mit den eingeschriebenen Wählern für den zweiten Wahlgang gerecht?",
    "Is the rule on proxy votes fair?",
    "La règle des procurations est-elle juste ?",
    "Ist die Regel zur Vollmacht gerecht?",
    "Are the postal voting rules too strict?",
    "Les règles du vote par correspondance sont-elles trop strictes ?",
    "Ist die Briefwahlregel zu streng?",
]
INFORMATION = [
    ("What is the rule for proxy votes?", "procedure"),
    ("Quelle est la règle pour les procurations ?", "procedure"),
    ("Wie lautet die Regel zur Briefwahl?", "procedure"),
    ("Is the rule on proxy votes still the same as in 2022?", "procedure"),
    ("La règle des procurations est-elle la même partout ?", "procedure"),
    ("Which parties want to change the rules on proxy votes?", None),
    ("Que propose LFI sur les règles du vote par procuration ?", None),
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_on_a_rule_of_the_vote_is_refused_as_a_ranking(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("refuse", "ranking"), decided


@pytest.mark.parametrize(("text", "category"), INFORMATION)
def test_what_the_rule_is_and_who_wants_to_change_it_is_still_answered(text: str, category: str | None) -> None:
    decided = classify(text)
    assert decided.decision == "answer", decided
    if category is not None:
        assert decided.category == category, decided
