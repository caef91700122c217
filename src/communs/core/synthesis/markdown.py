"""Markdown form of report sections (what a reviewer reads and may edit) and its citation check.

A claim is one list item; citations are ``[id]`` markers after the quote they support. An edited text is accepted
only if every marker names a visible contribution and every «quote» followed by a marker is verbatim from it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from communs.core.synthesis.types import Section

_QUOTED = re.compile(r"«([^«»]*)»\s*((?:\[[^\[\]\s]+\]\s*)+)")
_MARKER = re.compile(r"\[([^\[\]\s]+)\]")


def section_markdown(sections: Iterable[Section | None]) -> str:
    parts = []
    for section in sections:
        if section is None:
            continue
        parts.append(f"## {section.title}\n")
        parts.extend(f"- {claim.text}" for claim in section.claims)
        parts.append("")
    return "\n".join(parts).strip() + "\n"


def markdown_problems(text: str, contributions: Mapping[str, str], visible: Iterable[str]) -> list[str]:
    """Problems of an edited Markdown text (empty = acceptable)."""
    visible_set = set(visible)
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for marker in _MARKER.findall(line):
            if marker not in contributions:
                problems.append(f"line {number}: [{marker}] is not a contribution")
            elif marker not in visible_set:
                problems.append(f"line {number}: [{marker}] is not visible")
        for quote, markers in _QUOTED.findall(line):
            ids = _MARKER.findall(markers)
            shown = quote.strip().removesuffix("…").strip()
            if ids and not any(_matches(shown, contributions.get(i, "")) for i in ids):
                problems.append(f"line {number}: the quote is not verbatim from {', '.join(ids)}")
        if "«" in line and not _MARKER.search(line):
            problems.append(f"line {number}: a quote without a citation")
    return problems


def _matches(shown: str, original: str) -> bool:
    """The displayed quote (brackets and guillemets neutralised by ``extractive.display``) is in the original."""
    normalised = original.replace("[", "(").replace("]", ")").replace("«", "“").replace("»", "”")
    return shown in normalised
