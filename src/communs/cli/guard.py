"""``communs guard``: classify questions under the neutrality policy; ``communs guard train`` retrains the model.

    communs guard --jsonl questions.jsonl     # lines {"id", "text"} -> {"id", "decision", "category", "language"}
    communs guard --jsonl -                   # read from stdin
    communs guard train                       # refit core/neutrality/data/model.npz from the shipped training set
    communs guard train --embedding-cache F   # the same, keeping the questions' embeddings in F between refits
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from communs.cli._common import read_id_text_jsonl, write_json_line

if TYPE_CHECKING:
    from communs.core.neutrality import NeutralityDecision

guard_app = typer.Typer(
    name="guard", help="Neutrality classifier: answer / refuse / out_of_scope for each question.",
    invoke_without_command=True, no_args_is_help=False,
)

BATCH = 256


@guard_app.callback()
def guard(
    ctx: typer.Context,
    jsonl: str = typer.Option(None, "--jsonl", help="JSON-lines file of {\"id\", \"text\"} objects ('-' for stdin)."),
) -> None:
    """Classify every question of --jsonl; one JSON line per question on stdout."""
    if ctx.invoked_subcommand is not None:
        return
    if jsonl is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(2)
    from communs.core.neutrality import classify_many

    batch: list[tuple[object, str]] = []
    for _number, row in read_id_text_jsonl(jsonl):
        batch.append((row["id"], row["text"]))
        if len(batch) >= BATCH:
            _flush(batch, classify_many)
            batch = []
    _flush(batch, classify_many)


def _flush(batch: list[tuple[object, str]], classify_many: Callable[[list[str]], list[NeutralityDecision]]) -> None:
    if not batch:
        return
    decisions = classify_many([text for _, text in batch])
    for (ident, _), decision in zip(batch, decisions, strict=True):
        write_json_line({"id": ident, "decision": decision.decision, "category": decision.category,
                         "language": decision.language})


@guard_app.command("train")
def train(
    embedding_cache: Path | None = typer.Option(  # noqa: B008
        None, "--embedding-cache", help="File keeping the training questions' embeddings between refits (created "
        "if absent; only new texts are embedded)."),
) -> None:
    """Retrain the embedding model from core/neutrality/data/train.jsonl.gz and overwrite data/model.npz."""
    from communs.core.neutrality.training import train_and_save
    from communs.core.neutrality.vector_cache import CacheError, check

    try:
        if embedding_cache is not None:
            check(embedding_cache)  # before an hour of embedding, not after
        report = train_and_save(cache=embedding_cache)
    except CacheError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    report.pop("search", None)
    typer.echo(json.dumps(report))


def register(app: typer.Typer) -> None:
    app.add_typer(guard_app, name="guard")
