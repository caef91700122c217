"""The OpenAI-compatible client against the real scripted server process: replies, streaming with time to first
token, HTTP errors and timeouts as clear errors, and the API key kept out of repr, errors and logs."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from communs.core.llm import LLMError, LLMTimeoutError, OpenAICompatibleBackend, get_chat_backend
from tests.core._llm_server import scripted_server

SECRET = "sk-test-very-secret-key-123"
RULES = [
    {"match": "slow", "delay": 2.0, "reply": "late"},
    {"match": "boom", "status": 500, "reply": "internal failure"},
    {"regex": r"count\s+to\s+three", "sequence": ["one", "two", "three"]},
    {"match": "hello", "reply": "Hello there, citizen."},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):  # type: ignore[no-untyped-def]
    with scripted_server(tmp_path_factory.mktemp("llm-client"), RULES) as (url, log):
        yield url, log


def _msgs(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]


def test_complete_returns_scripted_reply_and_model(server) -> None:  # type: ignore[no-untyped-def]
    url, _ = server
    result = OpenAICompatibleBackend(url, "any-model", api_key=SECRET, timeout=5).complete(_msgs("hello"))
    assert result.text == "Hello there, citizen."
    assert result.model == "scripted"
    assert result.usage["completion_tokens"] == 3
    assert result.total_s is not None and result.total_s >= 0


def test_models_route_and_no_match_is_an_error(server) -> None:  # type: ignore[no-untyped-def]
    url, _ = server
    assert httpx.get(f"{url}/v1/models").json()["data"][0]["id"] == "scripted"
    with pytest.raises(LLMError, match="HTTP 422"):
        OpenAICompatibleBackend(url, "m", timeout=5).complete(_msgs("nothing matches this"))


def test_sequence_rule_answers_in_turn(server) -> None:  # type: ignore[no-untyped-def]
    backend = OpenAICompatibleBackend(server[0], "m", timeout=5)
    replies = [backend.complete(_msgs("please count to three")).text for _ in range(4)]
    assert replies == ["one", "two", "three", "three"]


def test_streaming_gives_text_and_time_to_first_token(server) -> None:  # type: ignore[no-untyped-def]
    backend = OpenAICompatibleBackend(server[0], "m", timeout=5)
    deltas = list(backend.stream(_msgs("hello")))
    assert len(deltas) > 1 and "".join(deltas) == "Hello there, citizen."
    result = backend.complete_streamed(_msgs("hello"))
    assert result.text == "Hello there, citizen."
    assert result.first_token_s is not None and 0 <= result.first_token_s <= result.total_s  # type: ignore[operator]


def test_http_500_is_a_clear_error_without_the_key(server, caplog) -> None:  # type: ignore[no-untyped-def]
    backend = OpenAICompatibleBackend(server[0], "m", api_key=SECRET, timeout=5)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(LLMError) as info:
        backend.complete(_msgs("boom"))
    assert "HTTP 500" in str(info.value) and "internal failure" in str(info.value)
    assert SECRET not in str(info.value) and SECRET not in caplog.text


def test_timeout_is_a_timeout_error(server) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LLMTimeoutError, match="did not answer within 0.5 s"):
        OpenAICompatibleBackend(server[0], "m", timeout=0.5).complete(_msgs("slow please"))


def test_unreachable_endpoint_is_an_llm_error() -> None:
    with pytest.raises(LLMError, match="unreachable"):
        OpenAICompatibleBackend("http://127.0.0.1:9", "m", timeout=1).complete(_msgs("hello"))


def test_key_is_sent_but_never_shown_or_logged(server, caplog) -> None:  # type: ignore[no-untyped-def]
    url, log = server
    caplog.set_level(logging.DEBUG)
    backend = OpenAICompatibleBackend(url, "m", api_key=SECRET, timeout=5)
    backend.complete(_msgs("hello"))
    assert SECRET not in repr(backend) and SECRET not in str(backend) and "api_key=<set>" in repr(backend)
    assert SECRET not in caplog.text
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert entries[-1]["auth"] is True
    assert SECRET not in log.read_text()
    assert SECRET not in repr(vars(backend).get("api_key", ""))


def test_factory() -> None:
    assert get_chat_backend("none") is None and get_chat_backend("") is None
    backend = get_chat_backend("http://127.0.0.1:8000/v1", model="m", api_key=SECRET)
    assert isinstance(backend, OpenAICompatibleBackend) and backend.base_url == "http://127.0.0.1:8000/v1"
    assert get_chat_backend("local").model.startswith("qwen2.5")  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="base URL"):
        get_chat_backend("openai-compatible", model="m")
    with pytest.raises(ValueError, match="unknown chat backend"):
        get_chat_backend("gpt-nonsense")
