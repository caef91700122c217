"""Easy-language rewrite through the real scripted server process: a faithful rewrite is served with the original
quotes as citations; hostile or unsupported rewrites leave the verified answer unchanged."""

from __future__ import annotations

from pathlib import Path

from communs.core.answers import answer_question
from communs.core.answers.plain import PLAIN_PROMPT_VERSION, rewrite_plain
from communs.core.llm import OpenAICompatibleBackend
from tests.core._answers_data import PARTIES, Retriever, allow, refuse_text
from tests.core._llm_server import scripted_server


def _answer(question: str = "Was sagt die SPD zum Tempolimit auf Autobahnen?"):  # type: ignore[no-untyped-def]
    return answer_question(
        question,
        parties=PARTIES,
        retrieve=Retriever(),
        classify=allow,
        refusal=refuse_text,
        election_id="btw",
    )


def _rewrite(tmp_path: Path, reply: str, answer=None):  # type: ignore[no-untyped-def]
    answer = answer or _answer()
    with scripted_server(tmp_path, [{"reply": reply}]) as (url, _):
        return answer, rewrite_plain(answer, OpenAICompatibleBackend(url, "m", timeout=5))


def test_faithful_plain_rewrite_keeps_the_exact_quotes(tmp_path: Path) -> None:
    original, plain = _rewrite(
        tmp_path,
        "Die SPD will ein Tempolimit auf Autobahnen [1]. Das Tempolimit ist 130 km/h [1]. Das senkt Unfälle [2].",
    )
    assert plain.composer == "llm" and plain.bundle["plain_language"]["ok"] is True
    assert plain.bundle["plain_language"]["prompt_version"] == PLAIN_PROMPT_VERSION
    assert {(c.passage_id, c.quote, c.start, c.end) for c in plain.citations} <= {
        (c.passage_id, c.quote, c.start, c.end) for c in original.citations
    }
    assert "Das senkt Unfälle." in plain.text and plain.text.startswith("Was das Programm von SPD")
    assert original.composer == "extractive"  # the original object is not modified


def test_rewrite_with_advice_or_invention_keeps_the_original(tmp_path: Path) -> None:
    original, plain = _rewrite(
        tmp_path, "Wählen Sie die SPD [1]. Die SPD will auch Kernkraft [2]. Das ist gut [1]."
    )
    assert plain.text == original.text and plain.citations == original.citations
    assert plain.bundle["plain_language"]["reason"].startswith("verification_failed")
    assert plain.composer == "extractive"


def test_comparisons_and_refusals_are_not_rewritten(tmp_path: Path) -> None:
    comparison = _answer("Wie unterscheiden sich die Parteien beim Tempolimit?")
    _, plain = _rewrite(tmp_path, "Alle Parteien [1].", comparison)
    assert (
        plain.text == comparison.text
        and plain.bundle["plain_language"]["reason"] == "comparison_not_rewritten"
    )
