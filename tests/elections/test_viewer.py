"""The source viewer: the document page by page, the cited span highlighted exactly, 404s, inert hostile HTML."""

from __future__ import annotations

import html
import re

import pytest

from communs.elections.ingest import ingest_bytes
from communs.elections.models import Election, Party, Passage, Source
from communs.elections.viewer import date_in_words, page_views, passage_url

PAGED_TEXT = """Programme des Communs
Introduction au programme, écrite pour ce test.

=== Page 2 ===
Logement
Nous construirons 800 logements sociaux au bord du canal. Les loyers seront plafonnés dans le centre.

=== Page 3 ===
Transports
Le tramway circulera toute la nuit le samedi. Les bus seront gratuits pour les écoliers.
"""

HOSTILE = """# Programme <script>alert('xss')</script>

Nous proposons <img src=x onerror="alert(1)"> des pistes cyclables & des parcs.

Un second paragraphe avec <b>balises</b> et "guillemets" pour la fin.
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def election() -> Election:
    election = Election.objects.create(slug="test-viewer", name="Élection de test", languages="fr,de,en")
    Party.objects.create(election=election, name="Parti des Communs", short_name="PdC")
    return election


@pytest.fixture
def paged_source(election: Election) -> Source:
    result = ingest_bytes(election, PAGED_TEXT.encode("utf-8"), "programme.txt", kind="programme", party="PdC",
                          language="fr", checked_by="test reviewer")
    return result.source


def _marks(body: str) -> list[str]:
    return re.findall(r"<mark[^>]*>(.*?)</mark>", body, flags=re.S)


# --- pure layout ---------------------------------------------------------------------------------------------------

def test_page_views_marks_exact_span_and_only_one_anchor() -> None:
    text = "aaaa bbbb\n\ncccc dddd"
    views = page_views(text, [[1, 0, 9], [2, 11, 20]], (5, 15))  # spans the page break
    assert [v.number for v in views] == [1, 2]
    marked = [(s.text, s.anchor) for v in views for s in v.segments if s.marked]
    assert marked == [("bbbb", True), ("cccc", False)]
    assert "".join(s.text for s in views[0].segments) == text[0:9]
    assert "".join(s.text for s in views[1].segments) == text[11:20]


def test_page_views_without_pages_and_with_an_impossible_span() -> None:
    views = page_views("un deux trois", [], (3, 7))
    assert len(views) == 1 and views[0].number is None and views[0].anchor_id == "document"
    assert [s.text for s in views[0].segments if s.marked] == ["deux"]
    assert not any(v.has_mark for v in page_views("court", [], (2, 99)))


def test_date_in_words_matches_how_official_texts_write_dates() -> None:
    import datetime as dt

    day = dt.date(2027, 3, 14)
    assert (date_in_words(day, "fr"), date_in_words(day, "de"), date_in_words(day, "en")) == (
        "14 mars 2027", "14. März 2027", "14 March 2027")
    assert date_in_words(dt.date(2027, 2, 1), "fr") == "1er février 2027"


# --- the page ------------------------------------------------------------------------------------------------------

def test_viewer_highlights_the_exact_passage_on_its_page(client, paged_source: Source) -> None:
    passage = Passage.objects.get(source=paged_source, text__contains="800 logements")
    response = client.get(passage_url(paged_source.pk, passage.pk), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    body = response.content.decode()
    assert _marks(body) == [html.escape(paged_source.text[passage.start:passage.end])]
    assert 'id="passage" tabindex="-1"' in body
    # one section per page, each with its heading, in order; the mark sits in page 2's section
    titles = re.findall(r'<h2 id="page-(\d+)-title"[^>]*>Page (\d+)</h2>', body)
    assert titles == [("1", "1"), ("2", "2"), ("3", "3")]
    page2 = body[body.index('id="page-2"'):body.index('id="page-3"')]
    assert "<mark" in page2
    assert 'href="#page-2" class="has-mark"' in body
    # provenance shown
    for needle in (paged_source.content_hash, "test reviewer", "Parti des Communs", "programme.txt"):
        assert needle in body
    assert f'href="/elections/{paged_source.election.slug}/"' in body
    assert "communs/viewer.js" in body


def test_viewer_url_forms_and_document_without_passage(client, paged_source: Source) -> None:
    for url in (f"/sources/{paged_source.pk}", f"/sources/{paged_source.pk}/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "<mark" not in response.content.decode()
        assert "communs/viewer.js" not in response.content.decode()


def test_unknown_source_is_404(client, paged_source: Source) -> None:
    assert client.get(f"/sources/{paged_source.pk + 1000}").status_code == 404
    assert client.get("/sources/abc").status_code == 404


def test_unknown_or_foreign_passage_shows_the_page_with_a_notice(client, election: Election, paged_source: Source) -> None:
    other = ingest_bytes(election, b"# Autre\n\nUn autre document, avec sa propre phrase.\n", "autre.md",
                         kind="other", language="fr").source
    foreign = other.passages.first()
    for wanted in ("0" * 64, foreign.pk, "<script>"):
        response = client.get(f"/sources/{paged_source.pk}", {"passage": wanted}, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        body = response.content.decode()
        assert "<mark" not in body
        assert "The requested passage is not part of this document" in body
        assert "<script>" not in body.split("<main", 1)[1]


def test_hostile_html_in_a_source_renders_inert(client, election: Election) -> None:
    source = ingest_bytes(election, HOSTILE.encode("utf-8"), "hostile.md", kind="programme", party="PdC",
                          language="fr", title="<script>alert('title')</script>").source
    passage = source.passages.order_by("ordinal").first()
    body = client.get(passage_url(source.pk, passage.pk)).content.decode()
    main = body.split("<main", 1)[1]
    assert "<script>alert" not in main and "<img" not in main and "<b>" not in main
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in main
    assert "<title><script>" not in body


def test_viewer_is_translated_and_marks_language(client, paged_source: Source) -> None:
    body = client.get(f"/sources/{paged_source.pk}", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="fr">' in body
    assert '<div class="document" lang="fr">' in body


def test_heading_lines_are_recovered_from_passage_sections_and_rendered(client, election: Election) -> None:
    text = "# Titre\n\n## Logement\n\nNous construirons des logements au bord du canal, avec des jardins partagés.\n"
    source = ingest_bytes(election, text.encode(), "titres.md", kind="other", language="fr").source
    from communs.elections.viewer import heading_spans

    spans = heading_spans(source.text, source.passages.values_list("start", "end", "section"))
    assert [source.text[s:e] for s, e in spans] == ["Titre", "Logement"]
    passage = source.passages.get()
    body = client.get(passage_url(source.pk, passage.pk), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<strong class="doc-heading">Logement</strong>' in body
    assert body.count("End of the cited passage.") == body.count("Start of the cited passage.") == 1


def test_a_span_across_pages_and_headings_has_one_start_and_one_end() -> None:
    text = "aaaa\nHead\nbbbb\n\ncccc dddd"
    views = page_views(text, [[1, 0, 14], [2, 16, 25]], (0, 20), headings=[(5, 9)])
    marked = [s for v in views for s in v.segments if s.marked]
    assert [s.text for s in marked] == ["aaaa\n", "Head", "\nbbbb", "cccc"]
    assert [s.anchor for s in marked] == [True, False, False, False]
    assert [s.closing for s in marked] == [False, False, False, True]
    assert [s.heading for s in marked] == [False, True, False, False]
