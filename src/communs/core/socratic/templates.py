"""Question templates per language and gap family (data in ``data/templates_<lang>.json``).

Every template is an open question that asks for a detail and never proposes an answer or a side. ``open``
variants serve a missing dimension; ``vague`` variants quote the author's own vague word ("here", "soon",
"everyone") and ask for the precise one; ``present`` variants serve the dimension the measure's kind calls for when
the author already states it, and go deeper into what they stated. Ids are ``<lang>-<family>-<kind>-<n>`` (n from 1) and stable while the data
file keeps its order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communs.core.socratic.gaps import FAMILIES
from communs.core.socratic.lexicon import LANGUAGES


@dataclass(frozen=True)
class Template:
    id: str
    language: str
    family: str
    kind: str  # "open" | "vague" | "present"
    text: str

    @property
    def needs_cue(self) -> bool:
        return "{cue}" in self.text

    def render(self, cue: str | None = None) -> str:
        """The question text; ``cue`` (the author's own words) fills ``{cue}`` of a vague or quoting template."""
        if self.needs_cue:
            if not cue:
                raise ValueError(f"template {self.id} needs the author's words")
            return self.text.replace("{cue}", cue.strip())
        return self.text


@lru_cache(maxsize=8)
def templates(language: str) -> dict[str, dict[str, tuple[Template, ...]]]:
    """``{family: {"open": (...), "vague": (...)}}`` for ``language`` (fr, de or en)."""
    if language not in LANGUAGES:
        raise ValueError(f"no Socratic templates for language {language!r}; known: {', '.join(LANGUAGES)}")
    raw = json.loads(resources.files(__package__).joinpath(f"data/templates_{language}.json").read_text("utf-8"))
    out: dict[str, dict[str, tuple[Template, ...]]] = {}
    for family in FAMILIES:
        out[family] = {}
        for kind in ("open", "vague", "present"):
            texts = raw[family].get(kind, [])
            out[family][kind] = tuple(
                Template(f"{language}-{family}-{kind}-{i}", language, family, kind, text)
                for i, text in enumerate(texts, start=1)
            )
        if not out[family]["open"]:
            raise ValueError(f"templates_{language}.json: family {family!r} has no open template")
        if out[family]["present"] and all(t.needs_cue for t in out[family]["present"]):
            raise ValueError(f"templates_{language}.json: family {family!r} needs a 'present' template without cue")
    return out


def all_templates() -> list[Template]:
    """Every template of every language (for the test that runs the detector over all of them)."""
    return [t for lang in LANGUAGES for fam in templates(lang).values() for kind in fam.values() for t in kind]

