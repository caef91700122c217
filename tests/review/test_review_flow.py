"""Every review transition: publication refused without approvals, edits versioned, events append-only, rerun."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction

from communs.consultations.appendonly import AppendOnlyError
from communs.consultations.models import Phase
from communs.core.synthesis.bundle import compare_outputs, parameters_of, read_bundle_zip
from communs.core.synthesis.run import run_synthesis
from communs.review import actions
from communs.review.models import ReviewEvent, StepVersion
from communs.review.services import create_run, embedder
from communs.review.status import is_published, publication_blockers, step_state

pytestmark = pytest.mark.django_db


def test_run_has_four_generated_steps_and_excludes_hidden(consultation) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation, language="fr")
    assert [s.key for s in run.steps.order_by("position")] == ["groups", "consensus", "topics", "summary"]
    assert all(step_state(s).status == "pending" for s in run.steps.all())
    assert run.events.filter(action="generated").count() == 4
    _, snap = read_bundle_zip(bytes(run.snapshot))
    assert "8" not in {c.id for c in snap.contributions}
    summary = run.steps.get(key="summary").versions.get().text
    assert "[8]" not in summary and "06 12 34 56 78" not in summary
    groups = run.steps.get(key="groups").versions.get().content
    assert groups["k"] == 2 and sum(groups["sizes"]) == 40
    assert run.bundle["inputs"]["contributions"] == 8 and set(run.bundle["outputs"]) == {"groups", "consensus", "topics", "summary"}


def test_publication_refused_until_every_step_is_approved(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    with pytest.raises(ValidationError):
        actions.publish(run, reviewer)
    steps = list(run.steps.order_by("position"))
    for step in steps[:-1]:
        actions.approve(step, reviewer)
    assert publication_blockers(run) == ["summary: pending"]
    with pytest.raises(ValidationError):
        actions.publish(run, reviewer)
    actions.approve(steps[-1], reviewer, comment="checked every citation")
    event = actions.publish(run, reviewer)
    assert is_published(run) and event.details == {"versions": {"groups": 1, "consensus": 1, "topics": 1, "summary": 1}}
    consultation.refresh_from_db()
    assert consultation.phase == Phase.PUBLISHED


def test_permissions_are_required(consultation, bystander) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    step = run.steps.first()
    for user in (None, AnonymousUser(), bystander):
        with pytest.raises(PermissionDenied):
            actions.approve(step, user)
        with pytest.raises(PermissionDenied):
            actions.publish(run, user)
    assert not run.events.exclude(action="generated").exists()


def test_edit_creates_a_version_with_diff_and_needs_reapproval(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    for step in run.steps.all():
        actions.approve(step, reviewer)
    summary = run.steps.get(key="summary")
    original = summary.versions.get(number=1)
    edited_text = original.text.replace("## ", "## Reviewed: ", 1)
    version = actions.edit(summary, reviewer, text=edited_text, comment="clearer heading")
    assert version.number == 2 and "+## Reviewed:" in version.diff and version.author == reviewer
    assert StepVersion.objects.get(pk=original.pk).text == original.text  # never overwritten
    assert step_state(summary).status == "pending"
    with pytest.raises(ValidationError):
        actions.publish(run, reviewer)
    actions.approve(summary, reviewer, seen_hash=version.content_hash)
    assert actions.publish(run, reviewer).details["versions"]["summary"] == 2


def test_edits_must_keep_citations_true(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    summary = run.steps.get(key="summary")
    text = summary.versions.get().text
    for bad in (text + "- «Everyone agrees» [0]\n", text + "- Something [99]\n", text + "- «Call us» [8]\n",
                text + "- «A quote with no source»\n"):
        with pytest.raises(ValidationError):
            actions.edit(summary, reviewer, text=bad)
    assert summary.versions.count() == 1


def test_stale_review_is_refused(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    summary = run.steps.get(key="summary")
    seen = summary.versions.get().content_hash
    actions.edit(summary, reviewer, text=summary.versions.get().text + "\n- Reviewed on paper.\n")
    with pytest.raises(ValidationError):
        actions.approve(summary, reviewer, seen_hash=seen)


def test_rejection_needs_a_reason_and_blocks(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    step = run.steps.get(key="topics")
    with pytest.raises(ValidationError):
        actions.reject(step, reviewer, comment=" ")
    actions.reject(step, reviewer, comment="topic 2 mixes two subjects")
    assert step_state(step).status == "rejected"
    assert "topics: rejected" in publication_blockers(run)


def test_events_and_versions_are_append_only(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    event = actions.approve(run.steps.first(), reviewer)
    event.comment = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        ReviewEvent.objects.filter(pk=event.pk).update(comment="x")
    with pytest.raises(AppendOnlyError):
        StepVersion.objects.all().delete()
    with pytest.raises(Exception), transaction.atomic(), connection.cursor() as cursor:  # noqa: B017 - DB trigger
        cursor.execute("UPDATE review_reviewevent SET comment = 'x' WHERE id = %s", [event.pk])
    assert ReviewEvent.objects.get(pk=event.pk).comment == ""


def test_bundle_reruns_identically(consultation) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation, seed=3)
    bundle, snap = read_bundle_zip(bytes(run.snapshot))
    again = run_synthesis(snap, parameters_of(bundle), embedder=embedder())
    assert compare_outputs(bundle, again) == {}
    assert bundle["parameters"]["seed"] == 3 and bundle["embedder"] == "use-multilingual"


def test_publication_sets_groups_and_routing_scores(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    from communs.consultations.models import Participant
    from communs.consultations.routing import ranked_candidates

    run = create_run(consultation)
    for step in run.steps.all():
        actions.approve(step, reviewer)
    actions.publish(run, reviewer)
    consultation.refresh_from_db()
    groups = run.steps.get(key="groups").versions.get().content["participants"]
    assert Participant.objects.filter(consultation=consultation, group_id__isnull=False).count() == len(groups)
    assert {p.group_id for p in Participant.objects.filter(consultation=consultation)} == {0, 1}
    scores = consultation.routing_scores
    consensus_pk = consultation.contributions.get(tid=6).pk
    divisive_pk = consultation.contributions.get(tid=0).pk
    assert scores[str(divisive_pk)] > scores.get(str(consensus_pk), 0.0)
    assert ranked_candidates(consultation, None)[0][1].tid != 6
