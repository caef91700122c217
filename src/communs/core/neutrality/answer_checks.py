"""Evaluative and advising language in composed answers, per language (used by the citation verifier).

``find_evaluative_language`` finds value judgements ("best", "dangerous", "la meilleure", "verantwortungslos",
"the right choice"); ``find_advice_language`` finds voting advice ("you should vote", "je vous conseille",
"wählen Sie ..."). Both match accent- and case-insensitively and return the matched words as they appear in the
text, in order, without duplicates. Procedural sentences stay clean: "you can vote for one list" or "mit der
Zweitstimme wählen Sie eine Partei" are not advice; only modal or imperative forms are.
"""

from __future__ import annotations

import re
import unicodedata

from communs.core.text import fold

_EVALUATIVE: dict[str, str] = {
    "en": (
        r"\b(best|worst|excellent|terrible|outstanding|disastrous|catastrophic|dangerous|extreme|extremists?|"
        r"radical|reckless|irresponsible|naive|unrealistic|brilliant|foolish|stupid|ridiculous|absurd|admirable|"
        r"shameful|scandalous|far-right|far-left|racist|populist|fascist|corrupt|incompetent|competent|dishonest|"
        r"trustworthy|untrustworthy|superior|inferior|convincing|unconvincing|impressive|credible|pathetic|"
        r"(the|a) (right|wrong|only sensible|only serious|smart|wise|good|bad) (choice|option|decision)|"
        r"good idea|bad idea|clearly (better|worse)|much (better|worse)|better|worse|great|awful|amazing|"
        r"sensible|wise)\b"
    ),
    "fr": (
        r"\b(meilleure?s?|pires?|excellente?s?|terribles?|desastreu(x|se|ses)|catastrophiques?|dangereu(x|se|ses)|"
        r"extremes?|extremistes?|radica(l|le|les|ux)|irresponsables?|nai(f|ve|fs|ves)|irrealistes?|brillante?s?|"
        r"stupides?|ridicules?|absurdes?|admirables?|honteu(x|se|ses)|scandaleu(x|se|ses)|d'extreme (droite|gauche)|"
        r"racistes?|populistes?|fascistes?|corrompue?s?|incompetente?s?|competente?s?|malhonnetes?|"
        r"digne de confiance|superieure?s?|inferieure?s?|convaincante?s?|impressionnante?s?|credibles?|"
        r"(le|un) (bon|mauvais|seul) choix|bonne idee|mauvaise idee|nettement (mieux|meilleur)|geniale?s?|"
        r"lamentables?|sense(e|s|es)?)\b"
    ),
    "de": (
        r"\b(beste[nrs]?|schlechteste[nrs]?|hervorragend\w*|exzellent\w*|schrecklich\w*|katastrophal\w*|"
        r"gefahrlich\w*|extrem(e|er|es|en)?|extremistisch\w*|radikal(e|er|es|en)?|verantwortungslos\w*|naiv\w*|"
        r"unrealistisch\w*|brillant\w*|dumm\w*|lacherlich\w*|absurd\w*|vorbildlich\w*|beschamend\w*|skandalos\w*|"
        r"rechtsextrem\w{0,2}|linksextrem\w{0,2}|rassistisch\w*|populistisch\w*|faschistisch\w*|korrupt\w*|"
        r"inkompetent\w*|kompetent(e|er|es|en)?|unehrlich\w*|vertrauenswurdig\w*|uberlegen\w*|uberzeugend\w*|"
        r"beeindruckend\w*|glaubwurdig\w*|die (richtige|falsche|einzige|beste) wahl|gute idee|schlechte idee|"
        r"deutlich besser|viel besser|besser|schlechter|grossartig\w*|toll\w*|sinnvoll\w*)\b"
    ),
}

_ADVICE: dict[str, str] = {
    "en": (
        r"\b((you|we|everyone|people|voters) (should|must|need to|have to|ought to) (vote|choose|support|pick|back)|"
        r"(should|must|need to|have to|ought to) vote for|i (would|'d) vote|i (recommend|suggest|advise|urge)|"
        r"we (recommend|suggest|advise|urge)|my recommendation|our recommendation|your best bet|"
        r"(do not|don't|never) vote|make sure (you|to) vote for|the (right|best|only|smart) choice|"
        r"vote for them|support them|give them your vote)\b|(^|[.!?:]\s*)(vote|choose|support) (for )?\w"
    ),
    "fr": (
        r"\b(je vous (conseille|recommande|suggere|invite a voter)|je (conseille|recommande|suggere)|"
        r"nous (conseillons|recommandons)|(vous|tu|on) (devriez|devrais|devrait|devez|dois|doit) (voter|choisir|"
        r"soutenir|elire)|il faut voter pour|votez (pour|contre)|ne votez pas|je voterais|ma recommandation|"
        r"(le|la) (bon|meilleur|meilleure|seul) choix|choisissez|donnez-leur votre voix|votez\b)"
    ),
    "de": (
        r"\b(sie sollten (\w+ )?(wahlen|stimmen|unterstutzen|wahlen gehen fur)|du solltest (\w+ )?(wahlen|"
        r"unterstutzen)|ich empfehle|ich rate|wir empfehlen|empfehlenswert|die (richtige|beste|einzige) wahl|"
        r"ich wurde (\w+ )?wahlen|geben sie (ihre|ihnen ihre) stimme|stimmen sie fur|wahlen sie (nicht|unbedingt|"
        r"bitte|lieber)|wahlt (\w+ )?(unbedingt|lieber|nicht))\b|(^|[.!?:]\s*)wahlen sie\b"
    ),
}

_COMPILED = {
    kind: {lang: re.compile(p) for lang, p in table.items()}
    for kind, table in (("evaluative", _EVALUATIVE), ("advice", _ADVICE))
}


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` plus, for each folded character, the index of the original character it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        piece = fold(ch).replace("’", "'")
        out.append(piece)
        index.extend([i] * len(piece))
    return "".join(out), index


def _find(kind: str, text: str, language: str) -> list[str]:
    table = _COMPILED[kind]
    if language not in table:
        raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(sorted(table))}")
    original = unicodedata.normalize("NFC", text)
    folded, index = _folded_with_map(original)
    found: list[str] = []
    for match in table[language].finditer(folded):
        start, end = match.span()
        while start < end and not folded[start].isalnum():  # skip a leading sentence boundary
            start += 1
        if start >= end:
            continue
        surface = original[index[start] : index[end - 1] + 1]
        if surface.casefold() not in {f.casefold() for f in found}:
            found.append(surface)
    return found


def find_evaluative_language(text: str, language: str) -> list[str]:
    """Value-judgement words and phrases in ``text`` (language ``fr``, ``de`` or ``en``)."""
    return _find("evaluative", text, language)


def find_advice_language(text: str, language: str) -> list[str]:
    """Voting-advice phrases in ``text`` (modal or imperative advice, not procedural statements)."""
    return _find("advice", text, language)
