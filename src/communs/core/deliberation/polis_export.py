"""Read a Polis export folder: comments, votes (latest per participant and comment), Polis's own group ids.

Two layouts are read, chosen by the files present:

* the CSV export of pol.is and compdemocracy/openData (``comments.csv``, ``votes.csv``, ``participants-votes.csv``,
  ``summary.csv``); some conversations ship only ``participants-votes.csv`` (``votes.csv`` too large to publish):
  the votes are then rebuilt from that participant x comment matrix, without timestamps;
* the JSON of the pol.is API as saved by red-dwarf's fixtures (``comments.json``, ``votes.json``, optionally
  ``math-pca2.json``), keys ``tid``/``pid`` (older) or ``statement_id``/``participant_id`` (newer).

Vote convention (checked on the data, not assumed): in every export read here ``1`` = agree, ``-1`` = disagree,
``0`` = pass. Checked by recounting the latest ``votes.csv`` rows per comment against the ``agrees``/``disagrees``
columns of ``comments.csv`` and against ``n-agree``/``n-disagree`` of ``participants-votes.csv`` (all 10
conversations with both files), and ``votes.json`` against ``agree_count``/``disagree_count`` of ``comments.json``.
(Polis's own maths flips this internally -- agree = -1 in ``repness.clj`` ``count-votes`` -- we do not.)
The vote values of :class:`PolisExport` keep the export convention: 1 agree, -1 disagree, 0 pass.

Moderation (``moderated``/``mod``): 1 accepted, 0 not yet moderated, -1 moderated out. ``is_meta`` comments are
excluded from the maths by Polis like moderated-out ones (golden ``math-pca2.json``: ``mod-out`` = mod -1 plus meta).

Ids stay the strings of the export (``"12"``), so they round-trip into JSON exactly as Polis wrote them.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class PolisExportError(ValueError):
    """A missing or malformed export folder; the message is one line naming the file and the problem."""


@dataclass(frozen=True)
class PolisComment:
    id: str
    text: str
    author_id: str | None
    moderated: int  # 1 in, 0 unmoderated, -1 out
    created: int | None = None  # milliseconds since the epoch, when the export has it
    is_seed: bool | None = None
    is_meta: bool = False

    @property
    def moderated_out(self) -> bool:
        return self.moderated == -1 or self.is_meta


class PolisVote(NamedTuple):
    participant_id: str
    comment_id: str
    value: int  # 1 agree, -1 disagree, 0 pass
    timestamp: int | None  # milliseconds; None when rebuilt from participants-votes.csv


@dataclass
class PolisExport:
    path: Path
    layout: str  # "csv" or "api-json"
    comments: list[PolisComment]
    votes: list[PolisVote]  # latest vote per (participant, comment), ordered by timestamp then file order
    polis_groups: dict[str, int] = field(default_factory=dict)  # participant -> Polis group-id (if exported)
    xids: dict[str, str] = field(default_factory=dict)  # participant -> external id, when non-empty
    summary: dict[str, str] = field(default_factory=dict)
    votes_source: str = ""  # which file(s) the votes come from
    raw_vote_rows: int = 0  # rows read before keeping the latest vote per pair
    notes: list[str] = field(default_factory=list)

    @property
    def moderated_out_ids(self) -> list[str]:
        return [c.id for c in self.comments if c.moderated_out]

    @property
    def participant_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for v in self.votes:
            seen.setdefault(v.participant_id, None)
        return list(seen)


def read_polis_export(path: str | Path) -> PolisExport:
    """Read the export folder at ``path`` (CSV or API-JSON layout); raise PolisExportError on any problem."""
    folder = Path(path)
    if not folder.exists():
        raise PolisExportError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise PolisExportError(f"{folder}: not a folder (expected a Polis export folder)")
    if (folder / "comments.csv").exists():
        return _read_csv_export(folder)
    if (folder / "comments.json").exists() and (folder / "votes.json").exists():
        return _read_json_export(folder)
    raise PolisExportError(
        f"{folder}: not a Polis export (expected comments.csv with votes.csv or participants-votes.csv, "
        "or comments.json with votes.json)"
    )


# -- CSV layout ---------------------------------------------------------------------------------------------


def _int(value: str | None, where: str) -> int:
    try:
        return int(float(value)) if value not in (None, "") else _missing(where)
    except ValueError:
        raise PolisExportError(f"{where}: not a number: {value!r}") from None


def _missing(where: str) -> int:
    raise PolisExportError(f"{where}: missing value")


def _opt_int(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def _opt_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "t", "yes"}


def _rows(file: Path, required: tuple[str, ...]) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            missing = [c for c in required if c not in header]
            if missing:
                raise PolisExportError(f"{file}: missing column(s) {', '.join(missing)}")
            return header, list(reader)
    except UnicodeDecodeError as exc:
        raise PolisExportError(f"{file}: not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise PolisExportError(f"{file}: malformed CSV ({exc})") from None


def _read_csv_export(folder: Path) -> PolisExport:
    comments_file = folder / "comments.csv"
    _, rows = _rows(comments_file, ("comment-id", "moderated", "comment-body"))
    comments = []
    for n, row in enumerate(rows, start=2):
        where = f"{comments_file}:{n}"
        comments.append(PolisComment(
            id=str(_int(row.get("comment-id"), where)),
            text=row.get("comment-body") or "",
            author_id=row.get("author-id") or None,
            moderated=_int(row.get("moderated"), where),
            created=_opt_int(row.get("timestamp")),
            is_seed=_opt_bool(row.get("is-seed")),
            is_meta=bool(_opt_bool(row.get("is-meta"))),
        ))
    export = PolisExport(path=folder, layout="csv", comments=comments, votes=[])
    summary_file = folder / "summary.csv"
    if summary_file.exists():
        with summary_file.open(encoding="utf-8-sig", newline="") as handle:
            export.summary = {r[0]: r[1] for r in csv.reader(handle) if len(r) >= 2}

    matrix_votes: dict[tuple[str, str], int] = {}
    pv_file = folder / "participants-votes.csv"
    if pv_file.exists():
        matrix_votes = _read_participants_votes(pv_file, export)
    votes_file = folder / "votes.csv"
    if votes_file.exists():
        export.votes, export.raw_vote_rows = _read_votes_csv(votes_file)
        export.votes_source = "votes.csv"
        seen = {(v.participant_id, v.comment_id) for v in export.votes}
        extra = [(k, val) for k, val in matrix_votes.items() if k not in seen]
        if extra:
            # votes.csv can be capped (vtaiwan.uberx stops at 49,997 rows): complete it from the matrix.
            export.votes.extend(PolisVote(p, c, val, None) for (p, c), val in extra)
            export.votes_source = "votes.csv+participants-votes.csv"
            export.notes.append(f"{len(extra)} votes present only in participants-votes.csv were added")
    elif pv_file.exists():
        export.votes = [PolisVote(p, c, val, None) for (p, c), val in matrix_votes.items()]
        export.raw_vote_rows = len(export.votes)
        export.votes_source = "participants-votes.csv"
        export.notes.append("no votes.csv: votes rebuilt from participants-votes.csv (no timestamps)")
    else:
        # Some published conversations keep only comments.csv and summary.csv (vote files too large to ship).
        export.votes_source = "none"
        export.notes.append("no votes.csv and no participants-votes.csv: comments only, nothing to analyse")
    return export


def _read_votes_csv(file: Path) -> tuple[list[PolisVote], int]:
    _, rows = _rows(file, ("comment-id", "voter-id", "vote"))
    parsed = []
    for n, row in enumerate(rows, start=2):
        where = f"{file}:{n}"
        value = _int(row.get("vote"), where)
        if value not in (-1, 0, 1):
            raise PolisExportError(f"{where}: vote must be -1, 0 or 1, got {value}")
        ts = _opt_int(row.get("timestamp"))
        parsed.append((ts if ts is not None else -1, n, PolisVote(
            str(_int(row.get("voter-id"), where)), str(_int(row.get("comment-id"), where)), value, ts)))
    return _latest(parsed), len(parsed)


def _latest(parsed: list[tuple[int, int, PolisVote]]) -> list[PolisVote]:
    """Keep the latest vote per (participant, comment): by timestamp, the later file row winning ties."""
    parsed.sort(key=lambda t: (t[0], t[1]))
    latest: dict[tuple[str, str], PolisVote] = {}
    for _, _, vote in parsed:
        key = (vote.participant_id, vote.comment_id)
        latest.pop(key, None)  # re-insert so dict order = order of the kept (latest) votes
        latest[key] = vote
    return list(latest.values())


def _read_participants_votes(file: Path, export: PolisExport) -> dict[tuple[str, str], int]:
    header, rows = _rows(file, ("participant",))
    fixed = {"participant", "xid", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"}
    comment_cols = [c for c in header if c not in fixed]
    for c in comment_cols:
        if not c.strip().lstrip("-").isdigit():
            raise PolisExportError(f"{file}: unexpected column {c!r} (comment columns must be comment ids)")
    votes: dict[tuple[str, str], int] = {}
    for n, row in enumerate(rows, start=2):
        where = f"{file}:{n}"
        pid = str(_int(row.get("participant"), where))
        gid = _opt_int(row.get("group-id"))
        if gid is not None:
            export.polis_groups[pid] = gid
        if row.get("xid"):
            export.xids[pid] = row["xid"]
        for c in comment_cols:
            cell = row.get(c)
            if cell in (None, ""):
                continue
            value = _int(cell, f"{where} column {c}")
            if value not in (-1, 0, 1):
                raise PolisExportError(f"{where} column {c}: vote must be -1, 0 or 1, got {value}")
            votes[(pid, str(int(c)))] = value
    return votes


# -- API JSON layout (pol.is /api/v3 comments and votes, math/pca2) ------------------------------------------


def _load_json(file: Path) -> Any:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PolisExportError(f"{file}: not valid JSON ({exc})") from None


def _key(obj: dict[str, Any], *names: str) -> Any:
    for name in names:
        if name in obj:
            return obj[name]
    return None


def _ms(value: Any) -> int | None:
    """API timestamps are epoch milliseconds (as string, int or float) or ISO 8601 strings."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
        return int(number) if math.isfinite(number) else None
    except (TypeError, ValueError):
        pass
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def _read_json_export(folder: Path) -> PolisExport:
    raw_comments = _load_json(folder / "comments.json")
    raw_votes = _load_json(folder / "votes.json")
    if not isinstance(raw_comments, list) or not isinstance(raw_votes, list):
        raise PolisExportError(f"{folder}: comments.json and votes.json must each hold a JSON list")
    comments = []
    for i, c in enumerate(raw_comments):
        tid = _key(c, "tid", "statement_id")
        mod = _key(c, "mod", "moderated")
        if tid is None or mod is None:
            raise PolisExportError(f"{folder / 'comments.json'}: item {i} lacks tid/statement_id or mod/moderated")
        author = _key(c, "pid", "participant_id")
        comments.append(PolisComment(
            id=str(tid), text=str(c.get("txt") or ""), author_id=None if author is None else str(author),
            moderated=int(mod), created=_ms(c.get("created")), is_seed=_opt_bool(c.get("is_seed")),
            is_meta=bool(c.get("is_meta")),
        ))
    parsed = []
    for i, v in enumerate(raw_votes):
        pid, tid, value = _key(v, "pid", "participant_id"), _key(v, "tid", "statement_id"), v.get("vote")
        if pid is None or tid is None or value not in (-1, 0, 1):
            raise PolisExportError(f"{folder / 'votes.json'}: item {i} lacks pid/tid or a vote of -1, 0 or 1")
        ts = _ms(_key(v, "modified", "created"))
        parsed.append((ts if ts is not None else -1, i, PolisVote(str(pid), str(tid), int(value), ts)))
    export = PolisExport(path=folder, layout="api-json", comments=comments, votes=_latest(parsed),
                         votes_source="votes.json", raw_vote_rows=len(parsed))
    math_file = folder / "math-pca2.json"
    if math_file.exists():
        export.polis_groups = polis_groups_from_math(_load_json(math_file))
    return export


def polis_groups_from_math(math_pca2: dict[str, Any]) -> dict[str, int]:
    """Participant -> Polis group id from a ``math-pca2.json`` (group-clusters hold base-cluster ids)."""
    base = math_pca2.get("base-clusters") or {}
    members_of = {bid: members for bid, members in zip(base.get("id", []), base.get("members", []), strict=False)}
    groups: dict[str, int] = {}
    for group in math_pca2.get("group-clusters") or []:
        for bid in group.get("members", []):
            for pid in members_of.get(bid, []):
                groups[str(pid)] = int(group["id"])
    return groups
