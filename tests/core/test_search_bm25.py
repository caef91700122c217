"""BM25 against a brute-force implementation of the formula on a small corpus."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from communs.core.search.bm25 import BM25Index, BM25Params


def reference_scores(docs: list[list[str]], query: dict[str, float], k1: float, b: float) -> list[float]:
    """Okapi BM25 straight from the definition (Lucene idf), word field only, one loop per document and term."""
    n = len(docs)
    avgdl = sum(len(d) for d in docs) / n
    out = []
    for doc in docs:
        score = 0.0
        for term, q in query.items():
            tf = doc.count(term)
            if tf == 0:
                continue
            df = sum(1 for d in docs if term in d)
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            score += q * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / avgdl))
        out.append(score)
    return out


@pytest.mark.parametrize(("k1", "b"), [(1.2, 0.75), (2.0, 0.3), (0.9, 1.0)])
def test_scores_match_the_reference(k1: float, b: float) -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(30)]
    docs = [[rng.choice(vocabulary[: rng.randint(5, 30)]) for _ in range(rng.randint(1, 40))] for _ in range(60)]
    index = BM25Index(docs, BM25Params(k1=k1, b=b))
    for _ in range(20):
        query = {rng.choice(vocabulary): float(rng.choice([1, 2, 0.5])) for _ in range(rng.randint(1, 5))}
        expected = reference_scores(docs, query, k1, b)
        assert np.allclose(index.score(query), expected, rtol=1e-5, atol=1e-6)


def test_unknown_terms_score_zero_and_empty_query() -> None:
    index = BM25Index([["a", "b"], ["c"]])
    assert index.score({"zzz": 1.0}).tolist() == [0.0, 0.0]
    assert index.score({}).tolist() == [0.0, 0.0]


def test_gram_field_has_its_own_length_normalisation() -> None:
    # Many grams in doc 0 must not penalise its word match against doc 1, which has the same words and no grams.
    docs = [["tax", "wealth"] + [f"#g{i}" for i in range(50)], ["tax", "wealth"]]
    scores = BM25Index(docs).score({"tax": 1.0})
    assert scores[0] == pytest.approx(scores[1])


def test_max_score_bounds_a_single_occurrence_match() -> None:
    docs = [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"]]
    index = BM25Index(docs)
    query = {"a": 1.0, "b": 1.0}
    assert index.score(query).max() <= index.max_score(query) * 1.01
    assert index.max_score({"unseen": 1.0}) > 0
