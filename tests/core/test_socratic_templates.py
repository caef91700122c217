"""Templates: every question in every language is open (the detector, rules + model, flags none of them)."""

from __future__ import annotations

import pytest

from communs.core.socratic import FAMILIES, check_questions
from communs.core.socratic.templates import all_templates, templates

VAGUE_WORDS = {"en": ["here", "soon", "everyone", "someone", "money", "better"],
               "fr": ["ici", "bientôt", "tout le monde", "quelqu'un", "argent", "mieux"],
               "de": ["hier", "bald", "alle", "jemand", "Geld", "besser"]}
# what a quoting 'present' variant quotes: the people the author named (the for-whom evidence)
STATED_GROUPS = {"en": ["owners", "young artists", "pedestrians", "everyone"],
                 "fr": ["propriétaires", "piétons", "jeunes artistes", "tout le monde"],
                 "de": ["Eigentümer", "Nachbarn", "junge Künstler", "alle"]}


def _renderings() -> list[tuple[str, str, str]]:
    out = []
    for t in all_templates():
        if not t.needs_cue:
            out.append((t.id, t.language, t.render()))
        else:
            words = STATED_GROUPS if t.kind == "present" else VAGUE_WORDS
            out += [(t.id, t.language, t.render(word)) for word in words[t.language]]
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


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_present_variants_exist_for_every_measure_family_and_one_needs_no_quote(language: str) -> None:
    """A family asked although already stated goes deeper into it; a quoting variant needs the author's words, so
    every family with 'present' variants also has one without a quote ('why' is never stated)."""
    table = templates(language)
    for family, kinds in table.items():
        if family == "why":
            assert kinds["present"] == ()
            continue
        assert len(kinds["present"]) >= 2, family
        assert any(not t.needs_cue for t in kinds["present"]), family
        assert all(t.text.rstrip().endswith("?") for t in kinds["present"])


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        templates("it")
