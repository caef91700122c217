"""Per-language word lists of the leading-question detector (data in ``data/lexicon_<lang>.json``).

Matching is on accent-folded lower case (:func:`communs.core.text.fold`) with word boundaries; an entry ending in
``*`` matches every word that starts with it (a ``*`` elsewhere stands for any word characters), and multi-word entries match as phrases.
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


def _word(token: str) -> str:
    return r"[\w'-]*".join(re.escape(piece) for piece in token.split("*"))


def compile_entries(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression for folded entries; ``*`` inside an entry stands for any word characters."""
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        body = r"\s+".join(_word(w) for w in entry.split())
        parts.append(body if entry.endswith("'") else body + r"(?![\w-])")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")")


@lru_cache(maxsize=8)
def lexicon(language: str) -> dict[str, WordList]:
    """The compiled word lists of ``language`` (fr, de or en; anything else falls back to en)."""
    lang = language if language in LANGUAGES else "en"
    raw = json.loads(resources.files(__package__).joinpath(f"data/lexicon_{lang}.json").read_text("utf-8"))
    out = {}
    for name in LISTS:
        entries = tuple(fold(e) for e in raw.get(name, []))
        out[name] = WordList(name=name, entries=entries, pattern=compile_entries(entries))
    return out


def folded(text: str) -> str:
    """Folded text with typographic apostrophes unified, ready for :meth:`WordList.find`."""
    return fold(text.replace("’", "'").replace("`", "'"))
