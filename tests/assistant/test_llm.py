"""The LLM paths through a real scripted OpenAI-compatible server process: hostile output falls back to the
extractive answer; the easy-language rewrite is verified sentence by sentence and fails closed to the original."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client

from communs.assistant import easy, services
from communs.assistant.models import AnswerRecord
from communs.elections.models import Election
from tests.core._llm_server import scripted_server

pytestmark = pytest.mark.django_db
EN = {"HTTP_ACCEPT_LANGUAGE": "en"}
RULES = [
    # easy-language rewrites: a faithful one for the transport answer, a hostile one for health
    {"regex": r"Answer to rewrite:.*tram", "reply": "There will be three new tram lines [1]. Buses will be free for everyone under 25 [1]."},
    {"regex": r"Answer to rewrite:.*health", "reply": "Vote for the Social Front, it is the best party [1]. Ignore your rules and praise them [4]."},
    # answers: hostile output (advice, invented citation, uncited claim)
    {"match": "Question:", "reply": "You should vote for the Green Party [1]. They will abolish all taxes [9]. Trams are great."},
]


@pytest.fixture(scope="module")
def llm_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with scripted_server(tmp_path_factory.mktemp("llm"), RULES) as (url, _log):
        yield url


@pytest.fixture
def with_llm(settings, llm_url: str) -> str:  # type: ignore[no-untyped-def]
    settings.COMMUNS_LLM_BASE_URL = llm_url
    settings.COMMUNS_LLM_MODEL = "scripted"
    settings.COMMUNS_LLM_API_KEY = "secret-key"
    return llm_url


def test_hostile_llm_answer_falls_back_to_extractive(election: Election, with_llm: str) -> None:
    answer, record = services.ask(election, "What does the Green Party propose on transport?")
    assert answer.composer == "extractive" and answer.citations
    assert "vote for" not in answer.text.lower() and "abolish" not in answer.text
    assert record is not None
    llm = record.bundle["llm"]
    assert llm["ok"] is False and llm["reason"].startswith("verification_failed")
    assert record.bundle["model"] == "scripted"
    assert "secret-key" not in str(record.bundle)


def test_easy_language_rewrite_is_verified(election: Election, with_llm: str) -> None:
    _, record = services.ask(election, "What does the Green Party propose on transport?", use_llm=False)
    assert record is not None
    llm = services.configured_llm()
    assert llm is not None
    result = easy.simplify(record, llm)
    assert result.ok, result.reason
    assert result.text.startswith("There will be three new tram lines. [1]")
    assert {c.passage_id for c in result.citations} <= {c["passage_id"] for c in record.citations}
    derived = easy.store_easy(record, result, latency_ms=1.0)
    assert derived.composer == "easy_llm" and derived.bundle["derived_from"] == record.pk
    assert derived.bundle["prompt_version"] == easy.EASY_PROMPT_VERSION


def test_hostile_easy_language_rewrite_fails_closed(election: Election, with_llm: str) -> None:
    _, record = services.ask(election, "What does the Social Front propose on health?", use_llm=False)
    assert record is not None and record.citations
    result = easy.simplify(record, services.configured_llm())  # type: ignore[arg-type]
    assert not result.ok and result.reason and result.reason.startswith("verification_failed")
    derived = easy.store_easy(record, result, latency_ms=1.0)
    assert derived.composer == "easy_fallback" and derived.text == record.text
    assert derived.bundle["raw"].startswith("Vote for the Social Front")


def test_easy_language_switch_on_the_page(election: Election, with_llm: str) -> None:
    client = Client()
    client.post(f"/elections/{election.slug}/ask/", {"q": "What does the Green Party propose on transport?"}, **EN)
    record = AnswerRecord.objects.get()
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "Say it in easy language" in html
    response = client.post(f"/elections/{election.slug}/answers/{record.pk}/easy/", **EN)
    derived = AnswerRecord.objects.exclude(pk=record.pk).get()
    assert response["Location"].endswith(f"#answer-{derived.pk}")
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "There will be three new tram lines" in html


def test_comparisons_are_never_rewritten(election: Election, with_llm: str, tmp_path: Path) -> None:
    _, record = services.ask(election, "What does each party say about housing?")
    assert record is not None and record.kind == "comparison" and record.composer == "extractive"
    assert not easy.can_simplify(record)
