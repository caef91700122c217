"""Text basics shared by the core: normalisation, accent folding, sentence spans and language identification.

Language identification covers the project's languages (fr, de, en) with stop-word and character evidence; it is
deterministic, needs no model, and returns ``default`` when the text gives no evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

LANGUAGES = ("fr", "de", "en")

_STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les un une des du de et est sont que qui quoi dans pour par sur avec pas ne au aux ce cette ces "
        "il elle ils elles nous vous je tu on mon ma mes son sa ses leur leurs quel quelle quels quelles comment "
        "où quand pourquoi est-ce y a ont été être avoir faire fait se sa si mais ou donc car lors propose proposent "
        "parti partis voter vote élection programme".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und ist sind nicht zu mit von für auf im in an bei "
        "wie wo wann warum was wer welche welcher welches ich du er sie es wir ihr man mein meine sein seine ihre "
        "auch noch nur oder aber wenn dass soll sollen wird werden kann können hat haben zum zur vom über sagt "
        "partei parteien wählen wahl".split()
    ),
    "en": frozenset(
        "the a an and is are of to in on for with by at from that this these those what which who whom how where "
        "when why do does did i you he she it we they my your his her our their be been being have has had will "
        "would should can could not no or but if about party parties vote election say says propose".split()
    ),
}
_CHAR_HINTS = {"fr": "éèêàçùôîœ", "de": "äöüß", "en": ""}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """NFC, unify quotes and spaces, strip control characters (keeps newlines and form feeds)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u00ad", "")  # soft hyphen
    return "\n".join(map(_clean_line, text.split("\n")))


def _clean_line(line: str) -> str:
    """Drop control and format characters except tab and form feed (fast path: printable lines are kept)."""
    if line.isprintable():
        return line
    return "".join(ch for ch in line if ch in "\f\t" or unicodedata.category(ch)[0] != "C")


def fold(text: str) -> str:
    """Lower-case and strip accents (ß -> ss, œ -> oe) for matching names and words."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Word tokens (letters, inner hyphens and apostrophes kept), original case."""
    return _WORD.findall(text)


def detect_language(text: str, default: str = "en", candidates: Iterable[str] = LANGUAGES) -> str:
    """The most likely of ``candidates`` for ``text`` (fr, de or en), or ``default`` without evidence."""
    tokens = [t.casefold() for t in words(text)]
    scores: dict[str, float] = {}
    for lang in candidates:
        stop = _STOPWORDS.get(lang, frozenset())
        score = sum(1.0 for t in tokens for part in re.split(r"['’]", t) if part in stop)
        hints = _CHAR_HINTS.get(lang, "")
        if hints:
            score += 0.5 * sum(1 for ch in text.casefold() if ch in hints)
        scores[lang] = score
    best = max(scores, key=lambda k: scores[k]) if scores else default
    if scores.get(best, 0.0) <= 0.0:
        return default
    ties = [k for k, v in scores.items() if v == scores[best]]
    return default if len(ties) > 1 and default in ties else best


# Sentence boundaries: ., !, ?, … followed by space(s) and an upper-case letter, digit, quote or bracket, or by a
# line break. Common abbreviations (fr/de/en) and single initials do not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nr vol art abs bzw ca usw z.b d.h u.a etc vgl ggf evtl inkl bzw. m mme mlle cf p pp "
    "env hr fr dipl e.g i.e vs sr jr nov dec jan feb mar apr jun jul aug sep sept oct okt dez".split()
)
_BOUNDARY = re.compile(r"([.!?…]+[\"'»”)\]]*)(\s+)(?=[\"'«“(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\s*[-•*–]\s)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans ``[s, e)`` of the sentences of ``text[start:end]``, trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    segment = text[start:end]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _BOUNDARY.finditer(segment):
        if match.group(1):
            cut = match.end(1)
            before = segment[cursor:match.start(1)]
            last_word = before.rsplit(None, 1)[-1].casefold() if before.strip() else ""
            last_word = last_word.lstrip("(\"'«“")
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
            if re.fullmatch(r"\d+", last_word) and match.group(1) == "." and re.match(r"\s*[A-ZÄÖÜ][a-zäöü]", segment[match.end():]) and len(last_word) <= 2:
                # German ordinals ("am 26. September") are not sentence ends
                continue
        else:
            cut = match.start()
        _append_trimmed(segment, cursor, cut, start, spans)
        cursor = match.end()
    _append_trimmed(segment, cursor, len(segment), start, spans)
    return spans


def _append_trimmed(segment: str, a: int, b: int, offset: int, spans: list[tuple[int, int]]) -> None:
    piece = segment[a:b]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((offset + a + lead, offset + a + lead + len(stripped)))


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
