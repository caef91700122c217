"""Topic clustering: topic (not language) drives the clusters; stable under shuffling and seeds; labels per language."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import adjusted_rand_score

from communs.core.search.embeddings import get_embedder
from communs.core.topics import find_topics

BIKES = [
    ("en", "We need safe protected bike lanes on the main avenues so children can cycle to school."),
    ("en", "More bicycle parking at the train station would encourage people to cycle."),
    ("en", "Cycling paths should be separated from car traffic by physical barriers."),
    ("fr", "Il faut des pistes cyclables protégées sur les grandes avenues pour que les enfants aillent à l'école à vélo."),
    ("fr", "Plus de stationnement pour les vélos à la gare encouragerait les gens à pédaler."),
    ("fr", "Les pistes cyclables doivent être séparées de la circulation automobile par des barrières."),
    ("de", "Wir brauchen sichere, geschützte Radwege auf den Hauptstraßen, damit Kinder mit dem Fahrrad zur Schule fahren."),
    ("de", "Mehr Fahrradstellplätze am Bahnhof würden die Menschen zum Radfahren ermutigen."),
    ("de", "Radwege sollten durch bauliche Trennungen vom Autoverkehr getrennt werden."),
]
LIBRARY = [
    ("en", "The public library should open on Sundays and in the evenings."),
    ("en", "Libraries need more books for teenagers and free reading rooms."),
    ("en", "Extend library opening hours so working people can borrow books."),
    ("fr", "La bibliothèque municipale devrait ouvrir le dimanche et en soirée."),
    ("fr", "Les bibliothèques ont besoin de plus de livres pour les adolescents et de salles de lecture gratuites."),
    ("fr", "Élargir les horaires de la médiathèque pour que les actifs puissent emprunter des livres."),
    ("de", "Die Stadtbibliothek sollte sonntags und abends geöffnet sein."),
    ("de", "Bibliotheken brauchen mehr Bücher für Jugendliche und kostenlose Lesesäle."),
    ("de", "Die Öffnungszeiten der Bücherei verlängern, damit Berufstätige Bücher ausleihen können."),
]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[str], list[str], list[int]]:
    items = [(f"b{i}", lang, text, 0) for i, (lang, text) in enumerate(BIKES)]
    items += [(f"l{i}", lang, text, 1) for i, (lang, text) in enumerate(LIBRARY)]
    return [i[0] for i in items], [i[2] for i in items], [i[1] for i in items], [i[3] for i in items]


def test_topic_not_language_drives_clusters(corpus) -> None:  # type: ignore[no-untyped-def]
    ids, texts, langs, truth = corpus
    result = find_topics(ids, texts, embedder=get_embedder(), languages=langs, k=2)
    assert result.k == 2
    assert adjusted_rand_score(truth, [result.labels[i] for i in ids]) == 1.0
    for topic in result.topics:
        assert set(topic.languages) == {"fr", "de", "en"}
        assert set(topic.representatives) <= {i for i in ids if result.labels[i] == topic.id}


def test_k_is_chosen_when_not_given(corpus) -> None:  # type: ignore[no-untyped-def]
    ids, texts, langs, truth = corpus
    result = find_topics(ids, texts, embedder=get_embedder(), languages=langs)
    assert 2 <= result.k <= 3
    assert result.silhouette_by_k
    assert adjusted_rand_score(truth, [result.labels[i] for i in ids]) > 0.5


def test_stable_under_shuffle_and_seed(corpus) -> None:  # type: ignore[no-untyped-def]
    ids, texts, langs, _ = corpus
    first = find_topics(ids, texts, embedder=get_embedder(), languages=langs, k=2, seed=1)
    order = list(range(len(ids)))
    random.Random(3).shuffle(order)
    second = find_topics([ids[i] for i in order], [texts[i] for i in order], embedder=get_embedder(),
                         languages=[langs[i] for i in order], k=2, seed=99)
    assert first.labels == second.labels
    assert [t.terms for t in first.topics] == [t.terms for t in second.topics]


def test_labels_are_distinctive_terms_per_language(corpus) -> None:  # type: ignore[no-untyped-def]
    ids, texts, langs, _ = corpus
    result = find_topics(ids, texts, embedder=get_embedder(), languages=langs, k=2)
    bikes = result.topics[result.labels["b0"]]
    library = result.topics[result.labels["l0"]]
    assert any(t.startswith(("cycl", "bike", "bicycl")) for t in bikes.terms["en"])
    assert any("biblioth" in t or "livres" in t for t in library.terms["fr"])
    assert any("bibliothek" in t or "bücher" in t for t in library.terms["de"])


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="same length"):
        find_topics(["a"], ["x", "y"], embedder=get_embedder())
    with pytest.raises(ValueError, match="unique"):
        find_topics(["a", "a"], ["x", "y"], embedder=get_embedder())
