"""The whole Polis pipeline on a vote matrix: PCA, base clusters, opinion groups, repness, consensus.

Order of steps as in compdemocracy/polis ``math/src/polismath/math/conversation.clj`` ``small-conv-update-graph``.
Group numbering: 0..k-1 in the order of Polis's group-cluster ids (``sort-by :id``), i.e. the order in which
``init-clusters`` met each group's first base cluster (base clusters in id order, ids in order of each base
cluster's first member, participants in order of their first vote).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import numpy as np

from communs.core.deliberation.clusters import GroupClustering, KMeansResult, cluster_participants
from communs.core.deliberation.matrix import (
    VoteMatrix,
    build_vote_matrix,
    in_conversation,
    in_conversation_history,
)
from communs.core.deliberation.pca import polis_pca
from communs.core.deliberation.polis_export import PolisExport
from communs.core.deliberation.replay import ReplayState, ReplayUnavailable, pseudo_history, replay
from communs.core.deliberation.repness import (
    divisiveness,
    group_counts,
    group_informed_consensus,
    rates,
    repness_table,
    select_consensus,
    select_rep_statements,
)
from communs.core.deliberation.result import DeliberationParams, DeliberationResult


class NothingToAnalyse(ValueError):
    """The export holds no votes (or only on moderated-out statements)."""


def analyse(
    matrix: VoteMatrix, moderated_out_ids: Iterable[str] = (), params: DeliberationParams | None = None,
) -> DeliberationResult:
    """Run the analysis; deterministic (same input and params -> same result)."""
    params = params or DeliberationParams()
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    n_rows, n_cols = matrix.shape
    if n_rows == 0 or n_cols == 0:
        raise NothingToAnalyse("no votes to analyse")
    out_set = {str(t) for t in moderated_out_ids}
    modout = np.array([str(t) in out_set for t in matrix.statement_ids], dtype=bool)
    if modout.all():
        raise NothingToAnalyse("every voted statement is moderated out")

    counts = matrix.votes_per_participant()
    pca = polis_pca(matrix, modout, params.n_components, params.polis_zeroing)
    timings["pca"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    state: ReplayState | None = None
    notes: list[str] = []
    if params.replay:
        history, interval = matrix, params.replay_interval_ms
        times = matrix.first_times
        if (times is None or not np.isfinite(times).all()) and params.replay_pseudo_per_update > 0:
            history, interval = pseudo_history(matrix, params.replay_pseudo_per_update), 1.0
            notes.append(f"no vote times: replayed over participants in id order, {params.replay_pseudo_per_update} "
                         "per update (pseudo_history)")
        try:
            state = replay(history, modout, interval, params.min_votes, params.greedy_n,
                           params.base_k, params.base_iters, params.max_k, restart_at_end=params.replay_restart,
                           growth=params.replay_growth)
        except ReplayUnavailable as exc:
            notes.append(f"replay not possible ({exc}): groups computed from scratch")
        if state is not None and state.base is None:
            notes.append("replay: no update could be computed: groups computed from scratch")
            state = None
    if state is not None:
        in_conv = state.in_conv.copy()
        rows_in = state.base_rows
        gc = _from_replay(state, pca.projections[rows_in])
    else:
        if params.in_conv_history:
            in_conv = in_conversation_history(matrix, params.min_votes, params.greedy_n)
        else:
            in_conv = in_conversation(counts, n_cols, params.min_votes, params.greedy_n)
        rows_in = np.flatnonzero(in_conv)
        gc = cluster_participants(
            pca.projections[rows_in], base_k=params.base_k, base_iters=params.base_iters,
            group_iters=params.group_iters, max_k=params.max_k, init=params.init, seed=params.seed,
            group_restarts=params.group_restarts, base_restarts=params.base_restarts,
        )
    base_of = np.full(n_rows, -1, dtype=np.int64)
    base_of[rows_in] = gc.base.labels
    groups = np.full(n_rows, -1, dtype=np.int64)
    if gc.k:
        groups[rows_in] = gc.group_of_base[np.searchsorted(gc.base.ids, gc.base.labels)]
    timings["clusters"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    na, nd, ns = group_counts(matrix, groups, gc.k)
    table = repness_table(na, nd, ns)
    reps = select_rep_statements(table, modout, params.pick_max)
    everyone = np.zeros(n_rows, dtype=np.int64)
    ca, cd, cs = group_counts(matrix, everyone, 1)
    consensus = select_consensus(ca[0], cd[0], cs[0], modout, params.pick_max)
    gic = group_informed_consensus(na, ns)
    div = divisiveness(na, ns)
    candidates = np.flatnonzero(~modout & (div > 0))
    divisive = [int(j) for j in candidates[np.argsort(-div[candidates], kind="stable")][: params.pick_max]]
    timings["repness"] = time.perf_counter() - t2

    return DeliberationResult(
        params=params, matrix=matrix, moderated_out=modout, votes_per_participant=counts, in_conv=in_conv,
        pca=pca, base=gc.base, base_sizes=gc.base_sizes, group_clusterings=gc.clusterings,
        silhouettes=gc.silhouettes, k=gc.k, group_of_base=gc.group_of_base, base_of_participant=base_of,
        groups=groups, repness_table=table, repness=reps, consensus=consensus, group_informed_consensus=gic,
        group_rates=rates(na, nd, ns), divisiveness=div, divisive=divisive,
        seconds=time.perf_counter() - t0, timings=timings, replay=state, notes=notes,
    )


def _from_replay(state: ReplayState, projections: np.ndarray) -> GroupClustering:
    """The replay's final base clusters and smoothed-k groups, as a :class:`GroupClustering`.

    Base-cluster centres are recomputed from the final PCA's projections (the replay's own coordinates may differ
    by a sign per component), so the opinion map and the clusters agree.
    """
    assert state.base is not None and state.smoothed_k is not None
    ids = state.base.ids
    idx = np.searchsorted(ids, state.base.member)
    sizes = np.bincount(idx, minlength=len(ids))
    sums = np.stack([np.bincount(idx, weights=projections[:, d], minlength=len(ids))
                     for d in range(projections.shape[1])], axis=1)
    centers = sums / np.maximum(sizes, 1)[:, None]
    base = KMeansResult(labels=state.base.member.copy(), ids=ids.copy(), centers=centers, iterations=0)
    clusterings: dict[int, KMeansResult] = {}
    for k, cl in state.group_clusterings.items():
        gidx = np.searchsorted(cl.ids, cl.member)
        w = sizes.astype(np.float64)
        gw = np.bincount(gidx, weights=w, minlength=len(cl.ids))
        gsum = np.stack([np.bincount(gidx, weights=w * centers[:, d], minlength=len(cl.ids))
                         for d in range(centers.shape[1])], axis=1)
        clusterings[k] = KMeansResult(labels=cl.member.copy(), ids=cl.ids.copy(),
                                      centers=gsum / np.maximum(gw, 1e-300)[:, None], iterations=0)
    chosen = clusterings[state.smoothed_k]
    group_of_base = np.searchsorted(chosen.ids, chosen.labels)
    return GroupClustering(base, sizes, clusterings, dict(state.silhouettes), len(chosen.ids), state.smoothed_k,
                           group_of_base)


def matrix_from_export(export: PolisExport) -> VoteMatrix:
    votes = export.votes
    return build_vote_matrix(
        [v.participant_id for v in votes], [v.comment_id for v in votes], [v.value for v in votes],
        [v.timestamp for v in votes],
    )


def analyse_export(export: PolisExport, params: DeliberationParams | None = None) -> DeliberationResult:
    """Analyse a read export: moderated-out and meta comments are excluded as Polis does."""
    if not export.votes:
        why = "; ".join(export.notes) or "the vote files are empty"
        raise NothingToAnalyse(f"{export.path}: no votes to analyse ({why})")
    t0 = time.perf_counter()
    matrix = matrix_from_export(export)
    build = time.perf_counter() - t0
    result = analyse(matrix, export.moderated_out_ids, params)
    result.timings["matrix"] = build
    result.seconds += build
    return result
