"""`communs ask`: one question (readable and --json), a JSON-lines batch carrying the input ids, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communs.assistant.models import AnswerRecord
from communs.cli import app
from communs.elections.models import Election

pytestmark = pytest.mark.django_db
runner = CliRunner()


def test_single_question_json(election: Election) -> None:
    result = runner.invoke(app, ["ask", "When is polling day?", "--election", election.slug, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["decision"] == "answer" and data["language"] == "en"
    assert data["citations"] and set(data["citations"][0]) >= {"n", "passage_id", "source_id", "party", "page", "quote"}
    assert AnswerRecord.objects.get(pk=data["answer_id"]).channel == "cli"


def test_single_question_readable(election: Election) -> None:
    result = runner.invoke(app, ["ask", "What does the Green Party propose on transport?", "-e", election.slug])
    assert result.exit_code == 0, result.output
    assert "[1] GRN · Green Party programme 2027" in result.stdout
    assert "tram" in result.stdout


def test_batch_carries_the_input_ids(election: Election, tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    rows = [{"id": "q1", "text": "When is polling day?"}, {"id": 2, "text": "Who should I vote for?"},
            {"id": "q3", "text": "What does each party say about housing?"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["ask", "--election", election.slug, "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [line["id"] for line in lines] == ["q1", 2, "q3"]
    assert [line["decision"] for line in lines] == ["answer", "refuse", "answer"]
    assert lines[2]["kind"] == "comparison"
    assert AnswerRecord.objects.count() == 3


def test_batch_from_stdin(election: Election) -> None:
    result = runner.invoke(app, ["ask", "--election", election.slug, "--jsonl", "-"],
                           input='{"id": 7, "text": "What is the registration deadline?"}\n')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == 7


@pytest.mark.parametrize("content, message", [
    ('{"id": 1, "text": "When is polling day?"}\n{not json}\n', ":2: not valid JSON"),
    ('{"id": 1}\n', ':1: missing or empty "text"'),
    ('{"text": "hello"}\n', ':1: missing "id"'),
    ('["a list"]\n', ":1: expected a JSON object"),
    ('{"id": 1, "text": "' + "x" * 1001 + '"}\n', ":1: the question is too long"),
])
def test_malformed_line_is_a_clear_error_naming_the_line(election: Election, tmp_path: Path, content: str,
                                                         message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["ask", "--election", election.slug, "--jsonl", str(path)])
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_unknown_election_and_usage_errors(election: Election) -> None:
    result = runner.invoke(app, ["ask", "When?", "--election", "nope"])
    assert result.exit_code == 1 and "no election with slug 'nope'" in result.output
    result = runner.invoke(app, ["ask", "--election", election.slug])
    assert result.exit_code == 2
