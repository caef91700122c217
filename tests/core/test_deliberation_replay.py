"""Replay of Polis's incremental updates: warm-started k-means, the k-smoother, the incremental PCA."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score

from communs.core.deliberation import DeliberationParams, analyse, build_vote_matrix
from communs.core.deliberation.clusters import kmeans
from communs.core.deliberation.pca import polis_pca
from communs.core.deliberation.replay import _Gram, _pca, batches, pseudo_history, replay, smooth_k
from communs.core.deliberation.warm_kmeans import Clustering, clean_start, warm_kmeans
from tests.core._deliberation_data import two_camps


def _blobs(seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.concatenate([rng.normal(c, 0.3, size=(40, 2)) for c in ((0, 0), (4, 0), (0, 4))])


def test_without_previous_clusters_it_is_polis_init_kmeans() -> None:
    pts = _blobs()
    cold = kmeans(pts, 3, max_iters=20)
    warm = warm_kmeans(pts, 3, None, 20)
    np.testing.assert_array_equal(warm.ids, cold.ids)
    np.testing.assert_array_equal(warm.member, cold.labels)
    np.testing.assert_allclose(warm.centers, cold.centers)


def test_a_converged_clustering_is_a_fixed_point_of_the_warm_start() -> None:
    pts = _blobs(1)
    first = warm_kmeans(pts, 3, None, 20)
    again = warm_kmeans(pts, 3, first, 20)
    np.testing.assert_array_equal(again.ids, first.ids)
    np.testing.assert_array_equal(again.member, first.member)


def test_warm_start_keeps_cluster_ids_and_gives_a_new_far_point_its_own_cluster() -> None:
    pts = np.array([[0.0, 0.0], [0.1, 0.0], [5.0, 0.0], [5.1, 0.0]])
    last = Clustering(ids=np.array([3, 7]), centers=np.zeros((2, 2)), member=np.array([3, 3, 7, 7]))
    ids, centers = clean_start(pts, np.ones(4), last, 2)
    np.testing.assert_array_equal(ids, [3, 7])  # ids survive; centres are recomputed from the members' positions
    np.testing.assert_allclose(centers, [[0.05, 0.0], [5.05, 0.0]])
    # a newcomer (member -1) far from both, with room for a third cluster: most-distal makes it cluster max id + 1
    pts3 = np.vstack([pts, [[0.0, 9.0]]])
    last3 = Clustering(ids=np.array([3, 7]), centers=np.zeros((2, 2)), member=np.array([3, 3, 7, 7, -1]))
    ids3, centers3 = clean_start(pts3, np.ones(5), last3, 3)
    np.testing.assert_array_equal(ids3, [3, 7, 8])
    np.testing.assert_allclose(centers3[2], [0.0, 9.0])


def test_clusters_with_identical_centres_are_merged_into_the_larger_one() -> None:
    pts = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [3.0, 3.0]])
    last = Clustering(ids=np.array([0, 1, 2]), centers=np.zeros((3, 2)), member=np.array([0, 1, 1, 2]))
    ids, centers = clean_start(pts, np.ones(4), last, 2)
    np.testing.assert_array_equal(ids, [1, 2])  # cluster 1 (2 members) absorbed cluster 0 (same centre)
    np.testing.assert_allclose(centers, [[1.0, 1.0], [3.0, 3.0]])


def test_k_changes_only_after_four_consecutive_updates_agree() -> None:
    last_k, count, smoothed = None, 0, None
    seen = []
    for this_k in [2, 3, 3, 3, 2, 3, 3, 3, 3, 3]:
        count, smoothed = smooth_k(last_k, count, smoothed, this_k, 4)
        last_k = this_k
        seen.append(smoothed)
    assert seen == [2, 2, 2, 2, 2, 2, 2, 2, 3, 3]


def test_batches_are_non_empty_poll_windows() -> None:
    t = np.array([0.0, 10.0, 999.0, 1000.0, 1500.0, 5000.0])
    np.testing.assert_array_equal(batches(t, 1000.0), [3, 5, 6])
    np.testing.assert_array_equal(batches(t, 1.0), [1, 2, 3, 4, 5, 6])


def test_growth_merges_windows_until_a_batch_adds_that_share_of_the_events_so_far() -> None:
    t = np.arange(100, dtype=float)  # 100 one-event windows
    ends = batches(t, 1.0, growth=0.5)
    assert ends[-1] == 100 and np.all(np.diff(ends) > 0)
    before = np.r_[0, ends[:-1]]
    assert np.all((ends - before)[:-1] >= 0.5 * before[:-1])  # every batch but the closing one is large enough
    np.testing.assert_array_equal(ends[:4], [1, 2, 3, 5])  # 1 >= 0, 1 >= 0.5, 1 >= 1, 2 >= 1.5
    assert len(ends) < 15  # about log(100) / log(1.5) updates instead of 100
    np.testing.assert_array_equal(batches(t, 1.0, growth=0.0), np.arange(1, 101))


def test_power_iteration_deflation_is_polis_factor_matrix() -> None:
    # pca.clj factor-matrix removes the first component from every row of the data: X' = X (I - p p^T / p.p).
    # _pca deflates the Gram matrix by the equivalent rank-2 update; the second component must be the same.
    rng = np.random.default_rng(3)
    x = rng.normal(size=(30, 8)) * np.arange(1, 9)
    comps = _pca(x.T @ x, None, 30)
    p = comps[0]
    xf = x - np.outer(x @ p, p) / (p @ p)
    ref = _pca(xf.T @ xf, None, 30)
    np.testing.assert_allclose(comps[1], ref[0], atol=1e-7)  # same matrix up to rounding


def test_incremental_gram_and_power_iteration_match_the_from_scratch_pca() -> None:
    matrix, _ = two_camps(n_per_camp=20, n_statements=12, noise=0.15, seed=4)
    modout = np.zeros(matrix.shape[1], dtype=bool)
    modout[3] = True
    gram = _Gram(*matrix.shape)
    half = matrix.n_votes // 2
    gram.apply(matrix.rows[:half], matrix.cols[:half], matrix.values[:half].astype(float))
    gram.apply(matrix.rows[half:], matrix.cols[half:], matrix.values[half:].astype(float))
    g, mu = gram.centred_gram(matrix.shape[1], modout)
    ref = polis_pca(matrix, modout)
    np.testing.assert_allclose(mu, ref.center, atol=1e-12)
    comps = _pca(g, None, matrix.shape[0])
    for i in range(2):
        assert abs(abs(comps[i] @ ref.components[i]) - 1) < 1e-6


def test_replay_finds_the_camps_and_is_deterministic() -> None:
    matrix, camp = two_camps(n_per_camp=25, n_statements=16, noise=0.1, seed=2)
    params = DeliberationParams(replay=True, replay_interval_ms=3)
    a = analyse(matrix, params=params)
    b = analyse(matrix, params=params)
    assert a.replay is not None and a.replay.updates > 10 and not a.notes
    assert a.contract() | {"seconds": 0} == b.contract() | {"seconds": 0}
    groups = a.groups_by_participant()
    assert a.k == 2
    assert adjusted_rand_score([camp[p] for p in groups], list(groups.values())) == 1.0
    assert a.in_conv.sum() == len(groups)
    assert len(a.replay.k_history) == a.replay.updates


def test_replay_in_conv_is_monotone_over_updates() -> None:
    # p0 votes on 3 statements while only 3 exist (in: min(7, 3)); later statements do not take them out
    events = [(f"p{p}", f"s{s}") for s in range(3) for p in range(4)]
    events += [(f"p{p}", f"s{s}") for s in range(3, 12) for p in range(1, 20)]
    pids = [p for p, _ in events]
    tids = [s for _, s in events]
    vals = [1 if (int(p[1:]) + int(s[1:])) % 2 else -1 for p, s in events]
    ts = list(range(len(events)))
    matrix = build_vote_matrix(pids, tids, vals, ts)
    state = replay(matrix, np.zeros(matrix.shape[1], dtype=bool), interval_ms=1)
    row = list(matrix.participant_ids).index("p0")
    assert state.in_conv[row]


def test_replay_without_timestamps_uses_participant_order_or_falls_back() -> None:
    matrix, camp = two_camps()
    bare = build_vote_matrix(matrix.participant_ids[matrix.rows], matrix.statement_ids[matrix.cols], matrix.values)
    res = analyse(bare, params=DeliberationParams(replay=True))
    assert res.replay is not None and "participants in id order" in res.notes[0]
    groups = res.groups_by_participant()
    assert res.k == 2 and adjusted_rand_score([camp[p] for p in groups], list(groups.values())) == 1.0
    off = analyse(bare, params=DeliberationParams(replay=True, replay_pseudo_per_update=0))
    assert off.replay is None and "replay not possible" in off.notes[0]
    assert off.k == 2


def test_pseudo_history_orders_numeric_ids_and_replay_maps_rows_back() -> None:
    # rows of the matrix in file order 5, 1, 3 ...; the stand-in history has participant 1 first
    rng = np.random.default_rng(5)
    pids = [str(p) for p in (5, 1, 3, 2, 4, 0) for _ in range(7)]
    tids = [f"s{s}" for _ in range(6) for s in range(7)]
    vals = rng.choice([-1, 0, 1], size=len(pids)).tolist()
    bare = build_vote_matrix(pids, tids, vals)
    hist = pseudo_history(bare, 2)
    assert hist.first_times is not None
    row = {p: i for i, p in enumerate(bare.participant_ids)}
    t = {p: hist.first_times[np.flatnonzero(bare.rows == row[p])[0]] for p in row}
    assert t["0"] == t["1"] == 0 and t["2"] == t["3"] == 1 and t["4"] == t["5"] == 2
    state = replay(hist, np.zeros(bare.shape[1], dtype=bool), interval_ms=1)
    assert state.in_conv.all()
    assert sorted(state.base_rows.tolist()) == list(range(6))
