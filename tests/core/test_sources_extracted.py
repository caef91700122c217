"""Clean-up of PDF-extracted text: hyphenation, line numbers, running headers, tables of contents."""

from __future__ import annotations

import re

import pytest

from communs.core.sources.extracted import (
    clean_pages,
    is_line_numbered,
    join_hyphenated,
    strip_line_numbers,
    strip_running_lines,
)
from communs.core.sources.plaintext import convert_text
from communs.core.sources.split import split_passages
from tests.conftest import shared_data_path


def test_line_end_hyphenation_is_joined_but_suspended_hyphens_stay() -> None:
    assert join_hyphenated("Die Wirt-\nschaft wächst.") == "Die Wirtschaft wächst."
    assert join_hyphenated("die Wirt-\n\nschaft") == "die Wirtschaft"
    assert join_hyphenated("Kinder-\nund Jugendhilfe") == "Kinder-\nund Jugendhilfe"
    assert join_hyphenated("pré-\net post-électoral") == "pré-\net post-électoral"
    assert join_hyphenated("CO2-\nEmissionen") == "CO2-\nEmissionen"


def _numbered(n: int) -> str:
    return "\n".join(f"{i} Zeile {i} des Antrags, die weitergeht" if i % 7 else str(i) for i in range(1, n + 1))


def test_a_line_numbered_motion_loses_its_numbers() -> None:
    text = _numbered(80)
    assert is_line_numbered(text)
    cleaned = clean_pages([text])[0]
    assert not re.search(r"^\d", cleaned, re.MULTILINE)
    assert cleaned.split("\n")[0] == "Zeile 1 des Antrags, die weitergeht"
    assert len(cleaned.split("\n")) == 80 - 80 // 7  # number-only lines are dropped


def test_a_short_numbered_list_keeps_its_numbers() -> None:
    text = "\n".join(f"{i} Wir senken die Mieten in Stadt {i}." for i in range(1, 11))
    assert not is_line_numbered(text)
    assert clean_pages([text]) == [text]
    assert strip_line_numbers("12 Text\n13\n14 mehr") == "Text\nmehr"


def test_running_headers_and_footers_are_removed_from_pages() -> None:
    topics = ["Klima", "Bildung", "Wohnen", "Rente", "Verkehr", "Gesundheit", "Pflege", "Europa", "Kultur"]
    pages = [f"Wahlprogramm 2021\nPARTEI {n}\n\nWir wollen beim Thema {t} vorankommen.\n\nSeite {n} von 9"
             for n, t in enumerate(topics, start=1)]
    cleaned = strip_running_lines(pages)
    assert cleaned[3].strip() == "Wir wollen beim Thema Rente vorankommen."
    assert strip_running_lines(pages[:2]) == pages[:2]  # two pages: nothing repeats enough


def test_paged_text_headings_skip_running_lines_and_contents() -> None:
    contents = "Inhalt\n\nEinleitung 3\n\nKlimaschutz 5\n\nBildung 9\n\nWohnen 12\n"
    chapters = ["Einleitung", "Klimaschutz", "Bildung", "Wohnen", "Rente", "Verkehr"]
    body = "\n".join(
        f"=== Seite {n} ===\nWahlprogramm 2021\n\n{c}\nWir wollen beim Thema {c} etwas erreichen.\n"
        for n, c in enumerate(chapters, start=2)
    )
    doc = convert_text("=== Seite 1 ===\n" + contents + "\n" + body)
    titles = [h.title for h in doc.headings]
    assert "Wahlprogramm 2021" not in doc.text
    assert not any(t.startswith(("Klimaschutz 5", "Bildung 9")) for t in titles)
    assert "Klimaschutz" in titles and titles.count("Bildung") == 1
    for page in doc.pages:
        assert page.start < page.end


@pytest.mark.parametrize("party", ["spd", "gruene", "union", "linke", "fdp", "afd"])
def test_real_bundestag_manifestos_are_cleaned(party: str) -> None:
    path = shared_data_path("manifestos-de-bundestag", "2021", f"{party}.txt")
    raw = path.read_text(encoding="utf-8")
    doc = convert_text(raw)
    passages = split_passages(doc)
    assert len(doc.pages) >= 60 and len(passages) >= 300
    marked = {int(n) for n in re.findall(r"^=== Seite (\d+) ===$", raw, re.MULTILINE)}
    assert {p.page for p in passages} <= marked
    for p in passages:
        assert doc.text[p.start:p.end] == p.text
    if party == "spd":  # a line-numbered motion book: no line keeps its number
        lines = [x for p in passages for x in p.text.split("\n") if x.strip()]
        assert sum(bool(re.match(r"\s*\d{1,4}(\s|$)", x)) for x in lines) <= 0.02 * len(lines)
    headers = {"Bundestagswahlprogramm 2021", "Antragsteller*in: Parteivorstand"}
    assert not headers & {h.title for h in doc.headings}
    joined = sum(len(re.findall(r"[a-zäöüß]-\n[a-zäöüß]", p.text)) for p in passages)
    assert joined <= 0.2 * len(passages)  # the rest are suspended hyphens ("Klima-\nund")


def test_a_pdf_loses_its_running_header_and_line_numbers() -> None:
    from communs.core.sources.pdf import convert_pdf
    from tests.core.test_sources_convert import make_pdf

    topics = ["Klima", "Bildung", "Wohnen", "Rente"]
    pages = []
    line = 1
    for topic in topics:
        body = []
        for k in range(20):
            body.append(f"{line} Beim Thema {topic} wollen wir in Absatz {k} etwas erreichen")
            line += 1
        pages.append("Wahlprogramm der Testpartei 2025\n" + "\n".join(body))
    doc = convert_pdf(make_pdf(pages), "programm.pdf")
    assert "Wahlprogramm der Testpartei 2025" not in doc.text
    assert not re.search(r"^\d+ ", doc.text, re.MULTILINE)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert "Beim Thema Rente wollen wir in Absatz 19 etwas erreichen" in doc.text
