"""Per-group vote statistics, representative statements, consensus, group-informed consensus, divisiveness.

References (compdemocracy/polis ``math/src/polismath/math/``):

* ``stats.clj`` ``prop-test`` (one-proportion z with +1 pseudo-counts), ``two-prop-test`` (+1 on all four counts,
  0 when the pooled proportion is 1), ``z-sig-90?`` (z > 1.2816);
* ``repness.clj`` ``comment-stats-graphimpl`` (na, nd, ns; pa = (1+na)/(2+ns), pat = prop-test),
  ``add-comparitive-stats`` (ra, rd = ratio to the pseudo-count rate of all *other groups* together; rat, rdt =
  two-prop-test against them), ``passes-by-test?``, ``beats-best-by-test?``, ``beats-best-agr?``,
  ``finalize-cmt-stats`` (agree if rat > rdt, else disagree), ``repness-metric`` (repness x repness-test x
  p-success x p-test), ``select-rep-comments`` (sufficient ones sorted by the metric, the best agree first,
  at most 5, agrees before disagrees; when none is sufficient, the best agree or else the best by test),
  ``consensus-stats`` / ``select-consensus-comments`` (over every participant: p > 0.5 and significant at 90 %,
  sorted by p x z, at most 5 per direction);
* ``conversation.clj`` ``:group-aware-consensus``: product over groups of (A + 1) / (S + 2), A agrees and S votes
  cast in the group, every statement of the matrix.

"Agree" is vote 1 here (export convention; Polis's Clojure counts -1 as agree internally).
Moderated-out statements are left out of every selection (``select-rep-comments`` / ``select-consensus-comments``
``mod-out``); their statistics stay in the tables.

Divisiveness (ours, Polis has none): the population variance across groups of the pseudo-count agree probability
(A + 1) / (S + 2), over statements seen by at least two groups; the most divisive are those where groups differ
most in how much they agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from communs.core.deliberation.matrix import VoteMatrix

Z_90 = 1.2816  # stats.clj z-sig-90?
PICK_MAX = 5


def prop_test(succ: NDArray[np.float64], n: NDArray[np.float64]) -> NDArray[np.float64]:
    s, m = succ + 1.0, n + 1.0
    return 2.0 * np.sqrt(m) * (s / m - 0.5)


def two_prop_test(
    succ_in: NDArray[np.float64], succ_out: NDArray[np.float64], pop_in: NDArray[np.float64],
    pop_out: NDArray[np.float64],
) -> NDArray[np.float64]:
    s1, s2, n1, n2 = succ_in + 1.0, succ_out + 1.0, pop_in + 1.0, pop_out + 1.0
    pi1, pi2 = s1 / n1, s2 / n2
    pi_hat = (s1 + s2) / (n1 + n2)
    denom = np.sqrt(pi_hat * (1.0 - pi_hat) * (1.0 / n1 + 1.0 / n2))
    return np.divide(pi1 - pi2, denom, out=np.zeros_like(pi1), where=pi_hat != 1.0)


def group_counts(matrix: VoteMatrix, row_group: NDArray[np.int64], n_groups: int) -> tuple[NDArray[np.int64], ...]:
    """(agree, disagree, seen) counts, each (n_groups, n_statements); rows with group -1 are ignored."""
    n_cols = matrix.shape[1]
    g = row_group[matrix.rows]
    keep = g >= 0
    idx = g[keep] * n_cols + matrix.cols[keep]
    vals = matrix.values[keep]
    size = n_groups * n_cols

    def count(mask: NDArray[np.bool_]) -> NDArray[np.int64]:
        return np.bincount(idx[mask], minlength=size).reshape(n_groups, n_cols)

    return count(vals == 1), count(vals == -1), count(np.ones(len(vals), dtype=bool))


@dataclass
class RepnessTable:
    """Every statistic of ``repness.clj`` per (group, statement)."""

    na: NDArray[np.int64]
    nd: NDArray[np.int64]
    ns: NDArray[np.int64]
    pa: NDArray[np.float64]
    pd: NDArray[np.float64]
    pat: NDArray[np.float64]
    pdt: NDArray[np.float64]
    ra: NDArray[np.float64]
    rd: NDArray[np.float64]
    rat: NDArray[np.float64]
    rdt: NDArray[np.float64]


def repness_table(na: NDArray[np.int64], nd: NDArray[np.int64], ns: NDArray[np.int64]) -> RepnessTable:
    a, d, s = na.astype(np.float64), nd.astype(np.float64), ns.astype(np.float64)
    ra_out, rd_out, rs_out = a.sum(0) - a, d.sum(0) - d, s.sum(0) - s  # all other groups together
    pa, pd = (1.0 + a) / (2.0 + s), (1.0 + d) / (2.0 + s)
    return RepnessTable(
        na=na, nd=nd, ns=ns, pa=pa, pd=pd, pat=prop_test(a, s), pdt=prop_test(d, s),
        ra=pa / ((1.0 + ra_out) / (2.0 + rs_out)), rd=pd / ((1.0 + rd_out) / (2.0 + rs_out)),
        rat=two_prop_test(a, ra_out, s, rs_out), rdt=two_prop_test(d, rd_out, s, rs_out),
    )


@dataclass
class RepStatement:
    statement: int  # column index in the vote matrix
    repful_for: str  # "agree" or "disagree"
    n_success: int
    n_trials: int
    p_success: float
    p_test: float
    repness: float
    repness_test: float
    best_agree: bool = False

    @property
    def metric(self) -> float:  # repness.clj repness-metric
        return self.repness * self.repness_test * self.p_success * self.p_test


def _finalize(t: RepnessTable, g: int, j: int, best_agree: bool = False) -> RepStatement:
    """``finalize-cmt-stats``: agree if rat > rdt, else disagree."""
    if t.rat[g, j] > t.rdt[g, j]:
        vals = (t.na, t.pa, t.pat, t.ra, t.rat, "agree")
    else:
        vals = (t.nd, t.pd, t.pdt, t.rd, t.rdt, "disagree")
    n, p, pt, r, rt, kind = vals
    return RepStatement(j, kind, int(n[g, j]), int(t.ns[g, j]), float(p[g, j]), float(pt[g, j]),
                        float(r[g, j]), float(np.float32(rt[g, j])), best_agree)


def _beats_best_agree(t: RepnessTable, g: int, j: int, best: int | None) -> bool:
    """``beats-best-agr?``."""
    if t.na[g, j] == 0 and t.nd[g, j] == 0:
        return False
    if best is not None and t.ra[g, best] > 1.0:
        return bool(t.ra[g, j] * t.rat[g, j] * t.pa[g, j] * t.pat[g, j]
                    > t.ra[g, best] * t.rat[g, best] * t.pa[g, best] * t.pat[g, best])
    if best is not None:
        return bool(t.pa[g, j] * t.pat[g, j] > t.pa[g, best] * t.pat[g, best])
    return bool(t.pat[g, j] > Z_90 or (t.ra[g, j] > 1.0 and t.pa[g, j] > 0.5))


def select_rep_statements(
    t: RepnessTable, excluded: NDArray[np.bool_], pick_max: int = PICK_MAX,
) -> list[list[RepStatement]]:
    """``select-rep-comments`` for every group (statements in matrix column order, moderated-out skipped)."""
    out: list[list[RepStatement]] = []
    passes = ((t.rat > Z_90) & (t.pat > Z_90)) | ((t.rdt > Z_90) & (t.pdt > Z_90))
    best_z = np.maximum(t.rat, t.rdt)
    for g in range(t.na.shape[0]):
        sufficient: list[int] = []
        best: int | None = None
        best_agree: int | None = None
        for j in np.flatnonzero(~excluded):
            if passes[g, j]:
                sufficient.append(int(j))
            if not sufficient and (best is None or best_z[g, j] > np.float32(best_z[g, best])):
                best = int(j)
            if _beats_best_agree(t, g, int(j), best_agree):
                best_agree = int(j)
        head = [_finalize(t, g, best_agree, best_agree=True)] if best_agree is not None else []
        if not sufficient:
            out.append(head or ([_finalize(t, g, best)] if best is not None else []))
            continue
        rest = sorted((_finalize(t, g, j) for j in sufficient if j != best_agree), key=lambda r: -r.metric)
        chosen = (head + rest)[:pick_max]
        out.append([r for r in chosen if r.repful_for == "agree"] + [r for r in chosen if r.repful_for == "disagree"])
    return out


@dataclass
class ConsensusStatement:
    statement: int
    n_success: int
    n_trials: int
    p_success: float
    p_test: float


@dataclass
class Consensus:
    agree: list[ConsensusStatement] = field(default_factory=list)
    disagree: list[ConsensusStatement] = field(default_factory=list)


def select_consensus(
    na: NDArray[np.int64], nd: NDArray[np.int64], ns: NDArray[np.int64], excluded: NDArray[np.bool_],
    pick_max: int = PICK_MAX,
) -> Consensus:
    """``select-consensus-comments`` on counts over every participant (1-D arrays per statement)."""
    s = ns.astype(np.float64)
    result = Consensus()
    for kind, n in (("agree", na), ("disagree", nd)):
        p = (1.0 + n) / (2.0 + s)
        z = prop_test(n.astype(np.float64), s)
        ok = np.flatnonzero((p > 0.5) & (z > Z_90) & ~excluded)
        ok = ok[np.argsort(-(p[ok] * z[ok]), kind="stable")][:pick_max]
        getattr(result, kind).extend(
            ConsensusStatement(int(j), int(n[j]), int(ns[j]), float(p[j]), float(z[j])) for j in ok)
    return result


def group_informed_consensus(na: NDArray[np.int64], ns: NDArray[np.int64]) -> NDArray[np.float64]:
    """``:group-aware-consensus``: prod over groups of (A+1)/(S+2); (n_groups, n_statements) -> (n_statements,)."""
    if na.shape[0] == 0:
        return np.zeros(na.shape[1])
    return np.prod((na + 1.0) / (ns + 2.0), axis=0)


def rates(na: NDArray[np.int64], nd: NDArray[np.int64], ns: NDArray[np.int64]) -> dict[str, NDArray[np.float64]]:
    """Raw agree/disagree/pass shares of the votes cast per (group, statement); NaN where nobody voted."""
    s = ns.astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        agree, disagree = na / s, nd / s
        passed = (ns - na - nd) / s
    return {"agree": agree, "disagree": disagree, "pass": passed}


def divisiveness(na: NDArray[np.int64], ns: NDArray[np.int64]) -> NDArray[np.float64]:
    """Variance across groups of (A+1)/(S+2); 0 for statements seen by fewer than two groups."""
    if na.shape[0] < 2:
        return np.zeros(na.shape[1])
    p = (na + 1.0) / (ns + 2.0)
    seen = ns > 0
    var = np.zeros(na.shape[1])
    enough = seen.sum(0) >= 2
    for j in np.flatnonzero(enough):
        var[j] = float(np.var(p[seen[:, j], j]))
    return var
