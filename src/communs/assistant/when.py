""""When" questions answered from the election's key dates (``ElectionDate``), each cited by its official passage.

A dates question ("When is polling day?", "Bis wann kann ich Briefwahl beantragen?") is matched to the kinds of
date it asks about by per-language cue stems; a plain "when is the
election?" means polling day, "what are the key dates / deadlines?" means all of them. The answer is extractive like
every other: for each matched date, the sentence of its official passage that writes the date out (as
``communs.elections.viewer.date_in_words`` writes it), cited with its exact span. A date without an official passage
is never stated: the question then goes to the ordinary official-sources composer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.core.answers.types import Citation, Section, SentenceRef
from communs.core.text import fold, sentence_spans, words
from communs.elections.dates import DateRow, date_rows
from communs.elections.models import Election
from communs.elections.viewer import date_in_words

# Folded stems (prefixes of folded words) that point at one kind of date (``ElectionDate.Kind``), per language.
KIND_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "polling_day": {
        "fr": ("scrutin", "election", "elections", "voter", "vote", "urne", "premier tour"),
        "de": ("wahltag", "wahl", "wahlen", "gewahlt", "gewaehlt", "wahlsonntag", "abstimm", "erster wahlgang",
               "ersten wahlgang"),
        "en": ("polling", "election", "vote", "voting", "ballot", "first round"),
    },
    "registration_deadline": {
        "fr": ("inscri", "liste electorale", "listes electorales"),
        "de": ("wahlerverzeichnis", "waehlerverzeichnis", "eintrag", "registr", "anmeld"),
        "en": ("regist", "electoral roll", "enrol"),
    },
    "postal_vote_deadline": {
        "fr": ("correspondance", "par courrier", "postal"),
        "de": ("briefwahl", "wahlschein", "per post", "brief"),
        "en": ("postal", "by post", "by mail", "mail-in", "absentee"),
    },
    "proxy_deadline": {
        "fr": ("procuration", "mandataire"),
        "de": ("vollmacht", "bevollmacht", "stellvertret"),
        "en": ("proxy",),
    },
}
ALL_DATES_CUES = {
    "fr": ("dates cles", "dates importantes", "calendrier", "echeances", "delais", "dates limites"),
    "de": ("wichtige termine", "wichtigen termine", "termine", "fristen", "stichtage", "wichtigen daten"),
    "en": ("key dates", "important dates", "deadlines", "timetable", "calendar"),
}
SPECIFIC = (
    "registration_deadline",
    "postal_vote_deadline",
    "proxy_deadline",
)
# A question about the polling stations' hours ("When are the polling stations open?", "Wann sind die Wahllokale
# geöffnet?"): the polling-day passage's sentence that states the hours is cited next to the date.
HOURS_CUES = {
    "fr": ("ouvert", "ouverture", "ferme", "fermeture", "heure", "horaire"),
    "de": ("geoffnet", "offnungszeit", "offnet", "geschlossen", "schliess", "uhr"),
    "en": ("open", "close", "closing", "what time", "hours"),
}
HOURS_LABELS = {"fr": "Horaires", "de": "Öffnungszeiten", "en": "Opening hours"}
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:h|heures?|uhr|am|pm|a\.m\.|p\.m\.)(?![a-z])", re.IGNORECASE)
HEADINGS = {
    "fr": "Dates clés selon les sources officielles :",
    "de": "Wichtige Termine laut den offiziellen Quellen:",
    "en": "Key dates according to the official sources:",
}


@dataclass(frozen=True)
class DateAnswer:
    text: str
    citations: list[Citation]
    sections: list[Section]
    rows: list[DateRow]


def _has(folded: str, cue: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(cue)}", folded) is not None


def wanted_rows(question: str, election: Election, language: str) -> list[DateRow]:
    """The key dates ``question`` asks about (empty when it asks about none of them)."""
    folded = " ".join(fold(w) for w in words(question))
    rows = [r for r in date_rows(election, language) if r.source is not None and r.passage is not None]
    if not rows:
        return []
    if any(_has(folded, cue) for cue in ALL_DATES_CUES.get(language, ())):
        return rows
    chosen = []
    for row in rows:
        cues = KIND_CUES.get(row.date.kind, {}).get(language, ())
        specific = row.date.kind in SPECIFIC
        if specific and any(_has(folded, cue) for cue in cues):
            chosen.append(row)
    if chosen:
        return chosen
    polling = [r for r in rows if r.date.kind == "polling_day"]
    cues = KIND_CUES["polling_day"].get(language, ())
    if polling and any(_has(folded, cue) for cue in cues):
        return polling
    return []


def _asks_hours(question: str, language: str) -> bool:
    folded = " ".join(fold(w) for w in words(question))
    return any(_has(folded, cue) for cue in HOURS_CUES.get(language, ()))


def _hours_sentences(text: str, date_span: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentences of the polling-day passage, other than the date's, that state a clock time ("8 am", "19 Uhr")."""
    return [(s, e) for s, e in sentence_spans(text) if (s, e) != date_span and _CLOCK.search(text[s:e])]


def _date_sentence(text: str, day_words: str) -> tuple[int, int] | None:
    at = text.find(day_words)
    if at < 0:
        return None
    for start, end in sentence_spans(text):
        if start <= at < end:
            return start, end
    return at, at + len(day_words)


def date_answer(question: str, election: Election, language: str) -> DateAnswer | None:
    """The cited key dates ``question`` asks about, or None (then the official-sources composer answers)."""
    rows = wanted_rows(question, election, language)
    citations: list[Citation] = []
    sentences: list[SentenceRef] = []
    used: list[DateRow] = []
    for row in rows:
        passage, source = row.passage, row.source
        if passage is None or source is None:
            continue
        span = _date_sentence(passage.text, date_in_words(row.date.date, source.language or language))
        if span is None:
            continue
        start, end = span
        quote = passage.text[start:end]
        existing = next((c for c in citations if c.passage_id == passage.pk and c.start == passage.start + start), None)
        if existing is None:
            existing = Citation(
                n=len(citations) + 1, passage_id=passage.pk, source_id=str(source.pk), party=None,
                page=passage.page, quote=quote, start=passage.start + start, end=passage.start + end,
                source_title=source.title,
            )
            citations.append(existing)
        sentences.append(SentenceRef(f"{row.label}: {quote.strip()}", (existing.n,)))
        used.append(row)
        if row.date.kind == "polling_day" and _asks_hours(question, language):
            for h_start, h_end in _hours_sentences(passage.text, (start, end)):
                hours = Citation(
                    n=len(citations) + 1, passage_id=passage.pk, source_id=str(source.pk), party=None,
                    page=passage.page, quote=passage.text[h_start:h_end], start=passage.start + h_start,
                    end=passage.start + h_end, source_title=source.title,
                )
                citations.append(hours)
                label = HOURS_LABELS.get(language, HOURS_LABELS["en"])
                sentences.append(SentenceRef(f"{label}: {hours.quote.strip()}", (hours.n,)))
    if not sentences:
        return None
    heading = HEADINGS.get(language, HEADINGS["en"])
    body = " ".join(f"{s.text} [{s.citations[0]}]" for s in sentences)
    return DateAnswer(f"{heading}\n{body}", citations, [Section(heading, None, tuple(sentences))], used)
