"""Question analysis: language, parties mentioned, topic words and the kind of question.

Party detection works on accent-folded tokens with German transliterations unified (Grüne = Gruene = GRUENE), at word
boundaries (so ``SPD`` matches "SPD" and "SPD-Fraktion" but never a longer word), on every name, short name and alias
of a party plus derived forms: parts of a "CDU / CSU"-style name, the name without its leading article ("Die Linke" ->
"Linke", unless that leaves a common word such as "Partei"), and a few well-known exonyms ("Greens" for "Grüne").
The last word of a form of 4+ letters may carry a short inflection ("Grünen", "Linken", "SPDs" for 3-letter forms
only with "s").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from communs.core.answers import lexicon
from communs.core.answers.tokens import all_stopwords, content_words
from communs.core.answers.types import PartyRef, QuestionKind
from communs.core.text import LANGUAGES, detect_language, fold

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_INFLECTIONS = ("", "n", "en", "s", "e", "es", "er")
# French elided words written with an ASCII apostrophe ("l'USV", "qu'en"): the word after them is a token of its own
# (with a typographic apostrophe the token pattern already splits them); "aujourd'hui" stays whole
_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


def translit(token: str) -> str:
    """Unify German transliterations on a folded token: ue/oe/ae -> u/o/a, ss -> s."""
    return token.replace("ue", "u").replace("oe", "o").replace("ae", "a").replace("ss", "s")


def match_tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded, transliterated word tokens with their character spans in ``text``."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        head, apostrophe, rest = word.partition("'")
        if apostrophe and head.lower() in _ELISIONS:
            word, start = rest, start + len(head) + 1
        out.append((translit(fold(word)), start, m.end()))
    return out


@dataclass(frozen=True)
class QuestionAnalysis:
    language: str
    parties: list[PartyRef]
    topic_words: list[str]
    kind: QuestionKind
    cues: list[str] = field(default_factory=list)
    query: str = ""  # the question without the party names, for retrieval

    def to_json(self) -> dict[str, object]:
        return {
            "language": self.language,
            "parties": [p.id for p in self.parties],
            "topic_words": self.topic_words,
            "kind": self.kind,
            "cues": self.cues,
            "query": self.query,
        }


def _name_forms(party: PartyRef) -> set[tuple[str, ...]]:
    """Token sequences that name ``party``; a form made only of common words ("Die PARTEI") is marked strict by a
    leading ``"="`` token and then only matches with the name's exact letter case."""
    generic = {translit(w) for w in all_stopwords()}
    forms: set[tuple[str, ...]] = set()
    for name in party.names():
        pieces = [name, *re.split(r"\s*/\s*", name)] if "/" in name else [name]
        for piece in pieces:
            toks = tuple(t for t, _, _ in match_tokens(piece))
            if not toks:
                continue
            forms.add(toks)
            stripped = toks[1:] if len(toks) > 1 and toks[0] in lexicon.ARTICLES else toks
            if stripped != toks and not (len(stripped) == 1 and stripped[0] in generic):
                forms.add(stripped)
        folded = " ".join(t for t, _, _ in match_tokens(name))
        for key, names in lexicon.EXONYMS.items():
            if re.search(rf"(?<![a-z0-9]){re.escape(translit(key))}(?![a-z0-9])", folded):
                forms.update(tuple(t for t, _, _ in match_tokens(n)) for n in names)
    out: set[tuple[str, ...]] = set()
    for form in forms:
        if all(t in generic for t in form):
            surfaces = [n for n in party.names() if tuple(t for t, _, _ in match_tokens(n)) == form]
            out.update(("=", s) for s in surfaces)  # case-sensitive surface match only
        else:
            out.add(form)
    return out


def _token_matches(form_token: str, token: str, last: bool) -> bool:
    if token == form_token:
        return True
    if not token.startswith(form_token) or (not last and len(form_token) <= 3):
        return False
    suffix = token[len(form_token) :]
    if len(form_token) <= 3:
        return suffix == "s"
    return suffix in _INFLECTIONS


def _bases(token: str) -> list[str]:
    """The forms a token can be an inflection of (itself, or itself minus a short ending)."""
    out = [token]
    for suffix in _INFLECTIONS[1:]:
        if token.endswith(suffix):
            base = token[: -len(suffix)]
            if len(base) >= 4 or (suffix == "s" and len(base) >= 2):
                out.append(base)
    return out


class _Matcher:
    """Every name form of a set of parties, indexed by its first token (built once per party list)."""

    def __init__(self, parties: tuple[PartyRef, ...]) -> None:
        # (form, party, rank): rank 0 = a name the party was given, 1 = derived ("Freie Wähler" from
        # "FBI/Freie Wähler"); at equal length the given name wins, so two parties sharing a form resolve to the one
        # actually called that
        self.by_first: dict[str, list[tuple[tuple[str, ...], PartyRef, int]]] = {}
        self.strict: list[tuple[re.Pattern[str], int, PartyRef]] = []
        for party in parties:
            given = {tuple(t for t, _, _ in match_tokens(n)) for n in party.names()}
            for form in _party_forms(party):
                if form[0] == "=":
                    pattern = re.compile(rf"(?<![^\W_]){re.escape(form[1])}(?![^\W_])")
                    self.strict.append((pattern, len(form[1]), party))
                else:
                    self.by_first.setdefault(form[0], []).append((form, party, 0 if form in given else 1))


@lru_cache(maxsize=256)
def _matcher(parties: tuple[PartyRef, ...]) -> _Matcher:
    return _Matcher(parties)


def find_parties(question: str, parties: Sequence[PartyRef]) -> tuple[list[PartyRef], list[tuple[int, int]]]:
    """Parties mentioned in ``question`` (in order of first mention) and the character spans of the mentions."""
    tokens = match_tokens(question)
    matcher = _matcher(tuple(parties))
    candidates: list[tuple[int, int, int, int, PartyRef]] = []  # (start_tok, end_tok, -length, rank, party)
    for pattern, length, party in matcher.strict:
        for m in pattern.finditer(question):
            first = next(i for i, t in enumerate(tokens) if t[2] > m.start())
            last = max(i for i, t in enumerate(tokens) if t[1] < m.end())
            candidates.append((first, last + 1, -length, 0, party))
    for i, (token, _, _) in enumerate(tokens):
        for base in _bases(token):
            for form, party, rank in matcher.by_first.get(base, ()):
                n = len(form)
                if i + n <= len(tokens) and all(
                    _token_matches(form[j], tokens[i + j][0], j == n - 1) for j in range(n)
                ):
                    candidates.append((i, i + n, -sum(len(x) for x in form), rank, party))
    candidates.sort(key=lambda c: (c[2], c[3], c[0]))
    taken: set[int] = set()
    chosen: list[tuple[int, int, PartyRef]] = []
    for start, end, _, _, party in candidates:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        chosen.append((start, end, party))
    chosen.sort(key=lambda c: c[0])
    found: list[PartyRef] = []
    spans: list[tuple[int, int]] = []
    for start, end, party in chosen:
        spans.append((tokens[start][1], tokens[end - 1][2]))
        if party not in found:
            found.append(party)
    return found, spans


@lru_cache(maxsize=4096)
def _party_forms(party: PartyRef) -> frozenset[tuple[str, ...]]:
    return frozenset(_name_forms(party))


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    def compile_cues(table: dict[str, tuple[str, ...]], whole_word: bool) -> re.Pattern[str]:
        cues = sorted(
            {" ".join(t for t, _, _ in match_tokens(c)) for lang in table for c in table[lang]},
            key=len,
            reverse=True,
        )
        tail = r"(?![a-z0-9])" if whole_word else ""
        return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(c) for c in cues if c) + ")" + tail)

    return {
        "comparison": compile_cues(lexicon.COMPARISON_CUES, False),
        "electoral_system": compile_cues(lexicon.ELECTORAL_SYSTEM_CUES, False),
        "dates": compile_cues(lexicon.DATES_CUES, True),
        "procedure": compile_cues(lexicon.PROCEDURE_CUES, False),
        "out_of_scope": compile_cues(lexicon.OUT_OF_SCOPE_CUES, True),
    }


def _strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out, cursor = [], 0
    for s, e in spans:
        out.append(text[cursor:s])
        cursor = e
    out.append(text[cursor:])
    return re.sub(r"\s+", " ", " ".join(out)).strip()


@lru_cache(maxsize=1)
def _difference_cues() -> frozenset[str]:
    return frozenset(" ".join(t for t, _, _ in match_tokens(c)) for c in lexicon.DIFFERENCE_CUES)


def _language(text: str, default: str) -> str:
    """Language by stop-word evidence: ``communs.core.text``'s lists plus this module's longer ones (question words,
    "tell", "me"...), accented letters as a weak hint; ``default`` when there is no evidence or a tie."""
    tokens = [fold(w) for w in _TOKEN.findall(text)]
    lowered = text.casefold()
    scores = {}
    for lang in LANGUAGES:
        stop = lexicon.STOPWORDS[lang] | _text_stopwords(lang)
        scores[lang] = sum(1.0 for w in tokens for part in w.split("'") if part in stop)
        scores[lang] += 0.5 * sum(1 for ch in lowered if ch in _HINTS[lang])
    best = max(scores, key=lambda k: scores[k])
    ties = [k for k, v in scores.items() if v == scores[best]]
    if scores[best] <= 0:
        return default
    if len(ties) > 1:
        return default if default in ties else detect_language(text, default=ties[0], candidates=ties)
    return best


_HINTS = {"fr": "éèêàçùôîœ", "de": "äöüß", "en": ""}


@lru_cache(maxsize=4)
def _text_stopwords(language: str) -> frozenset[str]:
    from communs.core.text import _STOPWORDS

    return frozenset(fold(w) for w in _STOPWORDS.get(language, frozenset()))


def analyse(question: str, parties: Sequence[PartyRef], *, default_language: str = "fr") -> QuestionAnalysis:
    """Analyse ``question`` against the parties of an election."""
    mentioned, spans = find_parties(question, parties)
    rest = _strip_spans(question, spans)
    language = _language(rest, default_language if default_language in LANGUAGES else "en")
    topic = list(dict.fromkeys(content_words(rest, language)))
    folded = " ".join(t for t, _, _ in match_tokens(question))
    patterns = _cue_patterns()
    cues: list[str] = []
    hits: dict[str, bool] = {}
    for name, pattern in patterns.items():
        found = [m.group() for m in pattern.finditer(folded)]
        hits[name] = bool(found)
        cues.extend(f"{name}:{c}" for c in found)
    official = hits["electoral_system"] or hits["procedure"] or hits["dates"]
    difference_only = all(
        c.split(":", 1)[1] in _difference_cues() for c in cues if c.startswith("comparison:")
    )
    if hits["comparison"] and difference_only and official and not mentioned:
        hits["comparison"] = False
    kind: QuestionKind
    if len(mentioned) >= 2 or (hits["comparison"] and len(mentioned) != 1):
        kind = "comparison"
    elif mentioned:
        kind = "programme"
    elif hits["electoral_system"]:
        kind = "electoral_system"
    elif hits["procedure"]:
        kind = "procedure"
    elif hits["dates"]:
        kind = "dates"
    elif hits["out_of_scope"] or not topic:
        kind = "out_of_scope"
    else:
        kind = "programme"
    return QuestionAnalysis(
        language=language, parties=mentioned, topic_words=topic, kind=kind, cues=cues, query=rest
    )
