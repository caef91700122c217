"""Converters on real files made by the tests: PDF (fpdf2), HTML, Markdown, paged text, JSONL; format detection."""

from __future__ import annotations

import io

import pytest

from communs.core.sources import Document, SourceError, convert, detect_format, split_passages

PDF_PAGES = [
    "Klimaschutz. Wir wollen bis 2035 klimaneutral werden. Der Ausbau der Windenergie wird beschleunigt.",
    "Wohnen. Die Mietpreisbremse wird verlängert. Wir bauen jedes Jahr 400.000 neue Wohnungen.",
    "Bildung. Kitas werden gebührenfrei. Jede Schule bekommt schnelles Internet.",
]


def make_pdf(pages: list[str], title: str = "Wahlprogramm der Testpartei") -> bytes:
    """A real multi-page PDF with ``pages[i]`` as the text of page i+1 (fpdf2, core font, Latin-1 text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def assert_offsets_exact(document: Document) -> None:
    passages = split_passages(document)
    assert passages, "no passages"
    for p in passages:
        assert document.text[p.start:p.end] == p.text
        assert p.text == p.text.strip() and p.text
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    starts = [p.start for p in passages]
    assert starts == sorted(starts)
    for a, b in zip(passages, passages[1:], strict=False):
        assert a.end <= b.start


def test_pdf_has_real_pages_and_page_numbers_on_passages() -> None:
    document = convert(make_pdf(PDF_PAGES), "programm.pdf")
    assert document.media_type == "application/pdf"
    assert document.title == "Wahlprogramm der Testpartei"
    assert document.language == "de"
    assert [p.number for p in document.pages] == [1, 2, 3]
    for page, expected in zip(document.pages, PDF_PAGES, strict=True):
        assert " ".join(document.text[page.start:page.end].split()) == expected
    passages = split_passages(document)
    assert_offsets_exact(document)
    by_page = {p.page: " ".join(p.text.split()) for p in passages}
    assert "Mietpreisbremse" in by_page[2] and "Kitas" in by_page[3]
    assert all(any(pg.start <= p.start and p.end <= pg.end for pg in document.pages) for p in passages)


def test_pdf_with_empty_user_password_is_read() -> None:
    document = convert(encrypt_pdf(make_pdf(PDF_PAGES[:1]), user_password=""), "restricted.pdf")
    assert "klimaneutral" in document.text


def test_pdf_is_detected_by_magic_bytes_whatever_the_name() -> None:
    data = make_pdf(PDF_PAGES[:1])
    assert detect_format(data, "download") == "pdf"
    assert detect_format(data, "wrong.txt") == "pdf"
    assert "klimaneutral" in convert(data, "download.bin").text


HTML = """<!DOCTYPE html><html lang="fr"><head><title>Comment voter — Ville de Valmont</title></head>
<body><nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav>
<main><h1>Comment voter</h1>
<p>Le bureau de vote est ouvert de 8 heures à 19 heures. Apportez une pièce d'identité avec photo.</p>
<h2>Vote par procuration</h2>
<p>Si vous ne pouvez pas vous déplacer, vous pouvez donner procuration à un autre électeur. La démarche se fait
en ligne ou dans un commissariat.</p>
<ul><li>Remplissez le formulaire en ligne.</li><li>Présentez-vous au commissariat.</li></ul>
</main><footer>Mentions légales — tous droits réservés</footer></body></html>"""


def test_html_keeps_headings_as_sections_and_drops_boilerplate() -> None:
    document = convert(HTML.encode(), "comment-voter.html")
    assert document.media_type == "text/html"
    assert document.language == "fr"
    assert "Comment voter" in document.title
    assert [(h.level, h.title) for h in document.headings] == [(1, "Comment voter"), (2, "Vote par procuration")]
    assert "Mentions légales" not in document.text and "Accueil" not in document.text
    passages = split_passages(document)
    assert_offsets_exact(document)
    proxy = [p for p in passages if "procuration à un autre électeur" in p.text]
    assert proxy and proxy[0].section == "Comment voter › Vote par procuration"
    assert all(p.page is None for p in passages)
    assert not any(p.text == "Vote par procuration" for p in passages)  # headings are context, not passages


def test_html_declared_language_is_used_when_it_is_a_candidate() -> None:
    english_text = HTML.replace('lang="fr"', 'lang="en-GB"')
    assert convert(english_text.encode(), "page.html").language == "en"  # declared, although the text is French
    assert convert(english_text.encode(), "page.html", languages=["fr", "de"]).language == "fr"  # detected
    assert convert(HTML.replace(' lang="fr"', "").encode(), "page.html").language == "fr"


def test_html_without_main_content_falls_back_to_the_body() -> None:
    html = "<html><head><title>Kurz</title></head><body><h2>Briefwahl</h2><p>Antrag bis Freitag.</p></body></html>"
    document = convert(html.encode(), "kurz.htm")
    assert "Antrag bis Freitag." in document.text
    assert [h.title for h in document.headings] == ["Briefwahl"]


MARKDOWN = """---
author: Test
---
# Programme du Parti Vert

Nous voulons une **ville verte** et des [transports](https://example.org) gratuits.

## Climat

Nous planterons 10 000 arbres. Les toits publics porteront des panneaux solaires.

Logement
--------

- Encadrement des loyers.
- Rénovation des écoles.

```
code gardé tel quel
```
"""


def test_markdown_headings_become_sections_and_inline_markup_is_dropped() -> None:
    document = convert(MARKDOWN.encode(), "programme.md")
    assert document.title == "Programme du Parti Vert"
    assert [(h.level, h.title) for h in document.headings] == [
        (1, "Programme du Parti Vert"), (2, "Climat"), (2, "Logement"),
    ]
    assert "ville verte et des transports gratuits" in document.text
    assert "**" not in document.text and "](" not in document.text and "author: Test" not in document.text
    passages = split_passages(document)
    assert_offsets_exact(document)
    sections = {p.section for p in passages if "arbres" in p.text or "loyers" in p.text}
    assert sections == {"Programme du Parti Vert › Climat", "Programme du Parti Vert › Logement"}


PAGED_TEXT = (
    "=== Seite 1 ===\nErste Seite mit dem Vorwort. Wir stellen uns vor.\n"
    "=== Seite 2 ===\nZweite Seite: Verkehr. Wir bauen Radwege.\n"
    "\fDritte Seite nach einem Seitenvorschub. Die Bahn wird ausgebaut.\n"
    "--- page 7 ---\nSeite sieben nach einer Markierung.\n"
    "[Seite 8]\nAchte Seite.\n"
)


def test_text_markers_and_form_feeds_become_pages_and_markers_are_not_text() -> None:
    document = convert(PAGED_TEXT.encode(), "programm.txt")
    assert [p.number for p in document.pages] == [1, 2, 3, 7, 8]
    assert "===" not in document.text and "Seite 2" not in document.text and "\f" not in document.text
    assert "[Seite 8]" not in document.text and "--- page" not in document.text
    passages = split_passages(document)
    assert_offsets_exact(document)
    page_of = {p.page: p.text for p in passages}
    assert "Radwege" in page_of[2] and "Bahn" in page_of[3] and "sieben" in page_of[7] and "Achte" in page_of[8]
    assert not any("Vorwort" in p.text and "Radwege" in p.text for p in passages)  # never across pages


def test_text_prelude_and_page_markers_variants() -> None:
    document = convert(b"Deckblatt\n=== Page 12 ===\nBody of page twelve.\n", "doc.txt")
    assert [(p.number, document.text[p.start:p.end]) for p in document.pages] == [
        (11, "Deckblatt"), (12, "Body of page twelve."),
    ]
    plain = convert(b"Ein Text ohne Seiten.\n\nZweiter Absatz.", "plain")
    assert plain.pages == [] and plain.media_type == "text/plain"
    assert all(p.page is None for p in split_passages(plain))


HEADED_TEXT = (
    "PROGRAMME DE L'UNION\n"
    "Ville de Valmont, élections 2027\n\n"
    "Logement\n"
    "Nous construirons 2 000 logements sociaux. Les loyers seront encadrés.\n\n"
    "Transports et mobilité\n\n"
    "Les bus seront gratuits le week-end. Une ligne de nuit reliera la gare au centre.\n\n"
    "=== Page 2 ===\n\n"
    "Die Stadt will den\n"
    "Bahnhof erneuern und mehr Züge fahren lassen.\n\n"
    "Our plan for parks\n"
    "we will plant trees\n\n"
    "Merci de votre lecture.\n"
    "Fin du document\n"
)


def test_text_heading_lines_become_sections() -> None:
    """A short line on its own before a paragraph is a heading (capitals: level 1); a hard-wrapped sentence, a line
    followed by a lower-case continuation, a sentence and a line under another are not."""
    document = convert(HEADED_TEXT.encode(), "programme.txt")
    assert [(h.level, h.title) for h in document.headings] == [
        (1, "PROGRAMME DE L'UNION"), (2, "Logement"), (2, "Transports et mobilité"),
    ]
    assert_offsets_exact(document)
    assert all(document.text[h.start:h.end] == h.title for h in document.headings)
    passages = split_passages(document)
    section = {p.text.split()[0]: p.section for p in passages}
    assert section["Nous"] == "PROGRAMME DE L'UNION › Logement"
    assert section["Les"] == "PROGRAMME DE L'UNION › Transports et mobilité"
    wrapped = next(p for p in passages if "Bahnhof" in p.text)
    assert wrapped.text.startswith("Die Stadt will den") and wrapped.page == 2
    numbered = convert("1. Wohnen\nWir bauen Wohnungen.\n\n2.3 Verkehr\nDie Busse fahren öfter.\n\n2027 40 12\nZahlen.\n"
                       .encode(), "numbered.txt")
    assert [h.title for h in numbered.headings] == ["1. Wohnen", "2.3 Verkehr"]


def test_text_in_legacy_encodings_and_boms() -> None:
    german = "Grüße aus Köln. Die Straße wird gesperrt."
    assert convert(german.encode("cp1252"), "latin.txt").text == german
    assert convert(german.encode("utf-16"), "utf16.txt").text == german  # with BOM
    assert convert(b"\xef\xbb\xbf" + german.encode(), "bom.txt").text == german


JSONL = (
    '{"text": "Erste Passage über Klima.", "page": 1, "section": "Klima", "language": "de"}\n'
    "\n"
    '{"text": "Second passage on housing.", "page": 1, "section": "Housing"}\n'
    '{"text": "Troisième passage sans page."}\n'
    '{"text": "Page trois.", "page": 3}\n'
)


def test_jsonl_passages_are_kept_as_cut() -> None:
    document = convert(JSONL.encode(), "passages.jsonl")
    passages = split_passages(document)
    assert_offsets_exact(document)
    assert [p.text for p in passages] == [
        "Erste Passage über Klima.", "Second passage on housing.", "Troisième passage sans page.", "Page trois.",
    ]
    assert [p.page for p in passages] == [1, 1, None, 3]
    assert [p.section for p in passages] == ["Klima", "Housing", "", ""]
    assert passages[0].language == "de" and passages[1].language == document.language
    assert [(p.number, document.text[p.start:p.end].count("\n\n") + 1) for p in document.pages] == [(1, 2), (3, 1)]


def test_language_override_and_candidates() -> None:
    text = b"Le parti propose une taxe sur le carbone et des transports gratuits pour les jeunes."
    assert convert(text, "a.txt").language == "fr"
    assert convert(text, "a.txt", language="de").language == "de"


def test_office_documents_are_refused_with_a_hint() -> None:
    with pytest.raises(SourceError) as error:
        convert(b"PK\x03\x04" + b"\x00" * 100, "programme.docx")
    assert str(error.value).startswith("programme.docx: unsupported format")


def test_pdf_bookmarks_become_sections() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    paragraph("Vorwort ohne Lesezeichen. Wir stellen uns vor.")
    pdf.start_section("1. Klima")
    paragraph("1. Klima")
    paragraph("Wir bauen Windräder an Land und auf See.")
    pdf.start_section("Windkraft", level=1)
    paragraph("Windkraft")
    paragraph("Jede Gemeinde bekommt einen Bürgerwindpark.")
    pdf.add_page()
    pdf.start_section("2. Wohnen")
    paragraph("2. Wohnen")
    paragraph("Die Mieten werden gedeckelt.")
    pdf.start_section("Nicht gedruckt")  # a bookmark whose title is not printed: no guessed section
    document = convert(bytes(pdf.output()), "bookmarks.pdf")
    assert [(h.level, h.title) for h in document.headings] == [(1, "1. Klima"), (2, "Windkraft"), (1, "2. Wohnen")]
    assert_offsets_exact(document)
    sections = {p.text.split(".")[0]: (p.page, p.section) for p in split_passages(document)}
    assert sections == {
        "Vorwort ohne Lesezeichen": (1, ""),
        "Wir bauen Windräder an Land und auf See": (1, "1. Klima"),
        "Jede Gemeinde bekommt einen Bürgerwindpark": (1, "1. Klima › Windkraft"),
        "Die Mieten werden gedeckelt": (2, "2. Wohnen"),
    }


def test_markdown_with_page_markers_has_pages_and_sections() -> None:
    text = "Deckblatt\n\n=== Seite 2 ===\n# Klima\n\nWir bauen Windräder.\n\f\nDie Bahn fährt öfter.\n\n[Seite 9]\n## Wohnen\n\nMieten sinken.\n"
    document = convert(text.encode(), "programm.md")
    assert [(p.number, document.text[p.start:p.end]) for p in document.pages] == [
        (1, "Deckblatt"), (2, "Klima\n\nWir bauen Windräder."), (3, "Die Bahn fährt öfter."), (9, "Wohnen\n\nMieten sinken."),
    ]
    assert_offsets_exact(document)
    assert [(p.page, p.section, p.text) for p in split_passages(document)] == [
        (1, "", "Deckblatt"), (2, "Klima", "Wir bauen Windräder."), (3, "Klima", "Die Bahn fährt öfter."),
        (9, "Klima › Wohnen", "Mieten sinken."),
    ]
