"""Distinctive terms per topic and language (class-based TF-IDF, as in BERTopic's ``ClassTfidfTransformer``:
``tf(t, c) * log(1 + A / f(t))`` where A is the average number of words per class and f(t) the term's frequency over
all classes), on readable surface words (lower-cased, stop words and very short words removed)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from communs.core.text import fold, words

_STOP: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "les des une que qui dans pour par sur avec pas plus est sont cela cette ces aux nous vous ils elles leur "
        "leurs mais ou donc car tout tous toute toutes faut faire fait etre avoir sans entre comme aussi tres bien "
        "moins encore peut doit doivent etc ainsi afin sont ont était être avoir lui elle son ses notre nos votre "
        "vos quand dont alors même meme chaque autre autres sera seront faudrait".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und ist sind nicht mit von für fur auf im in an bei "
        "wie wo was wer welche auch noch nur oder aber wenn dass soll sollen wird werden kann können konnen hat "
        "haben zum zur vom über uber sich mehr sehr alle man wir ihr sie es er als durch nach bis".split()
    ),
    "en": frozenset(
        "the and for that this with are was were have has had not but all can will would should could more less "
        "than they them their there what which who how when where why from into about also very just like been "
        "being our your its it's don't does did any some such other many much most need make people think".split()
    ),
}


def tokens(text: str, language: str) -> list[str]:
    stop = _STOP.get(language, frozenset())
    out = []
    for word in words(text):
        lowered = word.lower()
        if len(lowered) < 4 or fold(lowered) in stop or lowered in stop:
            continue
        out.append(lowered)
    return out


def class_tfidf_terms(
    texts: Sequence[str], languages: Sequence[str], labels: Sequence[int], *, top_n: int = 8
) -> dict[int, dict[str, list[str]]]:
    """For each cluster label, the top terms per language present in that cluster."""
    result: dict[int, dict[str, list[str]]] = {}
    for language in sorted(set(languages)):
        per_class: dict[int, Counter[str]] = {}
        for text, lang, label in zip(texts, languages, labels, strict=True):
            if lang == language:
                per_class.setdefault(int(label), Counter()).update(tokens(text, language))
        if not per_class:
            continue
        total = Counter[str]()
        for counter in per_class.values():
            total.update(counter)
        avg_words = sum(total.values()) / max(len(per_class), 1)
        for label, counter in per_class.items():
            size = sum(counter.values()) or 1
            scored = sorted(
                ((count / size) * math.log(1 + avg_words / total[term]), term)
                for term, count in counter.items()
                if count >= 2 or len(counter) < 20
            )
            result.setdefault(label, {})[language] = [term for _, term in reversed(scored[-top_n:])]
    return result
