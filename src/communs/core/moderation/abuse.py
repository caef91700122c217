"""Abuse and insults (fr/de/en) with tolerance for obfuscation: leetspeak (c0nnard, @sshole), stretched letters
(connnnard), letters separated by dots or spaces (c.o.n.n.a.r.d, i d i o t) and starred letters (c*nnard).

Matching is token-based over a normalised form, so "conclusion" never matches "con". The lexicons are in
``lexicons.py``."""

from __future__ import annotations

import re
from functools import lru_cache

from communs.core.moderation.lexicons import FALSE_FRIENDS, INSULTS, THREATS
from communs.core.moderation.types import Reason
from communs.core.text import fold

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e",
                      "!": "i", "|": "i", "+": "t"})
# A token: letters/digits/leet symbols, possibly with inner '*' standing for a hidden letter.
TOKEN_RE = re.compile(r"[a-z0-9@$€]+(?:[*!|+][a-z0-9@$€]*)*")
# Letters separated by single dots, spaces, dashes or underscores: "c.o.n.n.a.r.d", "i d i o t".
SPACED_RE = re.compile(r"\b(?:[a-z0-9@$][ ._\-]){2,}[a-z0-9@$]\b")
SHORT_ENTRY = 5


def _squeeze(token: str) -> str:
    """Leetspeak mapped, then runs of the same letter collapsed ("connnard" -> "conard")."""
    mapped = token.translate(LEET)
    return re.sub(r"(.)\1+", r"\1", mapped)


def _normalise_entry(entry: str) -> tuple[str, bool]:
    prefix = entry.endswith("*")
    text = fold(entry.rstrip("*"))
    return " ".join(_squeeze(t) for t in re.split(r"[\s\-']+", text) if t), prefix


@lru_cache(maxsize=4)
def _entries(language: str) -> tuple[tuple[tuple[str, ...], bool, str], ...]:
    """(normalised tokens, is_prefix, original entry) for every entry that applies to a text in ``language``."""
    out = []
    for lang, entries in INSULTS.items():
        for entry in entries:
            norm, prefix = _normalise_entry(entry)
            if lang != language and (len(norm.replace(" ", "")) < SHORT_ENTRY or entry in FALSE_FRIENDS):
                continue
            out.append((tuple(norm.split()), prefix, entry))
    return tuple(out)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens with character offsets into the folded text (same length as the original for fr/de/en
    apart from rare ligatures; offsets are best-effort for spans)."""
    folded = fold(text)
    joined = SPACED_RE.sub(lambda m: re.sub(r"[ ._\-]", "", m.group(0)).ljust(len(m.group(0))), folded)
    tokens = []
    for match in TOKEN_RE.finditer(joined):
        raw = match.group(0)
        if raw.isdigit():
            continue
        tokens.append((_squeeze(raw), match.start(), match.end()))
    return tokens


def _matches(token: str, entry: str, prefix: bool) -> bool:
    if "*" in token:  # a hidden letter: c*nard matches conard
        pattern = re.escape(token).replace(r"\*", ".")
        return re.fullmatch(pattern + (".*" if prefix else ""), entry) is not None or (
            prefix and re.match(pattern, entry) is not None and len(token) >= len(entry)
        )
    return token.startswith(entry) if prefix else token == entry


def abuse_reasons(text: str, language: str = "en") -> list[Reason]:
    tokens = _tokens(text)
    words_only = [t for t, _, _ in tokens]
    reasons: list[Reason] = []
    covered: set[int] = set()
    for entry_tokens, prefix, original in _entries(language):
        n = len(entry_tokens)
        for i in range(len(words_only) - n + 1):
            window = words_only[i : i + n]
            ok = all(w == e for w, e in zip(window[:-1], entry_tokens[:-1], strict=True)) and _matches(
                window[-1], entry_tokens[-1], prefix
            )
            if ok and not covered.intersection(range(i, i + n)):
                covered.update(range(i, i + n))
                reasons.append(Reason("abuse.insult", f"insult ({original!r})", (tokens[i][1], tokens[i + n - 1][2])))
                break
        if len(reasons) >= 3:
            break
    folded = fold(text)
    for patterns in THREATS.values():
        for pattern in patterns:
            hit = re.search(pattern, folded)
            if hit:
                reasons.append(Reason("abuse.threat", "threat of violence", (hit.start(), hit.end())))
                return reasons
    return reasons
