"""Cases asked in fr, de and en with one expected decision (and category, when it matters), shared by the tests of the
rules found on each session's development sets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communs.core.neutrality import classify

Case = tuple[str, str, "str | None", dict[str, str]]  # (what, decision, category or None, {language: question})


def ids(cases: list[Case]) -> list[str]:
    return [case[0] for case in cases]


def check(questions: dict[str, str], language: str, decision: str, category: str | None) -> None:
    """The question in ``language`` gets ``decision`` (and ``category`` unless it is None)."""
    result = classify(questions[language])
    assert result.decision == decision, (questions[language], result)
    if category is not None:
        assert result.category == category, (questions[language], result)


def refused_by_a_rule(question: str, category: str) -> None:
    """``question`` is refused with ``category`` by a rule, not by the model (the point of a session's new rules)."""
    decided = classify(question)
    assert (decided.decision, decided.category) == ("refuse", category), decided
    assert decided.rule is not None and not decided.rule.startswith("model"), decided


def answered_without_refusal_rule(question: str, decision: str) -> None:
    """``question`` gets ``decision`` (answer or out_of_scope) and no refusal rule reads it."""
    from communs.core.neutrality.rules import match_rules

    decided = classify(question)
    assert decided.decision == decision, decided
    assert match_rules(question) == [], match_rules(question)


def same_decision_test(cases: list[Case]) -> Callable[..., None]:
    """A test asking every case in fr, de and en (one test item per case and language), to be bound to a ``test_``
    name in the session's test module."""

    @pytest.mark.parametrize(("what", "decision", "category", "questions"), cases, ids=ids(cases))
    @pytest.mark.parametrize("language", ["fr", "de", "en"])
    def test(what: str, decision: str, category: str | None, questions: dict[str, str], language: str) -> None:
        check(questions, language, decision, category)

    return test
