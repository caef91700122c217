"""Reader for the qual-o-mat folder format of Wahl-O-Mat data (gockelhahn/qual-o-mat-data; publisher: bpb).

A folder holds ``party.json`` [{id, name, longname}], ``statement.json`` [{id, label, text}], ``answer.json``
[{id, message}] ("Stimme zu" / "Stimme nicht zu" / "Neutral"), ``opinion.json`` [{id, party, statement, answer,
comment}] and, in most years, ``comment.json`` [{id, text}] (the party's justification, wrapped in quotes, with
occasional ``<b>`` notes about later changes), plus ``overview.json`` {title, date, slug, ...}.

Each party becomes one :class:`Document` in German whose preset passages are one per thesis: the thesis label and
text, the party's stated position and its justification; ``section`` is the thesis label.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communs.core.sources.document import Document, PassageSpan, SourceError, TextBuilder
from communs.core.text import normalise

MEDIA_TYPE = "application/vnd.wahlomat+json"
REQUIRED = ("party.json", "statement.json", "opinion.json", "answer.json")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class WahlomatParty:
    id: int
    name: str
    longname: str
    document: Document
    digest: str  # SHA-256 of the party's passages (text and sections): unchanged data -> same hash
    n_opinions: int


@dataclass(frozen=True)
class WahlomatSet:
    slug: str
    title: str
    date: str
    parties: list[WahlomatParty]
    n_statements: int


def _load(directory: Path, name: str, required: bool = True) -> Any:
    path = directory / name
    if not path.exists():
        if required:
            raise SourceError(str(directory), f"not a Wahl-O-Mat folder: {name} is missing")
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(str(path), f"unreadable JSON: {exc}") from exc


def _by_id(items: Any, path: str, fields: tuple[str, ...]) -> dict[int, dict[str, Any]]:
    if not isinstance(items, list):
        raise SourceError(path, "expected a JSON array")
    table: dict[int, dict[str, Any]] = {}
    for position, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), int) or any(f not in item for f in fields):
            raise SourceError(path, f"item {position} lacks one of: id, {', '.join(fields)}")
        table[item["id"]] = item
    return table


def clean_comment(text: str | None) -> str:
    """A justification as plain text: surrounding quotes, HTML tags and entities removed, spaces collapsed."""
    if not text:
        return ""
    text = html.unescape(_TAG.sub(" ", text)).strip()
    if len(text) >= 2 and text[0] in "\"„“" and text[-1] in "\"“”":
        text = text[1:-1]
    return " ".join(normalise(text).split())


def passage_text(label: str, statement: str, party_name: str, position: str, justification: str) -> str:
    thesis = statement if not label or label.rstrip(".") == statement.rstrip(".") else f"{label} – {statement}"
    lines = [f"These: {thesis}", f"Position {party_name}: {position}"]
    if justification:
        lines.append(f"Begründung: {justification}")
    return "\n".join(lines)


def read_wahlomat(directory: str | Path) -> WahlomatSet:
    """Read a qual-o-mat folder; raise :class:`SourceError` naming the folder or file when it is not one."""
    folder = Path(directory)
    if not folder.is_dir():
        raise SourceError(str(folder), "not a directory")
    parties = _by_id(_load(folder, "party.json"), str(folder / "party.json"), ("name",))
    statements = _by_id(_load(folder, "statement.json"), str(folder / "statement.json"), ("label", "text"))
    answers = _by_id(_load(folder, "answer.json"), str(folder / "answer.json"), ("message",))
    opinions = _load(folder, "opinion.json")
    comments_raw = _load(folder, "comment.json", required=False)
    comments = _by_id(comments_raw, str(folder / "comment.json"), ("text",)) if comments_raw is not None else {}
    overview = _load(folder, "overview.json", required=False) or {}
    if not isinstance(opinions, list):
        raise SourceError(str(folder / "opinion.json"), "expected a JSON array")

    per_party: dict[int, list[dict[str, Any]]] = {}
    for position, opinion in enumerate(opinions):
        if not isinstance(opinion, dict) or any(not isinstance(opinion.get(k), int) for k in ("party", "statement", "answer")):
            raise SourceError(str(folder / "opinion.json"), f"item {position} lacks party, statement or answer")
        for key, table in (("party", parties), ("statement", statements), ("answer", answers)):
            if opinion[key] not in table:
                raise SourceError(str(folder / "opinion.json"), f"item {position} refers to unknown {key} {opinion[key]}")
        per_party.setdefault(opinion["party"], []).append(opinion)

    result: list[WahlomatParty] = []
    for party_id in sorted(per_party):
        party = parties[party_id]
        name = " ".join(str(party["name"]).split())
        builder = TextBuilder()
        preset: list[PassageSpan] = []
        for opinion in sorted(per_party[party_id], key=lambda o: o["statement"]):
            statement = statements[opinion["statement"]]
            label = " ".join(str(statement["label"]).split())
            comment_id = opinion.get("comment")
            justification = clean_comment(comments.get(comment_id, {}).get("text")) if isinstance(comment_id, int) else ""
            body = passage_text(
                label, " ".join(str(statement["text"]).split()), name, str(answers[opinion["answer"]]["message"]),
                justification,
            )
            builder.separate()
            start, end = builder.append(body)
            preset.append(PassageSpan(len(preset), start, end, body, None, label[:500], "de"))
        title = " ".join(f"Wahl-O-Mat {overview.get('title', '')} {str(overview.get('date', ''))[:4]} – {name}".split())
        document = Document(
            text=builder.text(), media_type=MEDIA_TYPE, title=title, language="de", preset=preset
        )
        fingerprint = json.dumps([document.text, [p.section for p in preset]], ensure_ascii=False)
        result.append(
            WahlomatParty(
                id=party_id, name=name, longname=" ".join(str(party.get("longname") or "").split()),
                document=document, digest=hashlib.sha256(fingerprint.encode("utf-8")).hexdigest(),
                n_opinions=len(preset),
            )
        )
    slug = str(overview.get("slug") or f"{folder.parent.name}-{folder.name}")
    return WahlomatSet(
        slug=slug, title=str(overview.get("title") or folder.name), date=str(overview.get("date") or ""),
        parties=result, n_statements=len(statements),
    )
