"""Turn a deliberation result (``communs.core.deliberation``) and a topic result into synthesis inputs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from communs.core.synthesis.types import (
    Contribution,
    GroupInfo,
    GroupVotes,
    StatementFigures,
    SynthesisInput,
    TopicInfo,
)


def statement_figures(result: object) -> dict[str, StatementFigures]:
    """Overall and per-group counts per statement from a ``DeliberationResult`` (latest votes only)."""
    matrix = result.matrix  # type: ignore[attr-defined]
    n_statements = len(matrix.statement_ids)
    agree = np.bincount(matrix.cols[matrix.values == 1], minlength=n_statements)
    disagree = np.bincount(matrix.cols[matrix.values == -1], minlength=n_statements)
    passes = np.bincount(matrix.cols[matrix.values == 0], minlength=n_statements)
    table = result.repness_table  # type: ignore[attr-defined]
    k = int(result.k)  # type: ignore[attr-defined]
    figures = {}
    for j, sid in enumerate(matrix.statement_ids):
        by_group = tuple(
            GroupVotes(group=g, agree=int(table.na[g, j]), disagree=int(table.nd[g, j]), seen=int(table.ns[g, j]))
            for g in range(k)
        ) if k and table.na.size else ()
        figures[str(sid)] = StatementFigures(
            id=str(sid), agree=int(agree[j]), disagree=int(disagree[j]), passes=int(passes[j]), by_group=by_group
        )
    return figures


def build_input(
    contributions: Iterable[Contribution],
    *,
    deliberation: object | None = None,
    topics: object | None = None,
    visible_ids: Iterable[str] | None = None,
) -> SynthesisInput:
    """Assemble the writer's input. Only contributions in ``visible_ids`` (when given) are kept, and every statement
    list (consensus, divisive, representative, topics) is filtered to them: hidden items can never be cited."""
    visible = None if visible_ids is None else {str(v) for v in visible_ids}
    kept = tuple(c for c in contributions if visible is None or c.id in visible)
    allowed = {c.id for c in kept}
    figures: dict[str, StatementFigures] = {}
    groups: tuple[GroupInfo, ...] = ()
    consensus_agree: tuple[str, ...] = ()
    consensus_disagree: tuple[str, ...] = ()
    divisive: tuple[str, ...] = ()
    n_participants = n_votes = 0
    if deliberation is not None:
        figures = {sid: f for sid, f in statement_figures(deliberation).items() if sid in allowed}
        ids = deliberation.statement_ids  # type: ignore[attr-defined]
        sizes = deliberation.group_sizes()  # type: ignore[attr-defined]
        groups = tuple(
            GroupInfo(
                id=g,
                size=sizes[g],
                representative=tuple(
                    (str(ids[r.statement]), r.repful_for) for r in reps if str(ids[r.statement]) in allowed
                ),
            )
            for g, reps in enumerate(deliberation.repness)  # type: ignore[attr-defined]
        )
        consensus = deliberation.consensus_ids()  # type: ignore[attr-defined]
        consensus_agree = tuple(s for s in consensus["agree"] if s in allowed)
        consensus_disagree = tuple(s for s in consensus["disagree"] if s in allowed)
        divisive = tuple(s for s in deliberation.divisive_ids() if s in allowed)  # type: ignore[attr-defined]
        n_participants = len(deliberation.participant_ids)  # type: ignore[attr-defined]
        n_votes = int(deliberation.matrix.n_votes)  # type: ignore[attr-defined]
    topic_infos: tuple[TopicInfo, ...] = ()
    if topics is not None:
        labels: Mapping[str, int] = topics.labels  # type: ignore[attr-defined]
        topic_infos = tuple(
            TopicInfo(
                id=t.id,
                terms=t.terms,
                members=tuple(cid for cid, label in labels.items() if label == t.id and cid in allowed),
                representatives=tuple(r for r in t.representatives if r in allowed),
            )
            for t in topics.topics  # type: ignore[attr-defined]
        )
    return SynthesisInput(
        contributions=kept, figures=figures, groups=groups, consensus_agree=consensus_agree,
        consensus_disagree=consensus_disagree, divisive=divisive, topics=topic_infos,
        n_participants=n_participants, n_votes=n_votes,
    )
