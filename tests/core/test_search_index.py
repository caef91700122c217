"""The core hybrid index: filters never leak, modes and fusions rank as expected, top-k and feedback."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.search.dense import DenseIndex, top_k
from communs.core.search.filters import MetadataColumns
from communs.core.search.fusion import rrf, score_fusion
from communs.core.search.index import HybridIndex, PassageRecord

TOPICS = ["rent", "pension", "climate", "tax"]
TEXTS = {
    "rent": "We will cap rent increases and build social housing for tenants.",
    "pension": "The pension age stays at 63 and pensions rise with wages.",
    "climate": "Coal power ends in 2030; wind and solar energy are expanded.",
    "tax": "A wealth tax on large fortunes funds schools and hospitals.",
}


def corpus() -> tuple[list[PassageRecord], np.ndarray]:
    records, vectors = [], []
    rng = np.random.default_rng(3)
    basis = {t: rng.normal(size=16) for t in TOPICS}
    for p, party in enumerate(["A", "B", "C"]):
        for t in TOPICS:
            records.append(PassageRecord(id=f"{party}-{t}", text=f"Party {party}: {TEXTS[t]}", language="en",
                                         party=party, kind="programme" if p < 2 else "other", source=f"s{party}"))
            vectors.append(basis[t] + 0.1 * rng.normal(size=16))
    return records, np.asarray(vectors, dtype=np.float32)


@pytest.fixture(scope="module")
def index() -> HybridIndex:
    records, vectors = corpus()
    return HybridIndex(records, vectors)


def topic_vector(index: HybridIndex, topic: str) -> np.ndarray:
    return index.dense.matrix[index.positions[f"A-{topic}"]]  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
@pytest.mark.parametrize("party", ["A", "B", "C"])
def test_party_filter_never_returns_another_party(index: HybridIndex, mode: str, party: str) -> None:
    hits = index.search("rent for tenants", query_vector=topic_vector(index, "rent"), filters={"party": party},
                        k=50, mode=mode)
    assert hits and {h.passage_id.split("-")[0] for h in hits} == {party}
    assert hits[0].passage_id == f"{party}-rent"


def test_kind_language_and_source_filters(index: HybridIndex) -> None:
    vec = topic_vector(index, "tax")
    assert {h.passage_id[0] for h in index.search("wealth tax", query_vector=vec, filters={"kind": "other"}, k=50)} == {"C"}
    assert index.search("wealth tax", query_vector=vec, filters={"language": "de"}, k=50) == []
    assert {h.passage_id[0] for h in index.search("tax", query_vector=vec, filters={"source": "sB"}, k=50)} == {"B"}
    assert index.search("tax", query_vector=vec, filters={"party": "nobody"}, k=50) == []
    both = index.search("tax", query_vector=vec, filters={"party": ["A", "C"]}, k=50)
    assert {h.passage_id[0] for h in both} == {"A", "C"}


def test_hits_carry_ranks_and_component_scores(index: HybridIndex) -> None:
    hits = index.search("coal wind solar", query_vector=topic_vector(index, "climate"), k=3)
    assert [h.rank for h in hits] == [1, 2, 3]
    assert all(h.passage_id.endswith("climate") for h in hits)
    assert all(h.bm25_score > 0 and h.dense_score > 0.5 for h in hits)
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_bm25_mode_returns_only_matching_passages(index: HybridIndex) -> None:
    hits = index.search("pensions", k=50, mode="bm25")
    assert {h.passage_id.split("-")[1] for h in hits} == {"pension"}


def test_rrf_fusion_and_modes_are_validated(index: HybridIndex) -> None:
    hits = index.search("wealth tax", query_vector=topic_vector(index, "tax"), k=3, fusion="rrf")
    assert all(h.passage_id.endswith("tax") for h in hits)
    with pytest.raises(ValueError):
        index.search("x", mode="fuzzy")
    with pytest.raises(ValueError):
        index.search("x", fusion="max")
    with pytest.raises(ValueError):
        index.search("x", mode="dense")  # dense needs a query vector


def test_hybrid_without_vectors_falls_back_to_bm25() -> None:
    records, _ = corpus()
    hits = HybridIndex(records).search("social housing", k=2)
    assert hits[0].passage_id.endswith("rent") and hits[0].dense_score == 0.0


def test_top_k_ties_mask_and_positive_only() -> None:
    scores = np.array([0.5, 0.9, 0.9, 0.0, 0.7], dtype=np.float32)
    assert top_k(scores, 3).tolist() == [1, 2, 4]
    assert top_k(scores, 10, np.array([1, 0, 1, 1, 0], dtype=bool), positive_only=True).tolist() == [2, 0]
    assert top_k(scores, 0).tolist() == []


def test_fusions() -> None:
    fused = rrf([np.array([2, 0]), np.array([0, 1])], 3)
    assert fused[0] > fused[2] > fused[1] > 0
    mask = np.array([True, True, False])
    out = score_fusion(np.array([2.0, 0.0, 5.0]), np.array([0.1, 0.9, 0.9]), mask, bm25_max=4.0)
    assert out[2] == -np.inf and out[0] == pytest.approx(0.5 * 0.5 + 0.5 * 0.1)


def test_dense_feedback_moves_towards_the_neighbourhood() -> None:
    matrix = np.array([[1, 0], [0.8, 0.6], [0.6, 0.8], [0, 1]], dtype=np.float32)
    dense = DenseIndex(matrix)
    plain = dense.score(np.array([1, 0.1]))
    fed = dense.score_with_feedback(np.array([1, 0.1]), depth=2)
    assert fed[2] - fed[0] > plain[2] - plain[0]
    assert np.allclose(dense.score_with_feedback(np.array([1, 0.1]), depth=0), plain)


def test_metadata_columns_validate_lengths() -> None:
    with pytest.raises(ValueError):
        MetadataColumns({"party": ["a"]}, 2)
    cols = MetadataColumns({"party": ["a", "b", "a"]}, 3)
    assert cols.mask({"party": "a"}).tolist() == [True, False, True]
    assert cols.mask({"colour": "red"}).tolist() == [False, False, False]


def test_context_lets_an_unfiltered_question_naming_a_party_find_its_passage() -> None:
    records = [
        PassageRecord(id=f"{p}-rent", text="We will cap rent increases.", language="en", party=p,
                      context=name)
        for p, name in (("A", "Alpha Alliance"), ("B", "Beta Bloc"), ("C", "Gamma Group"))
    ]
    index = HybridIndex(records)
    assert index.search("What does Beta Bloc say about rent?", k=1, mode="bm25")[0].passage_id == "B-rent"
    assert index.search("What does the Gamma Group say about rent?", k=1)[0].passage_id == "C-rent"
