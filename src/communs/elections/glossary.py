"""A glossary of electoral terms in plain language (fr, de, en), and finding the terms used in a text.

The terms live in ``glossary.json`` next to this module: one entry per concept (``key``), with, per language, the
term, its variants (inflections, synonyms) and a short plain-language definition. ``find_terms`` matches a term or a
variant as whole words, ignoring case and accents, so answers can link the words they use to their explanation.
Pure Python: no Django import, usable from the core and the CLI.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communs.core.text import fold

DATA = Path(__file__).resolve().parent / "glossary.json"
LANGUAGES = ("fr", "de", "en")


@dataclass(frozen=True)
class Term:
    key: str
    language: str
    term: str
    variants: tuple[str, ...]
    definition: str

    @property
    def anchor(self) -> str:
        """The fragment id of the term on the glossary page."""
        return f"term-{self.key}"

    def names(self) -> tuple[str, ...]:
        return (self.term, *self.variants)


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{DATA}: expected a list of glossary entries")
    return tuple(data)


def _language(language: str) -> str:
    code = (language or "").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


@lru_cache(maxsize=8)
def _terms(language: str) -> tuple[Term, ...]:
    found = []
    for entry in _entries():
        item = entry.get(language)
        if not item:
            continue
        found.append(
            Term(
                key=entry["key"], language=language, term=item["term"],
                variants=tuple(item.get("variants", ())), definition=item["definition"],
            )
        )
    return tuple(sorted(found, key=lambda t: fold(t.term)))


def terms(language: str) -> list[Term]:
    """Every term in ``language`` (fr, de or en; anything else falls back to English), sorted alphabetically."""
    return list(_terms(_language(language)))


def term(key: str, language: str) -> Term | None:
    """The term ``key`` in ``language``, or None."""
    return next((t for t in _terms(_language(language)) if t.key == key), None)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` character by character, with the index in ``text`` of each folded character."""
    out = list(map(_fold_char, text))
    folded = "".join(out)
    if len(folded) == len(text) and all(len(ch) == 1 for ch in out):  # the usual case: one character each
        return folded, list(range(len(text)))
    index: list[int] = []
    for i, ch in enumerate(out):
        index.extend([i] * len(ch))
    return folded, index


@lru_cache(maxsize=8)
def _pattern(language: str) -> tuple[re.Pattern[str], dict[str, Term]]:
    by_name: dict[str, Term] = {}
    for item in _terms(language):
        for name in item.names():
            key = " ".join(fold(name).split())
            if key:
                by_name.setdefault(key, item)
    names = sorted(by_name, key=len, reverse=True)  # longest first: "vote par procuration" before "procuration"
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in name.split(" ")) for name in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), by_name


@dataclass(frozen=True)
class TermMatch:
    term: Term
    start: int
    end: int


def find_matches(text: str, language: str) -> list[TermMatch]:
    """Non-overlapping occurrences of glossary terms in ``text`` (offsets into ``text``), in reading order."""
    pattern, by_name = _pattern(_language(language))
    folded, index = _folded_with_map(text)
    matches = []
    for m in pattern.finditer(folded):
        name = " ".join(m.group(0).split())
        item = by_name.get(name)
        if item is None:
            continue
        start = index[m.start()]
        end = index[m.end() - 1] + 1
        matches.append(TermMatch(item, start, end))
    return matches


def find_terms(text: str, language: str) -> list[Term]:
    """The glossary terms used in ``text`` (by term or variant, whole words, case and accents ignored), each once,
    in order of first use."""
    seen: dict[str, Term] = {}
    for match in find_matches(text, language):
        seen.setdefault(match.term.key, match.term)
    return list(seen.values())
