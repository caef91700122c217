"""``communs ask``: ask the voter assistant about an election, from the command line.

    communs ask "Que propose l'AVS sur le logement ?" --election valmont-2027          # readable answer
    communs ask "When is polling day?" --election valmont-2027 --json                  # one JSON answer
    communs ask --election valmont-2027 --jsonl questions.jsonl                        # {"id","text"} per line
    communs ask --election valmont-2027 --jsonl -                                      # the same from stdin

JSON answers carry ``decision, category, language, text, citations[{n, passage_id, source_id, party, page, quote}]``
(and ``answer_id``, ``kind``, ``sections``, ``disclosure``...); batch lines also carry the input's ``id``. Every
answer is stored with its reproducibility bundle, like answers given on the page or through the API.
"""

from __future__ import annotations

from typing import Any

import typer

from communs.cli._common import console, fail, read_id_text_jsonl, setup_django, write_json_line


def _print_readable(payload: dict[str, Any]) -> None:
    typer.echo(payload["text"])
    for c in payload["citations"]:
        where = f", p. {c['page']}" if c.get("page") else ""
        party = f"{c['party']} · " if c.get("party") else ""
        typer.echo(f"[{c['n']}] {party}{c.get('source_title', '')}{where}: \u201c{c['quote']}\u201d")
    if payload.get("alternative_link"):
        typer.echo(f"-> {payload['alternative_link']}")
    console.print(f"answer #{payload['answer_id']} · {payload['decision']}"
                  f"{' / ' + payload['category'] if payload.get('category') else ''} · {payload['language']}",
                  highlight=False)


def ask(
    question: str = typer.Argument(None, help="The question (omit with --jsonl)."),
    election: str = typer.Option(..., "--election", "-e", help="Slug of the election."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer as one JSON object."),
    jsonl: str = typer.Option(None, "--jsonl", help="JSON-lines file of {\"id\", \"text\"} ('-' for stdin)."),
    language: str = typer.Option(None, "--language", help="Reader's language (fr, de, en) for unclear questions."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Extractive answers even when an LLM backend is set."),
) -> None:
    """Answer questions about an election with sourced sentences (or a neutral refusal); every answer is stored."""
    if (question is None) == (jsonl is None):
        fail("give either a question or --jsonl FILE (not both)", code=2)
    setup_django()
    from communs.assistant import services
    from communs.assistant.models import Channel
    from communs.assistant.present import api_payload
    from communs.elections.models import Election

    found = Election.objects.filter(slug=election).first()
    if found is None:
        fail(f"no election with slug {election!r} (see `communs elections list` or load one with `communs demo`)")
    if jsonl is None:
        try:
            _, record = services.ask(found, question, language=language, use_llm=not no_llm, channel=Channel.CLI)
        except services.QuestionError as exc:
            fail(str(exc))
        assert record is not None
        payload = api_payload(record)
        if as_json:
            write_json_line(payload)
        else:
            _print_readable(payload)
        return
    for number, row in read_id_text_jsonl(jsonl):
        try:
            _, record = services.ask(found, row["text"], language=language, use_llm=not no_llm, channel=Channel.CLI)
        except services.QuestionError as exc:
            fail(f"{jsonl}:{number}: {exc}")
        assert record is not None
        write_json_line({"id": row["id"], **api_payload(record)})


def register(app: typer.Typer) -> None:
    app.command()(ask)
