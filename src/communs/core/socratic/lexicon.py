"""Per-language word lists of the leading-question detector (data in ``data/lexicon_<lang>.json``).

Matching is on accent-folded lower case (:func:`communs.core.text.fold`) with word boundaries; an entry ending in
``*`` matches every word that starts with it, and multi-word entries match as phrases.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communs.core.text import fold

LANGUAGES = ("fr", "de", "en")
LISTS = ("loaded", "evaluative", "comparative", "intensifiers", "social_proof", "objections")


@dataclass(frozen=True)
class WordList:
    """One list compiled to a regular expression over folded text."""

    name: str
    entries: tuple[str, ...]
    pattern: re.Pattern[str]

    def find(self, folded: str) -> list[str]:
        """The matched words or phrases of ``folded`` text, in order of appearance."""
        return [m.group(0) for m in self.pattern.finditer(folded)]


def _compile(entries: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        stem = entry.rstrip("*")
        body = r"\s+".join(re.escape(w) for w in stem.split())
        parts.append(body + (r"[\w'-]*" if entry.endswith("*") else ""))
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w'-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=8)
def lexicon(language: str) -> dict[str, WordList]:
    """The compiled word lists of ``language`` (fr, de or en; anything else falls back to en)."""
    lang = language if language in LANGUAGES else "en"
    raw = json.loads(resources.files(__package__).joinpath(f"data/lexicon_{lang}.json").read_text("utf-8"))
    out = {}
    for name in LISTS:
        entries = tuple(fold(e) for e in raw.get(name, []))
        out[name] = WordList(name=name, entries=entries, pattern=_compile(entries))
    return out


def folded(text: str) -> str:
    """Folded text with typographic apostrophes unified, ready for :meth:`WordList.find`."""
    return fold(text.replace("’", "'").replace("`", "'"))
