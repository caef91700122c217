"""The training questions' embeddings kept on disk between refits (``communs guard train --embedding-cache PATH``).

Embedding the ~98,000 training questions with the model's two encoders takes about 40 minutes on two cores; the fit
itself takes 4 to 15 minutes from the vectors (session 48: C = 8 in 4 minutes, C = 32 in 15, one thread each). A
refit that only changes a setting (C, the threshold, the weights) or adds rows to the training file should not
embed everything again: the cache keeps one vector per distinct text for one embedder (a cache of another embedder
is replaced), and only the texts it lacks are embedded (then added to it). A vector is the same as a fresh one up to
the encoders' batching (below 1e-6), so a fit from cached vectors reaches the same minimum within the fit's
tolerance; the shipped model's witness is always embedded fresh (``training.fit_witness``), which is what the
retraining test checks.

The file is a numpy ``.npz`` with the embedder's name, the texts (JSON, UTF-8) and the float32 vectors; it is written
to a temporary file next to it and then renamed, so an interrupted refit never leaves half a cache. A file that is not
such a cache is never overwritten: :class:`CacheError` says so.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

FORMAT = "communs-embedding-cache-v1"


class CacheError(ValueError):
    """The given path exists but is not an embedding cache (nothing was written to it)."""


class _Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def check(path: Path) -> None:
    """Raise :class:`CacheError` when ``path`` exists and is not an embedding cache, or when its folder does not exist
    (before a refit starts, not after its embedding)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise CacheError(f"{path}: the folder {path.parent} does not exist")
    _load(path)


def _load(path: Path) -> tuple[str, list[str], np.ndarray] | None:
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["format"]) != FORMAT:
                raise KeyError("format")
            name = str(data["embedder"])
            texts = json.loads(bytes(data["texts"]).decode("utf-8"))
            vectors = np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError, TypeError, EOFError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise CacheError(f"{path} is not an embedding cache ({exc.__class__.__name__}); choose another path or delete "
                         "it") from exc
    if len(texts) != len(vectors) or vectors.ndim != 2:
        raise CacheError(f"{path} is not an embedding cache (its texts and vectors do not match)")
    return name, texts, vectors


def _read(path: Path, embedder: _Embedder) -> dict[str, np.ndarray]:
    loaded = _load(path)
    if loaded is None:
        return {}
    name, texts, vectors = loaded
    if name != embedder.name or vectors.shape[1:] != (embedder.dim,):
        return {}  # another embedder's vectors: rebuilt for this one
    return dict(zip(texts, vectors, strict=True))


def _write(path: Path, embedder: _Embedder, known: dict[str, np.ndarray]) -> None:
    texts = list(known)
    vectors = np.stack([known[t] for t in texts]) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, format=np.array(FORMAT), embedder=np.array(embedder.name),
             texts=np.frombuffer(json.dumps(texts, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
             vectors=vectors.astype(np.float32))
    os.replace(tmp, path)


class EmbeddingCache:
    """``embedder`` behind the cache file at ``path`` (None: no cache), read once when opened; every :meth:`embed` that
    meets new texts adds them to the file at once, so an interrupted refit keeps what it embedded. With
    ``autosave=False`` (many small batches, as the neutrality benchmark's, session 49) new vectors are written only by
    :meth:`save`: one rewrite of the file instead of one per batch."""

    def __init__(self, embedder: _Embedder, path: Path | None, *, autosave: bool = True) -> None:
        self.embedder = embedder
        self.path = None if path is None else Path(path)
        self.autosave = autosave
        self._known = {} if self.path is None else _read(self.path, embedder)
        self._unsaved = False
        self.embedded = 0  # texts embedded afresh (not found in the file)

    @property
    def name(self) -> str:
        return self.embedder.name

    @property
    def dim(self) -> int:
        return self.embedder.dim

    def save(self) -> None:
        """Write the vectors embedded since the last write (nothing to do when there are none or no path)."""
        if self.path is not None and self._unsaved:
            _write(self.path, self.embedder, self._known)
            self._unsaved = False

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``embedder.embed(texts)``: the (len(texts), dim) float32 array in the order of ``texts``."""
        if self.path is None:
            return self.embedder.embed(list(texts))
        missing = [t for t in dict.fromkeys(texts) if t not in self._known]
        if missing:
            self._known.update(zip(missing, self.embedder.embed(missing), strict=True))
            self.embedded += len(missing)
            self._unsaved = True
            if self.autosave:
                self.save()
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self._known[t] for t in texts]).astype(np.float32, copy=False)
