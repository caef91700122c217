"""Analysed tokens for lexical matching: accent-folded words minus stop words, Snowball-stemmed per language.

The same analysis is applied to questions, passage sentences and LLM sentences, so overlap between them is a share of
shared stems. Stemming uses PyStemmer (Snowball, https://snowballstem.org) for fr/de/en.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communs.core.answers.lexicon import STOPWORDS
from communs.core.search.analysis import STEMMER_NAMES, stemmer_for
from communs.core.text import _STOPWORDS as _TEXT_STOPWORDS  # noqa: PLC2701 - shared stop-word data
from communs.core.text import fold

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=8)
def stopwords(language: str) -> frozenset[str]:
    base = STOPWORDS.get(language, frozenset()) | {
        fold(w) for w in _TEXT_STOPWORDS.get(language, frozenset())
    }
    return frozenset(fold(w) for w in base)


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    return frozenset().union(*(stopwords(lang) for lang in STEMMER_NAMES))


def raw_tokens(text: str) -> list[str]:
    """Folded word tokens (letters only, split at apostrophes and hyphens)."""
    return [t for t in _TOKEN.findall(fold(text)) if not t.isdigit()]


def content_words(text: str, language: str) -> list[str]:
    """Folded words that are not stop words of ``language`` (nor of the shared list), at least 2 letters."""
    stop = stopwords(language) | all_stopwords()
    return [t for t in raw_tokens(text) if len(t) > 1 and t not in stop]


def stems(words: list[str], language: str) -> list[str]:
    stemmer = stemmer_for(language)
    return stemmer.stemWords(words) if stemmer is not None else list(words)


def analysed(text: str, language: str) -> list[str]:
    """Content-word stems of ``text`` in ``language``."""
    return stems(content_words(text, language), language)


@lru_cache(maxsize=200_000)
def analysed_set(text: str, language: str) -> frozenset[str]:
    """``analysed`` as a set, cached: passage sentences recur across questions."""
    return frozenset(analysed(text, language))


def numbers(text: str) -> set[str]:
    """Numbers written in ``text``, normalised (``1.000`` and ``1,000`` -> ``1000``; ``5,5`` -> ``5.5``)."""
    out = set()
    for raw in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
            out.add(raw.replace(".", "").replace(",", ""))
        else:
            out.add(raw.replace(",", "."))
    return out
