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

from communs.core.deliberation.clusters import cluster_participants
from communs.core.deliberation.matrix import (
    VoteMatrix,
    build_vote_matrix,
    in_conversation,
    in_conversation_history,
)
from communs.core.deliberation.pca import polis_pca
from communs.core.deliberation.polis_export import PolisExport
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
    if params.in_conv_history:
        in_conv = in_conversation_history(matrix, params.min_votes, params.greedy_n)
    else:
        in_conv = in_conversation(counts, n_cols, params.min_votes, params.greedy_n)
    pca = polis_pca(matrix, modout, params.n_components, params.polis_zeroing)
    timings["pca"] = time.perf_counter() - t0

    t1 = time.perf_counter()
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
        seconds=time.perf_counter() - t0, timings=timings,
    )


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
