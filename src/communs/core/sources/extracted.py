"""Clean-up of text extracted from PDFs: line-end hyphenation, line numbers, page furniture.

Party programmes reach the platform as PDFs or as the text someone extracted from them (``=== Seite 12 ===``
markers and all). Extraction leaves three kinds of noise that break words and passages:

* **Line-end hyphenation**: "Wirt-" / "schaft" is one word, "Wirtschaft"; a suspended hyphen before a
  conjunction ("Kinder-" / "und Jugendhilfe", "pré-" / "et post-") stays as written.
* **Line numbers** of drafts and motions (German "Antragsbücher" number every line): a document is line-numbered
  when at least a third of its non-empty lines (and at least 50 lines) start with a number and most of those
  numbers follow the previous one; then each line's leading number is removed and lines holding only a number are dropped, so a sentence
  reads "in Deutschland, Europa und der Welt", not "in Deutschland, 5 Europa und der Welt".
* **Page furniture**: running headers and footers ("Bundestagswahlprogramm 2021", "BÜNDNIS 90 / DIE GRÜNEN 7")
  repeat at the top or the bottom of many pages. In a paged text, a line among the first ``HEAD_LINES`` or last
  ``TAIL_LINES`` non-empty lines of its page whose form (digits aside) recurs there on at least three pages and a
  fifth of the pages is removed (``strip_running_lines``). Elsewhere, a line repeated three times or more is not a
  section heading (``furniture``), and neither is an entry of a table of contents ("Wir schützen Geflüchtete 238"
  among other lines ending with a page number).

The clean-up changes the document text, which is what passages are cut from and what the viewer shows, so offsets
stay exact.
"""

from __future__ import annotations

import re
from collections import Counter

# "Wahl-\nprogramm" -> "Wahlprogramm", but not German/French/English suspended hyphens ("Kinder-\nund Jugendhilfe").
# One blank line may stand between the two halves (extractions that put a blank line after every line).
_HYPHENATED = re.compile(
    r"(?<=[a-zà-öø-ÿß])-\n(?:[ \t]*\n)?(?!(?:und|oder|bzw|sowie|bis|et|ou|and|or|to)\b)(?=[a-zà-öø-ÿß])"
)
_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,5})(?=[ \t]|$)[ \t]?")
MIN_NUMBERED_SHARE = 1 / 3
MIN_CONSECUTIVE_SHARE = 0.5
MIN_NUMBERED_LINES = 50  # a numbered list of ten proposals keeps its numbers
FURNITURE_REPEATS = 3
_ENDS_WITH_PAGE = re.compile(r"\s\d{1,4}$")
TOC_NEIGHBOURS = 2  # other lines ending with a number among the 8 lines before and after: a table of contents
TOC_WINDOW = 8


def join_hyphenated(text: str) -> str:
    """``text`` with line-end hyphenation inside words joined."""
    return _HYPHENATED.sub("", text)


def is_line_numbered(text: str) -> bool:
    """True when the text carries line numbers (see the module docstring)."""
    numbers = []
    non_empty = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        non_empty += 1
        match = _LINE_NUMBER.match(line)
        if match:
            numbers.append(int(match.group(1)))
    if not non_empty or len(numbers) < MIN_NUMBERED_SHARE * non_empty or len(numbers) < MIN_NUMBERED_LINES:
        return False
    consecutive = sum(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    return consecutive >= MIN_CONSECUTIVE_SHARE * (len(numbers) - 1)


def strip_line_numbers(text: str) -> str:
    """Each line without its leading line number; lines holding only a number are dropped."""
    out = []
    for line in text.split("\n"):
        match = _LINE_NUMBER.match(line)
        if match is None:
            out.append(line)
            continue
        rest = line[match.end():]
        if rest.strip():
            out.append(rest)
    return "\n".join(out)


def clean_pages(pages: list[str]) -> list[str]:
    """The pages of one document with hyphenation joined, line numbers removed when the document is line-numbered
    (decided over all its pages), and, from ``RUNNING_MIN_PAGES`` pages on, running headers and footers removed."""
    pages = [join_hyphenated(page) for page in pages]
    if is_line_numbered("\n".join(pages)):
        # "Wirt-" / "5 schaft": the halves of a word meet once the line number between them is gone
        pages = [join_hyphenated(strip_line_numbers(page)) for page in pages]
    return strip_running_lines(pages) if len(pages) >= RUNNING_MIN_PAGES else pages


HEAD_LINES = 8
TAIL_LINES = 3
RUNNING_MIN_PAGES = 3
RUNNING_MIN_SHARE = 0.2


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first HEAD_LINES and last TAIL_LINES non-empty lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:HEAD_LINES]) | set(filled[-TAIL_LINES:]))


def strip_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running headers and footers (see the module docstring)."""
    split = [page.split("\n") for page in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update({_key(lines[i]) for i in _edges(lines)})
    floor = max(RUNNING_MIN_PAGES, RUNNING_MIN_SHARE * len(pages))
    running = {key for key, n in counts.items() if n >= floor}
    if not running:
        return pages
    out = []
    for lines in split:
        drop = {i for i in _edges(lines) if _key(lines[i]) in running}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def furniture(lines: list[str]) -> set[str]:
    """Keys (digits as ``#``, case and spacing folded; see :func:`is_furniture`) of the lines repeated at least
    ``FURNITURE_REPEATS`` times: running headers, footers, motion boilerplate."""
    counts = Counter(_key(line) for line in lines if line.strip())
    return {key for key, n in counts.items() if n >= FURNITURE_REPEATS}


def is_furniture(line: str, repeated: set[str]) -> bool:
    return _key(line) in repeated


def is_contents_entry(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` ends with a page number among other lines that do: a table of contents."""
    if not _ENDS_WITH_PAGE.search(lines[index].strip()):
        return False
    window = lines[max(0, index - TOC_WINDOW): index] + lines[index + 1: index + TOC_WINDOW + 1]
    return sum(bool(_ENDS_WITH_PAGE.search(x.strip())) for x in window) >= TOC_NEIGHBOURS
