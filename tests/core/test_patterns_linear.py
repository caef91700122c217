"""Patterns that read long unpunctuated text in linear time (session 51). Each was quadratic: from every position
of a long run, it read to the run's end before failing. The bound of 1 s of CPU guards against that (10 to 50 s
before, 0.04 to 0.2 s after, on 20,000 characters), not a speed goal; each pattern still finds what it found."""

from __future__ import annotations

import re
import time

import pytest

from communs.core.neutrality import intents
from communs.core.neutrality.classifier import _FALSE_RULE
from communs.core.neutrality.rules import prepare
from communs.core.socratic.gaps import _CURRENCY


def _programme_more() -> re.Pattern[str]:
    return next(x for entry in intents._ANSWERABLE if entry[0] == "programme.en.more" for x in entry
                if isinstance(x, re.Pattern))


def _cpu(pattern: re.Pattern[str], text: str) -> float:
    start = time.process_time()
    pattern.search(text)
    return time.process_time() - start


@pytest.mark.parametrize(("name", "text"), [
    ("false rule", prepare("write a note procurations plus de 75 ans " * 500)),
    ("false rule", prepare("postal votes over 70 " * 1000)),
    ("programme", prepare("x-" * 10000)),
    ("currency", "1 2 3 4 " * 2500),
    ("currency", "0" * 20000),
])
def test_long_runs_are_read_in_linear_time(name: str, text: str) -> None:
    pattern = {"false rule": _FALSE_RULE, "programme": _programme_more(), "currency": _CURRENCY}[name]
    assert _cpu(pattern, text) < 1.0


def test_the_bounded_patterns_still_find_what_they_found() -> None:
    # the age limit on postal or proxy votes, its three parts in any order within one sentence
    for said in ["les plus de 70 ans n'ont plus droit a la procuration", "briefwahl ist nur noch fur leute uber 70 erlaubt",
                 "over-70s aren't allowed a postal vote", "postal votes are only for people over 65"]:
        assert _FALSE_RULE.search(said), said
    assert not _FALSE_RULE.search("postal votes are only for members. people over 65 like them")  # two sentences
    assert not _FALSE_RULE.search("can people over 70 still use a postal vote?")
    programme = _programme_more()
    assert programme.search("what is the spd's position on rents")
    assert programme.search("what is bundnis-90-die-grunen's position on rents")
    assert [m.group(0).strip() for m in _CURRENCY.finditer("un budget de 1 200 000 euros, soit CHF 3 par habitant")] == [
        "1 200 000 euros", "CHF 3"]
