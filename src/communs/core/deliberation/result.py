"""Parameters and the one result dataclass of a deliberation analysis, keeping every intermediate."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from communs.core.deliberation.clusters import BASE_ITERS, BASE_K, GROUP_ITERS, MAX_K, KMeansResult
from communs.core.deliberation.matrix import IN_CONV_GREEDY_N, IN_CONV_MIN_VOTES, VoteMatrix
from communs.core.deliberation.pca import PCAResult
from communs.core.deliberation.replay import ReplayState
from communs.core.deliberation.repness import PICK_MAX, Consensus, RepnessTable, RepStatement


@dataclass(frozen=True)
class DeliberationParams:
    """Defaults are Polis's (``conversation.clj`` ``:opts'`` and ``:in-conv``)."""

    min_votes: int = IN_CONV_MIN_VOTES
    greedy_n: int = IN_CONV_GREEDY_N
    in_conv_history: bool = True  # replay the in-conversation rule over the vote history (needs timestamps)
    n_components: int = 2
    base_k: int = BASE_K
    base_iters: int = BASE_ITERS
    group_iters: int = GROUP_ITERS
    max_k: int = MAX_K
    pick_max: int = PICK_MAX
    polis_zeroing: bool = True  # moderated-out columns count as zero votes in the projection scale, as in Polis
    init: str = "polis"  # "polis" (first k distinct points; the seed is not used) or "kmeans++" (uses the seed)
    seed: int = 0
    group_restarts: int = 0  # extra seeded k-means++ starts for the opinion groups (lowest inertia wins)
    base_restarts: int = 0  # same for the base clusters
    replay: bool = False  # replay Polis's incremental updates over the vote history (replay.py; needs timestamps)
    replay_interval_ms: float = 1000.0  # one update per poll window with new votes (Polis polls every 1000 ms)
    replay_restart: bool = True  # end with the update after a math-worker restart (group clusterings re-initialised)
    replay_pseudo_per_update: int = 10  # no vote times: participants in id order, this many per update (0: none)
    replay_growth: float = 0.0  # > 0: merge poll windows until an update adds this share of the votes so far

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DeliberationResult:
    params: DeliberationParams
    matrix: VoteMatrix
    moderated_out: NDArray[np.bool_]  # per statement (matrix column)
    votes_per_participant: NDArray[np.int64]
    in_conv: NDArray[np.bool_]  # per participant: taken into clustering
    pca: PCAResult
    base: KMeansResult  # k-means over the in-conversation participants (labels aligned with in_conv rows)
    base_sizes: NDArray[np.int64]
    group_clusterings: dict[int, KMeansResult]  # k -> clustering of base-cluster centres
    silhouettes: dict[int, float]
    k: int
    group_of_base: NDArray[np.int64]  # group 0..k-1 per base cluster
    base_of_participant: NDArray[np.int64]  # base-cluster id per participant, -1 when not in conversation
    groups: NDArray[np.int64]  # group 0..k-1 per participant, -1 when not in conversation
    repness_table: RepnessTable
    repness: list[list[RepStatement]]  # per group
    consensus: Consensus
    group_informed_consensus: NDArray[np.float64]  # per statement
    group_rates: dict[str, NDArray[np.float64]]  # "agree"/"disagree"/"pass" -> (k, n_statements)
    divisiveness: NDArray[np.float64]  # per statement
    divisive: list[int]  # statement columns, most divisive first (moderated-out excluded)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    replay: ReplayState | None = None  # the state after the last replayed update (params.replay with history)
    notes: list[str] = field(default_factory=list)  # e.g. why a requested replay was not possible

    @property
    def participant_ids(self) -> NDArray[np.str_]:
        return self.matrix.participant_ids

    @property
    def statement_ids(self) -> NDArray[np.str_]:
        return self.matrix.statement_ids

    def groups_by_participant(self) -> dict[str, int]:
        """Participant id -> group, for the participants taken into clustering only."""
        ids = self.participant_ids
        return {str(ids[i]): int(self.groups[i]) for i in np.flatnonzero(self.groups >= 0)}

    def group_sizes(self) -> list[int]:
        return [int(n) for n in np.bincount(self.groups[self.groups >= 0], minlength=self.k)]

    def repness_ids(self) -> dict[str, list[str]]:
        ids = self.statement_ids
        return {str(g): [str(ids[r.statement]) for r in reps] for g, reps in enumerate(self.repness)}

    def consensus_ids(self) -> dict[str, list[str]]:
        ids = self.statement_ids
        return {"agree": [str(ids[c.statement]) for c in self.consensus.agree],
                "disagree": [str(ids[c.statement]) for c in self.consensus.disagree]}

    def gic_by_statement(self) -> dict[str, float]:
        return {str(t): float(v) for t, v in zip(self.statement_ids, self.group_informed_consensus, strict=True)}

    def divisive_ids(self) -> list[str]:
        return [str(self.statement_ids[j]) for j in self.divisive]

    def projections_by_participant(self) -> dict[str, tuple[float, float]]:
        """Participant id -> (x, y) in PCA space (every participant, clustered or not), for the opinion map."""
        proj = self.pca.projections
        return {str(p): (float(proj[i, 0]), float(proj[i, 1])) for i, p in enumerate(self.participant_ids)}

    def group_votes(self, statement_id: str) -> list[dict[str, float]]:
        """Per group: agree/disagree/pass counts and shares of the votes cast on one statement."""
        j = list(self.statement_ids).index(str(statement_id))
        t = self.repness_table
        out = []
        for g in range(self.k):
            n = int(t.ns[g, j])
            a, d = int(t.na[g, j]), int(t.nd[g, j])
            out.append({"agree": a, "disagree": d, "pass": n - a - d, "seen": n,
                        "agree_rate": a / n if n else float("nan"), "disagree_rate": d / n if n else float("nan"),
                        "pass_rate": (n - a - d) / n if n else float("nan")})
        return out

    def contract(self) -> dict[str, Any]:
        """The ``communs polis analyse --json`` object."""
        return {
            "k": int(self.k),
            "groups": self.groups_by_participant(),
            "repness": self.repness_ids(),
            "consensus": self.consensus_ids(),
            "group_informed_consensus": self.gic_by_statement(),
            "seconds": round(float(self.seconds), 6),
        }
