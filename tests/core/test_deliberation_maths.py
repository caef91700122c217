"""Deliberation maths on small hand-made matrices with known structure."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from communs.core.deliberation import DeliberationParams, analyse, build_vote_matrix, in_conversation
from communs.core.deliberation.clusters import kmeans, max_group_k, silhouette
from communs.core.deliberation.matrix import in_conversation_history
from communs.core.deliberation.repness import prop_test, repness_table, select_consensus, two_prop_test
from tests.core._deliberation_data import two_camps


def test_latest_vote_wins_and_order_is_first_appearance() -> None:
    m = build_vote_matrix(["b", "a", "b", "a"], ["x", "x", "x", "y"], [1, -1, -1, 0], [5, 1, 9, 2])
    assert list(m.participant_ids) == ["a", "b"]  # a voted first (t=1)
    assert list(m.statement_ids) == ["x", "y"]
    dense = m.dense()
    assert dense[1, 0] == -1  # b changed agree (t=5) to disagree (t=9)
    assert dense[0, 1] == 0  # a pass is a vote, not a missing value
    assert np.isnan(dense[1, 1])
    assert m.n_votes == 3


def test_votes_must_be_polis_values() -> None:
    with pytest.raises(ValueError):
        build_vote_matrix(["a"], ["x"], [2])


def test_two_camps_give_two_groups_with_the_right_members() -> None:
    matrix, camp = two_camps()
    result = analyse(matrix)
    assert result.k == 2
    groups = result.groups_by_participant()
    assert len(groups) == len(camp)
    assert adjusted_rand_score([camp[p] for p in groups], list(groups.values())) == 1.0
    # representative statements: each group's are the statements its camp agrees with (or the others reject)
    for g, reps in enumerate(result.repness):
        assert reps
        members = [p for p, gg in groups.items() if gg == g]
        c = camp[members[0]]
        for r in reps:
            s = int(str(result.statement_ids[r.statement])[1:])
            agrees = (s % 2 == 0) == (c == 0)
            assert (r.repful_for == "agree") == agrees
            assert r.p_test > 1.2816 and r.repness_test > 1.2816  # passes-by-test?


def test_deterministic_for_a_seed_and_seed_free_by_default() -> None:
    matrix, _ = two_camps(seed=3, noise=0.2)
    a = analyse(matrix, params=DeliberationParams(seed=7, group_restarts=3))
    b = analyse(matrix, params=DeliberationParams(seed=7, group_restarts=3))
    assert a.contract() | {"seconds": 0} == b.contract() | {"seconds": 0}
    np.testing.assert_array_equal(a.pca.projections, b.pca.projections)
    c = analyse(matrix, params=DeliberationParams(seed=1))
    d = analyse(matrix, params=DeliberationParams(seed=2))
    assert c.groups_by_participant() == d.groups_by_participant()  # Polis init does not use the seed


def test_moderated_out_statements_are_excluded() -> None:
    matrix, _ = two_camps()
    everything = analyse(matrix)
    top = everything.repness_ids()["0"][0]
    result = analyse(matrix, moderated_out_ids=[top])
    col = list(result.statement_ids).index(top)
    assert result.moderated_out[col]
    assert top not in sum(result.repness_ids().values(), [])
    assert top not in sum(result.consensus_ids().values(), [])
    assert top not in result.divisive_ids()
    assert result.pca.center[col] == 0 and np.all(result.pca.components[:, col] == 0)


def test_participants_with_fewer_than_seven_votes_are_not_clustered() -> None:
    matrix, _ = two_camps(skip=0.0)
    pids, tids, vals = list(matrix.participant_ids[matrix.rows]), list(matrix.statement_ids[matrix.cols]), list(matrix.values)
    times = list(range(len(vals)))
    # a late participant with 3 votes
    pids += ["late"] * 3
    tids += ["s0", "s1", "s2"]
    vals += [1, 1, 1]
    times += [10**6, 10**6 + 1, 10**6 + 2]
    result = analyse(build_vote_matrix(pids, tids, vals, times))
    assert "late" not in result.groups_by_participant()
    row = list(result.participant_ids).index("late")
    assert not result.in_conv[row] and result.groups[row] == -1
    assert np.all(np.isfinite(result.pca.projections[row]))  # still projected, as Polis does


def test_in_conversation_rule_with_small_conversations() -> None:
    counts = np.array([10, 7, 6, 1, 3])
    assert in_conversation(counts, 40, greedy_n=0).tolist() == [True, True, False, False, False]
    # fewer than 7 statements: voting on all of them is enough
    assert in_conversation(np.array([3, 2, 3]), 3, greedy_n=0).tolist() == [True, False, True]
    # fewer than 15 in: the top voters are added up to 15
    assert in_conversation(counts, 40, greedy_n=4).tolist() == [True, True, True, False, True]


def test_in_conversation_history_keeps_early_participants() -> None:
    # p0 votes on the only 2 statements early (min(7, 2) = 2 -> in), then 8 statements arrive, p1 votes on all
    pids = ["p0", "p0"] + ["p1"] * 10 + ["p2"] * 3
    tids = ["s0", "s1"] + [f"s{i}" for i in range(10)] + ["s0", "s1", "s2"]
    m = build_vote_matrix(pids, tids, [1] * 15, list(range(15)))
    mask = in_conversation_history(m, greedy_n=0)
    assert dict(zip(m.participant_ids, mask.tolist(), strict=True)) == {"p0": True, "p1": True, "p2": False}
    static = in_conversation(m.votes_per_participant(), 10, greedy_n=0)
    assert static.tolist() == [False, True, False]


def test_polis_statistics() -> None:
    # stats.clj prop-test and two-prop-test with their +1 pseudo-counts
    assert prop_test(np.array([15.0]), np.array([16.0]))[0] == pytest.approx(2 * np.sqrt(17) * (16 / 17 - 0.5))
    z = two_prop_test(np.array([9.0]), np.array([1.0]), np.array([10.0]), np.array([10.0]))[0]
    p1, p2, ph = 10 / 11, 2 / 11, 12 / 22
    assert z == pytest.approx((p1 - p2) / np.sqrt(ph * (1 - ph) * (2 / 11)))
    assert two_prop_test(np.array([5.0]), np.array([5.0]), np.array([5.0]), np.array([5.0]))[0] == 0.0


def test_repness_needs_significance() -> None:
    # group 0: 3 of 3 agree vs 0 of 3 elsewhere on statement 0; statement 1 is split evenly in both groups
    na = np.array([[3, 2], [0, 2]])
    nd = np.array([[0, 1], [3, 1]])
    ns = np.array([[3, 3], [3, 3]])
    t = repness_table(na, nd, ns)
    assert t.pa[0, 0] == pytest.approx(4 / 5) and t.ra[0, 0] == pytest.approx((4 / 5) / (1 / 5))
    assert t.rat[0, 0] > 1.2816 and t.pat[0, 0] > 1.2816
    assert not (t.rat[0, 1] > 1.2816)  # no difference between groups -> not representative


def test_consensus_thresholds() -> None:
    na = np.array([18, 6, 2, 9])
    nd = np.array([1, 5, 17, 1])
    ns = np.array([20, 12, 20, 10])
    c = select_consensus(na, nd, ns, excluded=np.array([False, False, False, True]))
    assert [s.statement for s in c.agree] == [0]  # 3 is excluded (moderated out), 1 is not > 0.5 significant
    assert [s.statement for s in c.disagree] == [2]
    assert c.agree[0].p_success == pytest.approx(19 / 22)


def test_group_informed_consensus_and_rates() -> None:
    matrix, _ = two_camps()
    r = analyse(matrix)
    na = r.repness_table.na
    ns = r.repness_table.ns
    np.testing.assert_allclose(r.group_informed_consensus, np.prod((na + 1) / (ns + 2), axis=0))
    total = r.group_rates["agree"] + r.group_rates["disagree"] + r.group_rates["pass"]
    np.testing.assert_allclose(total[ns > 0], 1.0)
    # in two opposed camps every statement divides them
    assert len(r.divisive) == 5 and r.divisiveness[r.divisive[0]] > 0.1


def test_kmeans_polis_init_and_silhouette() -> None:
    pts = np.array([[0.0, 0], [0, 0], [0.1, 0], [5, 5], [5.1, 5], [5, 5.1]])
    res = kmeans(pts, 2)
    assert sorted(np.bincount(res.labels).tolist()) == [3, 3]
    assert res.labels[0] == 0  # ids follow the first distinct points
    dist = np.linalg.norm(pts[:, None] - pts[None], axis=-1)
    assert silhouette(dist, res.labels) > 0.9
    assert silhouette(dist, np.array([0, 0, 0, 0, 0, 1])) < silhouette(dist, res.labels)
    assert max_group_k(23) == 3 and max_group_k(100) == 5 and max_group_k(5) == 2


def test_result_helpers_for_the_opinion_map_and_vote_figures() -> None:
    matrix, camp = two_camps()
    r = analyse(matrix)
    proj = r.projections_by_participant()
    assert set(proj) == set(camp) and all(len(xy) == 2 for xy in proj.values())
    figures = r.group_votes("s0")
    assert len(figures) == 2
    for f in figures:
        assert f["agree"] + f["disagree"] + f["pass"] == f["seen"] > 0
    # camp 0 agrees with s0, camp 1 disagrees: one group mostly agrees, the other mostly disagrees
    assert sorted(round(f["agree_rate"]) for f in figures) == [0, 1]
    assert r.group_sizes() == [30, 30]


def test_large_kmeans_path_matches_the_reference_loop() -> None:
    from communs.core.deliberation import clusters

    rng = np.random.default_rng(5)
    pts = np.concatenate([rng.normal((0, 0), 0.5, (12_000, 2)), rng.normal((4, 1), 0.5, (12_000, 2))])
    rng.shuffle(pts)
    big = kmeans(pts, 2, max_iters=50)  # > LARGE_N points: scikit-learn's compiled Lloyd loop
    assert len(pts) > clusters.LARGE_N
    ref = kmeans(pts, 2, weights=np.ones(len(pts)), max_iters=50)  # weighted -> the reference numpy loop
    assert adjusted_rand_score(big.labels, ref.labels) == 1.0
    np.testing.assert_allclose(np.sort(big.centers, axis=0), np.sort(ref.centers, axis=0), atol=1e-6)
