"""``communs socratic``: the leading-question detector and the Socratic questions over JSON lines.

    communs socratic check --jsonl IN   # lines {"id","text"} of questions -> {"id","leading","reasons"}
    communs socratic ask --jsonl IN     # lines {"id","text"} of contributions -> {"id","language","questions"}
                                        # (optional "topic" per line, or --topic: the consultation's question)
    communs socratic retrain            # refit the detector's model on the TRAIN split (data/model.json)

``-`` reads standard input. A malformed line stops with an error naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer

from communs.cli._common import fail, read_id_text_jsonl, write_json_line

socratic_app = typer.Typer(help="Socratic step: open questions for a contribution, leading-question detector.",
                           no_args_is_help=True)
LANGS = ("fr", "de", "en")


def _records(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-empty line, with ``id``, ``text`` and an optional ``language`` checked."""
    for number, obj in read_id_text_jsonl(path):
        language = obj.get("language")
        if language is not None and language not in LANGS:
            fail(f"{path}:{number}: \"language\" must be one of {', '.join(LANGS)}")
        yield number, obj


def check(
    jsonl: str = typer.Option(..., "--jsonl", help="JSON lines {\"id\",\"text\"} of questions ('-' = stdin)."),
    contribution_field: str = typer.Option(
        "contribution", help="Optional field holding the author's text, to flag sides the author did not raise."
    ),
    rules_only: bool = typer.Option(False, "--rules-only", help="Skip the model (no embedder load)."),
    batch: int = typer.Option(64, min=1, help="Questions embedded per batch."),
) -> None:
    """Flag leading questions: one output line {"id","leading","reasons"} per input line."""
    from communs.core.socratic.detector import check_questions

    pending: list[dict[str, Any]] = []

    def flush() -> None:
        results = check_questions(
            [o["text"] for o in pending], contributions=[o.get(contribution_field) for o in pending],
            languages=[o.get("language") for o in pending], use_model=not rules_only,
        )
        for obj, res in zip(pending, results, strict=True):
            write_json_line({"id": obj["id"], "leading": res.leading, "reasons": res.reasons})
        pending.clear()

    for _, obj in _records(jsonl):
        pending.append(obj)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()


def ask(
    jsonl: str = typer.Option(..., "--jsonl", help="JSON lines {\"id\",\"text\"} of contributions ('-' = stdin)."),
    max_questions: int = typer.Option(2, min=0, max=8, help="Questions per contribution."),
    details: bool = typer.Option(False, help="Also output the gaps and each question's family and template id."),
    llm: str = typer.Option("", help="Chat backend to tailor the questions: 'local', an http(s) URL, or empty for "
                                     "templates only. A tailored question is kept only if it passes the detector."),
    model: str = typer.Option("", help="Model id for --llm."),
    topic: str = typer.Option("", help="The consultation's question: it chooses the second question's family for "
                                       "every contribution alike (a line's own \"topic\" field wins)."),
) -> None:
    """Suggest open questions: one output line {"id","language","questions"} per contribution."""
    from communs.core.socratic.assistant import suggest_questions

    backend = None
    if llm:
        from communs.core.llm import get_chat_backend

        try:
            backend = get_chat_backend(llm, model=model or None)
        except ValueError as exc:
            fail(str(exc))
    for number, obj in _records(jsonl):
        result = suggest_questions(obj["text"], language=obj.get("language"), max_questions=max_questions,
                                   llm=backend, topic=_topic(obj, topic, f"{jsonl}:{number}"))
        line: dict[str, Any] = {"id": obj["id"], "language": result.language,
                                "questions": [q.text for q in result.questions]}
        if details:
            line["gaps"] = [{"family": g.family, "status": g.status} for g in result.gaps]
            line["families"] = [q.family for q in result.questions]
            line["template_ids"] = [q.template_id for q in result.questions]
            line["sources"] = [q.source for q in result.questions]
            line["measure"] = _measure(result.measure)
            line["topic_measure"] = _measure(result.topic_measure)
        write_json_line(line)


def _topic(obj: dict[str, Any], default: str, where: str) -> str | None:
    value = obj.get("topic", default)
    if value is not None and not isinstance(value, str):
        fail(f"{where}: \"topic\" must be a string")
    return value or None


def _measure(kind: Any) -> dict[str, str] | None:
    return None if kind is None else {"kind": kind.kind, "family": kind.family, "head": kind.head}


def retrain(
    output: str = typer.Option("", help="Where to write the weights (default: the package's data/model.json)."),
) -> None:
    """Refit the detector's model on the TRAIN split only (reproduces the shipped data/model.json)."""
    from pathlib import Path

    from communs.core.socratic.model import write_model

    path = write_model(Path(output) if output else None)
    typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    socratic_app.command()(check)
    socratic_app.command()(ask)
    socratic_app.command()(retrain)
    app.add_typer(socratic_app, name="socratic")
