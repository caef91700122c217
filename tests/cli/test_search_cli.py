"""`communs search`: human output and --json over a real test database (typer's CliRunner)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communs.cli import app
from communs.elections import search_index
from tests.elections.test_search_index import make_election

pytestmark = pytest.mark.django_db
runner = CliRunner()


@pytest.fixture(autouse=True)
def fresh_index():  # type: ignore[no-untyped-def]
    search_index.invalidate()
    yield
    search_index.invalidate()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_json_output_lists_hits_with_provenance() -> None:
    make_election()
    result = run("search", "Tempolimit auf Autobahnen", "--election", "test-2027", "--party", "GZ", "--k", "2",
                 "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert [h["rank"] for h in hits] == [1, 2]
    assert "Tempolimit" in hits[0]["text"] and hits[0]["party_short"] == "GZ"
    assert {"passage_id", "score", "bm25", "dense", "source_title", "page", "start", "end", "language"} <= set(hits[0])


def test_human_output_shows_rank_party_source_page_and_snippet() -> None:
    make_election()
    result = run("search", "postal vote", "--election", "test-2027", "--kind", "official", "--mode", "bm25")
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.lstrip().startswith("1.") and "How to vote" in first and "p. 1" in first
    assert "You can vote by post" in result.stdout


def test_language_filter_and_no_result() -> None:
    make_election()
    result = run("search", "charbon", "--election", "test-2027", "--language", "fr", "--json")
    assert {h["language"] for h in json.loads(result.stdout)} == {"fr"}
    result = run("search", "zzzz", "--election", "test-2027", "--mode", "bm25")
    assert result.exit_code == 0 and "no passage found" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--election", "nope"], "unknown election"),
        (["--election", "test-2027", "--party", "Nobody"], "unknown party"),
        (["--election", "test-2027", "--mode", "fuzzy"], "unknown mode"),
        (["--election", "test-2027", "--kind", "blog"], "unknown kind"),
    ],
)
def test_bad_arguments_fail_with_one_clear_line(args: list[str], message: str) -> None:
    make_election()
    result = run("search", "coal", *args)
    assert result.exit_code == 1
    assert message in result.output
