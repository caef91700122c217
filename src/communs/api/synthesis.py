"""Synthesis runs, steps, review actions and publication. Reading a published synthesis is public; everything else
needs a signed-in person with the review permissions (session cookie + CSRF token, checked by ``django_auth``)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from communs.consultations.models import Consultation
from communs.review import actions
from communs.review.models import ReviewEvent, Step, StepVersion, SynthesisRun
from communs.review.services import create_run, current_version
from communs.review.status import latest_publication, publication_blockers, run_states

PREFIX = "/synthesis/"
router = Router(tags=["synthesis"])


class RunIn(Schema):
    language: str | None = None
    seed: int = 0


class ActionIn(Schema):
    comment: str = ""
    seen_hash: str | None = None


class EditIn(ActionIn):
    text: str


class StepOut(Schema):
    key: str
    status: str
    version: int
    content_hash: str
    text: str
    content: dict[str, Any]


class EventOut(Schema):
    at: str
    step: str | None
    action: str
    actor: str | None
    version: int | None
    comment: str


class RunOut(Schema):
    id: int
    consultation: str
    number: int
    language: str
    published: bool
    blockers: list[str]
    steps: list[StepOut]
    events: list[EventOut]
    bundle: dict[str, Any]


class Problem(Schema):
    detail: str | list[str]


def _require_reviewer(request) -> None:  # type: ignore[no-untyped-def]
    if not request.user.has_perm("review.review_step"):
        raise HttpError(403, "this needs the permission review.review_step")


def _events(run: SynthesisRun) -> list[dict[str, Any]]:
    return [
        {"at": e.at.isoformat(), "step": e.step.key if e.step_id else None, "action": e.action,
         "actor": str(e.actor) if e.actor_id else None, "version": e.version, "comment": e.comment}
        for e in run.events.select_related("step", "actor").order_by("at", "id")
    ]


def _run_out(run: SynthesisRun) -> dict[str, Any]:
    steps = []
    for state in run_states(run):
        version = current_version(state.step)
        steps.append({"key": state.step.key, "status": state.status, "version": version.number,
                      "content_hash": version.content_hash, "text": version.text, "content": version.content})
    return {"id": run.pk, "consultation": run.consultation.slug, "number": run.number, "language": run.language,
            "published": latest_publication(run) is not None, "blockers": publication_blockers(run),
            "steps": steps, "events": _events(run), "bundle": run.bundle}


def _do(call) -> None:  # type: ignore[no-untyped-def]
    try:
        call()
    except PermissionDenied as exc:
        raise HttpError(403, str(exc) or "permission denied") from exc
    except ValidationError as exc:
        raise HttpError(409, "; ".join(exc.messages)) from exc


@router.get("/consultations/{slug}/runs", response=list[RunOut], auth=django_auth)
def list_runs(request, slug: str):  # type: ignore[no-untyped-def]
    """Every synthesis run of a consultation, newest first."""
    _require_reviewer(request)
    consultation = get_object_or_404(Consultation, slug=slug)
    return [_run_out(run) for run in consultation.synthesis_runs.order_by("-number")]


@router.post("/consultations/{slug}/runs", response={201: RunOut}, auth=django_auth)
def start_run(request, slug: str, payload: RunIn):  # type: ignore[no-untyped-def]
    """Compute a new run from the consultation's visible contributions and votes."""
    _require_reviewer(request)
    consultation = get_object_or_404(Consultation, slug=slug)
    run = create_run(consultation, user=request.user, language=payload.language, seed=payload.seed)
    return 201, _run_out(run)


@router.get("/runs/{run_id}", response=RunOut, auth=django_auth)
def get_run(request, run_id: int):  # type: ignore[no-untyped-def]
    """A run with each step's current version, its review status and the review trail."""
    _require_reviewer(request)
    return _run_out(get_object_or_404(SynthesisRun, pk=run_id))


def _step(run_id: int, key: str) -> Step:
    return get_object_or_404(Step.objects.select_related("run"), run_id=run_id, key=key)


@router.post("/runs/{run_id}/steps/{key}/approve", response={200: RunOut, 403: Problem, 409: Problem}, auth=django_auth)
def approve_step(request, run_id: int, key: str, payload: ActionIn):  # type: ignore[no-untyped-def]
    """Approve the step's current version (``seen_hash`` guards against approving a version you did not read)."""
    step = _step(run_id, key)
    _do(lambda: actions.approve(step, request.user, comment=payload.comment, seen_hash=payload.seen_hash))
    return _run_out(step.run)


@router.post("/runs/{run_id}/steps/{key}/reject", response={200: RunOut, 403: Problem, 409: Problem}, auth=django_auth)
def reject_step(request, run_id: int, key: str, payload: ActionIn):  # type: ignore[no-untyped-def]
    """Reject the step with a comment saying why."""
    step = _step(run_id, key)
    _do(lambda: actions.reject(step, request.user, comment=payload.comment, seen_hash=payload.seen_hash))
    return _run_out(step.run)


@router.post("/runs/{run_id}/steps/{key}/edit", response={200: RunOut, 403: Problem, 409: Problem}, auth=django_auth)
def edit_step(request, run_id: int, key: str, payload: EditIn):  # type: ignore[no-untyped-def]
    """Save an edited text as a new version (citations checked, diff kept); it then needs approval."""
    step = _step(run_id, key)
    _do(lambda: actions.edit(step, request.user, text=payload.text, comment=payload.comment, seen_hash=payload.seen_hash))
    return _run_out(step.run)


@router.post("/runs/{run_id}/publish", response={200: RunOut, 403: Problem, 409: Problem}, auth=django_auth)
def publish_run(request, run_id: int, payload: ActionIn):  # type: ignore[no-untyped-def]
    """Publish a run whose every step is approved."""
    run = get_object_or_404(SynthesisRun, pk=run_id)
    _do(lambda: actions.publish(run, request.user, comment=payload.comment))
    return _run_out(run)


@router.get("/consultations/{slug}/published", response={200: dict[str, Any], 404: Problem})
def published(request, slug: str):  # type: ignore[no-untyped-def]
    """The published synthesis (public): the published version of every step and the review trail."""
    consultation = get_object_or_404(Consultation, slug=slug)
    event = (ReviewEvent.objects.filter(run__consultation=consultation, action=ReviewEvent.Action.PUBLISH)
             .select_related("run", "actor").order_by("-at", "-id").first())
    if event is None:
        return 404, {"detail": "no synthesis of this consultation has been published yet"}
    run = event.run
    versions = event.details.get("versions", {})
    steps = {}
    for key, number in versions.items():
        version = StepVersion.objects.get(step__run=run, step__key=key, number=number)
        steps[key] = {"version": number, "content_hash": version.content_hash, "text": version.text, "content": version.content}
    return 200, {"consultation": slug, "run": run.number, "published_at": event.at.isoformat(),
                 "published_by": str(event.actor), "steps": steps, "events": _events(run), "bundle": run.bundle}
