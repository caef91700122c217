"""The chat-model interface the answer composer talks to: a ``ChatBackend`` Protocol, its result and its errors.

Any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, Albert, Mistral, OpenAI) fits behind it; tests use
the scripted server process in ``communs.core.llm.scripted_server``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypedDict, runtime_checkable


class ChatMessage(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class ChatResult:
    """One completion: the text, the model that produced it (as reported by the server) and token usage.

    ``first_token_s``/``total_s`` are wall-clock timings measured by the client (time to first token is only
    known for streamed completions)."""

    text: str
    model: str
    usage: dict[str, int] = field(default_factory=dict)
    first_token_s: float | None = None
    total_s: float | None = None


class LLMError(RuntimeError):
    """The backend could not produce a completion (timeout, HTTP error, malformed reply). Callers fail closed."""


class LLMTimeoutError(LLMError):
    """The backend did not answer within the configured timeout."""


class MissingExtraError(ImportError):
    """An optional extra is not installed; the message says what to install."""


@runtime_checkable
class ChatBackend(Protocol):
    """A chat-completion model. ``model`` names the configured model id (recorded in reproducibility bundles)."""

    model: str

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> ChatResult:
        """Return the whole completion; raise ``LLMError`` on failure."""
        ...


@runtime_checkable
class StreamingChatBackend(ChatBackend, Protocol):
    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> Iterator[str]:
        """Yield text deltas as they arrive; raise ``LLMError`` on failure."""
        ...
