"""``communs polis import`` and ``communs polis export``: Polis export folders <-> consultations."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from communs.cli._common import fail, setup_django
from communs.cli.polis import polis_app


@polis_app.command("import")
def polis_import(
    folder: Path = typer.Argument(..., help="Polis export folder (comments.csv, votes.csv and/or participants-votes.csv)."),
    slug: str = typer.Option(..., "--slug", help="Slug of the consultation to create."),
    title: str = typer.Option("", help="Title (default: the export's topic)."),
    phase: str = typer.Option("closed", help="Phase of the new consultation (draft/open/closed/synthesis/published)."),
) -> None:
    """Import a Polis conversation as a new consultation; prints a JSON report."""
    setup_django()
    from communs.consultations.models import Phase
    from communs.consultations.polis_io import PolisImportError, import_polis
    from communs.core.deliberation.polis_export import PolisExportError

    if phase not in Phase.values:
        fail(f"unknown phase {phase!r}; expected one of {', '.join(Phase.values)}")
    try:
        report = import_polis(folder, slug, title or None, phase)
    except (PolisImportError, PolisExportError) as exc:
        fail(str(exc))
    typer.echo(json.dumps(report.__dict__, ensure_ascii=False))


@polis_app.command("export")
def polis_export(
    slug: str = typer.Argument(..., help="Consultation slug."),
    folder: Path = typer.Argument(..., help="Output folder (created)."),
    groups: Path = typer.Option(None, help='JSON file {"pid": group_id} from a synthesis, written as group-id.'),
) -> None:
    """Export a consultation's visible contributions and current votes in Polis's CSV format."""
    setup_django()
    from communs.consultations.models import Consultation
    from communs.consultations.polis_io import export_polis

    consultation = Consultation.objects.filter(slug=slug).first()
    if consultation is None:
        fail(f"no consultation with slug {slug!r}")
    mapping = None
    if groups is not None:
        try:
            mapping = {int(k): int(v) for k, v in json.loads(groups.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError, AttributeError) as exc:
            fail(f"{groups}: expected a JSON object {{pid: group}} ({exc})")
    counts = export_polis(consultation, folder, mapping)
    typer.echo(json.dumps(counts))


def register(app: typer.Typer) -> None:
    """The commands are attached to ``polis_app`` at import time; ``cli/polis.py`` mounts the group."""
