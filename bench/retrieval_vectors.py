"""Passage vectors for the retrieval benchmark, cached on disk by (model, text hash) under ``var/bench-cache/``.

The cache mirrors what the platform does with ``PassageVector`` (embed a text once, keep it): re-running the
benchmark does not re-embed ~12,000 passages. Embedding *speed* is measured separately on a fixed sample that is
always embedded afresh (``embedding_rate``), so the cache never flatters that figure.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from communs.core.search.embeddings import Embedder

CACHE_DIR = Path(__file__).resolve().parents[1] / "var" / "bench-cache"
BATCH = 256
SAVE_EVERY = 16  # batches between saves of the cache (each save rewrites the whole file)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cached_vectors(embedder: Embedder, texts: Sequence[str], progress: bool = True) -> np.ndarray:
    """Vectors of ``texts`` (same order), embedding only those missing from the cache."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"{embedder.name}.npz"
    store: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            store = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_key(t) for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k not in store))
    text_of = dict(zip(keys, texts, strict=True))
    for i in range(0, len(missing), BATCH):
        batch = missing[i : i + BATCH]
        for k, v in zip(batch, embedder.embed([text_of[k] for k in batch]), strict=True):
            store[k] = np.asarray(v, dtype=np.float32)
        if progress:
            print(f"  embedded {min(i + BATCH, len(missing))}/{len(missing)} passages", flush=True)
        if (i // BATCH) % SAVE_EVERY == SAVE_EVERY - 1 or i + BATCH >= len(missing):
            _save(path, store)
    return np.vstack([store[k] for k in keys]) if keys else np.zeros((0, embedder.dim), np.float32)


def _save(path: Path, store: dict[str, np.ndarray]) -> None:
    """Write the cache to a temporary file and rename it, so a reader never sees a half-written file."""
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.array(list(store)), vectors=np.vstack(list(store.values())))
    os.replace(tmp, path)


def embedding_rate(embedder: Embedder, texts: Sequence[str]) -> tuple[float, int]:
    """Passages embedded per second on ``texts`` (always computed, never cached), and how many were timed."""
    start = time.perf_counter()
    embedder.embed(list(texts))
    return len(texts) / (time.perf_counter() - start), len(texts)
