"""Evaluative and advising language in LLM sentences.

The word lists belong to the neutrality policy (``communs.core.neutrality.answer_checks``); this module checks every
sentence with the lists of all three languages (an LLM, or a passage it copies, may switch language mid-answer) and
adds a small supplement of forms those lists missed when this was written (German modal advice such as "Sie sollten
die SPD wählen", plain "gut"/"schlecht"/"good"/"bad" judgements). Until the neutrality module is importable the
supplement alone runs, so the verifier still fails closed on the plainest cases. ``CHECKS_SOURCE`` records which
lists ran; it goes into every answer's bundle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from communs.core.text import fold

Finder = Callable[[str, str], list[str]]
_ALL_LANGUAGES = ("fr", "de", "en")

# Supplement, matched on accent-folded text.
_SUPPLEMENT_EVALUATIVE = re.compile(
    r"\b(good|bad|better|worse|best|worst|bon|bonne|bons|bonnes|mauvaise?s?|mieux|meilleure?s?|"
    r"gut|gute|guter|gutes|guten|schlecht\w*|besser\w*|beste\w*|vernunftig\w*|unvernunftig\w*|klug\w*)\b"
)
_SUPPLEMENT_ADVICE = re.compile(
    r"\b(sie|du|ihr|man|wir) (sollten|solltest|sollte|sollt|mussen|musst|muss)\b[^.!?]{0,60}\b(wahlen|wahlt|wahle|"
    r"unterstutzen|stimmen)\b|^\s*(wahlen sie|wahlt|wahle|vote|votez|votons)\b|\b(ich empfehle|wir empfehlen|"
    r"empfehle ich|i recommend|we recommend|je recommande|nous recommandons|you should vote|vous devriez voter)\b"
)


def _supplement(pattern: re.Pattern[str]) -> Finder:
    def find(text: str, language: str) -> list[str]:
        return [m.group().strip() for m in pattern.finditer(fold(text))]

    return find


try:  # pragma: no branch - depends on the neutrality module being installed
    from communs.core.neutrality.answer_checks import find_advice_language as _policy_advice
    from communs.core.neutrality.answer_checks import find_evaluative_language as _policy_evaluative

    _FINDERS: dict[str, list[Finder]] = {
        "evaluative": [_policy_evaluative, _supplement(_SUPPLEMENT_EVALUATIVE)],
        "advice": [_policy_advice, _supplement(_SUPPLEMENT_ADVICE)],
    }
    CHECKS_SOURCE = "communs.core.neutrality.answer_checks + communs.core.answers.checks supplement"
except ImportError:  # the neutrality module is not installed
    _FINDERS = {
        "evaluative": [_supplement(_SUPPLEMENT_EVALUATIVE)],
        "advice": [_supplement(_SUPPLEMENT_ADVICE)],
    }
    CHECKS_SOURCE = "communs.core.answers.checks supplement only"


def _union(kind: str, text: str, language: str) -> list[str]:
    found: list[str] = []
    for finder in _FINDERS[kind]:
        for lang in dict.fromkeys([language, *_ALL_LANGUAGES]):
            found.extend(w for w in finder(text, lang) if w not in found)
    return found


def evaluative_language(text: str, language: str) -> list[str]:
    """Value judgements found in ``text`` (any of fr/de/en, answer language first)."""
    return _union("evaluative", text, language)


def advice_language(text: str, language: str) -> list[str]:
    """Voting advice found in ``text`` (any of fr/de/en, answer language first)."""
    return _union("advice", text, language)
