"""Okapi BM25 over a scipy.sparse term matrix, scored eagerly and vectorised.

Score of document ``d`` for a query with term weights ``q_t`` (Robertson & Zaragoza, "The Probabilistic Relevance
Framework: BM25 and Beyond", 2009, eq. 3.15; idf as in Lucene's ``BM25Similarity``, which never goes negative):

    score(d) = sum_t q_t * idf(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * dl(d) / avgdl))
    idf(t)   = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))

* ``k1 = 1.2`` (term-frequency saturation) and ``b = 0.75`` (length normalisation) are the textbook defaults used by
  Lucene/Elasticsearch; they are not tuned on our benchmark.
* Everything right of ``q_t`` depends only on the document, so it is computed once at build time into a CSC matrix
  ``W`` (documents x terms), as bm25s does ("eager" scoring, Lù 2024, arXiv:2407.03618). A query then reads only the
  columns of its terms: ``score = sum_t q_t * W[:, t]``, one ``np.bincount`` over the concatenated column slices.
* Two fields share the matrix: word stems and German character grams (``#`` prefix, see :mod:`.analysis`). Each has
  its own document length and average (BM25F-style per-field normalisation), so the many grams of a German passage
  do not make its word stems look "long".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from communs.core.search.analysis import GRAM_PREFIX

K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class BM25Params:
    k1: float = K1
    b: float = B


def idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    return np.log1p((n_docs - df + 0.5) / (df + 0.5))


class BM25Index:
    """A BM25 index over pre-analysed documents (lists of terms)."""

    def __init__(self, documents: Sequence[Sequence[str]], params: BM25Params | None = None) -> None:
        self.params = params or BM25Params()
        self.n_docs = len(documents)
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for d, terms in enumerate(documents):
            for term in terms:
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                rows.append(d)
        self.vocabulary = vocabulary
        n_terms = len(vocabulary)
        # Duplicate (row, col) pairs are summed by the COO -> CSC conversion: that is the term frequency.
        tf = sp.coo_matrix(
            (np.ones(len(rows), dtype=np.float32), (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
            shape=(self.n_docs, n_terms),
        ).tocsc()
        tf.sum_duplicates()
        is_gram = np.zeros(n_terms, dtype=bool)
        for term, tid in vocabulary.items():
            if term.startswith(GRAM_PREFIX):
                is_gram[tid] = True
        self.idf = idf(np.diff(tf.indptr).astype(np.float64), self.n_docs).astype(np.float32)
        self.weights = self._weigh(tf, is_gram)

    def _weigh(self, tf: sp.csc_matrix, is_gram: np.ndarray) -> sp.csc_matrix:
        k1, b = self.params.k1, self.params.b
        n_terms = tf.shape[1]
        col_of_entry = np.repeat(np.arange(n_terms), np.diff(tf.indptr))
        entry_is_gram = is_gram[col_of_entry]
        # per-field document lengths (number of term occurrences) and their averages
        doc_len = np.zeros((2, self.n_docs), dtype=np.float64)
        np.add.at(doc_len, (entry_is_gram.astype(np.int64), tf.indices), tf.data)
        avg = np.array([row[row > 0].mean() if (row > 0).any() else 1.0 for row in doc_len])
        df = np.diff(tf.indptr).astype(np.float64)
        term_idf = idf(df, self.n_docs)
        field = entry_is_gram.astype(np.int64)
        norm = k1 * (1.0 - b + b * doc_len[field, tf.indices] / avg[field])
        data = term_idf[col_of_entry] * tf.data * (k1 + 1.0) / (tf.data + norm)
        return sp.csc_matrix((data.astype(np.float32), tf.indices.copy(), tf.indptr.copy()), shape=tf.shape)

    def __len__(self) -> int:
        return self.n_docs

    def max_score(self, query: Mapping[str, float]) -> float:
        """The score of an average-length document holding every query term once: ``sum_t q_t * idf(t)`` (a term
        absent from the index counts with ``df = 0``). Used to put BM25 on a query-independent 0..~1 scale, so a
        query that matches only a small part of itself (e.g. an English question on German passages matching
        just a party name) cannot look like a strong match after normalisation."""
        unseen = float(idf(np.zeros(1), self.n_docs)[0])
        total = 0.0
        for term, q in query.items():
            tid = self.vocabulary.get(term)
            total += q * (float(self.idf[tid]) if tid is not None else unseen)
        return total

    def score(self, query: Mapping[str, float]) -> np.ndarray:
        """BM25 scores of every document (float32 array of length ``n_docs``; 0 where no term matches)."""
        indptr, indices, data = self.weights.indptr, self.weights.indices, self.weights.data
        idx_parts: list[np.ndarray] = []
        val_parts: list[np.ndarray] = []
        for term, q in query.items():
            tid = self.vocabulary.get(term)
            if tid is None or q == 0.0:
                continue
            lo, hi = indptr[tid], indptr[tid + 1]
            idx_parts.append(indices[lo:hi])
            val_parts.append(data[lo:hi] * np.float32(q))
        if not idx_parts:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.bincount(
            np.concatenate(idx_parts), weights=np.concatenate(val_parts), minlength=self.n_docs
        ).astype(np.float32)
