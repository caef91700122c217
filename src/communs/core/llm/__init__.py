"""Chat models behind one Protocol: OpenAI-compatible HTTP endpoints, the optional local llama.cpp model, and a
scripted server process for tests."""

from communs.core.llm.factory import get_chat_backend
from communs.core.llm.openai_compat import OpenAICompatibleBackend
from communs.core.llm.types import (
    ChatBackend,
    ChatMessage,
    ChatResult,
    LLMError,
    LLMTimeoutError,
    MissingExtraError,
)

__all__ = [
    "ChatBackend",
    "ChatMessage",
    "ChatResult",
    "LLMError",
    "LLMTimeoutError",
    "MissingExtraError",
    "OpenAICompatibleBackend",
    "get_chat_backend",
]
