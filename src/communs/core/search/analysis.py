"""Language-aware analysis for BM25: tokens -> folded, stop-word-filtered Snowball stems (+ German compound grams).

Pipeline per text, in the text's language:

1. tokenise on letters/digits (``communs.core.text.fold`` first: lower-case, accents folded, ß -> ss), splitting
   elisions (``l'école`` -> ``l``, ``ecole``; one-letter tokens are dropped); hyphenated compounds give their parts AND the joined word
   (``Tempo-Limit`` -> ``tempo``, ``limit``, ``tempolimit``), so the spelled-together form matches too;
2. drop stop words (Snowball lists, :mod:`.stopwords`) and one-letter tokens;
3. stem with the Snowball stemmer of the language (PyStemmer: ``german``, ``french``, ``english``);
4. German only: add character 4-grams of every stem (namespaced ``#gram`` so they never collide with stems).

Why character n-grams for German compounds rather than a splitting dictionary: German writes compounds as one word
("Mietpreisbremse", "Verteidigungsausgaben"), so a word index misses "Mieten" or "Preisbremse". McNamee & Mayfield,
"Character N-Gram Tokenization for European Language Text Retrieval" (Information Retrieval 7, 2004) measured
4-grams as the best single tokenisation for German (large gains over words, because they match compound parts) and
they need no lexicon: a splitter in the style of Koehn & Knight (2003) needs a vocabulary of the parts, which a small
election corpus does not have. We keep the stems as the main signal and use the grams as a backoff: at query time a
word's grams share one unit of weight (each of its ``m`` grams weighs ``1/m``), so a compound-part match counts about
as much as one more matching word, never more than the exact word itself (which matches its stem AND all its grams).
Grams are taken from stems (not surface forms) so inflection noise ("Tempolimits" -> stem ``tempolimit``) adds no
spurious grams. ``Mieten`` -> stem ``miet`` -> gram ``#miet``, which is one of the grams of ``mietpreisbrems``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import Stemmer

from communs.core.search.stopwords import stopwords
from communs.core.text import detect_language, fold

STEMMER_NAMES = {"de": "german", "fr": "french", "en": "english"}
NGRAM = 4
GRAM_LANGUAGES = frozenset({"de"})
GRAM_PREFIX = "#"

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_local = threading.local()  # PyStemmer objects are not thread-safe: one per thread and language


def stemmer_for(language: str) -> Stemmer.Stemmer | None:
    """The Snowball stemmer of ``language`` for this thread (None for other languages)."""
    name = STEMMER_NAMES.get(language)
    if name is None:
        return None
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    if name not in cache:
        cache[name] = Stemmer.Stemmer(name)
    return cache[name]


def tokens(text: str) -> list[str]:
    """Folded word tokens; hyphenated words yield their parts then the joined word."""
    folded = fold(text).replace("’", "'")
    out: list[str] = []
    for raw in re.split(r"\s+|(?<=\w)'(?=\w)", folded):  # elisions: l'ecole -> l, ecole ("l" is dropped)
        for match in _TOKEN.finditer(raw):
            word = match.group(0)
            if "-" in word:
                parts = [p for p in word.split("-") if p]
                out.extend(parts)
                out.append("".join(parts))
            else:
                out.append(word)
    return out


def char_grams(stem: str, n: int = NGRAM) -> list[str]:
    """Namespaced character n-grams of a stem (none for stems shorter than ``n``)."""
    if len(stem) < n or stem.isdigit():
        return []
    return [GRAM_PREFIX + stem[i : i + n] for i in range(len(stem) - n + 1)]


@dataclass(frozen=True)
class Analyzer:
    """Turns text of one language into BM25 terms."""

    language: str
    grams: bool = field(default=False)

    @classmethod
    def for_language(cls, language: str, grams: bool = True) -> Analyzer:
        """The analyser of ``language``; ``grams=False`` switches the German compound grams off (ablation)."""
        return cls(language=language, grams=grams and language in GRAM_LANGUAGES)

    def stems(self, text: str) -> list[str]:
        stop = stopwords(self.language)
        kept = [t for t in tokens(text) if t not in stop and (len(t) > 1 or t.isdigit())]
        stemmer = stemmer_for(self.language)
        return stemmer.stemWords(kept) if stemmer is not None else kept

    def document_terms(self, text: str) -> list[str]:
        """Terms of a passage, with repetitions (term frequency matters)."""
        stems = self.stems(text)
        if not self.grams:
            return stems
        out = list(stems)
        for stem in stems:
            out.extend(char_grams(stem))
        return out

    def query_weights(self, text: str) -> dict[str, float]:
        """Query terms with weights: 1 per stem occurrence, and ``1/m`` for each of a word's ``m`` grams."""
        weights: dict[str, float] = {}
        for stem in self.stems(text):
            weights[stem] = weights.get(stem, 0.0) + 1.0
            if self.grams:
                grams = char_grams(stem)
                for gram in grams:
                    weights[gram] = weights.get(gram, 0.0) + 1.0 / len(grams)
        return weights


def analyzer(language: str, grams: bool = True) -> Analyzer:
    return Analyzer.for_language(language, grams)


def query_weights(text: str, languages: Iterable[str], grams: bool = True) -> dict[str, float]:
    """Analyse a query with each of ``languages`` and merge (a term seen by several analysers keeps its largest
    weight, so shared stems are not counted twice)."""
    merged: dict[str, float] = {}
    for language in dict.fromkeys(languages):
        for term, weight in Analyzer.for_language(language, grams).query_weights(text).items():
            if weight > merged.get(term, 0.0):
                merged[term] = weight
    return merged


def passage_language(text: str, declared: str, candidates: Sequence[str] = ("fr", "de", "en")) -> str:
    """The declared language, or the detected one when none is declared."""
    return declared or detect_language(text, default="en", candidates=candidates)
