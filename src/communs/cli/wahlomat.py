"""``communs wahlomat import DIR --election SLUG``: load Wahl-O-Mat data (qual-o-mat folder format)."""

from __future__ import annotations

from pathlib import Path

import typer

from communs.cli._common import console, setup_django

wahlomat_app = typer.Typer(help="Import Wahl-O-Mat data (party positions and justifications).", no_args_is_help=True)


@wahlomat_app.command("import")
def wahlomat_import(
    directory: Path = typer.Argument(..., help="Folder with party.json, statement.json, opinion.json, answer.json..."),
    election: str = typer.Option(..., "--election", help="Election slug."),
    checked_by: str = typer.Option("", "--checked-by", help="Who checked this data."),
    embed: bool = typer.Option(True, "--embed/--no-embed", help="Compute missing passage vectors afterwards."),
) -> None:
    """Load a qual-o-mat folder: one source per party, one passage per (party, thesis). Idempotent."""
    setup_django()
    from communs.cli.sources import _progress, embed_missing_vectors, fail, get_election
    from communs.elections.ingest import IngestError
    from communs.elections.wahlomat import import_wahlomat

    target = get_election(election)
    with _progress() as bar:
        task = bar.add_task("importing parties", total=None)

        def report(done: int, total: int, _name: str) -> None:
            bar.update(task, completed=done, total=total)

        try:
            summary = import_wahlomat(target, directory, checked_by=checked_by, progress=report)
        except IngestError as exc:
            fail(str(exc))
    typer.echo(
        f"{summary.title} ({summary.slug}): {len(summary.results)} parties "
        f"({summary.parties_created} new), {summary.n_passages} passages; sources created {summary.count('created')}, "
        f"replaced {summary.count('replaced')}, unchanged {summary.count('unchanged')}"
    )
    if embed and (summary.count("created") or summary.count("replaced")):
        embed_missing_vectors(target)
    console.print(f"election {target.slug}: done")


def register(app: typer.Typer) -> None:
    app.add_typer(wahlomat_app, name="wahlomat")
