"""`communs demo`: load the bundled fictional election (and the demo consultation), idempotently."""

from __future__ import annotations

from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from communs.cli._common import console, fail, setup_django


def _embed(election: Any) -> None:
    from communs.elections.search_index import embed_missing

    with console.status("computing passage vectors (once; kept across restarts)..."):
        result = embed_missing(election)
    console.print(f"passage vectors: {result if result is not None else 'up to date'}")


def _consultation() -> None:
    from communs.consultations.demo import load_demo

    result = load_demo()
    console.print(f"demo consultation: {result if result is not None else 'loaded'}")


def demo(
    embeddings: bool = typer.Option(True, "--embeddings/--no-embeddings", help="Compute missing passage vectors now."),
    consultation: bool = typer.Option(True, "--consultation/--no-consultation", help="Also load the demo consultation."),
) -> None:
    """Load the bundled demo: a fictional election (5 parties, programmes and official pages in fr/de/en, key
    dates) and the demo consultation. Safe to run again: nothing changes the second time."""
    setup_django()
    from communs.demo.loader import DemoError, load_election, read_manifest
    from communs.elections.ingest import IngestError

    try:
        manifest = read_manifest()
        with Progress(
            TextColumn("[bold]sources[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            TimeElapsedColumn(), console=console, transient=False,
        ) as progress:
            task = progress.add_task("", total=len(manifest["sources"]))

            def on_source(name: str, result: Any) -> None:
                progress.update(task, advance=1, description=f"{name}: {result.status} ({result.n_passages} passages)")

            report = load_election(manifest, on_source=on_source)
    except (DemoError, IngestError) as exc:
        fail(str(exc))
    election = report.election
    statuses = [result.status for _, result in report.sources]
    console.print(
        f"election [bold]{election.slug}[/]: {'created' if report.election_created else 'up to date'}; "
        f"{election.parties.count()} parties ({report.parties_created} new); "
        f"{len(statuses)} sources ({statuses.count('created')} new, {statuses.count('replaced')} replaced, "
        f"{statuses.count('unchanged')} unchanged), {report.n_passages} passages; "
        f"{election.dates.count()} key dates ({report.dates_created} new, {report.dates_updated} updated)",
        highlight=False,
    )
    if embeddings:
        _embed(election)
    if consultation:
        _consultation()
    typer.echo(f"demo ready: /elections/{election.slug}/")


def register(app: typer.Typer) -> None:
    app.command()(demo)
