"""The hybrid passage index of one election: BM25 + dense vectors + metadata filters, fused into one ranking.

Query-side analysis: the query is analysed with the analyser of every language present in the index (plus its own
detected language), not only the detected one, so an English or French question still matches German passages on
shared stems (party and proper names, loan words, numbers). Measured on the Wahl-O-Mat benchmark
(``bench/bench_retrieval.py``, cross-lingual table, rows "query analysed in its own language only"): slightly better
hybrid Recall@5 for English and French questions in both elections (by 0.3-1.6 points) and no change for German.

Two further steps, chosen on the development elections of the benchmark (every Wahl-O-Mat election 2009-2025 except
the two it reports as the test):

* a question of the form "What does <party> say about: <topic>?" is matched by its topic alone when the party
  filter applies (:mod:`.query`); callers embed :meth:`HybridIndex.matching_text` for the dense side;
* under a party filter, BM25 and dense scores are smoothed over a graph of each passage's nearest passages of
  other parties before fusion (:mod:`.neighbours`, score regularisation), and the dense score is corrected for
  the passage's hubness (CSLS), when the index has vectors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from communs.core.search.analysis import Analyzer, passage_language, query_weights
from communs.core.search.bm25 import BM25Index, BM25Params
from communs.core.search.dense import FEEDBACK_DEPTH, DenseIndex, top_k
from communs.core.search.filters import MetadataColumns
from communs.core.search.fusion import DEFAULT_FUSION, FUSIONS, rrf, score_fusion
from communs.core.search.neighbours import HUBNESS, NEIGHBOURS, SMOOTHING, neighbour_graph, smooth
from communs.core.search.query import matching_text
from communs.core.text import detect_language

MODES = ("hybrid", "bm25", "dense")
CANDIDATES = 100  # depth of each ranking fed to reciprocal-rank fusion


@dataclass(frozen=True)
class PassageRecord:
    """What the index needs of a passage; ``party``/``kind``/``source`` are filter keys ('' = none).

    ``context`` is what the passage is known by without saying it - its party's names, its source's title - and is
    indexed for BM25 with the section heading, so "What does the SPD say about rents?" can find the SPD's passage
    on rents even without a party filter (the passage itself rarely names its own party)."""

    id: str
    text: str
    language: str = ""
    party: str = ""
    kind: str = ""
    source: str = ""
    section: str = ""
    context: str = ""


@dataclass(frozen=True)
class Hit:
    passage_id: str
    score: float
    bm25_score: float
    dense_score: float
    rank: int
    position: int  # row of the passage in the index
    # ``bm25_score`` and ``dense_score`` are the passage's own scores; ``score`` fuses them after smoothing


class HybridIndex:
    """Build once from passages (and their vectors, same order); search many times."""

    def __init__(
        self,
        records: Sequence[PassageRecord],
        vectors: np.ndarray | None = None,
        *,
        params: BM25Params | None = None,
        fusion: str = DEFAULT_FUSION,
        grams: bool = True,
        feedback_depth: int = FEEDBACK_DEPTH,
        smoothing: float = SMOOTHING,
        neighbours: int = NEIGHBOURS,
        hubness: float = HUBNESS,
        strip_template: bool = True,
    ) -> None:
        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}; choose one of {', '.join(FUSIONS)}")
        self.records = list(records)
        self.fusion = fusion
        self.grams = grams
        self.feedback_depth = feedback_depth
        self.smoothing = smoothing
        self.hubness = hubness
        self.strip_template = strip_template
        languages = [passage_language(r.text, r.language) for r in self.records]
        self.passage_languages = languages  # declared, or detected when a passage declares none
        self.languages = sorted(set(languages))
        analyzers = {lang: Analyzer.for_language(lang, grams) for lang in self.languages}
        documents = [
            analyzers[lang].document_terms("\n".join(x for x in (r.context, r.section, r.text) if x))
            for r, lang in zip(self.records, languages, strict=True)
        ]
        self.bm25 = BM25Index(documents, params)
        self.dense: DenseIndex | None = None
        if vectors is not None:
            if len(vectors) != len(self.records):
                raise ValueError(f"{len(vectors)} vectors for {len(self.records)} passages")
            self.dense = DenseIndex(vectors) if len(self.records) else None
        # neighbours among passages of other parties (other sources for passages without a party)
        self.graph = np.zeros((len(self.records), 0), dtype=np.int64)
        self.hub = np.zeros(len(self.records), dtype=np.float32)
        if self.dense is not None and (smoothing > 0 or hubness > 0) and neighbours > 0:
            groups = [f"p:{r.party}" if r.party else f"s:{r.source or r.id}" for r in self.records]
            self.graph, self.hub = neighbour_graph(self.dense.matrix, groups, neighbours)
        self.columns = MetadataColumns(
            {
                "party": [r.party for r in self.records],
                "kind": [r.kind for r in self.records],
                "language": languages,
                "source": [r.source for r in self.records],
            },
            len(self.records),
        )
        self.positions = {r.id: i for i, r in enumerate(self.records)}

    def __len__(self) -> int:
        return len(self.records)

    def query_languages(self, query: str) -> list[str]:
        """Languages the query is analysed with: its detected language, then every language of the index."""
        detected = detect_language(query, default=self.languages[0] if self.languages else "en")
        return list(dict.fromkeys([detected, *self.languages]))

    def matching_text(self, query: str, filters: Mapping[str, str | Iterable[str] | None] | None = None) -> str:
        """The text of ``query`` that is matched against passages - and that a caller should embed for the dense
        side: "What does X say about: Y?" becomes "Y" under a party filter and "X: Y" without one
        (:func:`communs.core.search.query.matching_text`); other questions are used unchanged."""
        if not self.strip_template:
            return query
        return matching_text(query, party_filtered=bool((filters or {}).get("party")))

    def search(
        self,
        query: str,
        *,
        query_vector: np.ndarray | None = None,
        filters: Mapping[str, str | Iterable[str] | None] | None = None,
        k: int = 10,
        mode: str = "hybrid",
        query_languages: Sequence[str] | None = None,
        fusion: str | None = None,
    ) -> list[Hit]:
        """The ``k`` best passages for ``query`` among those matching ``filters``.

        ``query_vector`` (the embedded query) is required for ``dense`` and ``hybrid`` modes when the index has
        vectors - ideally the embedding of :meth:`matching_text`; BM25-only passages (no match at all) are never
        returned in ``bm25`` mode.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        fusion = fusion or self.fusion
        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}; choose one of {', '.join(FUSIONS)}")
        n = len(self.records)
        if n == 0 or k <= 0:
            return []
        mask = self.columns.mask(filters or {})
        if mode != "bm25" and (self.dense is None or query_vector is None):
            if mode == "dense":
                raise ValueError("dense search needs passage vectors and a query vector")
            mode = "bm25"
        text = self.matching_text(query, filters)
        langs = query_languages if query_languages is not None else self.query_languages(text)
        weights = query_weights(text, langs, self.grams) if mode != "dense" else {}
        bm25 = self.bm25.score(weights) if weights else np.zeros(n, np.float32)
        dense = np.zeros(n, np.float32)
        if mode != "bm25" and self.dense is not None and query_vector is not None:
            feedback_filters = {f: v for f, v in (filters or {}).items() if f != "party"}
            feedback_mask = self.columns.mask(feedback_filters) if feedback_filters else None
            dense = self.dense.score_with_feedback(query_vector, feedback_mask, self.feedback_depth)
        # Smoothing over other parties' passages needs the party filter: without it, a question names the party
        # it asks about, and blending in other parties' scores blurs exactly that (a third of the development
        # elections, no filter: hybrid Recall@5 37.2 without smoothing, 35.8 with it).
        # The hubness correction (:mod:`.neighbours`) is applied with it, under the same condition.
        by_party = bool((filters or {}).get("party"))
        weight = self.smoothing if by_party else 0.0
        rows = np.flatnonzero(mask) if by_party else None  # only the candidates' scores are ever read
        bm25_s = smooth(bm25, self.graph, weight, rows) if mode != "dense" else bm25
        dense_s = smooth(dense, self.graph, weight, rows) if mode != "bm25" else dense
        if by_party and self.hubness > 0 and mode != "bm25":
            dense_s = dense_s - np.float32(self.hubness) * self.hub
        matched = mask & (bm25 > 0)  # BM25 rankings keep only passages matching a query term themselves
        if mode == "bm25":
            order, fused = top_k(bm25_s, k, matched), bm25_s
        elif mode == "dense":
            order, fused = top_k(dense_s, k, mask), dense_s
        elif fusion == "rrf":
            depth = max(CANDIDATES, k)
            rankings = [top_k(bm25_s, depth, matched), top_k(dense_s, depth, mask)]
            fused = rrf(rankings, n)
            order = top_k(fused, k, mask, positive_only=True)
        else:
            fused = score_fusion(bm25_s, dense_s, mask, self.bm25.max_score(weights))
            order = top_k(fused, k, mask)
        return [
            Hit(
                passage_id=self.records[i].id,
                score=float(fused[i]),
                bm25_score=float(bm25[i]),
                dense_score=float(dense[i]),
                rank=rank,
                position=int(i),
            )
            for rank, i in enumerate(order, start=1)
        ]
