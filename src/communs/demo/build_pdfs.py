"""Build the demo's PDF programmes from their text sources (run once; the PDFs are committed).

    .venv/bin/python -m communs.demo.build_pdfs

Input: ``pdf_src/<party>.<lang>.txt`` — ``# `` title line, ``## `` section headings, paragraphs separated by blank
lines, and ``=== Page N ===`` lines that start a new PDF page. Output: ``sources/programmes/<party>.<lang>.pdf``,
A4, core Helvetica font (so only Latin-1 characters are allowed — checked), a footer with the real page number,
and a bookmark (PDF outline entry) per title and section heading, which the PDF converter uses as headings.
The creation date is fixed, so rebuilding unchanged text gives identical bytes and the same content hash.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC_DIR = HERE / "pdf_src"
OUT_DIR = HERE / "sources" / "programmes"
FIXED_DATE = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
_PAGE = re.compile(r"^=== Page (\d+) ===$")
_FOOTER = {"fr": "Page {n} sur {total}", "de": "Seite {n} von {total}", "en": "Page {n} of {total}"}


@dataclass(frozen=True)
class Block:
    kind: str  # "title", "heading", "para", "page"
    text: str


def parse(text: str) -> list[Block]:
    """The blocks of a PDF source text, in order."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif _PAGE.match(line):
            flush()
            blocks.append(Block("page", line))
        elif line.startswith("## "):
            flush()
            blocks.append(Block("heading", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            blocks.append(Block("title", line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return blocks


def _check_latin1(path: Path, text: str) -> None:
    bad = sorted({ch for ch in text if ord(ch) > 255})
    if bad:
        raise SystemExit(f"{path}: characters outside Latin-1 cannot use the core PDF fonts: {''.join(bad)!r}")


class _ProgrammePDF(FPDF):
    def __init__(self, language: str) -> None:
        super().__init__(format="A4")
        self.footer_template = _FOOTER.get(language, _FOOTER["en"])

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 10, self.footer_template.format(n=self.page_no(), total="{nb}"), align="C")


def build(source: Path, target: Path) -> int:
    """Write the PDF for ``source``; returns its number of pages."""
    text = source.read_text(encoding="utf-8")
    _check_latin1(source, text)
    language = source.stem.rsplit(".", 1)[-1]
    blocks = parse(text)
    title = next((b.text for b in blocks if b.kind == "title"), source.stem)
    pdf = _ProgrammePDF(language)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("communs demo (fictional)")
    pdf.set_lang(language)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for block in blocks:
        if block.kind == "page":
            pdf.add_page()
        elif block.kind == "title":
            pdf.start_section(block.text, level=0)  # bookmarks: the converter turns them into section headings
            pdf.set_font("Helvetica", style="B", size=16)
            pdf.multi_cell(0, 8, block.text)
            pdf.ln(4)
        elif block.kind == "heading":
            pdf.ln(2)
            pdf.start_section(block.text, level=1)
            pdf.set_font("Helvetica", style="B", size=13)
            pdf.multi_cell(0, 7, block.text)
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 5.5, block.text)
            pdf.ln(3)
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))
    return pdf.page_no()


def main(argv: list[str] | None = None) -> int:
    sources = sorted(SRC_DIR.glob("*.txt"))
    if not sources:
        print(f"no PDF sources in {SRC_DIR}", file=sys.stderr)
        return 1
    for source in sources:
        target = OUT_DIR / f"{source.stem}.pdf"
        pages = build(source, target)
        print(f"{target.relative_to(HERE)}: {pages} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
