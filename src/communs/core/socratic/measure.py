"""The kind of measure a text names, read from the measure's own name, and the question family that kind calls for.

Two uses (:func:`communs.core.socratic.gaps.agenda`): the kind of the *consultation's* measure (its question or
title, when the caller passes it as ``topic``) chooses the second question for every contribution to it, so a
contribution for X and one against X share it by definition; the kind of the *contribution's* own measure chooses a
third question, asked only when more than two are wanted. Not the second question from the contribution itself: one
side names the street or whose bikes, the other only "I don't want X", and even the measure's name varies between
them ("free buses" / "keep charging fares"); on a blind holdout a per-contribution choice still differed on about
one pair in six (docs/adr/0009-socratic-families-per-consultation.md).

Kinds (data per language in ``data/measures_<lang>.json``):

- an activity that is allowed or not somewhere (dogs, swimming in the river, hunting) and
  an installation, a thing built or put somewhere (benches, a sauna, chargers, trees) -> *where*;
- a service or an offer to people (a bus pass, lessons, a shuttle, childcare) -> *for whom*;
- a rule that applies in both directions (a permit, a speed limit, a one-way street, a curfew) -> *how*;
- a time-bound event or schedule (opening hours, a festival, a night bus, fireworks) -> *when*;
- money: a charge, a price or a subsidy (a tax, a fee, free or paying, a grant) -> *cost*;
- a programme or an institutional change (a campaign, a merger, a twinning) -> *effect*;
- recurring upkeep that someone must do (maintenance, mowing, snow clearing, patrols) -> *actor*;
- no known head -> ``default_family`` (*for whom*: who is concerned fits every measure).

The head is the first entry of any kind found in the text (the longest at the same position); in English a head
directly followed by another is its modifier ("the pool prices", "the school bus": the last one counts). Entries name
the measure's object in both polarities: no verb of one direction (ban / allow, interdire / autoriser, verbieten /
erlauben) nor a noun of one (a ban, ein Verbot), no negation or stance word (a test enforces it), and none of the
place, people or institution nouns that so often stand as a *detail* of another measure (the station, the market
square, the school, the club). Money words come in both directions (free / paying, gratuit / payant). A German entry
starting with ``*`` matches compounds ending in it ("*garten": Gemüsegarten, Obstgarten).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from communs.core.socratic.lexicon import compile_entries, folded

KINDS = ("activity", "installation", "service", "rule", "schedule", "charge", "programme", "upkeep")


@dataclass(frozen=True)
class MeasureKind:
    """``kind``: one of :data:`KINDS` or ``"general"`` (no known head); ``family``: the question family it calls for;
    ``head``: the author's word that named it (empty for ``"general"``)."""

    kind: str
    family: str
    head: str = ""


@lru_cache(maxsize=8)
def _raw(language: str) -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath(f"data/measures_{language}.json").read_text("utf-8"))


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    raw = _raw(language)
    return tuple((kind, raw["kinds"][kind]["family"], compile_entries(tuple(folded(e) for e in raw["kinds"][kind]["heads"])))
                 for kind in KINDS)


def default_kind(language: str) -> MeasureKind:
    return MeasureKind("general", _raw(language)["default_family"])


def _first(flat: str, patterns: tuple[tuple[str, str, re.Pattern[str]], ...], at: int | None = None) -> tuple[
    int, int, str, str
] | None:
    """The earliest (then longest) head in ``flat``; with ``at``, only a head starting exactly there."""
    best: tuple[int, int, str, str] | None = None
    for kind, family, pattern in patterns:
        m = pattern.match(flat, at) if at is not None else pattern.search(flat)
        if m is None:
            continue
        if best is None or (m.start(), best[1]) < (best[0], m.end()):
            best = (m.start(), m.end(), kind, family)
    return best


def measure_kind(subject: str, language: str) -> MeasureKind:
    """The kind of the measure named in ``subject`` (the text before any argument), in ``language`` (fr, de, en).

    With ``compound_head_last`` (English), a head directly followed by another head is a modifier of it: in
    "the pool prices" or "the bus pass" the measure is the last noun."""
    flat = folded(subject)
    patterns = _patterns(language)
    best = _first(flat, patterns)
    if best is None:
        return default_kind(language)
    if _raw(language).get("compound_head_last"):
        while best[1] < len(flat) and flat[best[1]] == " " and (nxt := _first(flat, patterns, best[1] + 1)):
            best = nxt
    same = len(flat) == len(subject)  # folding keeps offsets unless the text holds ß, œ or ligatures
    head = subject[best[0]:best[1]] if same else flat[best[0]:best[1]]
    return MeasureKind(best[2], best[3], head)


def head_entries(language: str) -> dict[str, list[str]]:
    """The raw head entries per kind (for tests and documentation)."""
    raw = _raw(language)
    return {kind: list(raw["kinds"][kind]["heads"]) for kind in KINDS}
