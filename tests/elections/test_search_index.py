"""The election search index: built from Passage rows, vectors persisted once, cache invalidation, party
resolution and filters, and cross-lingual retrieval with the bundled multilingual embedder."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest

from communs.core.search.embeddings import Embedder, get_embedder, register_embedder
from communs.elections import search_index
from communs.elections.models import Election, Party, Passage, PassageVector, Source

pytestmark = pytest.mark.django_db


class CountingEmbedder:
    """Delegates to the real multilingual model and counts the texts it embeds."""

    name = "use-multilingual-counting"

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.dim = inner.dim
        self.texts = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="module")
def counting() -> CountingEmbedder:
    real = get_embedder("use-multilingual", threads=2)  # loaded once for the module
    instance = CountingEmbedder(real)
    register_embedder(CountingEmbedder.name, lambda threads=2: instance)
    return instance


@pytest.fixture(autouse=True)
def use_counting(settings, counting: CountingEmbedder):  # type: ignore[no-untyped-def]
    settings.COMMUNS_EMBEDDER = CountingEmbedder.name
    counting.texts = 0
    search_index.invalidate()
    yield
    search_index.invalidate()


PROGRAMMES = {
    ("Grüne Zukunft", "GZ", "de"): [
        "Wir führen ein generelles Tempolimit von 130 km/h auf allen Autobahnen ein.",
        "Die Mietpreisbremse wird verschärft, damit Mieten bezahlbar bleiben.",
        "Der Kohleausstieg soll bis 2030 abgeschlossen sein.",
    ],
    ("Parti du Progrès", "PP", "fr"): [
        "Nous voulons augmenter les retraites les plus modestes dès 2027.",
        "Les loyers seront encadrés dans toutes les grandes villes.",
        "Nous fermerons les centrales à charbon avant 2030.",
    ],
    ("Liberty Party", "LP", "en"): [
        "Motorways keep no general speed limit; we trust drivers.",
        "We cut income tax for small businesses.",
        "Coal plants may run as long as they are profitable.",
    ],
}


def make_election(slug: str = "test-2027") -> Election:
    election = Election.objects.create(slug=slug, name="Test 2027", languages="fr,de,en")
    for (name, short, lang), texts in PROGRAMMES.items():
        party = Party.objects.create(election=election, name=name, short_name=short, aliases=[f"{short}-alias"])
        source = Source.objects.create(election=election, party=party, kind="programme", title=f"Programme {short}",
                                       language=lang, origin=f"{short}.txt", content_hash=short * 8)
        for i, text in enumerate(texts):
            add_passage(source, i, text, lang)
    official = Source.objects.create(election=election, kind="official", title="How to vote", language="en",
                                     origin="official.txt", content_hash="o" * 16)
    add_passage(official, 0, "You can vote by post: request your postal vote before the deadline.", "en")
    return election


def add_passage(source: Source, ordinal: int, text: str, language: str, page: int = 1) -> Passage:
    digest = hashlib.sha256(f"{source.election_id}|{source.pk}|{ordinal}|{text}".encode()).hexdigest()
    start = ordinal * 1000
    return Passage.objects.create(id=digest, source=source, ordinal=ordinal, page=page, section="", start=start,
                                  end=start + len(text), text=text, language=language,
                                  text_hash=hashlib.sha256(text.encode()).hexdigest())


def test_vectors_are_persisted_once_and_not_recomputed(counting: CountingEmbedder) -> None:
    election = make_election()
    assert search_index.embed_missing(election) == 10
    assert counting.texts == 10
    assert PassageVector.objects.filter(model=CountingEmbedder.name).count() == 10
    search_index.search(election, "Tempolimit", k=3)  # builds the index: no passage embedded again
    assert counting.texts == 10 + 1  # the query only
    search_index.invalidate(election)  # a "restart": the index is rebuilt from the database
    search_index.get_index(election)
    assert counting.texts == 11
    assert search_index.embed_missing(election) == 0
    row = PassageVector.objects.filter(model=CountingEmbedder.name).first()
    assert row is not None and row.dim == 512 and len(bytes(row.vector)) == 512 * 4


def test_embed_missing_reports_progress_and_covers_all_elections() -> None:
    make_election("a-2027")
    calls: list[tuple[int, int]] = []
    assert search_index.embed_missing(progress=lambda done, total: calls.append((done, total))) == 10
    assert calls[0] == (0, 10) and calls[-1] == (10, 10)


def test_index_is_rebuilt_when_passages_change(counting: CountingEmbedder) -> None:
    election = make_election()
    first = search_index.get_index(election)
    assert search_index.get_index(election) is first  # unchanged: cached
    source = Source.objects.get(election=election, title="Programme LP")
    add_passage(source, 3, "We abolish the wealth tax entirely.", "en")
    second = search_index.get_index(election)
    assert second is not first and len(second.index) == len(first.index) + 1
    hits = search_index.search(election, "wealth tax", k=1, mode="bm25")
    assert hits[0].text.startswith("We abolish the wealth tax")
    # passages are removed by ingestion (which re-saves their source) or with their source
    Passage.objects.filter(source=source, ordinal=3).delete()
    source.save()
    assert len(search_index.get_index(election).index) == len(first.index)
    Source.objects.filter(election=election, title="Programme LP").delete()
    assert len(search_index.get_index(election).index) < len(first.index)
    search_index.invalidate(election)
    assert search_index.get_index(election) is not second


@pytest.mark.parametrize("party", ["Grüne Zukunft", "gz", "GZ-alias", "grune zukunft"])
def test_party_accepts_name_short_name_alias_and_id(party: str) -> None:
    election = make_election()
    hits = search_index.search(election, "Kohle Mieten Tempolimit climate", party=party, k=10)
    assert hits and {h.party_name for h in hits} == {"Grüne Zukunft"}
    pid = Party.objects.get(election=election, short_name="GZ").pk
    assert {h.party_id for h in search_index.search(election, "Kohle", party=pid, k=10)} == {pid}
    assert {h.party_id for h in search_index.search(election, "Kohle", party=str(pid), k=10)} == {pid}


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_filters_never_leak(mode: str) -> None:
    election = make_election()
    other = make_election("other-2027")
    for party in Party.objects.filter(election=election):
        hits = search_index.search(election, "coal charbon Kohle rent loyers", party=party.name, k=20, mode=mode)
        assert hits and all(h.party_id == party.pk for h in hits)
    assert all(h.kind == "official" for h in search_index.search(election, "vote by post", kind="official", k=20, mode=mode))
    assert all(h.language == "fr" for h in search_index.search(election, "charbon coal", language="fr", k=20, mode=mode))
    assert search_index.search(election, "coal", party="No Such Party", mode=mode) == []
    other_party = Party.objects.get(election=other, short_name="GZ")
    assert search_index.search(election, "coal", party=other_party, mode=mode) == []
    ids = {p.pk for p in Passage.objects.filter(source__election=election)}
    assert {h.passage_id for h in search_index.search(election, "coal", k=50, mode=mode)} <= ids


def test_hits_carry_passage_metadata() -> None:
    election = make_election()
    hit = search_index.search(election.slug, "postal vote deadline", kind="official", k=1)[0]
    assert hit.rank == 1 and hit.source_title == "How to vote" and hit.party_id is None and hit.page == 1
    assert hit.kind == "official" and hit.language == "en" and hit.text.startswith("You can vote by post")
    assert hit.end - hit.start == len(hit.text) and hit.score > 0 and hit.dense > 0
    data = hit.to_dict()
    assert data["passage_id"] == hit.passage_id and set(data) >= {"bm25", "dense", "source_id", "party_short"}
    with pytest.raises(ValueError):
        search_index.search(election, "x", mode="fuzzy")


def test_english_question_finds_the_german_passage() -> None:
    election = make_election()
    hits = search_index.search(election, "What does GZ propose on a speed limit on motorways?", party="GZ", k=1)
    assert "Tempolimit" in hits[0].text
    hits = search_index.search(election, "Que propose GZ sur les loyers ?", party="GZ", k=1)
    assert "Mietpreisbremse" in hits[0].text
    # without a party filter, the German passage still comes first against French and English distractors
    hits = search_index.search(election, "Which party wants to exit coal power by 2030, and how?", language="de", k=1)
    assert "Kohleausstieg" in hits[0].text
    hits = search_index.search(election, "rent control for tenants", language="de", mode="dense", k=1)
    assert "Mietpreisbremse" in hits[0].text
