"""Party names hidden from the model: the decision must not depend on which party a question names.

"Does Horizons have a plan for nurses?" and "Does the SPD have a plan for nurses?" are the same question for the
neutrality policy. A sentence encoder does not see it that way: an unfamiliar name ("Horizons", "Renew Europe",
"Parti des Rivières") moves the vector as much as a word of intent, and a name met in training mostly in refused
questions ("Is the AfD far-right?") pulls its own questions towards refusal. Both are the kind of unequal treatment
the policy forbids (docs/neutrality.md, "Equal treatment of parties").

So the model - not the rules, which read the question as written - reads the question with every party name
replaced by the same neutral phrase of the question's language ("Party X", "le parti X", "die Partei X"; chosen
by the training data's cross-validation cost over "the party" and a bare "X"). The names
are the parties and European groups of France, Germany, the European Parliament and the United Kingdom that
questions name most, plus the parties of the election at hand when the caller passes them (``extra``). Names are
matched with their letter case, as whole words (an apostrophe-s possessive included), longest first, and a definite
article in front of the name goes with it, so the phrase's own article is not doubled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from communs.core.text import fold

MASKING = "parties-v2"  # recorded in the model file: the model was trained on texts masked this way

# Parties and European groups; names made of common words ("Ensemble", "Renew", "Union") are case-sensitive and
# long enough as written to be names in a question about an election.
KNOWN_PARTIES: tuple[str, ...] = (
    # Germany
    "CDU/CSU", "CDU", "CSU", "SPD", "Bündnis 90/Die Grünen", "Die Grünen", "Grünen", "Grüne", "FDP", "AfD",
    "Die Linke", "Linke", "Linkspartei", "BSW", "Bündnis Sahra Wagenknecht", "Freie Wähler", "FREIE WÄHLER", "ÖDP",
    "Volt", "Die PARTEI", "Piratenpartei", "Piraten", "Tierschutzpartei", "NPD", "Die Heimat", "dieBasis", "MLPD",
    "DKP", "SSW", "Bayernpartei", "Werteunion", "WerteUnion", "Bündnis Deutschland", "Die Humanisten",
    # France
    "Renaissance", "Ensemble", "MoDem", "Horizons", "Les Républicains", "LR", "Rassemblement national",
    "Rassemblement National", "RN", "Front national", "La France insoumise", "La France Insoumise", "LFI", "Parti socialiste",
    "PS", "Parti communiste", "PCF", "EELV", "Les Écologistes", "Europe Écologie", "Les Verts", "Reconquête", "Debout la France",
    "NPA", "Lutte ouvrière", "UDI", "Place publique", "Nouveau Front populaire", "NFP", "NUPES", "Les Patriotes",
    # European Parliament groups
    "EPP", "PPE", "EVP", "S&D", "Renew Europe", "Greens/EFA", "Verts/ALE", "Grüne/EFA", "ECR", "EKR",
    "Patriots for Europe", "Patriotes pour l'Europe", "Patrioten für Europa", "The Left", "GUE/NGL", "ESN",
    # Austria, Switzerland, Belgium
    "ÖVP", "SPÖ", "FPÖ", "NEOS", "KPÖ", "SVP", "UDC", "SP Schweiz", "PS suisse", "GLP", "Grünliberale", "Vert'libéraux",
    "N-VA", "Vlaams Belang", "PTB", "PVDA", "Vooruit", "Les Engagés", "Ecolo", "Groen", "CD&V", "Open VLD", "DéFI",
    # United Kingdom
    "Labour", "Conservatives", "Tories", "Lib Dems", "Liberal Democrats", "SNP", "Reform UK", "Plaid Cymru",
    "Green Party", "Greens",
)



# Names the rules read as parties but the model's masking leaves as written (session 38): the model was trained with the
# masking above (``MASKING``), and a new masked name would change what it reads of its own training questions.
RULE_ONLY_NAMES: tuple[str, ...] = (
    "Lib Dem", "LibDems", "Tory", "Fianna Fáil", "Fine Gael", "Sinn Féin", "DUP", "SDLP", "UUP", "Alliance Party",
    "People Before Profit", "Aontú",
)


def folded_party_names() -> tuple[str, ...]:
    """The known party names (and ``RULE_ONLY_NAMES``) accent- and case-folded as the rules read questions, longest
    first."""
    return tuple(sorted({fold(name) for name in (*KNOWN_PARTIES, *RULE_ONLY_NAMES)}, key=len, reverse=True))


def folded_party_alternation(names: Iterable[str] | None = None) -> str:
    """A regular-expression group matching one of ``names`` (default: every known party name, folded), longest
    first, for the rules that read folded text."""
    return "(" + "|".join(re.escape(name) for name in (folded_party_names() if names is None else names)) + ")"


PLACEHOLDER = {"en": "Party X", "fr": "le parti X", "de": "die Partei X"}
_ARTICLES = r"(?:(?:the|The|le|Le|la|La|les|Les|l'|L'|l’|L’|die|Die|der|Der|den|Den|dem|Dem)\s*)?"


@lru_cache(maxsize=64)
def _pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted({n.strip() for n in (*KNOWN_PARTIES, *extra) if len(n.strip()) >= 2}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w]){_ARTICLES}(?:{body})(?:'s|’s)?(?![\w])")


def mask_party_names(text: str, language: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every known party name (and every name in ``extra``) replaced by the language's phrase."""
    phrase = PLACEHOLDER.get(language, PLACEHOLDER["en"])
    return _pattern(tuple(sorted(set(extra)))).sub(phrase, text)
