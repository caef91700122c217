"""Spam: too many links, repetition (character runs, a word repeated, a tiny vocabulary), flooding (too many posts
in a short window, or the same text again). Flooding needs rate information the caller passes in (``PostingRate``):
this module keeps no state."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from communs.core.moderation.types import Reason
from communs.core.text import fold, words

LINK_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|info|biz|ru|xyz|top|io|fr|de|be|ch)(?:/\S*)?\b")
CHAR_RUN_RE = re.compile(r"(.)\1{9,}", re.DOTALL)  # the same character ten times or more

MAX_LINKS = 2  # a citizen proposal may cite a source or two; more is how link spam looks
MIN_WORDS_FOR_VOCAB_CHECK = 8
MIN_DISTINCT_RATIO = 0.3  # fewer than 30 % distinct words in a text of 8+ words is repetition
MAX_SAME_WORD_IN_A_ROW = 4


@dataclass(frozen=True)
class PostingRate:
    """Recent activity of the author: how many contributions in the last ``window_seconds`` and their texts."""

    recent_posts: int = 0
    window_seconds: int = 600
    max_posts: int = 5
    recent_texts: tuple[str, ...] = ()


def link_reasons(text: str) -> list[Reason]:
    links = list(LINK_RE.finditer(text))
    if len(links) > MAX_LINKS:
        first = links[MAX_LINKS]
        return [Reason("spam.links", f"{len(links)} links (more than {MAX_LINKS})", (first.start(), first.end()))]
    return []


def repetition_reasons(text: str) -> list[Reason]:
    reasons: list[Reason] = []
    run = CHAR_RUN_RE.search(text)
    if run and not run.group(1).isspace():
        reasons.append(Reason("spam.repetition", "a character repeated ten times or more", (run.start(), run.end())))
    tokens = [fold(w) for w in words(text)]
    streak = 1
    for previous, current in zip(tokens, tokens[1:], strict=False):
        streak = streak + 1 if current == previous else 1
        if streak > MAX_SAME_WORD_IN_A_ROW:
            reasons.append(Reason("spam.repetition", f"the word {current!r} repeated {streak}+ times in a row"))
            break
    if len(tokens) >= MIN_WORDS_FOR_VOCAB_CHECK:
        distinct = len(set(tokens)) / len(tokens)
        top, count = Counter(tokens).most_common(1)[0]
        if distinct < MIN_DISTINCT_RATIO and count >= 4:
            reasons.append(Reason("spam.repetition", f"only {distinct:.0%} distinct words (most frequent: {top!r})"))
    return reasons


def _comparable(text: str) -> str:
    """Folded text with punctuation and spacing ignored (digits kept: "park 1" and "park 2" differ)."""
    return re.sub(r"\W+", " ", fold(text)).strip()


def flooding_reasons(text: str, rate: PostingRate | None) -> list[Reason]:
    if rate is None:
        return []
    reasons: list[Reason] = []
    if rate.recent_posts >= rate.max_posts:
        reasons.append(
            Reason("spam.flooding", f"{rate.recent_posts} contributions in the last {rate.window_seconds} s")
        )
    key = _comparable(text)
    if key and any(_comparable(t) == key for t in rate.recent_texts):
        reasons.append(Reason("spam.flooding", "the same text was already posted by this participant"))
    return reasons


def spam_reasons(text: str, rate: PostingRate | None = None) -> list[Reason]:
    return link_reasons(text) + repetition_reasons(text) + flooding_reasons(text, rate)
