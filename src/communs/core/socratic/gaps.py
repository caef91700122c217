"""Gap analysis: which dimensions of a proposal (why, for whom, where, how, what it would change, cost, when, who
does it) a contribution leaves missing or vague, in fr, de or en.

Per-language cue lists (``data/gaps_<lang>.json``: 'strong' cues state the dimension, 'weak' cues touch it vaguely;
place nouns count only after a place preposition) plus a few surface heuristics: an amount with a currency states the
cost, dates, hours and years state the when, a proper name after a place preposition states the where.

Stance symmetry by construction: a contribution for X and one against X share only X, the *measure*; they differ in
the stance and in the arguments (the proponent says what it would bring, the opponent what it would cost or harm,
and either may argue more). So the analysis has two tiers, in the fixed priority of :data:`FAMILIES`:

1. 'why' (the argument tier) is always a gap, whatever the author argues: a reason against is a 'why' just as a
   reason for is, and whether the author gives reasons must not change the families asked. Its status only says
   whether reasons were given (*vague*: the question then goes to what lies behind them) or not (*missing*).
2. The measure's dimensions (for whom, where, how, effect, cost, when, actor) are read from the *subject* only
   (:func:`split_proposal`): the text up to where the author starts arguing or judging (because, a colon, the end
   of the first sentence, "would be", "is a waste"...). Cue lists hold both polarities and no negation or stance
   word (a test enforces it).

Gaps (missing or vague alike: "we need this" is no reason) are ranked by that fixed priority. Which families are
*asked* is :func:`agenda`'s decision: 'why', then a family that never depends on the contribution (the one the
consultation's measure calls for, or 'for whom'), then the contribution's own measure kind and its other gaps. The
gap analysis decides the wording of each question (open, quoting a vague word, or deeper into a stated detail): a
side that names more detail of the measure ("on Linden Road") than its mirror gets other words, not other families.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from communs.core.socratic.lexicon import LANGUAGES, compile_entries, folded
from communs.core.socratic.measure import MeasureKind, measure_kind
from communs.core.text import detect_language, normalise

# Fixed priority (the list: why, for whom, where, how, what it would change, cost; then when and who acts).
# 'why' is the argument tier (always a gap); the others describe the measure and are read from its subject.
FAMILIES = ("why", "for_whom", "where", "how", "effect", "cost", "when", "actor")
ARGUMENT_FAMILIES = ("why",)
MEASURE_FAMILIES = tuple(f for f in FAMILIES if f not in ARGUMENT_FAMILIES)
# The second question's family when the consultation's measure is not known (see :func:`agenda`).
SECOND_FAMILY = "for_whom"
MISSING, VAGUE, PRESENT = 0, 1, 2
STATUS_NAMES = {MISSING: "missing", VAGUE: "vague", PRESENT: "present"}


@dataclass(frozen=True)
class Gap:
    """One dimension the contribution leaves ``missing`` or ``vague`` (or, in an :func:`agenda` only, states:
    ``present``); ``evidence``: the vague (or stated) words found."""

    family: str
    status: str
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GapAnalysis:
    """``gaps`` ranked; ``present``: evidence of each stated dimension; ``proposal``/``grounds``: the split;
    ``measure``: the kind of measure named in the proposal (it chooses the third question, :func:`agenda`)."""

    language: str
    gaps: list[Gap]
    present: dict[str, list[str]]
    proposal: str = ""
    grounds: str = ""
    measure: MeasureKind | None = None

    @property
    def families(self) -> list[str]:
        return [g.family for g in self.gaps]


@lru_cache(maxsize=8)
def _raw(language: str) -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath(f"data/gaps_{language}.json").read_text("utf-8"))


@lru_cache(maxsize=8)
def _grounds_marker(language: str) -> re.Pattern[str]:
    raw = _raw(language)
    words = compile_entries(tuple(folded(e) for e in (*raw["grounds_markers"], *raw["predicate_markers"]))).pattern
    return re.compile(f"{words}|[;:–—]|(?<=[.!?])\\s+(?=\\S)")


@lru_cache(maxsize=8)
def _predicate_exceptions(language: str) -> frozenset[str]:
    return frozenset(folded(e) for e in _raw(language).get("predicate_exceptions", []))


@lru_cache(maxsize=8)
def _clause_verbs(language: str) -> re.Pattern[str]:
    return compile_entries(tuple(folded(e) for e in _raw(language)["clause_verbs"]))


@lru_cache(maxsize=8)
def _clause_pronoun(language: str) -> re.Pattern[str]:
    return re.compile("^(?:" + compile_entries(tuple(folded(e) for e in _raw(language)["clause_pronouns"])).pattern + ")")


@lru_cache(maxsize=8)
def _subordinate_start(language: str) -> re.Pattern[str]:
    starts = compile_entries(tuple(folded(e) for e in _raw(language)["clause_excluded_starts"]))
    return re.compile(f"^(?:{starts.pattern})")


def _cut(text: str, flat: str, at: int) -> tuple[str, str]:
    source = text if len(flat) == len(text) else flat
    return source[:at].strip(" ,;:–—-"), source[at:].strip(" ,")


def split_proposal(text: str, language: str) -> tuple[str, str]:
    """``(proposal, grounds)``: the subject (the measure as stated) and the rest (what the author argues or judges).

    The subject is the text up to the first grounds marker (because, parce que, weil...), predicate marker (a finite
    verb that judges or predicts: "would", "is", "serait", "ist", "bedeutet"...; not a modal such as "should"), a
    semicolon, colon or dash, or the end of the first sentence, once at least two words precede it (a comma at most
    four words before that point moves the cut back to it: "Keep the pool open, swimming is good..." ends at the
    comma, and so does a concession, "..., even if it costs more"); failing that, up to a comma followed by a clause
    with its own finite verb."""
    flat = folded(text)
    exceptions = _predicate_exceptions(language)
    for m in _grounds_marker(language).finditer(flat):
        if m.group(0) in exceptions:
            continue
        if m.start() > 0 and len(flat[: m.start()].split()) >= 2:
            at = m.start()
            comma = flat.rfind(", ", 0, at)
            if comma > 0 and len(flat[comma + 2 : at].split()) <= 4 and len(flat[:comma].split()) >= 2:
                at = comma
            return _cut(text, flat, at)
    comma = flat.find(", ")
    if comma > 0 and len(flat[:comma].split()) >= 3:
        rest = flat[comma + 2 :]
        head = " ".join(rest.split()[:4])
        starts_clause = _clause_verbs(language).search(head) or _clause_pronoun(language).match(rest)
        is_clause = starts_clause and not _subordinate_start(language).match(rest)
        if len(rest.split()) >= 4 and is_clause:
            return _cut(text, flat, comma)
    return text.strip(), ""


def _group_pattern(entries: tuple[str, ...], endings: list[str] | None) -> re.Pattern[str]:
    """Group cues; with ``endings``, an entry ending in ``*`` matches its stem plus one of them only (inflections,
    not derived words or compounds: residents but not residential, Nachbarn but not Nachbargemeinden)."""
    if not endings:
        return compile_entries(entries)
    tail = "(?:" + "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)) + ")?"
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        words = entry.split()
        last = re.escape(words[-1][:-1]) + tail if words[-1].endswith("*") else re.escape(words[-1])
        parts.append(r"\s+".join([*(re.escape(w) for w in words[:-1]), last]) + r"(?![\w-])")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")")


@lru_cache(maxsize=8)
def _cues(language: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    raw = _raw(language)
    out = {}
    for family in FAMILIES:
        strong = tuple(folded(e) for e in raw[family]["strong"])
        weak = tuple(folded(e) for e in raw[family]["weak"])
        strong_rx = _group_pattern(strong, raw.get("group_endings")) if family == "for_whom" else compile_entries(strong)
        if family == "where":  # a place noun states the where only after a place preposition ("on the square")
            preps = compile_entries(tuple(folded(e) for e in raw["place_prepositions"])).pattern
            after_prep = preps + r"\s+(?:[\w'-]+\s+){0,2}?" + strong_rx.pattern
            anywhere = compile_entries(tuple(folded(e) for e in raw["where"]["anywhere"])).pattern
            strong_rx = re.compile(f"(?:{after_prep})|(?:{anywhere})")
        out[family] = (strong_rx, compile_entries(weak))
    return out


# (session 51: the digits, separators and spaces before the unit at most 40 characters; unbounded, every digit of a long
# run of numbers read to the run's end, quadratic: 2 s for 5,000 characters of "1 2 3 4")
_CURRENCY = re.compile(
    r"(?:\d[\d'’ .,]{0,40}\s*(?:chf|fr\.|francs?|franken|€|eur|euros?|\$|dollars?|£|pounds?|k€|mio\.?|millions?|milliards?|"
    r"mrd\.?|billions?|rappen|centimes?|cents?)(?![\w]))|(?:(?:chf|€|\$|£|eur|fr\.)\s*\d)", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}\s*(?:h|uhr|heures?|o'clock|am|pm)\b|\b\d{1,2}[:.]\d\d\b|"
    r"\b\d+\s*(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|annees?|années?|tage?n?|wochen?|monate?n?|"
    r"jahre?n?)\b", re.IGNORECASE)
_PLACE_PREP = {
    "en": r"(?:in|at|on|near|along|to|from|around|behind|opposite)\s+(?:the\s+)?",
    "fr": r"(?:à|a|au|aux|dans|sur|près de|pres de|le long de|vers|en face de|derrière|devant)\s+(?:la\s+|le\s+|les\s+|l['’])?",
    "de": r"(?:in|bei|nach|aus|vor|hinter)\s+",
}
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NOT_PLACES = {
    "en": frozenset("january february march april may june july august september october november december monday "
                    "tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
                    "saturdays sundays christmas easter whitsun new i".split()),
    "fr": frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre noël pâques "
                    "pentecôte toussaint".split()),
    "de": frozenset("zukunft zeit ruhe ordnung kraft frage betrieb zusammenarbeit ergänzung zukunft summe höhe "
                    "wirklichkeit praxis folge fällen ausnahme regel bezug abstimmung zeiten anbetracht weihnachten "
                    "ostern pfingsten silvester".split()),
}
_DE_PLACE_SUFFIX = re.compile(r"(?:strasse|straße|platz|gasse|weg|berg|dorf|bach|stadt|hausen|ingen|ikon|wil|feld|"
                              r"quartier|brücke|bruecke|allee)\b", re.IGNORECASE)


def _proper_places(text: str, language: str) -> list[str]:
    found = []
    for m in re.finditer(r"\b" + _PLACE_PREP[language] + r"(" + _NAME + r")", text):
        name = m.group(1)
        if name.casefold() in _NOT_PLACES[language]:
            continue
        if language == "de" and not (_DE_PLACE_SUFFIX.search(name) or m.group(0).split()[0] in ("in", "nach", "aus")):
            continue
        found.append(name)
    return found


@lru_cache(maxsize=8)
def _beneficiary_before(language: str) -> re.Pattern[str]:
    """Matches the end of a text where a beneficiary ("for") or agent ("by") preposition stands at most three
    words back: the group that follows is who would benefit (an argument) or who would do it, not whom the measure
    is for."""
    raw = _raw(language)
    entries = (*raw["beneficiary_prepositions"], *raw.get("agent_prepositions", []))
    preps = compile_entries(tuple(folded(e) for e in entries)).pattern
    return re.compile(preps + r"(?:\s+[\w'’-]+){0,3}\s*$")


def _is_group(m: re.Match[str], text: str, flat: str, language: str) -> bool:
    """In German a group is a noun: the last word of the cue must be capitalised ("die Jungen", not "jungen
    Bäume"); elsewhere every match counts."""
    if language != "de" or len(flat) != len(text):
        return True
    last = m.start() + m.group(0).rfind(" ") + 1
    return text[last].isupper()


def _language(text: str, language: str | None) -> str:
    return language if language in LANGUAGES else detect_language(text)


def named_groups(text: str, language: str) -> list[str]:
    """The people or groups ``text`` names anywhere (grounds and beneficiaries included), in the author's words."""
    strong, weak = _cues(language)["for_whom"]
    flat = folded(text)
    same = len(flat) == len(text)
    spans = sorted([*(m for m in strong.finditer(flat) if _is_group(m, text, flat, language)), *weak.finditer(flat)],
                   key=lambda m: m.start())
    return list(dict.fromkeys(text[m.start():m.end()] if same else m.group(0) for m in spans))


def _family_hits(family: str, text: str, lang: str, cues: tuple[re.Pattern[str], re.Pattern[str]]) -> tuple[
    list[str], list[str]
]:
    """(strong, weak) evidence of ``family`` in ``text``; weak evidence in the author's own words."""
    strong, weak = cues
    flat = folded(text)
    same = len(flat) == len(text)  # folding keeps offsets unless the text holds ß, œ or ligatures
    strong_matches = list(strong.finditer(flat))
    weak_matches = list(weak.finditer(flat))
    if family == "for_whom":  # a group after "for" is who the author says would benefit (an argument), after "by"
        before = _beneficiary_before(lang)  # who would do it; neither is whom the measure is for
        strong_matches = [m for m in strong_matches
                          if _is_group(m, text, flat, lang) and not before.search(flat[: m.start()])]
        weak_matches = [m for m in weak_matches if not before.search(flat[: m.start()])]
    strong_hits = [text[m.start():m.end()] if same else m.group(0) for m in strong_matches]
    weak_hits = [text[m.start():m.end()] if same else m.group(0) for m in weak_matches]
    if family == "cost":
        strong_hits += [m.group(0).strip() for m in _CURRENCY.finditer(text)]
    elif family == "when":
        strong_hits += [m.group(0) for m in _TIME.finditer(text)]
    elif family == "where":
        strong_hits += _proper_places(text, lang)
    return strong_hits, weak_hits


def analyse_gaps(text: str, *, language: str | None = None) -> GapAnalysis:
    """Which dimensions ``text`` leaves missing or vague, ranked by :data:`FAMILIES` priority.

    'why' is always a gap (*vague* when the author gives reasons, for or against alike, *missing* otherwise). Every
    other dimension is read from the subject only (:func:`split_proposal`): the grounds and judgements are where a
    for-X and an against-X contribution differ ("cyclists are squeezed" / "delivery vans struggle", "it costs too
    much" / "children need it"), and whether an author argues more or less must not change which questions are
    asked."""
    lang = _language(text, language)
    clean = normalise(text).strip()
    proposal, grounds = split_proposal(clean, lang)
    cues = _cues(lang)
    status: dict[str, int] = {}
    present: dict[str, list[str]] = {}
    vague: dict[str, list[str]] = {}
    strong_why, weak_why = _family_hits("why", clean, lang, cues["why"])
    if len(grounds.split()) >= 3 or strong_why or weak_why:
        status["why"] = VAGUE  # reasons or a judgement given: the question goes to what lies behind them
        vague["why"] = [grounds] if len(grounds.split()) >= 3 else list(dict.fromkeys(strong_why + weak_why))
    else:
        status["why"] = MISSING
    for family in MEASURE_FAMILIES:
        strong_hits, weak_hits = _family_hits(family, proposal, lang, cues[family])
        if strong_hits:
            status[family] = PRESENT
            present[family] = list(dict.fromkeys(strong_hits))
        elif weak_hits:
            status[family] = VAGUE
            vague[family] = list(dict.fromkeys(weak_hits))
        else:
            status[family] = MISSING
    if status["for_whom"] != PRESENT and (groups := named_groups(clean, lang)):
        status["for_whom"] = VAGUE  # named only as beneficiaries or in the grounds: the question quotes them
        vague["for_whom"] = list(dict.fromkeys([*vague.get("for_whom", []), *groups]))
    gaps = [Gap(f, STATUS_NAMES[status[f]], vague.get(f, [])) for f in FAMILIES if status[f] != PRESENT]
    measure = measure_kind(proposal, lang)
    return GapAnalysis(lang, gaps, present, proposal, grounds, measure)


def agenda(analysis: GapAnalysis, second: str = SECOND_FAMILY) -> list[Gap]:
    """What to ask, in order: 'why' (always a gap); then ``second`` whatever its status — when the author already
    states it, a ``present`` entry carries the evidence and the question goes deeper into it instead of asking for
    it; then the family the contribution's own measure calls for (:mod:`communs.core.socratic.measure`); then the
    other gaps in :data:`FAMILIES` priority.

    ``second`` never depends on the contribution: it is :data:`SECOND_FAMILY` ('for whom'), or the family of the
    consultation's measure when the caller knows it (``suggest_questions(..., topic=)``), which a contribution for X
    and one against X share by definition. So the first two questions of a mirrored pair always come from the same
    families; how much detail, argument or stance either side writes changes only their wording (see
    docs/adr/0009-socratic-families-per-consultation.md)."""
    status = {g.family: g for g in analysis.gaps}
    order = [f for f in ("why", second) if f in FAMILIES]
    if analysis.measure is not None:
        order.append(analysis.measure.family)
    order += [g.family for g in analysis.gaps]
    out: list[Gap] = []
    for family in dict.fromkeys(order):
        gap = status.get(family) or Gap(family, "present", list(analysis.present.get(family, [])))
        if gap.status != "present" or len(out) < 3:
            out.append(gap)
    return out
