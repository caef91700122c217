"""Status derived from the append-only review events (never stored): a step is approved when its latest decision is
an approval of its current version by a person; a run is publishable when every step is approved."""

from __future__ import annotations

from dataclasses import dataclass

from communs.review.models import ReviewEvent, Step, SynthesisRun

DECISIONS = (ReviewEvent.Action.APPROVE, ReviewEvent.Action.REJECT, ReviewEvent.Action.EDIT)


@dataclass(frozen=True)
class StepState:
    step: Step
    status: str  # "pending" | "approved" | "rejected"
    version: int
    content_hash: str
    decided_by: str | None
    decided_at: object | None


def step_state(step: Step) -> StepState:
    current = step.versions.order_by("-number").first()
    assert current is not None, "a step always has its machine version"
    last = step.events.filter(action__in=DECISIONS).order_by("-at", "-id").first()
    status = "pending"
    if last is not None:
        if last.action == ReviewEvent.Action.REJECT:
            status = "rejected"
        elif last.action == ReviewEvent.Action.APPROVE and last.content_hash == current.content_hash and last.actor_id:
            status = "approved"
    return StepState(
        step=step, status=status, version=current.number, content_hash=current.content_hash,
        decided_by=str(last.actor) if last is not None and last.actor_id else None,
        decided_at=last.at if last is not None else None,
    )


def run_states(run: SynthesisRun) -> list[StepState]:
    return [step_state(step) for step in run.steps.order_by("position")]


def publication_blockers(run: SynthesisRun) -> list[str]:
    """Why ``run`` cannot be published now (empty = it can)."""
    return [f"{s.step.key}: {s.status}" for s in run_states(run) if s.status != "approved"]


def latest_publication(run: SynthesisRun) -> ReviewEvent | None:
    return run.events.filter(action=ReviewEvent.Action.PUBLISH).order_by("-at", "-id").first()


def is_published(run: SynthesisRun) -> bool:
    return latest_publication(run) is not None
