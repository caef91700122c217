"""Evaluative and advising language, through ``communs.core.neutrality.answer_checks`` (the neutrality policy owns the
word lists). Until that module is importable a minimal built-in list keeps the verifier failing closed on the
plainest cases; ``CHECKS_SOURCE`` records which one ran (it goes into the bundle)."""

from __future__ import annotations

import re
from collections.abc import Callable

Finder = Callable[[str, str], list[str]]

try:  # pragma: no branch - depends on the neutrality module being installed
    from communs.core.neutrality.answer_checks import find_advice_language as _advice
    from communs.core.neutrality.answer_checks import find_evaluative_language as _evaluative

    CHECKS_SOURCE = "communs.core.neutrality.answer_checks"
except ImportError:  # the neutrality module has not landed yet
    _FALLBACK_EVALUATIVE = re.compile(
        r"\b(best|worst|better|good|bad|excellent|terrible|extreme|far-right|radical|dangerous|"
        r"meilleur\w*|pire|bon|bonne|mauvais\w*|dangereu\w*|extrême\w*|"
        r"beste\w*|besser\w*|gut\w*|schlecht\w*|gefährlich\w*|extrem\w*|radikal\w*)\b",
        re.IGNORECASE,
    )
    _FALLBACK_ADVICE = re.compile(
        r"\b(you should|vote for|i recommend|we recommend|choose|"
        r"vous devriez|votez|je recommande|choisissez|"
        r"sie sollten|du solltest|wählen sie|wähle|ich empfehle|empfehle)\b",
        re.IGNORECASE,
    )

    def _evaluative(text: str, language: str | None = None) -> list[str]:
        return [m.group() for m in _FALLBACK_EVALUATIVE.finditer(text)]

    def _advice(text: str, language: str | None = None) -> list[str]:
        return [m.group() for m in _FALLBACK_ADVICE.finditer(text)]

    CHECKS_SOURCE = "communs.core.answers.checks (fallback)"


def evaluative_language(text: str, language: str) -> list[str]:
    return list(_evaluative(text, language))


def advice_language(text: str, language: str) -> list[str]:
    return list(_advice(text, language))
