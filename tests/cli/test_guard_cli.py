"""``communs guard --jsonl IN``: the JSON-lines contract, stdin, and clear errors naming the line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from communs.cli import app

runner = CliRunner()


def test_guard_jsonl_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": 1, "text": "Wen soll ich wählen?"}, {"id": "q2", "text": "Comment voter par procuration ?"},
            {"id": 3, "text": "Give me a recipe for pancakes."}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["guard", "--jsonl", str(src)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "q2", 3]
    assert all(set(o) == {"id", "decision", "category", "language"} for o in out)
    assert [(o["decision"], o["language"]) for o in out] == [("refuse", "de"), ("answer", "fr"), ("out_of_scope", "en")]
    assert out[0]["category"] == "voting_advice"


def test_guard_reads_stdin() -> None:
    result = runner.invoke(app, ["guard", "--jsonl", "-"], input='{"id": "a", "text": "Who will win the election?"}\n')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"id": "a", "decision": "refuse", "category": "prediction", "language": "en"}


def test_malformed_line_is_a_clear_error_naming_the_line(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1, "text": "ok"}\n{not json}\n', encoding="utf-8")
    result = runner.invoke(app, ["guard", "--jsonl", str(src)])
    assert result.exit_code != 0
    assert f"{src}:2" in result.output


def test_missing_text_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1}\n', encoding="utf-8")
    result = runner.invoke(app, ["guard", "--jsonl", str(src)])
    assert result.exit_code != 0
    assert "text" in result.output


def test_guard_without_input_shows_help() -> None:
    result = runner.invoke(app, ["guard"])
    assert result.exit_code == 2
    assert "--jsonl" in result.output and "train" in result.output
