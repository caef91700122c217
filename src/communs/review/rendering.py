"""Safe HTML for step texts: Markdown-like sections whose ``[id]`` markers become links to the cited contributions.
Everything from contributions is escaped; only our own tags are produced."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

_MARKER = re.compile(r"\[([^\[\]\s]+)\]")


@dataclass(frozen=True)
class RenderedSection:
    title: str
    items: list[SafeString]


def _link_markers(line: str, known: set[str], anchor_prefix: str) -> SafeString:
    out, last = [], 0
    for match in _MARKER.finditer(line):
        out.append(escape(line[last:match.start()]))
        cid = match.group(1)
        if cid in known:
            out.append(format_html('<a class="cite" href="#{}{}" aria-label="{}">[{}]</a>', anchor_prefix, cid,
                                   _("contribution %(id)s") % {"id": cid}, cid))
        else:
            out.append(escape(match.group(0)))
        last = match.end()
    out.append(escape(line[last:]))
    return mark_safe("".join(str(part) for part in out))  # noqa: S308 - every part escaped or format_html


def render_step_text(text: str, known_ids: set[str], anchor_prefix: str = "c-") -> list[RenderedSection]:
    sections: list[RenderedSection] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            sections.append(RenderedSection(line[3:].strip(), []))
            continue
        if not sections:
            sections.append(RenderedSection("", []))
        item = line[2:] if line.startswith("- ") else line
        sections[-1].items.append(_link_markers(item, known_ids, anchor_prefix))
    return sections
