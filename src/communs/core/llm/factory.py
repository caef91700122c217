"""Choose a chat backend by name or URL, in one place.

``get_chat_backend("none")`` (or an empty name) returns ``None``: answers stay extractive. A URL
(``http://127.0.0.1:8080``) or ``openai-compatible`` with ``base_url=`` gives an ``OpenAICompatibleBackend``;
``local`` points at the loopback llama.cpp server started by ``communs.core.llm.local_model``.
"""

from __future__ import annotations

from communs.core.llm.openai_compat import OpenAICompatibleBackend
from communs.core.llm.types import ChatBackend

LOCAL_DEFAULT_URL = "http://127.0.0.1:8765"
LOCAL_MODEL_ID = "qwen2.5-coder-1.5b-instruct-q4_k_m"


def get_chat_backend(
    name_or_url: str | None,
    *,
    model: str | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: float = 30.0,
) -> ChatBackend | None:
    name = (name_or_url or "").strip()
    if name.lower() in {"", "none", "off", "extractive"}:
        return None
    if name.startswith(("http://", "https://")):
        return OpenAICompatibleBackend(name, model or "default", api_key=api_key, timeout=timeout)
    if name.lower() in {"openai-compatible", "openai", "vllm", "ollama", "llama.cpp", "albert", "mistral"}:
        if not base_url:
            raise ValueError(f"the {name!r} chat backend needs a base URL (COMMUNS_LLM_BASE_URL)")
        if not model:
            raise ValueError(f"the {name!r} chat backend needs a model id (COMMUNS_LLM_MODEL)")
        return OpenAICompatibleBackend(base_url, model, api_key=api_key, timeout=timeout)
    if name.lower() == "local":
        return OpenAICompatibleBackend(
            base_url or LOCAL_DEFAULT_URL, model or LOCAL_MODEL_ID, api_key=None, timeout=timeout
        )
    raise ValueError(
        f"unknown chat backend {name!r}; use 'none', 'local', 'openai-compatible' or an http(s) URL"
    )
