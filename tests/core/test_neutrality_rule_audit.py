"""The rule audit (``bench/neutrality_rule_audit.py``, session 49, ADR 0031): with nothing retired it decides exactly as
the classifier; a retired rule no longer decides, and the next hit or the model takes over; the cost changes it reports
are those of the questions the rule decides; bad arguments are a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench import neutrality_rule_audit as audit

from communs.core.neutrality import default_classifier
from communs.core.neutrality.dataset import Question

QUESTIONS = [
    Question("a-1", "Was sagt die SPD zum Mindestlohn?", "de", "answer", "programme", "a", "a/0"),
    Question("a-2", "Wen soll ich am Sonntag wählen?", "de", "refuse", "voting_advice", "b", "b/0"),
    Question("a-3", "Which party should I vote for?", "en", "refuse", "voting_advice", "b", "b/0"),
    Question("a-4", "Quel temps fera-t-il demain à Lyon ?", "fr", "out_of_scope", "out_of_scope", "c", "c/0"),
    Question("a-5", "Comment voter par procuration ?", "fr", "answer", "procedure", "d", "d/0"),
]


@pytest.fixture(scope="module")
def rows():  # type: ignore[no-untyped-def]
    return audit.read(QUESTIONS, default_classifier())


def test_nothing_retired_decides_as_the_classifier(rows) -> None:  # type: ignore[no-untyped-def]
    clf = default_classifier()
    assert audit.check_reproduced(rows, clf) == 0
    decided = [audit.decide(r, frozenset(), clf.model) for r in rows]
    assert [d.rule for d in decided] == ["programme.de.was_sagt", "voting_advice.de.wen", "voting_advice.en.which_should",
                                         "out_of_scope.any.topics", "procedure.fr.comment"]
    assert audit.total(rows, frozenset(), clf.model) == (0.0, 0)


def test_a_retired_rule_no_longer_decides(rows) -> None:  # type: ignore[no-untyped-def]
    model = default_classifier().model
    for row, name in ((rows[0], "programme.de.was_sagt"), (rows[1], "voting_advice.de.wen"),
                      (rows[3], "out_of_scope.any.topics")):
        after = audit.decide(row, frozenset({name}), model)
        assert after.rule != name
    # a retired intent hands the question to the model (no rule decides it then)
    assert audit.decide(rows[0], frozenset({"programme.de.was_sagt"}), model).rule is None
    # the other questions are not touched by a rule they do not fire
    assert audit.decide(rows[4], frozenset({"programme.de.was_sagt"}), model).rule == "procedure.fr.comment"


def test_the_cost_changes_are_those_of_the_questions_a_rule_decides(rows) -> None:  # type: ignore[no-untyped-def]
    model = default_classifier().model
    found = audit.deltas(rows, model)
    assert set(found) >= {"programme.de.was_sagt", "voting_advice.de.wen", "procedure.fr.comment"}
    for name, (delta, decided) in found.items():
        assert decided >= 1
        base, _ = audit.total(rows, frozenset(), model)
        after, _ = audit.total(rows, frozenset({name}), model)
        assert delta == after - base
    assert audit.cost("refuse", "answer") == 2.0 and audit.cost("answer", "refuse") == 1.0
    assert audit.cost("answer", "out_of_scope") == 0.5 and audit.cost("answer", "answer") == 0.0


def test_bad_arguments_are_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert audit.main([]) == 2
    assert "neutrality_rule_audit" in capsys.readouterr().err
    assert audit.main(["no-such-set"]) == 2
    assert "no such question set" in capsys.readouterr().err


def test_the_audit_reports_a_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(audit, "DATA", tmp_path)
    monkeypatch.delenv("COMMUNS_BENCH_EMBEDDING_CACHE", raising=False)
    with (tmp_path / "tiny.jsonl").open("w", encoding="utf-8") as fh:
        for q in QUESTIONS:
            fh.write(json.dumps({"id": q.id, "text": q.text, "language": q.language, "decision": q.decision,
                                 "category": q.category, "group": q.group, "pair": q.pair}, ensure_ascii=False) + "\n")
    assert audit.main(["tiny", "--retire", "programme.de.was_sagt", "not.a.rule"]) == 0
    out = capsys.readouterr().out
    assert "5 questions of tiny: cost 0.0" in out and "decisions reproduced exactly" in out
    assert "decides no question of these sets: not.a.rule" in out
    assert "with 2 rules retired: cost 0.0 ->" in out
