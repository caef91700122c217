"""Spans a category's rules do not read (session 8; moved from ``rule_exceptions`` in session 40).

The label rules read the question with extremism as a policy subject blanked out ("Which parties call for tougher action
against violent extremist groups?" asks what parties propose), and (session 40) with a party name that holds a label's
word ("Qu'est-ce que le Parti communiste propose pour la cantine gratuite ?"). Works on folded text (``rules.prepare``).
"""

from __future__ import annotations

import re

# Extremism as the subject of a policy ("tougher action against violent extremist groups", "Pläne gegen
# Rechtsextremismus", "la lutte contre l'extrémisme"), not a label asked of a party.
_AGAINST_EXTREMISM = re.compile(
    r"\b(against|tackl\w*|fight\w*|combat\w*|counter\w*|prevent\w*|gegen|bekampf\w*|contre|lutte\w*|combattre)\b"
    r"[^.?!]{0,30}\b(violent |gewaltbereit\w* |violents? )?(extremis\w*|rechtsextremis\w*|linksextremis\w*|"
    r"radicali[sz]ation|radikalisierung|terroris\w*|l'extremisme|extremistes?|"
    # (session 45) « Qu'est-ce que LFI met dans son programme contre l'extrême droite … ? »
    r"l'extreme (droite|gauche)|far[- ](right|left) (violence|groups?|extremism))\b|"
    # (session 45) both sides named, as the subject: "… violent extremism, whether it's from the far right or the far left",
    # « … que ce soit d'extrême droite ou d'extrême gauche », „egal ob rechtsextrem oder linksextrem"
    r"\b(whether|que ce soit|egal ob|ob)\b[^.?!]{0,20}\b(the )?(far[- ]right|d'extreme droite|rechtsextrem\w*|far[- ]left|"
    r"d'extreme gauche|linksextrem\w*)\b[^.?!]{0,20}\b(or|ou|oder)\b[^.?!]{0,20}\b(far[- ]left|d'extreme gauche|linksextrem\w*|"
    r"far[- ]right|d'extreme droite|rechtsextrem\w*)\b"
)


# Spans a category's rules do not read: the label rules read the question with extremism as a policy subject blanked
# out, so "Is the AfD extremist, and what does it say against left-wing extremism?" is still a label request.
# (session 40) and a party whose name holds a label's word: "Qu'est-ce que le Parti communiste propose pour la cantine ?"
SUBJECTS: dict[str, re.Pattern[str]] = {"label": re.compile(
    _AGAINST_EXTREMISM.pattern + r"|\b(le|du|au|the) (parti communiste|communist party)\b|\bparti communiste francais\b|"
    r"\b(deutsche )?kommunistische partei (deutschlands|osterreichs)\b|\bcommunist party of (great )?britain\b")}


def read_by(category: str | None, folded: str) -> str:
    """What ``category``'s rules read of ``folded``: the text, less the policy subjects they must not take as a request."""
    pattern = SUBJECTS.get(category or "")
    return pattern.sub(" … ", folded) if pattern else folded
