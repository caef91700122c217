"""Reviewer actions. Each one checks the person's permission, appends a ReviewEvent and never changes history."""

from __future__ import annotations

import difflib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from communs.consultations.models import Phase
from communs.core.synthesis.bundle import read_bundle_contributions
from communs.core.synthesis.markdown import markdown_problems
from communs.review.models import ReviewEvent, Step, StepVersion, SynthesisRun
from communs.review.services import current_version, version_hash
from communs.review.status import publication_blockers


def _require(user, permission: str) -> None:  # type: ignore[no-untyped-def]
    if user is None or not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        raise PermissionDenied("a signed-in person must take this action")
    if not user.has_perm(permission):
        raise PermissionDenied(f"{user} lacks the permission {permission}")


def _check_seen(step: Step, seen_hash: str | None) -> StepVersion:
    version = current_version(step)
    if seen_hash is not None and seen_hash != version.content_hash:
        raise ValidationError("the step changed since you read it; reload and review the current version")
    return version


def approve(step: Step, user, *, comment: str = "", seen_hash: str | None = None) -> ReviewEvent:  # type: ignore[no-untyped-def]
    _require(user, "review.review_step")
    with transaction.atomic():
        version = _check_seen(step, seen_hash)
        return ReviewEvent.objects.create(run=step.run, step=step, action=ReviewEvent.Action.APPROVE, actor=user,
                                          version=version.number, content_hash=version.content_hash, comment=comment)


def reject(step: Step, user, *, comment: str, seen_hash: str | None = None) -> ReviewEvent:  # type: ignore[no-untyped-def]
    _require(user, "review.review_step")
    if not comment.strip():
        raise ValidationError("a rejection needs a comment saying why")
    with transaction.atomic():
        version = _check_seen(step, seen_hash)
        return ReviewEvent.objects.create(run=step.run, step=step, action=ReviewEvent.Action.REJECT, actor=user,
                                          version=version.number, content_hash=version.content_hash, comment=comment)


def _citable(run: SynthesisRun) -> dict[str, str]:
    """Contribution id -> text, from the run's own snapshot (what the run could cite)."""
    return {c.id: c.text for c in read_bundle_contributions(bytes(run.snapshot))}


def edit(step: Step, user, *, text: str, comment: str = "", seen_hash: str | None = None) -> StepVersion:  # type: ignore[no-untyped-def]
    """A new version of the step's text; its citations must name contributions of the run's snapshot and its quotes
    must be verbatim. The edit itself is not an approval: the new version must then be approved."""
    _require(user, "review.review_step")
    text = text.replace("\r\n", "\n").strip() + "\n"
    contributions = _citable(step.run)
    problems = markdown_problems(text, contributions, contributions.keys())
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        previous = _check_seen(step, seen_hash)
        if text == previous.text:
            raise ValidationError("the text is unchanged")
        diff = "".join(difflib.unified_diff(previous.text.splitlines(keepends=True), text.splitlines(keepends=True),
                                            fromfile=f"v{previous.number}", tofile=f"v{previous.number + 1}"))
        version = StepVersion.objects.create(
            step=step, number=previous.number + 1, content=previous.content, text=text,
            content_hash=version_hash(previous.content, text), diff=diff, author=user,
        )
        ReviewEvent.objects.create(run=step.run, step=step, action=ReviewEvent.Action.EDIT, actor=user,
                                   version=version.number, content_hash=version.content_hash, comment=comment)
    return version


def publish(run: SynthesisRun, user, *, comment: str = "") -> ReviewEvent:  # type: ignore[no-untyped-def]
    """Publish ``run``: refused unless every step's current version is approved by a person."""
    _require(user, "review.publish_run")
    with transaction.atomic():
        blockers = publication_blockers(run)
        if blockers:
            raise ValidationError(["publication needs every step approved"] + blockers)
        versions = {s.key: current_version(s).number for s in run.steps.all()}
        event = ReviewEvent.objects.create(run=run, action=ReviewEvent.Action.PUBLISH, actor=user, comment=comment,
                                           details={"versions": versions},
                                           content_hash=version_hash({"versions": versions}, str(run.bundle.get("outputs"))))
        apply_publication(run, versions)
    return event


def separation_scores(consensus_content: dict) -> dict[str, float]:  # type: ignore[type-arg]
    """How much each statement separates the opinion groups: the variance across groups of the smoothed agree rate
    (agree + 1) / (seen + 2), as in the deliberation step's divisiveness."""
    scores = {}
    for sid, fig in consensus_content.get("figures", {}).items():
        rates = [(a + 1) / (s + 2) for _g, a, _d, s in fig.get("by_group", [])]
        if len(rates) >= 2:
            mean = sum(rates) / len(rates)
            scores[sid] = sum((r - mean) ** 2 for r in rates) / len(rates)
    return scores


def apply_publication(run: SynthesisRun, versions: dict[str, int]) -> None:
    """What a published synthesis changes in the consultation: its phase, each participant's opinion group (used by
    the Polis export) and the routing scores that favour statements separating the groups."""
    from communs.consultations.models import Contribution, Participant

    consultation = run.consultation
    groups = StepVersion.objects.get(step__run=run, step__key="groups", number=versions["groups"]).content
    consensus = StepVersion.objects.get(step__run=run, step__key="consensus", number=versions["consensus"]).content
    Participant.objects.filter(consultation=consultation).exclude(group_id=None).update(group_id=None)
    by_group: dict[int, list[int]] = {}
    for pid, group in groups.get("participants", {}).items():
        if str(pid).isdigit():
            by_group.setdefault(int(group), []).append(int(pid))
    for group, pids in by_group.items():
        Participant.objects.filter(consultation=consultation, pid__in=pids).update(group_id=group)
    scores = separation_scores(consensus)
    pk_of = dict(Contribution.objects.filter(consultation=consultation, tid__in=[int(t) for t in scores if t.isdigit()])
                 .values_list("tid", "pk"))
    consultation.routing_scores = {str(pk_of[int(t)]): round(v, 6) for t, v in scores.items() if t.isdigit() and int(t) in pk_of}
    consultation.phase = Phase.PUBLISHED
    consultation.save(update_fields=["routing_scores", "phase"])
