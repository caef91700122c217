"""`communs search`: the hybrid passage search of an election, for people (a table) and scripts (--json)."""

from __future__ import annotations

import json
import sys

import typer

from communs.cli._common import console, fail, setup_django

SNIPPET = 160


def _snippet(text: str, width: int = SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rsplit(" ", 1)[0] + "…"


def search(
    query: str = typer.Argument(..., help="The question or keywords, in any of the election's languages."),
    election: str = typer.Option(..., "--election", help="Slug of the election to search."),
    party: str = typer.Option(None, "--party", help="Only this party (name, short name, alias or id)."),
    kind: str = typer.Option(None, "--kind", help="Only sources of this kind: programme, official or other."),
    language: str = typer.Option(None, "--language", help="Only passages in this language (fr, de, en...)."),
    k: int = typer.Option(10, "--k", min=1, max=1000, help="Number of passages to return."),
    mode: str = typer.Option("hybrid", "--mode", help="hybrid (BM25 + vectors), bm25 or dense."),
    as_json: bool = typer.Option(False, "--json", help="Print the hits as a JSON list."),
) -> None:
    """Search an election's passages: rank, score, party, source, page and a snippet of each hit."""
    setup_django()
    from communs.elections.models import Election
    from communs.elections.search_index import resolve_party
    from communs.elections.search_index import search as run_search

    if mode not in ("hybrid", "bm25", "dense"):
        fail(f"unknown mode {mode!r}: choose hybrid, bm25 or dense")
    found = Election.objects.filter(slug=election).first()
    if found is None:
        fail(f"unknown election {election!r}")
    if party and resolve_party(found, party) is None:
        names = ", ".join(p.label for p in found.parties.all()) or "none"
        fail(f"unknown party {party!r} in election {election!r} (parties: {names})")
    if kind and kind not in ("programme", "official", "other"):
        fail(f"unknown kind {kind!r}: choose programme, official or other")
    with console.status("searching (the first search of an election builds its index)..."):
        hits = run_search(found, query, party=party, kind=kind, language=language, k=k, mode=mode)
    if as_json:
        sys.stdout.write(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2) + "\n")
        return
    if not hits:
        typer.echo("no passage found")
        return
    for h in hits:
        who = h.party_short or h.party_name or "-"
        page = f"p. {h.page}" if h.page is not None else "-"
        typer.echo(f"{h.rank:>3}. {h.score:.3f}  {who}  {h.source_title}  {page}")
        typer.echo(f"     {_snippet(h.text)}")


def register(app: typer.Typer) -> None:
    app.command()(search)
