"""Client for any OpenAI-compatible ``/v1/chat/completions`` endpoint, over httpx.

The API key is sent as a bearer token and never appears in ``repr``, logs or error messages. Failures (timeouts,
HTTP errors, malformed JSON) raise ``LLMError``/``LLMTimeoutError`` with a clear message so the composer can fall back
to the extractive answer.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

import httpx

from communs.core.llm.types import ChatMessage, ChatResult, LLMError, LLMTimeoutError

log = logging.getLogger(__name__)


class OpenAICompatibleBackend:
    """``POST {base_url}/v1/chat/completions``; ``base_url`` may or may not already end in ``/v1``."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        base = base_url.rstrip("/")
        self.base_url = base if base.endswith("/v1") else base + "/v1"
        self.model = model
        self.timeout = float(timeout)
        self.__api_key = api_key or None  # name-mangled; never printed

    def __repr__(self) -> str:
        key = "set" if self.__api_key else "none"
        return f"OpenAICompatibleBackend(base_url={self.base_url!r}, model={self.model!r}, api_key=<{key}>, timeout={self.timeout})"

    __str__ = __repr__

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.__api_key:
            headers["Authorization"] = f"Bearer {self.__api_key}"
        return headers

    def _payload(
        self,
        messages: Sequence[ChatMessage],
        temperature: float,
        max_tokens: int,
        seed: int | None,
        stream: bool,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [dict(m) for m in messages],
            "temperature": temperature,
            "max_tokens": max_tokens,
            "stream": stream,
        }
        if seed is not None:
            payload["seed"] = seed
        return payload

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> ChatResult:
        url = f"{self.base_url}/chat/completions"
        started = time.perf_counter()
        try:
            response = httpx.post(
                url,
                json=self._payload(messages, temperature, max_tokens, seed, False),
                headers=self._headers(),
                timeout=self.timeout,
            )
        except httpx.TimeoutException:
            raise LLMTimeoutError(f"LLM endpoint {url} did not answer within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise LLMError(f"LLM endpoint {url} unreachable: {type(exc).__name__}") from None
        if response.status_code >= 400:
            raise LLMError(
                f"LLM endpoint {url} returned HTTP {response.status_code}: {_short(response.text)}"
            )
        try:
            data = response.json()
            text = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(
                f"LLM endpoint {url} returned a malformed completion: {_short(response.text)}"
            ) from None
        if not isinstance(text, str):
            raise LLMError(f"LLM endpoint {url} returned no text")
        usage = {k: int(v) for k, v in (data.get("usage") or {}).items() if isinstance(v, int)}
        elapsed = time.perf_counter() - started
        log.debug("llm completion model=%s tokens=%s in %.3fs", self.model, usage, elapsed)
        return ChatResult(text=text, model=str(data.get("model") or self.model), usage=usage, total_s=elapsed)

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> Iterator[str]:
        """Yield content deltas of a server-sent-events stream (``"stream": true``)."""
        url = f"{self.base_url}/chat/completions"
        payload = self._payload(messages, temperature, max_tokens, seed, True)
        try:
            with httpx.stream(
                "POST", url, json=payload, headers=self._headers(), timeout=self.timeout
            ) as response:
                if response.status_code >= 400:
                    response.read()
                    raise LLMError(
                        f"LLM endpoint {url} returned HTTP {response.status_code}: {_short(response.text)}"
                    )
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    body = line[5:].strip()
                    if body == "[DONE]":
                        return
                    try:
                        delta = json.loads(body)["choices"][0].get("delta", {}).get("content")
                    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                        raise LLMError(f"LLM endpoint {url} sent a malformed stream event") from None
                    if delta:
                        yield delta
        except httpx.TimeoutException:
            raise LLMTimeoutError(f"LLM endpoint {url} did not answer within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise LLMError(f"LLM endpoint {url} unreachable: {type(exc).__name__}") from None

    def complete_streamed(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> ChatResult:
        """Stream a completion and record time to first token and total time."""
        started = time.perf_counter()
        first: float | None = None
        parts: list[str] = []
        for delta in self.stream(messages, temperature=temperature, max_tokens=max_tokens, seed=seed):
            if first is None:
                first = time.perf_counter() - started
            parts.append(delta)
        return ChatResult(
            text="".join(parts), model=self.model, first_token_s=first, total_s=time.perf_counter() - started
        )


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
