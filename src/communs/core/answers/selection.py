"""Sentence selection for extractive answers: split passages into sentences, score them against the question, keep
the best within a budget, in their original order.

Relevance of a passage = share of the question's topic stems found in it or in its section heading (lexical coverage);
with an embedder, also the best cosine between the question and one of its sentences. A passage below both thresholds
is not used — when none passes, the composer says so instead of guessing. Sentence score = 0.55 x the sentence's
coverage + 0.25 x its passage's coverage + 0.20 x 1/(1 + search rank) (+ 0.5 x cosine when an embedder is given):
the search engine's order counts, but only through the rank, so any score scale works. A sentence's coverage counts
its section heading too: the heading is the context every sentence under it is read in ("Transport" above "Two
express bus lines will link the station..."), so a sentence under the heading the question names is not outranked by
a sentence elsewhere that only shares a common word of the question ("public data" for "public transport").
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from communs.core.answers.tokens import analysed_set
from communs.core.answers.types import RetrievedPassage
from communs.core.search.embeddings import Embedder
from communs.core.text import sentence_spans


@dataclass(frozen=True)
class Candidate:
    passage: RetrievedPassage
    rank: int
    start: int  # offsets in passage.text
    end: int
    order: int  # position of the sentence in its passage
    coverage: float
    passage_coverage: float
    cosine: float | None
    score: float

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]


@dataclass(frozen=True)
class Thresholds:
    min_lexical: float = 0.34
    min_embedding: float = 0.45


MIN_COMPOUND_PART = 4  # a question word inside a passage's compound ("Brief" in "Briefwahl")
MIN_COMPOUND_HEAD = 5  # a passage word inside a question's compound ("Beteiligung" in "Bürgerbeteiligung")


def _part_of(short: str, long: str) -> bool:
    return len(long) > len(short) and (long.startswith(short) or long.endswith(short))


def _coverage(question_stems: AbstractSet[str], stems: AbstractSet[str], language: str = "") -> float:
    """Share of the question's stems found in ``stems``. In German a stem also matches the compounds it starts or
    ends ("brief" in "briefwahl"; at least four letters), and a question's compound matches a passage word that
    starts or ends it ("beteilig" in "burgerbeteilig", "klima" in "klimaschutz"; at least five letters), as the
    search's character grams do; two compounds that only share a part ("klimaschutz", "datenschutz") do not match."""
    if not question_stems:
        return 1.0
    found = question_stems & stems
    if language == "de" and len(found) < len(question_stems):
        found = found | {
            q for q in question_stems - found
            if any((len(q) >= MIN_COMPOUND_PART and _part_of(q, p)) or (len(p) >= MIN_COMPOUND_HEAD and _part_of(p, q))
                   for p in stems)
        }
    return len(found) / len(question_stems)


_VECTOR_CACHE: dict[tuple[str, str], np.ndarray] = {}
_VECTOR_CACHE_MAX = 100_000
_VECTOR_LOCK = threading.Lock()


def _vectors(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Sentence vectors, cached per (embedder, text): a passage's sentences are embedded once per process."""
    name = getattr(embedder, "name", type(embedder).__name__)
    with _VECTOR_LOCK:
        found = {t: _VECTOR_CACHE[(name, t)] for t in texts if (name, t) in _VECTOR_CACHE}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        vectors = embedder.embed(missing)
        found.update(zip(missing, vectors, strict=True))
        with _VECTOR_LOCK:
            if len(_VECTOR_CACHE) + len(missing) > _VECTOR_CACHE_MAX:
                _VECTOR_CACHE.clear()
            _VECTOR_CACHE.update({(name, t): v for t, v in zip(missing, vectors, strict=True)})
    return np.stack([found[t] for t in texts])


@lru_cache(maxsize=50_000)
def _sentences(text: str, language: str) -> tuple[tuple[tuple[int, int], ...], tuple[frozenset[str], ...]]:
    """Sentence spans of a passage and their analysed stems (cached: passages recur across questions)."""
    spans = tuple(sentence_spans(text))
    return spans, tuple(analysed_set(text[s:e], language) for s, e in spans)


@lru_cache(maxsize=10_000)
def _heading_stems(section: str, language: str) -> frozenset[str]:
    return analysed_set(section, language)


def candidates(
    question_stems: set[str],
    passages: Sequence[RetrievedPassage],
    *,
    language: str,
    thresholds: Thresholds,
    question_vector: np.ndarray | None = None,
    embedder: Embedder | None = None,
) -> list[Candidate]:
    """Scored sentences of the passages that pass the relevance threshold (empty list = nothing relevant)."""
    out: list[Candidate] = []
    for rank, passage in enumerate(passages):
        lang = passage.language or language
        spans, sentence_stems = _sentences(passage.text, lang)
        if not spans:
            continue
        # the section heading is the passage's context ("Transport" above sentences about buses and trains)
        heading = _heading_stems(passage.section, lang) if passage.section else frozenset()
        # German compounds cover their parts only between German words ("rent" of "rents" is no part of "Rentenreform")
        compounds = lang if lang == language else ""
        passage_cov = _coverage(question_stems, heading.union(*sentence_stems), compounds)
        cosines: list[float | None] = [None] * len(spans)
        if embedder is not None and question_vector is not None:
            vectors = _vectors(embedder, [passage.text[s:e] for s, e in spans])
            cosines = [float(v) for v in vectors @ question_vector]
        best_cos = max((c for c in cosines if c is not None), default=None)
        relevant = (passage_cov >= thresholds.min_lexical and (not question_stems or passage_cov > 0)) or (
            best_cos is not None and best_cos >= thresholds.min_embedding
        )
        if not relevant:
            continue
        prior = 1.0 / (1 + rank)
        for order, ((s, e), stems, cos) in enumerate(zip(spans, sentence_stems, cosines, strict=True)):
            cov = _coverage(question_stems, stems | heading, compounds)
            score = 0.55 * cov + 0.25 * passage_cov + 0.20 * prior + (0.5 * cos if cos is not None else 0.0)
            out.append(Candidate(passage, rank, s, e, order, cov, passage_cov, cos, score))
    return out


def select(cands: Sequence[Candidate], *, max_sentences: int, max_chars: int) -> list[Candidate]:
    """Best sentences within the budget, returned by passage rank then original order within the passage.

    The best sentence always goes in (even if alone it exceeds ``max_chars``: a citation is never cut)."""
    chosen: list[Candidate] = []
    used = 0
    for cand in sorted(cands, key=lambda c: (-c.score, c.rank, c.order)):
        if len(chosen) >= max_sentences:
            break
        length = cand.end - cand.start
        if chosen and used + length > max_chars:
            continue
        chosen.append(cand)
        used += length
    return sorted(chosen, key=lambda c: (c.rank, c.order))
