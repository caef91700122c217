"""``communs synthesis``: create, inspect, review, publish and re-run syntheses of a consultation."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from communs.cli._common import console, fail, setup_django

synthesis_app = typer.Typer(help="Synthesis runs of a consultation: groups, consensus, topics, cited summary.", no_args_is_help=True)


def _run(run_id: int):  # type: ignore[no-untyped-def]
    from communs.review.models import SynthesisRun

    try:
        return SynthesisRun.objects.select_related("consultation").get(pk=run_id)
    except SynthesisRun.DoesNotExist:
        fail(f"no synthesis run {run_id}")


def _user(username: str):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        fail(f"no user {username!r} (create one with `communs manage createsuperuser`)")


def _step(run, key: str):  # type: ignore[no-untyped-def]
    step = run.steps.filter(key=key).first()
    if step is None:
        fail(f"run {run.pk} has no step {key!r} (steps: groups, consensus, topics, summary)")
    return step


def _errors(exc: Exception) -> str:
    messages = getattr(exc, "messages", None)
    return "; ".join(messages) if messages else str(exc)


@synthesis_app.command("run")
def run_command(
    slug: str = typer.Argument(..., help="Consultation slug."),
    language: str = typer.Option(None, help="Report language (fr, de, en); default: the consultation's first."),
    seed: int = typer.Option(0, help="Seed for the deliberation and topic steps."),
    as_json: bool = typer.Option(False, "--json", help="Print the run as JSON."),
) -> None:
    """Compute a new synthesis run from the consultation's visible contributions and votes."""
    setup_django()
    from communs.consultations.models import Consultation
    from communs.review.services import create_run

    consultation = Consultation.objects.filter(slug=slug).first()
    if consultation is None:
        fail(f"no consultation {slug!r}")
    with console.status("computing groups, consensus, topics and summary…"):
        run = create_run(consultation, language=language, seed=seed)
    if as_json:
        typer.echo(json.dumps({"run": run.pk, "number": run.number, "bundle": run.bundle}, ensure_ascii=False))
    else:
        typer.echo(f"run {run.pk} (#{run.number} of {slug}): steps groups, consensus, topics, summary await review")


@synthesis_app.command("show")
def show_command(run_id: int = typer.Argument(..., help="Run id."), step: str = typer.Option(None, help="Print one step's current text.")) -> None:
    """Show a run's steps with their review status, or one step's current text."""
    setup_django()
    from communs.review.services import current_version
    from communs.review.status import is_published, run_states

    run = _run(run_id)
    if step:
        typer.echo(current_version(_step(run, step)).text)
        return
    typer.echo(f"run {run.pk} — {run.consultation.slug} #{run.number} — {'published' if is_published(run) else 'not published'}")
    for state in run_states(run):
        by = f" by {state.decided_by}" if state.decided_by else ""
        typer.echo(f"  {state.step.key:<10} v{state.version}  {state.status}{by}")


def _act(action: str, run_id: int, step: str, user: str, comment: str) -> None:
    setup_django()
    from django.core.exceptions import PermissionDenied, ValidationError

    from communs.review import actions

    run = _run(run_id)
    try:
        if action == "approve":
            actions.approve(_step(run, step), _user(user), comment=comment)
        else:
            actions.reject(_step(run, step), _user(user), comment=comment)
    except (PermissionDenied, ValidationError) as exc:
        fail(_errors(exc))
    typer.echo(f"{step}: {action}d by {user}")


@synthesis_app.command("approve")
def approve_command(run_id: int, step: str, user: str = typer.Option(..., help="Reviewer's username."),
                    comment: str = typer.Option("", help="Optional comment.")) -> None:
    """Approve a step's current version (needs the review_step permission)."""
    _act("approve", run_id, step, user, comment)


@synthesis_app.command("reject")
def reject_command(run_id: int, step: str, user: str = typer.Option(..., help="Reviewer's username."),
                   comment: str = typer.Option(..., help="Why (required).")) -> None:
    """Reject a step with a comment (needs the review_step permission)."""
    _act("reject", run_id, step, user, comment)


@synthesis_app.command("edit")
def edit_command(run_id: int, step: str, file: Path = typer.Option(..., "--file", help="The edited Markdown text."),
                 user: str = typer.Option(..., help="Reviewer's username."), comment: str = typer.Option("", help="Optional comment.")) -> None:
    """Save an edited text as a new version of a step (citations are checked; the diff is kept)."""
    setup_django()
    from django.core.exceptions import PermissionDenied, ValidationError

    from communs.review import actions

    run = _run(run_id)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{file}: cannot read ({exc})")
    try:
        version = actions.edit(_step(run, step), _user(user), text=text, comment=comment)
    except (PermissionDenied, ValidationError) as exc:
        fail(_errors(exc))
    typer.echo(f"{step}: version {version.number} saved; it needs approval")


@synthesis_app.command("publish")
def publish_command(run_id: int, user: str = typer.Option(..., help="Publisher's username."),
                    comment: str = typer.Option("", help="Optional comment.")) -> None:
    """Publish a run whose every step is approved (needs the publish_run permission)."""
    setup_django()
    from django.core.exceptions import PermissionDenied, ValidationError

    from communs.review import actions

    run = _run(run_id)
    try:
        actions.publish(run, _user(user), comment=comment)
    except (PermissionDenied, ValidationError) as exc:
        fail(_errors(exc))
    typer.echo(f"run {run.pk} published")


@synthesis_app.command("bundle")
def bundle_command(run_id: int, out: Path = typer.Argument(..., help="Where to write the bundle ZIP.")) -> None:
    """Write a run's reproducibility bundle (bundle.json, contributions.jsonl, votes.csv) as a ZIP."""
    setup_django()
    run = _run(run_id)
    out.write_bytes(bytes(run.snapshot))
    typer.echo(f"bundle of run {run.pk} written to {out}")


@synthesis_app.command("rerun")
def rerun_command(bundle: Path = typer.Argument(..., help="A bundle ZIP (from `communs synthesis bundle` or the page).")) -> None:
    """Re-compute a run from its bundle alone and compare every step's output hash (exit 1 on any difference)."""
    from communs.core.search.embeddings import get_embedder
    from communs.core.synthesis.bundle import (
        BundleError,
        compare_outputs,
        parameters_of,
        read_bundle_zip,
        recorded_llm_outputs,
    )
    from communs.core.synthesis.run import run_synthesis

    try:
        meta, snap = read_bundle_zip(bundle)
    except BundleError as exc:
        fail(str(exc))
    with console.status("re-running the synthesis…"):
        output = run_synthesis(snap, parameters_of(meta), embedder=get_embedder(meta.get("embedder", "use-multilingual")),
                               recorded_llm=recorded_llm_outputs(meta))
    differences = compare_outputs(meta, output)
    for key, digest in output.hashes().items():
        typer.echo(f"{key:<10} {'identical' if key not in differences else 'DIFFERENT'}  {digest[:16]}")
    if differences:
        fail(f"{len(differences)} step(s) differ from the bundle: {', '.join(differences)}")


def register(app: typer.Typer) -> None:
    app.add_typer(synthesis_app, name="synthesis")
