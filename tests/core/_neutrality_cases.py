"""Cases asked in fr, de and en with one expected decision (and category, when it matters), shared by the tests of the
rules found on each session's development sets."""

from __future__ import annotations

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
