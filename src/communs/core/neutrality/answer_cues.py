"""Cues of an answerable question (moved from ``rules`` in session 40): they never override a refusal rule, they only
raise the bar for a model refusal (``classifier.combine``). Works on the question as written (``rules.prepare`` folds it).
"""

from __future__ import annotations

import re

from communs.core.neutrality.rules import prepare

_X = r"[^.?!]"

# Cues of an answerable question (programme, comparison, procedure, electoral system). They never override a
# refusal rule; they only raise the bar for a MODEL refusal (see classifier.combine).
_ANSWER_CUE = re.compile(
    r"\b(which|what) parties (propose|want|support|say|are (for|against|in favou?r)|offer|plan|mention)\b|"
    r"\bwhat does\b" + _X + r"{1,40}\b(propose|say|want|plan|offer)\b|\bhow do(es)? the parties\b|\bcompare\b|"
    r"\b(how|where|when) (do|can|should) i (vote|register|apply|request|find)\b|\bwhat is the\b" + _X
    + r"{0,25}\b(threshold|method|system|deadline)\b|\bbest way to\b|"
    r"\bquels partis (proposent|veulent|sont)\b|\bque (propose|dit|disent|proposent|veut)\b|\bcomment (voter|"
    r"m'inscrire|faire une procuration|fonctionne)\b|\bou (se trouve|dois-je|voter)\b|\bmeilleur moyen\b|"
    r"\bwelche parteien (fordern|wollen|sind fur|sind gegen|bieten)\b|\bwas (sagt|sagen|schlagt|will|bietet)\b|"
    r"\bwie (funktioniert|beantrage|komme ich)\b|\bexplain how\b|\bhow (does|do)\b" + _X + r"{0,30}\bwork\b|"
    r"\bhow (voting|it|the vote|postal voting) works\b|\bcomment (ca|cela|le vote) (marche|fonctionne|se passe)\b|"
    r"\bexplique(-moi)? comment\b|\berklar\w* (mir )?,? ?wie\b|\bwo (ist mein|finde ich|muss ich)\b|\bbeste weg\b"
)


def answer_cue(text: str) -> str | None:
    """The first cue of an answerable question found in ``text``, or None."""
    match = _ANSWER_CUE.search(prepare(text))
    return match.group(0) if match else None
