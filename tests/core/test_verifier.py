"""The citation verifier on its own: citations, lexical and embedding support, numbers, evaluative and advising
language, survival thresholds, and a record of every dropped sentence with its reasons."""

from __future__ import annotations

import pytest

from communs.core.answers.verify import VerifierOptions, split_cited_sentences, verify
from tests.core._answers_data import PASSAGES

GIVEN = [PASSAGES[0], PASSAGES[1]]  # [1] SPD Tempolimit, [2] SPD Rente


def _reasons(text: str, **kw) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [v.reasons for v in verify(text, GIVEN, language="de", **kw).verdicts]


def test_split_handles_marker_placement_and_bullets() -> None:
    text = "- Die SPD will ein Tempolimit [1].\n- Die Rente bleibt stabil. [2] Ohne Beleg.\nZwei Quellen [1, 2][2]."
    assert split_cited_sentences(text) == [
        ("Die SPD will ein Tempolimit.", (1,)),
        ("Die Rente bleibt stabil.", (2,)),
        ("Ohne Beleg.", ()),
        ("Zwei Quellen.", (1, 2)),
    ]


def test_supported_sentences_are_kept_with_their_best_supporting_span() -> None:
    result = verify(
        "Die SPD will ein Tempolimit von 130 km/h auf Autobahnen [1]. Die Rente soll laut SPD bei 48 Prozent stabil bleiben [2].",
        GIVEN,
        language="de",
    )
    assert result.passed and len(result.kept) == 2
    n, s, e = result.kept[1].support[0]
    assert n == 2 and GIVEN[1].text[s:e] == "Die Rente soll bei 48 Prozent stabil bleiben."


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Die SPD will ein Tempolimit auf Autobahnen.", "uncited"),
        ("Die SPD will ein Tempolimit auf Autobahnen [9].", "invented_citation:9"),
        ("Die SPD will ein Tempolimit auf Autobahnen [0].", "invented_citation:0"),
        ("Die SPD will ein Tempolimit von 120 km/h auf Autobahnen [1].", "number_not_in_passage:120"),
        ("Die SPD will die Kernkraftwerke wieder hochfahren und Steuern senken [1].", "unsupported_lexical"),
        ("Sie sollten die SPD wählen, wenn Ihnen Tempolimit auf Autobahnen wichtig ist [1].", "advice"),
    ],
)
def test_hostile_sentences_are_dropped_with_a_reason(sentence: str, reason: str) -> None:
    good = "Die SPD will ein Tempolimit von 130 km/h auf Autobahnen [1]."
    result = verify(f"{good} {sentence}", GIVEN, language="de")
    dropped = result.to_json()["dropped"]
    assert len(dropped) == 1 and any(r.startswith(reason) for r in dropped[0]["reasons"]), dropped
    assert result.kept[0].sentence == "Die SPD will ein Tempolimit von 130 km/h auf Autobahnen."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Tempolimit der SPD ist eine gute und vernünftige Idee für Autobahnen [1].", "de"),
        ("The SPD speed limit on Autobahnen is the best plan [1].", "en"),
        ("You should vote for the SPD because of the Tempolimit [1].", "en"),
        ("Votez pour le SPD, son Tempolimit sur les Autobahnen est excellent [1].", "fr"),
    ],
)
def test_evaluative_and_advising_language_is_dropped_in_each_language(text: str, language: str) -> None:
    result = verify(text, GIVEN, language=language)
    assert not result.passed and result.reason == "no_supported_sentence"
    reasons = result.to_json()["dropped"][0]["reasons"]
    assert any(r.startswith(("evaluative", "advice")) for r in reasons), reasons


def test_too_few_surviving_sentences_fail_the_answer() -> None:
    text = (
        "Die SPD will ein Tempolimit von 130 km/h auf Autobahnen [1]. Die SPD will Kernkraft [1]. "
        "Die SPD will Steuern senken [2]. Erfunden."
    )
    result = verify(text, GIVEN, language="de")
    assert not result.passed and result.reason == "too_few_supported:1/4"
    lenient = verify(text, GIVEN, language="de", options=VerifierOptions(min_kept_share=0.25))
    assert lenient.passed


def test_empty_output_fails() -> None:
    assert verify("  ", GIVEN, language="de").reason == "empty_answer"


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    from communs.core.search.embeddings import get_embedder

    return get_embedder()


def test_embedding_support_is_measured_and_enforced(embedder) -> None:  # type: ignore[no-untyped-def]
    text = "Die SPD will ein Tempolimit von 130 km/h auf Autobahnen [1]."
    result = verify(text, GIVEN, language="de", embedder=embedder)
    assert result.passed and result.kept[0].cosine is not None and result.kept[0].cosine > 0.8
    strict = verify(
        text, GIVEN, language="de", embedder=embedder, options=VerifierOptions(min_embedding_support=0.999)
    )
    assert not strict.passed and strict.to_json()["dropped"][0]["reasons"][0].startswith(
        "unsupported_embedding"
    )
