"""Ingestion of real party programmes extracted from PDFs (``communs.core.sources``).

Reads the Bundestag 2021 manifestos (``manifestos-de-bundestag/2021``: Apache Tika text with ``=== Seite N ===``
markers) and the French 2024 legislative programmes (``manifestos-fr-legislatives-2024``) from ../shared/data and
reports, per file, what the plain-text converter makes of them: pages, headings, passages, whether the text was
recognised as line-numbered, how many line-end hyphenations were joined, how many running header/footer lines were
removed, and the conversion + splitting time. The "before" columns run the same files with the clean-up of
``communs.core.sources.extracted`` switched off (the converter of session 3), so the effect is measured side by side.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from unittest import mock

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = [
    *(f"manifestos-de-bundestag/2021/{p}.txt" for p in ("afd", "fdp", "gruene", "linke", "spd", "union")),
    "manifestos-fr-legislatives-2024/ensemble_pour_la_republique_programme_2024__pages.txt",
    "manifestos-fr-legislatives-2024/nfp_contrat_de_legislature_2024__pages.txt",
    "manifestos-fr-legislatives-2024/rn_programme_2024__from_corpus_json.txt",
]
_LINE_NUMBER_START = re.compile(r"^\s*\d{1,4}(\s|$)")
_BROKEN_WORD = re.compile(r"[a-zà-öø-ÿß]-\n(?!(?:und|oder|bzw|sowie|bis|et|ou|and|or|to)\b)[a-zà-öø-ÿß]")


def _measure(raw: str, *, clean: bool) -> dict[str, float]:
    from communs.core.sources import plaintext
    from communs.core.sources.split import split_passages

    patches = [] if clean else [
        mock.patch.object(plaintext, "clean_pages", lambda pages: pages),
        mock.patch.object(plaintext, "is_contents_entry", lambda lines, i: False),
        mock.patch.object(plaintext, "furniture", lambda lines: set()),
    ]
    for p in patches:
        p.start()
    try:
        started = time.perf_counter()
        doc = plaintext.convert_text(raw)
        passages = split_passages(doc)
        ms = (time.perf_counter() - started) * 1000
    finally:
        for p in patches:
            p.stop()
    lines = [x for p in passages for x in p.text.split("\n") if x.strip()]
    titles = [h.title for h in doc.headings]
    repeated = sum(n >= 3 for n in _counts(titles).values())
    return {
        "pages": len(doc.pages), "headings": len(titles), "repeated_headings": repeated, "passages": len(passages),
        "numbered_lines": sum(bool(_LINE_NUMBER_START.match(x)) for x in lines) / max(1, len(lines)),
        "broken_words": sum(len(_BROKEN_WORD.findall(p.text)) for p in passages), "ms": ms,
        "chars": len(doc.text),
    }


def _counts(items: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        key = re.sub(r"\d+", "#", item).casefold()
        out[key] = out.get(key, 0) + 1
    return out


def main(argv: list[str]) -> str:
    from communs.core.sources.extracted import is_line_numbered, join_hyphenated
    from communs.core.text import normalise

    present = [f for f in FILES if (DATA / f).exists()]
    if not present:
        return "## Sources: real programmes\n\nSkipped: ../shared/data/manifestos-* not found."
    rows = []
    for name in present:
        raw = (DATA / name).read_text(encoding="utf-8")
        before = _measure(raw, clean=False)
        after = _measure(raw, clean=True)
        numbered = is_line_numbered(join_hyphenated(normalise(raw)))
        rows.append(
            f"| {name.split('/')[-1]} | {after['pages']} | {'yes' if numbered else 'no'} | "
            f"{before['headings']} → {after['headings']} | {before['repeated_headings']} → {after['repeated_headings']} | "
            f"{before['passages']} → {after['passages']} | {before['numbered_lines']:.1%} → {after['numbered_lines']:.1%} | "
            f"{before['broken_words']} → {after['broken_words']} | {after['ms']:.0f} ms |"
        )
    return "\n".join([
        "## Sources: real programmes extracted from PDFs",
        "",
        "Command: `.venv/bin/python -m bench sources`. Plain-text converter + passage splitter on the real manifestos "
        "of ../shared/data, before → after the clean-up of `communs.core.sources.extracted` (line-end hyphenation "
        "joined, line numbers of line-numbered motions removed, running headers/footers removed from paged text, "
        "repeated lines and table-of-contents entries not taken as headings). 'Heading titles seen 3+ times' counts "
        "distinct titles (digits aside) that occur three times or more (running headers taken for headings); "
        "'passage lines opening with a number' is the share of non-empty passage lines that start with a 1-4 digit "
        "number (line numbers, but also list items and table rows); 'broken words' counts line-end hyphenations "
        "inside a word left in passage texts.",
        "",
        "| file | pages | line-numbered | headings | heading titles seen 3+ times | passages | passage lines opening "
        "with a number | broken words | convert + split |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
        *rows,
    ])
