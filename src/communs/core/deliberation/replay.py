"""Replay of Polis's incremental updates over a conversation's vote history (opt-in: ``DeliberationParams.replay``).

Polis never computes a conversation's groups from scratch: its math worker polls new votes every second
(``poller.clj``, ``:polling-interval`` 1000 ms) and runs one ``conv-update`` per batch (``conv_man.clj``), each
starting from the previous update's state (``conversation.clj`` ``small-conv-update-graph``):

* ``:in-conv`` grows monotonically (a participant in once stays in);
* ``:pca``: power iteration (100 iterations, ``pca.clj`` ``powerit-pca``) started from the previous components
  (new statements get a 1), with deflation (``factor-matrix``);
* ``:base-clusters``: k-means (k 100, 100 iterations) with ``:last-clusters`` = the previous base clusters;
* ``:group-clusterings``: for each k in 2..``max-k-fn``, k-means of the base-cluster centres weighted by size
  with ``:last-clusters`` = the previous clustering for that k (``kmeans`` ignores ``:cluster-iters``: 20);
* ``:group-k-smoother``: the k with the best silhouette (``max-key``: the largest on a tie) becomes the groups'
  k only once it has been the best in ``:group-k-buffer`` (4) consecutive updates.

We replay exactly that. Batch boundaries: one update per ``replay_interval_ms`` window (default 1000 ms, Polis's
poll interval) that contains at least one first vote on a (participant, statement) pair; the same rule for every
conversation, never tuned on one. What the export does not record, and is therefore not replayed: the moment a
statement was moderated (today's moderation applies from the start), earlier values of changed votes (each pair
enters with its latest value at the time of its first vote), updates merged because Polis was still busy with
the previous one, math-worker restarts (``load-or-init`` keeps the base clusters but forgets the group
clusterings and the k-smoother), and the random start vector of the very first PCA (we start from ones). An
update that Polis's code would abort (fewer than 2 participants or statements, or a single base cluster, where
``silhouette`` fails) leaves the state unchanged, as a failed ``conv-update`` does.

Cost: one PCA (power iteration on the incrementally maintained statement x statement Gram matrix) and warm
k-means per update; dense matrices of participants x statements (refused above ``MAX_DENSE_CELLS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from communs.core.deliberation.clusters import GROUP_ITERS, max_group_k, silhouette
from communs.core.deliberation.matrix import VoteMatrix
from communs.core.deliberation.warm_kmeans import Clustering, warm_kmeans

POLL_INTERVAL_MS = 1000  # poller.clj: (or (-> poller-config message-type :polling-interval) 1000)
GROUP_K_BUFFER = 4  # conversation.clj :opts' :group-k-buffer
PCA_ITERS = 100  # conversation.clj :opts' :pca-iters
MAX_DENSE_CELLS = 40_000_000


class ReplayUnavailable(ValueError):
    """The matrix has no usable vote history (no timestamps) or is too large to replay densely."""


@dataclass
class ReplayState:
    """What one Polis update hands to the next (the parts of ``conv`` the update graph reads back)."""

    in_conv: NDArray[np.bool_]
    comps: NDArray[np.float64] | None = None  # (2, n_cols so far)
    base: Clustering | None = None  # members = in-conv participant rows (indices into the full matrix)
    base_rows: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))
    group_clusterings: dict[int, Clustering] = field(default_factory=dict)  # members = base cluster ids
    silhouettes: dict[int, float] = field(default_factory=dict)
    last_k: int | None = None
    last_k_count: int = 0
    smoothed_k: int | None = None
    updates: int = 0  # updates applied
    aborted: int = 0  # updates Polis's code would abort (state unchanged)
    k_history: list[int] = field(default_factory=list)  # smoothed k after each applied update
    restarted: bool = False  # the last update is the one after a math-worker restart (``restart_at_end``)
    warm_groups: dict[int, int] = field(default_factory=dict)  # before that restart: base id -> group id


def batches(times: NDArray[np.float64], interval_ms: float, growth: float = 0.0) -> NDArray[np.int64]:
    """End index (exclusive, into the time-sorted events) of each batch: one per non-empty poll window.

    ``growth`` > 0 merges consecutive windows until a batch holds at least ``growth`` times the events before it
    (the last window always closes a batch): about log(n) / log(1 + growth) updates instead of one per window.
    """
    if len(times) == 0:
        return np.zeros(0, np.int64)
    window = np.floor((times - times[0]) / interval_ms).astype(np.int64)
    ends = np.r_[np.flatnonzero(window[1:] != window[:-1]) + 1, len(times)].astype(np.int64)
    if growth <= 0:
        return ends
    kept: list[int] = []
    last = 0
    for end in ends.tolist():
        if end - last >= growth * last:
            kept.append(end)
            last = end
    if not kept or kept[-1] != len(times):
        kept.append(len(times))
    return np.array(kept, dtype=np.int64)


def _power_iteration(gram: NDArray[np.float64], start: NDArray[np.float64], iters: int) -> NDArray[np.float64]:
    """``pca.clj`` ``power-iteration`` on X^T X (``xtxr``): stops after ``iters`` or when the norm repeats."""
    vec = start
    last = 0.0
    for it in range(iters + 1):
        prod = gram @ vec
        val = float(np.sqrt(prod @ prod))
        vec = prod / val if val > 0 else prod
        if it == iters or val == last:
            break
        last = val
    return vec


def _pca(gram: NDArray[np.float64], prev: NDArray[np.float64] | None, n_rows: int) -> NDArray[np.float64]:
    """``powerit-pca`` (2 components, deflation) started from the previous components, extended with ones."""
    n_cols = gram.shape[0]
    n_comps = min(2, n_rows, n_cols)
    comps = np.zeros((2, n_cols))
    g = gram
    for i in range(n_comps):
        start = np.ones(n_cols)
        if prev is not None and i < len(prev) and np.any(prev[i] != 0):
            start[: prev.shape[1]] = prev[i]
        pc = _power_iteration(g, start, PCA_ITERS)
        comps[i] = pc
        if pc @ pc == 0:
            continue
        # factor-matrix: the Gram matrix of X (I - p p^T / p.p) is P G P, expanded as a rank-2 update (O(n^2))
        s, gp = float(pc @ pc), g @ pc
        g = (g - np.outer(pc, gp) / s - np.outer(gp, pc) / s + (float(pc @ gp) / (s * s)) * np.outer(pc, pc))
    return comps


class _Gram:
    """X^T X of the mean-imputed, centred matrix, kept up to date as rows change.

    With V the votes (0 where missing), M the vote mask and mu the column means of the votes cast,
    Xc = M * (V - mu), so Xc^T Xc = V^T V - (V^T M) mu_col - mu_row (M^T V) + (mu mu^T) * (M^T M):
    the three products are updated by the rows a batch changes.
    """

    def __init__(self, n_rows: int, n_cols: int) -> None:
        self.v = np.zeros((n_rows, n_cols))
        self.m = np.zeros((n_rows, n_cols))
        self.vv = np.zeros((n_cols, n_cols))
        self.vm = np.zeros((n_cols, n_cols))
        self.mm = np.zeros((n_cols, n_cols))

    def apply(self, rows: NDArray[np.int64], cols: NDArray[np.int64], vals: NDArray[np.float64]) -> None:
        touched = np.unique(rows)
        v0, m0 = self.v[touched], self.m[touched]
        self.v[rows, cols] = vals
        self.m[rows, cols] = 1.0
        v1, m1 = self.v[touched], self.m[touched]
        self.vv += v1.T @ v1 - v0.T @ v0
        self.vm += v1.T @ m1 - v0.T @ m0
        self.mm += m1.T @ m1 - m0.T @ m0

    def centred_gram(self, n_cols: int, modout: NDArray[np.bool_]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        counts = np.diag(self.mm)[:n_cols]
        sums = self.vm.diagonal()[:n_cols]  # (V^T M)_jj = sum of the votes on j
        mu = np.divide(sums, counts, out=np.zeros(n_cols), where=counts > 0)
        mu[modout] = 0.0
        vm = self.vm[:n_cols, :n_cols]
        g = self.vv[:n_cols, :n_cols] - vm * mu[None, :] - mu[:, None] * vm.T + np.outer(mu, mu) * self.mm[:n_cols, :n_cols]
        g[modout, :] = 0.0
        g[:, modout] = 0.0
        return g, mu


def smooth_k(last_k: int | None, last_count: int, smoothed: int | None, this_k: int, buffer: int) -> tuple[int, int]:
    """``:group-k-smoother``: (new count of consecutive updates with ``this_k`` best, the k to use)."""
    count = last_count + 1 if last_k == this_k else 1
    return count, this_k if (count >= buffer or smoothed is None) else smoothed


def _in_conv(state_in: NDArray[np.bool_], counts: NDArray[np.int64], n_cols: int, min_votes: int,
             greedy_n: int) -> NDArray[np.bool_]:
    """``:in-conv``: previous members, plus everyone with >= min(7, statements); top voters up to 15."""
    in_conv = state_in | (counts >= min(min_votes, n_cols))
    n_in = int(in_conv.sum())
    if n_in < greedy_n:
        rest = np.flatnonzero(~in_conv & (counts > 0))
        rest = rest[np.argsort(-counts[rest], kind="stable")]
        in_conv = in_conv.copy()
        in_conv[rest[: greedy_n - n_in]] = True
    return in_conv


def replay(
    matrix: VoteMatrix, modout: NDArray[np.bool_], interval_ms: float = POLL_INTERVAL_MS, min_votes: int = 7,
    greedy_n: int = 15, base_k: int = 100, base_iters: int = 100, max_k: int = 5,
    k_buffer: int = GROUP_K_BUFFER, restart_at_end: bool = False, growth: float = 0.0,
) -> ReplayState:
    """Run Polis's update loop over the matrix's history; returns the state after the last update.

    ``restart_at_end``: then one more update as after a math-worker restart (``conv_man.clj`` ``load-or-init``
    restores the stored base clusters, in-conv set and PCA but not the group clusterings or the k-smoother, which
    ``restructure-json-conv`` drops), i.e. groups re-clustered from ``init-clusters`` on the warm base clusters.
    """
    times = matrix.first_times
    n_rows, n_cols = matrix.shape
    if times is None or not np.isfinite(times).all():
        raise ReplayUnavailable("the votes have no timestamps: no history to replay")
    if n_rows * n_cols > MAX_DENSE_CELLS:
        raise ReplayUnavailable(f"{n_rows} x {n_cols} is too large to replay densely")
    # Number rows and columns in order of first appearance in time (Polis's named matrix appends them so): the
    # matrix at any moment is then a top-left block. build_vote_matrix already orders them so; a caller-supplied
    # history (e.g. the participant-order one of ``pseudo_history``) may not.
    row_perm = _first_seen_order(matrix.rows, times, n_rows)
    col_perm = _first_seen_order(matrix.cols, times, n_cols)
    row_inv, col_inv = np.argsort(row_perm), np.argsort(col_perm)
    order = np.lexsort((col_inv[matrix.cols], row_inv[matrix.rows], times))
    ev_rows, ev_cols = row_inv[matrix.rows[order]], col_inv[matrix.cols[order]]
    ev_vals = matrix.values[order].astype(np.float64)
    modout = modout[col_perm]
    ends = batches(times[order], interval_ms, growth)
    rows_upto = np.maximum.accumulate(ev_rows) + 1
    cols_upto = np.maximum.accumulate(ev_cols) + 1
    gram = _Gram(n_rows, n_cols)
    counts = np.zeros(n_rows, dtype=np.int64)
    state = ReplayState(in_conv=np.zeros(n_rows, dtype=bool))
    start = 0
    with threadpool_limits(1):  # thousands of tiny products: BLAS threads only add overhead (same result)
        for end in ends.tolist():
            r, c = ev_rows[start:end], ev_cols[start:end]
            gram.apply(r, c, ev_vals[start:end])
            np.add.at(counts, r, 1)
            start = end
            _update(state, gram, counts, int(rows_upto[end - 1]), int(cols_upto[end - 1]), modout, min_votes,
                    greedy_n, base_k, base_iters, max_k, k_buffer)
        if restart_at_end and state.base is not None and state.smoothed_k is not None:
            warm = state.group_clusterings[state.smoothed_k]
            assert warm.names is not None
            state.warm_groups = dict(zip(warm.names.tolist(), warm.member.tolist(), strict=True))
            state.group_clusterings, state.last_k, state.last_k_count, state.smoothed_k = {}, None, 0, None
            state.restarted = True
            _update(state, gram, counts, n_rows, n_cols, modout, min_votes, greedy_n, base_k, base_iters, max_k,
                    k_buffer)
    # back to the matrix's own row and column numbering
    in_conv = np.zeros(n_rows, dtype=bool)
    in_conv[row_perm] = state.in_conv
    state.in_conv, state.base_rows = in_conv, row_perm[state.base_rows]
    if state.comps is not None:
        comps = np.zeros((len(state.comps), n_cols))
        comps[:, col_perm[: state.comps.shape[1]]] = state.comps
        state.comps = comps
    return state


def _first_seen_order(codes: NDArray[np.int64], times: NDArray[np.float64], n: int) -> NDArray[np.int64]:
    """Codes 0..n-1 sorted by the time of their first event (ties: by code)."""
    first = np.full(n, np.inf)
    np.minimum.at(first, codes, times)
    return np.lexsort((np.arange(n), first)).astype(np.int64)


def pseudo_history(matrix: VoteMatrix, per_update: int) -> VoteMatrix:
    """A stand-in history for an export without vote times: participants in id order, ``per_update`` at a time.

    Polis issues participant ids in the order people join a conversation, so numeric id order is join order
    (non-numeric ids: the matrix's row order). Every vote of a participant is taken to arrive when they join;
    each block of ``per_update`` participants is one update (``first_times`` = block number, to be replayed with
    ``interval_ms`` = 1). An approximation: in reality people vote over time and on statements written later.
    """
    ids = matrix.participant_ids
    if len(ids) and all(str(p).isdigit() for p in ids):
        rank = np.argsort(np.argsort(np.array([int(p) for p in ids]), kind="stable"), kind="stable")
    else:
        rank = np.arange(len(ids))
    times = (rank[matrix.rows] // max(per_update, 1)).astype(np.float64)
    return replace(matrix, first_times=times)


def _update(
    state: ReplayState, gram: _Gram, counts: NDArray[np.int64], n_r: int, n_c: int, modout: NDArray[np.bool_],
    min_votes: int, greedy_n: int, base_k: int, base_iters: int, max_k: int, k_buffer: int,
) -> None:
    """One ``conv-update``; leaves ``state`` untouched where Polis's update would throw."""
    if n_r < 2 or n_c < 2:
        state.aborted += 1
        return
    mo = modout[:n_c]
    g, mu = gram.centred_gram(n_c, mo)
    comps = _pca(g, state.comps, n_r)
    in_conv = _in_conv(state.in_conv, counts, n_c, min_votes, greedy_n)
    rows = np.flatnonzero(in_conv[:n_r])
    v, m = gram.v[rows, :n_c], gram.m[rows, :n_c]
    v = np.where(mo[None, :], 0.0, v)  # zero-out-columns: 0 for everyone on moderated-out statements
    m = np.where(mo[None, :], 1.0, m)
    raw = v @ comps.T - m @ (mu[:, None] * comps.T)
    proj = raw * np.sqrt(n_c / np.maximum(m.sum(1), 1))[:, None]
    last_base = None
    if state.base is not None:  # previous members, re-indexed to this update's in-conv rows
        member = np.full(len(rows), -1, dtype=np.int64)
        pos = np.searchsorted(rows, state.base_rows)
        member[pos] = state.base.member
        last_base = Clustering(state.base.ids, state.base.centers, member)
    base = warm_kmeans(proj, base_k, last_base, base_iters)
    if len(base.ids) < 2:
        state.aborted += 1
        return
    sizes = np.bincount(np.searchsorted(base.ids, base.member), minlength=len(base.ids)).astype(np.float64)
    diff = base.centers[:, None, :] - base.centers[None, :, :]
    dist = np.sqrt((diff**2).sum(-1))
    clusterings: dict[int, Clustering] = {}
    silhouettes: dict[int, float] = {}
    for k in range(2, max_group_k(len(base.ids), max_k) + 1):
        last = state.group_clusterings.get(k)
        if last is not None:  # members are base ids: re-express on this update's base clusters
            assert last.names is not None  # ascending base ids of the previous update
            pos = np.minimum(np.searchsorted(last.names, base.ids), len(last.names) - 1)
            member = np.where(last.names[pos] == base.ids, last.member[pos], -1)
            last = Clustering(last.ids, last.centers, member)
        res = warm_kmeans(base.centers, k, last, GROUP_ITERS, weights=sizes)
        res.names = base.ids.copy()
        labels = res.member
        if len(np.unique(labels)) < 2:
            state.aborted += 1
            return
        clusterings[k] = res
        silhouettes[k] = silhouette(dist, labels)
    best = max(silhouettes.values())
    this_k = max(k for k, s in silhouettes.items() if s == best)
    count, smoothed = smooth_k(state.last_k, state.last_k_count, state.smoothed_k, this_k, k_buffer)
    if smoothed not in clusterings:  # no clustering for the kept k any more (fewer base clusters): take this k
        smoothed = this_k
    state.last_k, state.last_k_count, state.smoothed_k = this_k, count, smoothed
    state.in_conv, state.comps, state.base, state.base_rows = in_conv, comps, base, rows
    state.group_clusterings, state.silhouettes = clusterings, silhouettes
    state.updates += 1
    state.k_history.append(state.smoothed_k)

