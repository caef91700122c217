"""Elections, parties and checked sources: ``communs election create``, ``communs party add``,
``communs sources add`` and ``communs sources list``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from communs.cli._common import console, setup_django, write_json_line

election_app = typer.Typer(help="Create elections.", no_args_is_help=True)
party_app = typer.Typer(help="Add parties to an election.", no_args_is_help=True)
sources_app = typer.Typer(help="Ingest and list checked sources.", no_args_is_help=True)

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def error_line(message: str) -> None:
    """Print ``error: message`` on stderr as one line, however long (no wrapping)."""
    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> NoReturn:
    error_line(message)
    raise typer.Exit(code)


def get_election(slug: str) -> Any:
    """The election with ``slug`` or a one-line error (call after ``setup_django``)."""
    from communs.elections.models import Election

    election = Election.objects.filter(slug=slug).first()
    if election is None:
        fail(f"unknown election {slug!r} (create it with: communs election create {slug} --name ...)")
    return election


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True,
    )


def embed_missing_vectors(election: Any) -> None:
    """Compute the vectors of passages that have none yet (search_index.embed_missing), with a progress bar."""
    try:
        from communs.elections.search_index import embed_missing
    except ImportError:
        console.print("note: vectors not computed (communs.elections.search_index is not available)")
        return
    with _progress() as bar:
        task = bar.add_task("embedding passages", total=None)

        def report(done: int, total: int | None = None, *_: object) -> None:
            bar.update(task, completed=done, total=total)

        import inspect

        accepts_progress = "progress" in inspect.signature(embed_missing).parameters
        embedded = embed_missing(election, progress=report) if accepts_progress else embed_missing(election)
    if isinstance(embedded, int):
        console.print(f"passage vectors: {embedded} computed", highlight=False)


@election_app.command("create")
def election_create(
    slug: str = typer.Argument(..., help="Short identifier used in URLs and commands, e.g. valmont-2027."),
    name: str = typer.Option(..., "--name", help="Display name of the election."),
    languages: str = typer.Option("fr,de,en", "--languages", help="Comma-separated language codes."),
    polling_day: str = typer.Option(None, "--polling-day", help="Polling day, YYYY-MM-DD."),
    description: str = typer.Option("", "--description", help="Short description."),
) -> None:
    """Create an election."""
    setup_django()
    from communs.elections.models import Election

    if not _SLUG.match(slug):
        fail(f"invalid slug {slug!r}: use lower-case letters, digits and hyphens")
    codes = [c.strip().lower() for c in languages.split(",") if c.strip()]
    if not codes or any(not re.fullmatch(r"[a-z]{2,3}", c) for c in codes):
        fail(f"invalid --languages {languages!r}: expected codes such as fr,de,en")
    day = None
    if polling_day:
        try:
            day = dt.date.fromisoformat(polling_day)
        except ValueError:
            fail(f"invalid --polling-day {polling_day!r}: expected YYYY-MM-DD")
    if Election.objects.filter(slug=slug).exists():
        fail(f"election {slug!r} already exists")
    Election.objects.create(slug=slug, name=name, languages=",".join(codes), polling_day=day, description=description)
    typer.echo(f"created election {slug}")


@party_app.command("add")
def party_add(
    name: str = typer.Argument(..., help="Full party name."),
    election: str = typer.Option(..., "--election", help="Election slug."),
    short: str = typer.Option("", "--short", help="Short name, e.g. SPD."),
    alias: list[str] = typer.Option(None, "--alias", help="Another name voters may use (repeatable)."),
) -> None:
    """Add a party (or update the short name and aliases of an existing one)."""
    setup_django()
    from communs.elections.models import Party

    target = get_election(election)
    name = " ".join(name.split())
    if not name:
        fail("the party name is empty")
    aliases = [" ".join(a.split()) for a in (alias or []) if a.strip()]
    party = Party.objects.filter(election=target, name=name).first()
    if party is None:
        Party.objects.create(election=target, name=name, short_name=short, aliases=list(dict.fromkeys(aliases)))
        typer.echo(f"added party {name} to {election}")
        return
    party.short_name = short or party.short_name
    party.aliases = list(dict.fromkeys([*(party.aliases or []), *aliases]))
    party.save(update_fields=["short_name", "aliases"])
    typer.echo(f"updated party {name} in {election}")


@sources_app.command("add")
def sources_add(
    files: list[Path] = typer.Argument(..., help="Files to ingest (PDF, HTML, Markdown, text, JSONL passages)."),
    election: str = typer.Option(..., "--election", help="Election slug."),
    party: str = typer.Option(None, "--party", help="Party name, short name or alias (programmes)."),
    kind: str = typer.Option(..., "--kind", help="programme, official or other."),
    title: str = typer.Option(None, "--title", help="Title (default: from the document)."),
    language: str = typer.Option(None, "--language", help="Language code (default: detected)."),
    checked_by: str = typer.Option("", "--checked-by", help="Who checked this source."),
    origin: str = typer.Option(None, "--origin", help="Origin URL or name (one file only; default: file name)."),
    embed: bool = typer.Option(True, "--embed/--no-embed", help="Compute missing passage vectors afterwards."),
) -> None:
    """Ingest checked documents into passages. Re-adding an unchanged file is a no-op; a changed one is replaced."""
    setup_django()
    from communs.elections.ingest import IngestError, ingest_file
    from communs.elections.models import SourceKind

    target = get_election(election)
    if kind not in SourceKind.values:
        fail(f"invalid --kind {kind!r}: expected one of {', '.join(SourceKind.values)}")
    if origin and len(files) > 1:
        fail("--origin applies to one file; add the files one by one")
    failures = 0
    changed = 0
    with _progress() as bar:
        task = bar.add_task("ingesting", total=len(files), visible=len(files) > 1)
        for path in files:
            try:
                result = ingest_file(
                    target, path, kind=kind, party=party, title=title, language=language, origin=origin,
                    checked_by=checked_by,
                )
            except IngestError as exc:
                failures += 1
                error_line(str(exc))
            else:
                changed += result.status != "unchanged"
                typer.echo(f"{result.status} {path} → {result.n_passages} passages")
            bar.advance(task)
    if changed and embed:
        embed_missing_vectors(target)
    if failures:
        raise typer.Exit(1)


@sources_app.command("list")
def sources_list(
    election: str = typer.Option(..., "--election", help="Election slug."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List an election's sources."""
    setup_django()
    from django.db.models import Count
    from rich.table import Table

    target = get_election(election)
    sources = target.sources.select_related("party").annotate(n_passages=Count("passages")).order_by("party__name", "title")
    rows = [
        {
            "id": s.pk, "kind": s.kind, "party": s.party.name if s.party else None, "title": s.title,
            "language": s.language, "passages": s.n_passages, "origin": s.origin, "media_type": s.media_type,
            "content_hash": s.content_hash, "checked_by": s.checked_by,
            "checked_at": s.checked_at.isoformat() if s.checked_at else None,
        }
        for s in sources
    ]
    if as_json:
        for row in rows:
            write_json_line(row)
        return
    if not rows:
        typer.echo(f"no sources in {election}")
        return
    table = Table("id", "kind", "party", "title", "lang", "passages", "checked by", "origin")
    for row in rows:
        table.add_row(
            str(row["id"]), row["kind"], row["party"] or "—", row["title"], row["language"], str(row["passages"]),
            row["checked_by"] or "—", row["origin"],
        )
    from rich.console import Console

    Console(width=max(120, console.width)).print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(election_app, name="election")
    app.add_typer(party_app, name="party")
    app.add_typer(sources_app, name="sources")
