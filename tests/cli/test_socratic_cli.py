"""``communs socratic check|ask --jsonl IN``: JSON-lines contracts, stdin, and clear errors naming the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communs.cli import app

runner = CliRunner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_check_contract_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    rows = [
        {"id": "q1", "text": "Wouldn't it be better to close the road?"},
        {"id": 2, "text": "Which road do you have in mind?"},
        {"id": "q3", "text": "N'est-ce pas évident ?", "language": "fr"},
        {"id": "q4", "text": "Wie würden Sie mit dem Lärm umgehen?", "contribution": "Ein Skatepark beim Bahnhof."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["socratic", "check", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert [o["id"] for o in out] == ["q1", 2, "q3", "q4"]
    assert all(set(o) == {"id", "leading", "reasons"} for o in out)
    assert [o["leading"] for o in out] == [True, False, True, True]
    assert out[0]["reasons"] and out[1]["reasons"] == []
    assert any("did not raise" in r for r in out[3]["reasons"])


def test_check_from_stdin_rules_only() -> None:
    stdin = json.dumps({"id": "a", "text": "Don't you think the fee is too high?"}) + "\n"
    result = runner.invoke(app, ["socratic", "check", "--jsonl", "-", "--rules-only"], input=stdin)
    assert result.exit_code == 0, result.output
    assert _lines(result.stdout)[0]["leading"] is True


def test_ask_contract() -> None:
    rows = [{"id": "c1", "text": "Il faudrait une piscine couverte."},
            {"id": "c2", "text": "We need more benches in the park, because older people cannot rest."},
            {"id": "c3", "text": "Wir brauchen mehr Bänke."}]
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    result = runner.invoke(app, ["socratic", "ask", "--jsonl", "-"], input=stdin)
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert [o["id"] for o in out] == ["c1", "c2", "c3"]
    assert all(set(o) == {"id", "language", "questions"} for o in out)
    assert [o["language"] for o in out] == ["fr", "en", "de"]
    assert all(len(o["questions"]) == 2 and all(isinstance(q, str) and q.endswith("?") for q in o["questions"])
               for o in out)
    again = runner.invoke(app, ["socratic", "ask", "--jsonl", "-"], input=stdin)
    assert again.stdout == result.stdout


def test_ask_details_and_max_questions() -> None:
    stdin = json.dumps({"id": 1, "text": "We need more benches."}) + "\n"
    result = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--details", "--max-questions", "3"], input=stdin)
    out = _lines(result.stdout)[0]
    assert len(out["questions"]) == 3 and len(out["families"]) == 3 and out["gaps"]


def test_ask_topic_chooses_the_second_family_for_both_sides() -> None:
    """The consultation's question (--topic, or a line's "topic") chooses the second family, the same for a
    contribution for and one against (ADR 0009); without it, 'for whom'."""
    rows = [{"id": "for", "text": "We need more benches in the park."},
            {"id": "against", "text": "I don't want more benches in the park, they attract noise at night."}]
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    topic = "Should the town install new benches in the park?"
    with_topic = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--details", "--topic", topic], input=stdin)
    without = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--details"], input=stdin)
    per_line = "".join(json.dumps({**r, "topic": topic}) + "\n" for r in rows)
    own_field = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--details"], input=per_line)
    assert with_topic.exit_code == without.exit_code == own_field.exit_code == 0, with_topic.output
    fams = [o["families"] for o in _lines(with_topic.stdout)]
    assert fams[0] == fams[1] == ["why", "where"]
    assert [o["families"] for o in _lines(own_field.stdout)] == fams
    assert _lines(with_topic.stdout)[0]["topic_measure"]["family"] == "where"
    assert [o["families"] for o in _lines(without.stdout)] == [["why", "for_whom"]] * 2
    bad = runner.invoke(app, ["socratic", "ask", "--jsonl", "-"], input='{"id": 1, "text": "Benches!", "topic": 3}\n')
    assert bad.exit_code == 1 and '-:1: "topic" must be a string' in " ".join(bad.output.split())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "text": "Who?"}\n\nnot json\n', "-:3: not valid JSON"),
        ('{"text": "Who?"}\n', "-:1: missing \"id\""),
        ('{"id": 1, "text": ""}\n', "-:1: missing or empty \"text\""),
        ('[1, 2]\n', "-:1: expected a JSON object"),
        ('{"id": 1, "text": "Wer?", "language": "it"}\n', "-:1: \"language\" must be one of"),
    ],
)
@pytest.mark.parametrize("command", ["check", "ask"])
def test_malformed_lines_are_named(command: str, content: str, message: str) -> None:
    result = runner.invoke(app, ["socratic", command, "--jsonl", "-", "--rules-only"] if command == "check"
                           else ["socratic", command, "--jsonl", "-"], input=content)
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["socratic", "check", "--jsonl", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1 and "cannot read" in result.output


@pytest.mark.slow
def test_ask_with_an_llm_backend(tmp_path: Path) -> None:
    from tests.core._llm_server import scripted_server

    rules = [{"match": "benches", "sequence": ["Isn't it obvious that older people need benches?",
                                              "What have you noticed that led you to propose benches?"]}]
    stdin = json.dumps({"id": 1, "text": "We need more benches."}) + "\n"
    with scripted_server(tmp_path, rules) as (url, _log):
        result = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--llm", url, "--model", "scripted",
                                     "--details"], input=stdin)
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)[0]
    assert out["sources"] == ["template", "llm"]
    assert out["questions"][1] == "What have you noticed that led you to propose benches?"


def test_ask_with_an_unknown_backend_is_a_clear_error() -> None:
    result = runner.invoke(app, ["socratic", "ask", "--jsonl", "-", "--llm", "bogus"], input='{"id":1,"text":"x"}\n')
    assert result.exit_code == 1 and "unknown chat backend" in result.output
