"""Score regularisation over the neighbour graph: neighbours come from other parties, smoothing blends scores,
and a party-filtered search finds a passage that shares no word with the question through its neighbours."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.search.dense import unit_rows
from communs.core.search.index import HybridIndex, PassageRecord
from communs.core.search.neighbours import neighbour_graph, smooth


def test_graph_takes_neighbours_from_other_groups_only() -> None:
    rng = np.random.default_rng(0)
    matrix = unit_rows(rng.normal(size=(30, 8)).astype(np.float32))
    groups = [str(i % 3) for i in range(30)]
    graph, hub = neighbour_graph(matrix, groups, m=4)
    assert graph.shape == (30, 4)
    sims = matrix @ matrix.T
    for i in range(30):
        assert all(groups[j] != groups[i] for j in graph[i])
        others = [j for j in range(30) if groups[j] != groups[i]]
        best = sorted(others, key=lambda j: -sims[i, j])[:4]
        assert list(graph[i]) == best
        assert hub[i] == pytest.approx(float(np.mean(sims[i, best])), abs=1e-5)


def test_graph_pads_when_too_few_candidates() -> None:
    matrix = unit_rows(np.eye(3, dtype=np.float32))
    graph, hub = neighbour_graph(matrix, ["a", "a", "b"], m=2)
    assert list(graph[2][:2]) in ([0, 1], [1, 0])
    assert graph[0][0] == 2 and graph[0][1] == -1
    assert hub[0] == pytest.approx(0.0)  # its one neighbour is orthogonal


def test_smooth_blends_own_and_neighbour_mean() -> None:
    scores = np.array([1.0, 0.0, 3.0], dtype=np.float32)
    graph = np.array([[1, 2], [0, -1], [-1, -1]])
    out = smooth(scores, graph, 0.5)
    assert np.allclose(out, [0.5 * 1 + 0.5 * 1.5, 0.5 * 0 + 0.5 * 1.0, 3.0])
    assert smooth(scores, graph, 0.0) is scores


def corpus() -> tuple[list[PassageRecord], np.ndarray]:
    """Three parties answer three questions; party C's answer on coal says nothing in the question's words, but its
    vector sits with the other parties' coal answers."""
    rng = np.random.default_rng(1)
    basis = {t: rng.normal(size=32) for t in ("coal", "rent", "tax")}
    texts = {
        ("A", "coal"): "The coal exit must come before 2030.",
        ("B", "coal"): "Coal power stays until 2038, the coal exit date is fixed.",
        ("C", "coal"): "Urgent, because of climate change.",
        ("A", "rent"): "Rents are capped in tight markets.",
        ("B", "rent"): "Landlords may raise rents freely.",
        ("C", "rent"): "We build social housing, rents follow.",
        ("A", "tax"): "A wealth tax on large fortunes.",
        ("B", "tax"): "No new taxes on wealth.",
        ("C", "tax"): "Wealth tax, yes, for schools.",
    }
    records, vectors = [], []
    for (party, topic), text in texts.items():
        records.append(PassageRecord(id=f"{party}-{topic}", text=text, language="en", party=party, source=party))
        vectors.append(basis[topic] + 0.3 * rng.normal(size=32))
    return records, np.asarray(vectors, dtype=np.float32)


def test_neighbours_lift_a_passage_without_the_question_words() -> None:
    records, vectors = corpus()
    smoothed = HybridIndex(records, vectors, neighbours=2)
    plain = HybridIndex(records, vectors, smoothing=0.0)
    assert all(records[j].party != "C" for j in smoothed.graph[smoothed.positions["C-coal"]])
    query = "coal exit"
    # a query vector that says nothing (orthogonal noise): only the words and the graph can help
    noise = np.random.default_rng(7).normal(size=32).astype(np.float32)
    f = {"party": "C"}
    assert plain.search(query, query_vector=noise, filters=f, k=1, mode="bm25") == []
    assert smoothed.search(query, query_vector=noise, filters=f, k=1, mode="hybrid")[0].passage_id == "C-coal"
    # BM25 mode still returns only passages that match a query word themselves
    assert smoothed.search(query, filters=f, k=3, mode="bm25") == []


def test_hubness_correction_demotes_a_passage_close_to_everything() -> None:
    """Party C's slogan sits between every topic; without the correction it wins a question whose answer C gave
    in words of its own, with it the answer does."""
    rng = np.random.default_rng(2)
    topics = {t: rng.normal(size=32) for t in ("coal", "rent", "tax")}
    centre = sum(topics.values()) / 3
    records, vectors = [], []
    for party in ("A", "B", "C"):
        for t, v in topics.items():
            records.append(PassageRecord(id=f"{party}-{t}", text=f"{party} on {t}", language="en", party=party))
            vectors.append(v + 0.4 * rng.normal(size=32))
    records.append(PassageRecord(id="C-slogan", text="We stand for it.", language="en", party="C"))
    vectors.append(centre * 1.0)
    vectors_arr = np.asarray(vectors, dtype=np.float32)
    query = unit_rows((topics["coal"] + 0.9 * centre)[None, :].astype(np.float32))[0]
    plain = HybridIndex(records, vectors_arr, smoothing=0.0, hubness=0.0)
    corrected = HybridIndex(records, vectors_arr, smoothing=0.0, hubness=1.0)
    f = {"party": "C"}
    assert plain.search("x", query_vector=query, filters=f, k=1, mode="dense")[0].passage_id == "C-slogan"
    assert corrected.search("x", query_vector=query, filters=f, k=1, mode="dense")[0].passage_id == "C-coal"
    # never without a party filter
    unfiltered = corrected.search("x", query_vector=query, k=12, mode="dense")
    assert [h.passage_id for h in unfiltered] == [h.passage_id for h in plain.search("x", query_vector=query, k=12,
                                                                                          mode="dense")]


def test_template_is_stripped_under_a_party_filter_only() -> None:
    records, vectors = corpus()
    index = HybridIndex(records, vectors)
    q = "What does C say about: rents?"
    assert index.matching_text(q, {"party": "C"}) == "rents"
    assert index.matching_text(q) == "C: rents"
    assert HybridIndex(records, vectors, strip_template=False).matching_text(q, {"party": "C"}) == q
    hits = index.search(q, filters={"party": "C"}, k=1, mode="bm25")
    assert hits[0].passage_id == "C-rent"


def test_smoothing_some_rows_matches_smoothing_all() -> None:
    rng = np.random.default_rng(5)
    matrix = unit_rows(rng.normal(size=(40, 8)).astype(np.float32))
    graph, _ = neighbour_graph(matrix, [str(i % 4) for i in range(40)], m=3)
    scores = rng.random(40).astype(np.float32)
    rows = np.array([1, 5, 9, 33])
    full, part = smooth(scores, graph, 0.5), smooth(scores, graph, 0.5, rows)
    assert np.allclose(part[rows], full[rows])
    others = np.setdiff1d(np.arange(40), rows)
    assert np.array_equal(part[others], scores[others])
