"""``communs polis``: Polis export folders -- analyse them (opinion groups, repness, consensus).

Other modules add commands to the same sub-application by importing ``polis_app`` (e.g. ``polis import``).
"""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from communs.cli._common import write_json_line

polis_app = typer.Typer(
    help="Polis conversations: analyse an export folder (groups, representative statements, consensus).",
    no_args_is_help=True,
)


@polis_app.command("analyse")
def analyse_command(
    folder: str = typer.Argument(..., help="Polis export folder (comments.csv + votes.csv or participants-votes.csv)."),
    json_output: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
    seed: int = typer.Option(0, "--seed", help="Seed (used only by the optional k-means++ restarts)."),
    restarts: int = typer.Option(0, "--restarts", help="Extra seeded k-means++ starts for the opinion groups."),
    replay: bool = typer.Option(
        False, "--replay",
        help="Replay Polis's incremental updates over the vote history (see docs/deliberation.md; much slower).",
    ),
) -> None:
    """Compute Polis's opinion groups, representative statements and consensus for an export folder."""
    from communs.core.deliberation import (
        DeliberationParams,
        NothingToAnalyse,
        PolisExportError,
        analyse_export,
        read_polis_export,
    )

    try:
        export = read_polis_export(folder)
        result = analyse_export(export, DeliberationParams(seed=seed, group_restarts=restarts, replay=replay))
    except (PolisExportError, NothingToAnalyse) as exc:
        _fail(str(exc))
    if json_output:
        write_json_line(result.contract())
        return
    ids = result.statement_ids
    texts = {c.id: c.text for c in export.comments}
    typer.echo(f"{export.path}: {result.matrix.shape[0]} participants, {result.matrix.shape[1]} statements, "
               f"{result.matrix.n_votes} votes; {int(result.in_conv.sum())} clustered")
    typer.echo(f"k = {result.k} groups of sizes {result.group_sizes()} ({result.seconds:.3f} s)")
    for g, reps in enumerate(result.repness):
        typer.echo(f"\ngroup {g}:")
        for r in reps:
            tid = str(ids[r.statement])
            typer.echo(f"  [{r.repful_for:8s}] #{tid} {100 * r.n_success / max(r.n_trials, 1):.0f}% "
                       f"of {r.n_trials}: {texts.get(tid, '')[:100]}")
    for kind in ("agree", "disagree"):
        stmts = getattr(result.consensus, kind)
        if stmts:
            typer.echo(f"\nconsensus ({kind}):")
            for c in stmts:
                tid = str(ids[c.statement])
                typer.echo(f"  #{tid} {100 * c.n_success / max(c.n_trials, 1):.0f}% of {c.n_trials}: "
                           f"{texts.get(tid, '')[:100]}")


def _fail(message: str) -> NoReturn:
    """One line on stderr, exit code 1 (no wrapping, whatever the terminal width)."""
    sys.stderr.write("error: " + " ".join(message.split()) + "\n")
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(polis_app, name="polis")
