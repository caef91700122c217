"""Passage splitting: sized for retrieval, whole sentences, never across pages or headings, exact offsets."""

from __future__ import annotations

import random

from communs.core.sources import MAX_CHARS, MIN_CHARS, Document, Heading, Page, split_passages
from communs.core.sources.plaintext import convert_text
from communs.core.text import sentence_spans

WORDS = ["die", "Stadt", "will", "neue", "Radwege", "bauen", "und", "den", "Nahverkehr", "stärken", "während", "Schulen", "saniert", "werden", "und", "die", "Mieten", "bezahlbar", "bleiben", "sollen", "damit", "alle", "Menschen", "gut", "leben", "können"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 30))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def test_passages_are_whole_sentences_sized_for_retrieval_with_exact_offsets() -> None:
    rng = random.Random(7)
    text = "\n\n".join(_paragraph(rng, rng.randint(1, 14)) for _ in range(60))
    document = Document(text=text, media_type="text/plain", language="de")
    passages = split_passages(document)
    sentence_ends = {e for s, e in sentence_spans(text)}
    sentence_starts = {s for s, e in sentence_spans(text)}
    for p in passages:
        assert text[p.start:p.end] == p.text
        assert p.start in sentence_starts and p.end in sentence_ends  # never mid-sentence
        assert len(p.text) <= MAX_CHARS or len(sentence_spans(p.text)) == 1
    lengths = [len(p.text) for p in passages]
    assert sum(MIN_CHARS // 2 <= n <= MAX_CHARS for n in lengths) / len(lengths) >= 0.8
    covered = "".join(text[p.start:p.end] for p in passages)
    assert "".join(covered.split()) == "".join(text.split())  # nothing lost


def test_short_paragraphs_are_packed_and_long_ones_split_evenly() -> None:
    rng = random.Random(3)
    short = ["Kurz eins.", "Kurz zwei.", "Kurz drei."]
    long_paragraph = _paragraph(rng, 40)
    text = "\n\n".join([*short, long_paragraph])
    passages = split_passages(Document(text=text, media_type="text/plain"))
    assert passages[0].text.startswith("Kurz eins.\n\nKurz zwei.\n\nKurz drei.")  # packed, not three passages
    long_parts = [p for p in passages if p.start >= text.index(long_paragraph)]
    assert len(long_parts) >= len(long_paragraph) // MAX_CHARS
    sizes = [len(p.text) for p in long_parts]
    assert max(sizes) <= MAX_CHARS and min(sizes) >= MAX_CHARS // 3


def test_never_across_page_boundaries_or_headings() -> None:
    text = "Titel\n\nEins. Zwei.\n\nDrei auf Seite zwei.\n\nAbschnitt\n\nVier. Fünf."
    a, b = text.index("Drei"), text.index("Abschnitt")
    document = Document(
        text=text, media_type="text/plain",
        pages=[Page(1, 0, a - 2), Page(2, a, len(text))],
        headings=[Heading(0, 5, 1, "Titel"), Heading(b, b + len("Abschnitt"), 2, "Abschnitt")],
    )
    passages = split_passages(document)
    assert [(p.page, p.section, p.text) for p in passages] == [
        (1, "Titel", "Eins. Zwei."),
        (2, "Titel", "Drei auf Seite zwei."),
        (2, "Titel › Abschnitt", "Vier. Fünf."),
    ]


def test_run_on_text_without_sentence_ends_is_cut_at_line_breaks() -> None:
    table = "\n".join(f"Zeile {i} mit Werten {i * 3} und {i * 7} ohne Punkt" for i in range(200))
    document = convert_text(table)
    passages = split_passages(document)
    assert len(passages) > 1
    for p in passages:
        assert document.text[p.start:p.end] == p.text
        assert len(p.text) <= MAX_CHARS
        assert p.text.startswith("Zeile ") and p.text.endswith("Punkt")  # cut at line ends, not mid-line


def test_ten_thousand_passages_split_quickly() -> None:
    import time

    rng = random.Random(11)
    text = "\n\n".join(_paragraph(rng, 3) for _ in range(12_000))
    started = time.perf_counter()
    passages = split_passages(Document(text=text, media_type="text/plain"))
    assert len(passages) >= 5_000
    assert time.perf_counter() - started < 20


def test_random_documents_keep_every_invariant() -> None:
    """Property check over random Markdown and paged text: exact offsets, within one page, no heading text."""
    from communs.core.sources import convert

    rng = random.Random(2026)
    for case in range(40):
        blocks = []
        for _ in range(rng.randint(1, 25)):
            roll = rng.random()
            if roll < 0.15:
                blocks.append("#" * rng.randint(1, 3) + " " + " ".join(rng.choice(WORDS) for _ in range(3)).title())
            elif roll < 0.25:
                blocks.append(f"=== Seite {rng.randint(1, 99)} ===")
            elif roll < 0.3:
                blocks.append("\f")
            elif roll < 0.4:
                blocks.append("\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(1, 6))))
            else:
                blocks.append(_paragraph(rng, rng.randint(1, 12)))
        raw = "\n\n".join(blocks)
        name = "doc.md" if case % 2 else "doc.txt"
        document = convert(raw.encode(), name)
        passages = split_passages(document)
        heading_spans = [(h.start, h.end) for h in document.headings]
        for p in passages:
            assert document.text[p.start:p.end] == p.text
            assert p.text.strip() == p.text != ""
            assert not any(s < p.end and p.start < e for s, e in heading_spans)
            if document.pages:
                assert any(pg.start <= p.start and p.end <= pg.end and pg.number == p.page for pg in document.pages)
        assert "===" not in "".join(p.text for p in passages)
