"""Templates: every question in every language is open (the detector, rules + model, flags none of them)."""

from __future__ import annotations

import pytest

from communs.core.socratic import FAMILIES, check_questions
from communs.core.socratic.templates import all_templates, templates

VAGUE_WORDS = {"en": ["here", "soon", "everyone", "someone", "money", "better"],
               "fr": ["ici", "bientôt", "tout le monde", "quelqu'un", "argent", "mieux"],
               "de": ["hier", "bald", "alle", "jemand", "Geld", "besser"]}


def _renderings() -> list[tuple[str, str, str]]:
    out = []
    for t in all_templates():
        if t.kind == "open":
            out.append((t.id, t.language, t.render()))
        else:
            out += [(t.id, t.language, t.render(word)) for word in VAGUE_WORDS[t.language]]
    return out


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_family_has_several_open_variants(language: str) -> None:
    table = templates(language)
    assert set(table) == set(FAMILIES)
    for family, kinds in table.items():
        assert len(kinds["open"]) >= 3, family
        assert all(t.text.rstrip().endswith("?") for t in kinds["open"] + kinds["vague"])
        assert all("{cue}" in t.text for t in kinds["vague"])


def test_template_ids_are_unique() -> None:
    ids = [t.id for t in all_templates()]
    assert len(ids) == len(set(ids)) >= 3 * 8 * 3


def test_no_template_is_leading() -> None:
    rows = _renderings()
    results = check_questions([r[2] for r in rows], languages=[r[1] for r in rows])
    leading = [(r[0], r[2], c.reasons) for r, c in zip(rows, results, strict=True) if c.leading]
    assert leading == []


def test_vague_template_needs_the_word() -> None:
    vague = next(t for t in all_templates() if t.kind == "vague")
    with pytest.raises(ValueError):
        vague.render()


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        templates("it")
