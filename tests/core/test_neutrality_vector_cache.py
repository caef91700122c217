"""The training questions' embedding cache (``vector_cache.py``, ``communs guard train --embedding-cache``): only new
texts are embedded, the vectors come back in the texts' order, another embedder's cache is rebuilt, and a file that
is not a cache is a clear error and is left as it was."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from communs.cli import app
from communs.core.neutrality.vector_cache import CacheError, EmbeddingCache, check


class CountingEmbedder:
    """A deterministic embedder that records what it was asked to embed."""

    def __init__(self, name: str = "counting", dim: int = 4) -> None:
        self.name, self.dim = name, dim
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = [np.random.default_rng(sum(map(ord, t)) + len(t)).standard_normal(self.dim) for t in texts]
        out = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def embed_cached(embedder: CountingEmbedder, texts: Sequence[str], path: Path | None) -> np.ndarray:
    """One refit: the cache opened, then read."""
    return EmbeddingCache(embedder, path).embed(texts)


def test_only_new_texts_are_embedded_and_the_order_is_kept(tmp_path: Path) -> None:
    cache = tmp_path / "vectors.npz"
    first = CountingEmbedder()
    texts = ["Wen soll ich wählen?", "Comment voter par procuration ?", "Wen soll ich wählen?"]
    got = embed_cached(first, texts, cache)
    assert first.calls == [["Wen soll ich wählen?", "Comment voter par procuration ?"]]  # each distinct text once
    np.testing.assert_array_equal(got, CountingEmbedder().embed(texts))
    assert cache.exists()

    second = CountingEmbedder()  # a later refit: one text added to the training file
    more = ["Who will win?", "Comment voter par procuration ?", "Wen soll ich wählen?"]
    again = embed_cached(second, more, cache)
    assert second.calls == [["Who will win?"]]
    np.testing.assert_array_equal(again, CountingEmbedder().embed(more))
    third = CountingEmbedder()
    embed_cached(third, more + texts, cache)
    assert third.calls == []  # everything is in the cache now


def test_one_refit_reads_the_file_once_and_adds_each_new_batch(tmp_path: Path) -> None:
    cache = tmp_path / "vectors.npz"
    emb = CountingEmbedder()
    store = EmbeddingCache(emb, cache)
    store.embed(["a", "b"])
    cache.unlink()  # what the store already holds is not read again
    np.testing.assert_array_equal(store.embed(["b", "c"]), CountingEmbedder().embed(["b", "c"]))
    assert emb.calls == [["a", "b"], ["c"]]
    later = CountingEmbedder()
    EmbeddingCache(later, cache).embed(["a", "b", "c"])
    assert later.calls == []  # the second batch rewrote the file with everything known


def test_another_embedders_cache_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "vectors.npz"
    embed_cached(CountingEmbedder("a", 4), ["x", "y"], cache)
    other = CountingEmbedder("b", 3)
    got = embed_cached(other, ["x", "y"], cache)
    assert other.calls == [["x", "y"]] and got.shape == (2, 3)


def test_no_cache_and_no_texts(tmp_path: Path) -> None:
    emb = CountingEmbedder()
    assert embed_cached(emb, ["a"], None).shape == (1, 4) and not list(tmp_path.iterdir())
    assert embed_cached(emb, [], tmp_path / "c.npz").shape == (0, 4)


@pytest.mark.parametrize("content", [b"not a cache at all", b"PK\x03\x04 broken zip"])
def test_a_file_that_is_not_a_cache_is_a_clear_error_and_is_kept(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "notes.npz"
    cache.write_bytes(content)
    with pytest.raises(CacheError, match="is not an embedding cache"):
        embed_cached(CountingEmbedder(), ["a"], cache)
    with pytest.raises(CacheError):
        check(cache)
    assert cache.read_bytes() == content
    plain = tmp_path / "plain.npz"
    np.savez(plain, vectors=np.zeros((1, 4)))  # an npz, but not ours
    with pytest.raises(CacheError):
        check(plain)


def test_a_cache_in_a_missing_folder_is_refused_before_training(tmp_path: Path) -> None:
    with pytest.raises(CacheError, match="does not exist"):
        check(tmp_path / "no-such-folder" / "vectors.npz")
    check(tmp_path / "vectors.npz")  # absent but creatable: fine
    result = CliRunner().invoke(app, ["guard", "train", "--embedding-cache", str(tmp_path / "nope" / "v.npz")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_guard_train_refuses_a_file_that_is_not_a_cache_before_training(tmp_path: Path) -> None:
    cache = tmp_path / "thesis.docx"
    cache.write_bytes(b"my thesis")
    result = CliRunner().invoke(app, ["guard", "train", "--embedding-cache", str(cache)])
    assert result.exit_code == 2
    assert "is not an embedding cache" in result.output
    assert cache.read_bytes() == b"my thesis"


def test_without_autosave_new_vectors_are_written_once_by_save(tmp_path: Path) -> None:
    cache = tmp_path / "vectors.npz"
    embed_cached(CountingEmbedder(), ["a"], cache)
    before = cache.read_bytes()
    emb = CountingEmbedder()
    store = EmbeddingCache(emb, cache, autosave=False)
    assert (store.name, store.dim) == ("counting", 4)
    store.embed(["a", "b"])
    store.embed(["c", "b"])
    assert emb.calls == [["b"], ["c"]] and store.embedded == 2
    assert cache.read_bytes() == before  # many batches, no rewrite yet
    store.save()
    later = CountingEmbedder()
    np.testing.assert_array_equal(EmbeddingCache(later, cache).embed(["c", "b", "a"]),
                                  CountingEmbedder().embed(["c", "b", "a"]))
    assert later.calls == []
    cache.unlink()
    store.save()  # nothing new since the last write: the file is not written again
    assert not cache.exists()


def test_the_neutrality_benchmark_reads_its_cache_from_the_environment(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import bench_neutrality

    monkeypatch.delenv(bench_neutrality.CACHE_ENV, raising=False)
    assert bench_neutrality._disk_cache(CountingEmbedder()) is None
    monkeypatch.setenv(bench_neutrality.CACHE_ENV, str(tmp_path / "bench.npz"))
    store = bench_neutrality._disk_cache(CountingEmbedder())
    assert isinstance(store, EmbeddingCache) and not store.autosave
    notes = tmp_path / "notes.npz"
    notes.write_bytes(b"notes")
    monkeypatch.setenv(bench_neutrality.CACHE_ENV, str(notes))
    with pytest.raises(CacheError):
        bench_neutrality._disk_cache(CountingEmbedder())
    assert notes.read_bytes() == b"notes"


def test_the_benchmarks_embed_through_the_cache_while_they_run(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from bench import bench_neutrality

    cache = tmp_path / "bench.npz"
    monkeypatch.setenv(bench_neutrality.CACHE_ENV, str(cache))
    emb = CountingEmbedder()
    clf = SimpleNamespace(embedder=emb)
    with bench_neutrality.cached_embeddings(clf) as store:
        assert clf.embedder is store and isinstance(store, EmbeddingCache)
        clf.embedder.embed(["a", "b"])
        clf.embedder.embed(["b", "c"])
        assert not cache.exists()  # written once, at the end
    assert clf.embedder is emb and emb.calls == [["a", "b"], ["c"]]
    later = CountingEmbedder()
    EmbeddingCache(later, cache).embed(["a", "b", "c"])
    assert later.calls == []
    monkeypatch.delenv(bench_neutrality.CACHE_ENV)
    with bench_neutrality.cached_embeddings(clf) as none:
        assert none is None and clf.embedder is emb
