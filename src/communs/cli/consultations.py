"""``communs consultations ...``: open-data export."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from communs.cli._common import fail, setup_django

consultations_app = typer.Typer(help="Consultations: open-data export.", no_args_is_help=True)


@consultations_app.command("export-open-data")
def export_open_data(
    slug: str = typer.Argument(..., help="Consultation slug."),
    path: Path = typer.Argument(..., help="ZIP file to write."),
) -> None:
    """Write a ZIP of CSV + JSON with a data card, without personal data or hidden items."""
    setup_django()
    from communs.consultations.models import Consultation
    from communs.consultations.open_data import write_open_data

    consultation = Consultation.objects.filter(slug=slug).first()
    if consultation is None:
        fail(f"no consultation with slug {slug!r}")
    counts = write_open_data(consultation, path)
    typer.echo(json.dumps({"path": str(path), **counts}))


def register(app: typer.Typer) -> None:
    app.add_typer(consultations_app, name="consultations")
