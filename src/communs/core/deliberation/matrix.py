"""The sparse participant x statement vote matrix (latest vote per pair) and Polis's in-conversation rule.

Reference: compdemocracy/polis ``math/src/polismath/math/conversation.clj`` (``base-conv-update-graph``:
``:raw-rating-mat``, ``:rating-mat``, ``:user-vote-counts``, ``:in-conv``) and ``named_matrix.clj``
(``update-nmat``: rows and columns are appended in the order votes arrive; ``zero-out-columns``).

Values follow the export convention: 1 agree, -1 disagree, 0 pass. A missing vote is simply absent (COO triplets,
sorted by row then column), so a pass (0) is never confused with "not seen".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

IN_CONV_MIN_VOTES = 7  # conversation.clj :in-conv: (>= cnt (min 7 n-cmts))
IN_CONV_GREEDY_N = 15  # conversation.clj :in-conv: greedy-n 15 (top voters when fewer are in)


@dataclass
class VoteMatrix:
    participant_ids: NDArray[np.str_]  # row order = order of each participant's first vote (Polis's rownames)
    statement_ids: NDArray[np.str_]  # column order = order of each statement's first vote (Polis's colnames)
    rows: NDArray[np.int64]  # COO triplets, one per (participant, statement), latest vote only
    cols: NDArray[np.int64]
    values: NDArray[np.int8]
    first_times: NDArray[np.float64] | None = None  # per triplet: time of the first vote on the pair (+inf unknown)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.participant_ids), len(self.statement_ids)

    @property
    def n_votes(self) -> int:
        return len(self.values)

    def votes_per_participant(self) -> NDArray[np.int64]:
        return np.bincount(self.rows, minlength=self.shape[0])

    def dense(self) -> NDArray[np.float64]:
        """Dense matrix with NaN for missing votes (tests and small conversations only)."""
        out = np.full(self.shape, np.nan)
        out[self.rows, self.cols] = self.values
        return out


def build_vote_matrix(
    participant_ids: Sequence[str] | NDArray[np.str_],
    statement_ids: Sequence[str] | NDArray[np.str_],
    values: Sequence[int] | NDArray[np.integer],
    timestamps: Sequence[float | None] | NDArray[np.floating] | None = None,
) -> VoteMatrix:
    """Build the matrix from vote triplets; with duplicates the latest (by timestamp, then input order) wins.

    Rows and columns are ordered by first appearance in time order, as Polis's named matrix appends them
    (``named_matrix.clj`` ``update-nmat``); that order matters only for the k-means initialisation.
    """
    pids = np.asarray(participant_ids).astype(str)
    tids = np.asarray(statement_ids).astype(str)
    vals = np.asarray(values, dtype=np.int64)
    n = len(vals)
    if not (len(pids) == len(tids) == n):
        raise ValueError("participant_ids, statement_ids and values must have the same length")
    if n and (vals.min() < -1 or vals.max() > 1):
        raise ValueError("votes must be -1 (disagree), 0 (pass) or 1 (agree)")
    if timestamps is None:
        ts = np.zeros(n)
    else:
        if isinstance(timestamps, np.ndarray) and timestamps.dtype.kind in "fiu":
            ts = timestamps.astype(np.float64)
        else:
            ts = np.array([np.nan if t is None else t for t in timestamps], dtype=np.float64)
        ts = np.where(np.isnan(ts), -np.inf, ts)  # votes without a time sort first (rebuilt from a matrix)
    order = np.lexsort((np.arange(n), ts))  # time order, stable on input order
    vals = vals[order]
    # Codes in order of first appearance in time order (a dict is much faster than sorting 1M strings).
    p_names, r = _factorize(pids[order])
    t_names, c = _factorize(tids[order])

    # Latest vote per pair: the last occurrence in time order; also the time of the first one (vote counts grow
    # when a pair is first voted, later changes keep the count).
    key = r * max(len(t_names), 1) + c
    by_key = np.argsort(key, kind="stable")  # within a pair: time order
    sorted_key = key[by_key]
    starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]]) if n else np.zeros(0, np.int64)
    ends = np.r_[starts[1:], n] - 1
    first_idx, last_idx = by_key[starts], by_key[ends]
    first_t = ts[order][first_idx] if timestamps is not None else np.full(len(starts), np.inf)
    first_t = np.where(np.isfinite(first_t), first_t, np.inf)
    r, c, v = r[last_idx], c[last_idx], vals[last_idx]  # pairs sorted by key: row-major order
    return VoteMatrix(
        participant_ids=p_names, statement_ids=t_names, rows=r, cols=c, values=v.astype(np.int8), first_times=first_t,
    )


def _factorize(names: NDArray[np.str_]) -> tuple[NDArray[np.str_], NDArray[np.int64]]:
    """Distinct names in order of first appearance, and each item's code."""
    items = names.tolist()
    uniq = list(dict.fromkeys(items))
    index = {name: i for i, name in enumerate(uniq)}
    codes = np.fromiter(map(index.__getitem__, items), dtype=np.int64, count=len(items))
    return np.array(uniq, dtype=str), codes


def in_conversation_history(
    matrix: VoteMatrix, min_votes: int = IN_CONV_MIN_VOTES, greedy_n: int = IN_CONV_GREEDY_N,
) -> NDArray[np.bool_]:
    """``:in-conv`` replayed over the conversation's history ("once a ptpt is in, they will remain in").

    Polis re-evaluates the rule at every update and never removes anyone, so a participant who, at some moment,
    had voted on ``min(7, statements voted on so far)`` statements stays in; early participants of a conversation
    that started with few statements are therefore in with fewer than 7 votes. We replay the rule after every
    vote (Polis does it after every batch of votes), and the greedy top-15 rule for participants who joined
    while fewer than 15 were in. Without timestamps this falls back to :func:`in_conversation`.
    """
    n_rows, n_cols = matrix.shape
    times = matrix.first_times
    counts = matrix.votes_per_participant()
    if times is None or not np.isfinite(times).any() or matrix.n_votes == 0:
        return in_conversation(counts, n_cols, min_votes, greedy_n)
    order = np.lexsort((matrix.cols, matrix.rows, times))
    rows, cols = matrix.rows[order], matrix.cols[order]
    # number of distinct statements voted on after each event
    seen_col = np.zeros(len(cols), dtype=bool)
    _, first_col_event = np.unique(cols, return_index=True)
    seen_col[first_col_event] = True
    n_cmts_at = np.cumsum(seen_col)
    # each participant's running vote count at each of their events
    by_row = np.argsort(rows, kind="stable")
    row_sorted = rows[by_row]
    starts = np.searchsorted(row_sorted, row_sorted, side="left")
    running = np.empty(len(rows), dtype=np.int64)
    running[by_row] = np.arange(len(rows)) - starts + 1
    ok = running >= np.minimum(min_votes, n_cmts_at)
    ev_times = times[order]
    t_in = np.full(n_rows, np.inf)
    ok_rows, first_ok = np.unique(rows[ok], return_index=True)  # events are in time order: first = earliest
    t_in[ok_rows] = ev_times[ok][first_ok]
    mask = np.isfinite(t_in) | (counts >= min(min_votes, n_cols))
    # greedy: participants who joined while fewer than greedy_n were in
    first_vote = np.full(n_rows, np.inf)
    voted_rows, first_ev = np.unique(rows, return_index=True)
    first_vote[voted_rows] = ev_times[first_ev]
    t_in_sorted = np.sort(t_in[np.isfinite(t_in)])
    added = 0
    for p in np.argsort(first_vote, kind="stable"):
        n_in = int(np.searchsorted(t_in_sorted, first_vote[p], side="right")) + added
        if n_in >= greedy_n:
            break
        if not mask[p]:
            mask[p] = True
            added += 1
    return in_conversation(np.where(mask, np.iinfo(np.int64).max // 2, counts), n_cols, min_votes, greedy_n) | mask


def in_conversation(
    votes_per_participant: NDArray[np.int64], n_statements: int,
    min_votes: int = IN_CONV_MIN_VOTES, greedy_n: int = IN_CONV_GREEDY_N,
) -> NDArray[np.bool_]:
    """Participants taken into clustering, as ``conversation.clj`` ``:in-conv`` decides it from scratch.

    A participant is in when they voted on at least ``min(7, number of statements)`` statements (all votes,
    moderated-out statements included: ``:user-vote-counts`` is computed on ``raw-rating-mat``). When fewer than
    15 are in, the top voters are added until there are 15 (ties: earlier participants first).
    """
    counts = np.asarray(votes_per_participant)
    mask = counts >= min(min_votes, n_statements)
    n_in = int(mask.sum())
    if n_in < greedy_n:
        rest = np.flatnonzero(~mask & (counts > 0))
        rest = rest[np.argsort(-counts[rest], kind="stable")]
        mask[rest[: greedy_n - n_in]] = True
    return mask
