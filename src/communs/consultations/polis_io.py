"""Polis interoperability: import a Polis export folder into a consultation and export a consultation in the same
format (comments.csv, votes.csv, participants-votes.csv, summary.csv).

Import (reader: ``communs.core.deliberation.polis_export.read_polis_export``): comments become contributions with
``tid`` = Polis comment-id and ``external_id`` = the id as written; ``moderated`` 1 -> accepted (reviewed), 0 ->
accepted (not reviewed: Polis shows unmoderated comments unless the conversation is strictly moderated), -1 ->
rejected (reviewed); ``is-meta`` comments -> hidden (Polis leaves them out of its maths). Participants keep their
Polis pid (integers; other ids are numbered in order of appearance) with Polis's group-id and xid. Votes: the
latest per (participant, comment) (Polis exports contain vote changes), one ``Vote`` and one ``VoteEvent``
(origin "polis") each; votes on comments absent from comments.csv are skipped and counted. Everything is written
with ``bulk_create`` in one transaction.

Export: only what ``visible_contributions`` / ``visible_votes`` allow (hidden, rejected and pending items never
leave), current votes only (one row per participant and comment), ``moderated`` 1 when a moderator accepted the
statement and 0 otherwise, ``group-id`` from an optional participant -> group mapping (else the stored
``Participant.group_id``). Round trip: import -> export -> import gives the same visible contributions (id, text,
author, moderated flag) and the same latest votes (``snapshot`` compares them)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from communs.consultations.models import (
    Consultation,
    Contribution,
    Participant,
    Phase,
    Status,
    Vote,
    VoteEvent,
)
from communs.consultations.visibility import visible_contributions, visible_votes
from communs.core.deliberation.polis_export import read_polis_export
from communs.core.text import detect_language

BATCH = 5000


class PolisImportError(ValueError):
    pass


@dataclass
class ImportReport:
    slug: str
    comments: int = 0
    participants: int = 0
    votes: int = 0
    skipped_votes: int = 0
    seconds: float = 0.0
    votes_source: str = ""
    notes: list[str] = field(default_factory=list)


def _when(ms: int | None) -> dt.datetime:
    if ms is None:
        return timezone.now()
    return dt.datetime.fromtimestamp(ms / 1000.0, tz=dt.UTC)


def _status(moderated: int, is_meta: bool) -> tuple[str, bool]:
    if is_meta:
        return Status.HIDDEN, True
    if moderated < 0:
        return Status.REJECTED, True
    return Status.ACCEPTED, moderated > 0


def _pid_map(ids: list[str]) -> dict[str, int]:
    if all(i.lstrip("-").isdigit() and int(i) >= 0 for i in ids):
        return {i: int(i) for i in ids}
    return {i: n for n, i in enumerate(ids)}


def import_polis(
    path: str | Path, slug: str, title: str | None = None, phase: str = Phase.CLOSED
) -> ImportReport:
    """Create consultation ``slug`` from the Polis export folder at ``path``."""
    started = time.perf_counter()
    if not re.fullmatch(r"[-a-zA-Z0-9_]+", slug):
        raise PolisImportError(f"invalid slug {slug!r}: use letters, digits, '-' and '_'")
    if Consultation.objects.filter(slug=slug).exists():
        raise PolisImportError(f"a consultation with slug {slug!r} already exists")
    export = read_polis_export(path)
    report = ImportReport(slug=slug, votes_source=export.votes_source, notes=list(export.notes))
    summary = export.summary
    sample = " ".join(c.text for c in export.comments[:200])
    language = detect_language(sample) if sample.strip() else "en"
    # every participant id seen anywhere, in order of first appearance
    seen: dict[str, None] = {}
    for c in export.comments:
        if c.author_id is not None:
            seen.setdefault(c.author_id, None)
    for v in export.votes:
        seen.setdefault(v.participant_id, None)
    for pid_str in list(export.polis_groups) + list(export.xids):
        seen.setdefault(pid_str, None)
    pids = _pid_map(list(seen))
    with transaction.atomic():
        consultation = Consultation.objects.create(
            slug=slug, title=(title or summary.get("topic") or Path(path).name)[:300],
            question=summary.get("conversation-description") or summary.get("topic") or Path(path).name,
            description=f"Imported from the Polis export {summary.get('url', Path(path).name)}",
            languages=[language], phase=phase,
        )
        participants = Participant.objects.bulk_create(
            [Participant(consultation=consultation, pid=pids[s], xid=export.xids.get(s, ""),
                         group_id=export.polis_groups.get(s)) for s in seen],
            batch_size=BATCH,
        )
        participant_id = {p.pid: p.pk for p in participants}
        rows = []
        for c in export.comments:
            status, reviewed = _status(c.moderated, c.is_meta)
            rows.append(Contribution(
                consultation=consultation, tid=int(c.id), external_id=c.id, text=c.text,
                author_id=participant_id[pids[c.author_id]] if c.author_id is not None else None,
                language=language, is_seed=bool(c.is_seed), status=status, reviewed=reviewed,
                moderation_reasons=[{"code": "polis.meta", "detail": "meta comment", "span": None}] if c.is_meta else [],
                created_at=_when(c.created),
            ))
        contributions = Contribution.objects.bulk_create(rows, batch_size=BATCH)
        contribution_id = {c.external_id: c.pk for c in contributions}
        report.votes, report.skipped_votes = _insert_votes(export.votes, contribution_id, participant_id, pids)
    report.comments, report.participants = len(rows), len(participants)
    if report.skipped_votes:
        report.notes.append(f"{report.skipped_votes} votes on comments missing from comments.csv were skipped")
    report.seconds = time.perf_counter() - started
    return report


def _insert_votes(
    polis_votes: list, contribution_id: dict[str, int], participant_id: dict[int, int], pids: dict[str, int]
) -> tuple[int, int]:
    """Insert votes and their events with ``executemany`` (the ORM's bulk_create spends most of its time preparing
    values: ~5x slower on 200k votes). Datetimes are adapted once per distinct timestamp by the backend's own
    ``adapt_datetimefield_value``."""
    adapt = connection.ops.adapt_datetimefield_value
    now = adapt(timezone.now())
    cache: dict[int, object] = {}
    rows, skipped = [], 0
    for v in polis_votes:
        cid = contribution_id.get(v.comment_id)
        if cid is None:
            skipped += 1
            continue
        if v.timestamp is None:
            at = now
        else:
            at = cache.get(v.timestamp)
            if at is None:
                at = cache[v.timestamp] = adapt(_when(v.timestamp))
        rows.append((participant_id[pids[v.participant_id]], cid, v.value, at))
    vote_table, event_table = Vote._meta.db_table, VoteEvent._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":  # a larger page cache keeps the index B-trees in memory (256 MiB)
            cursor.execute("PRAGMA cache_size=-262144")
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            cursor.executemany(
                f"INSERT INTO {vote_table} (participant_id, contribution_id, value, created_at, updated_at) "
                "VALUES (%s, %s, %s, %s, %s)", [(p, c, val, at, at) for p, c, val, at in chunk],
            )
            cursor.executemany(
                f"INSERT INTO {event_table} (participant_id, contribution_id, value, previous, origin, at) "
                "VALUES (%s, %s, %s, NULL, 'polis', %s)", chunk,
            )
    return len(rows), skipped


def _polis_datetime(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%a %b %d %H:%M:%S UTC %Y")


def _ms(when: dt.datetime) -> int:
    return int(round(when.timestamp() * 1000))


def export_polis(
    consultation: Consultation, out_dir: str | Path, groups: Mapping[int, int] | None = None
) -> dict[str, int]:
    """Write the four Polis CSV files for ``consultation`` into ``out_dir``; returns row counts per file.
    ``groups`` maps participant pid -> opinion group (e.g. from the latest synthesis)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    statements = list(visible_contributions(consultation).select_related("author"))
    votes = list(
        visible_votes(consultation).order_by("updated_at", "id").values_list(
            "participant__pid", "participant__group_id", "contribution__tid", "value", "updated_at"
        )
    )
    tally: dict[int, Counter[int]] = defaultdict(Counter)
    per_participant: dict[int, dict[int, int]] = defaultdict(dict)
    group_of: dict[int, int | None] = {}
    for pid, group, tid, value, _at in votes:
        tally[tid][value] += 1
        per_participant[pid][tid] = value
        group_of[pid] = group
    authored: Counter[int] = Counter()
    for s in statements:
        if s.author is not None:
            authored[s.author.pid] += 1
            group_of.setdefault(s.author.pid, s.author.group_id)
    if groups is not None:
        group_of = {pid: groups.get(pid) for pid in group_of}
    with (out / "comments.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                    "comment-body"])
        for s in statements:
            w.writerow([_ms(s.created_at), _polis_datetime(s.created_at), s.tid,
                        s.author.pid if s.author else "", tally[s.tid][1], tally[s.tid][-1],
                        1 if s.reviewed else 0, s.text])
    with (out / "votes.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["timestamp", "datetime", "comment-id", "voter-id", "vote"])
        for pid, _group, tid, value, at in votes:
            w.writerow([_ms(at), _polis_datetime(at), tid, pid, value])
    tids = [s.tid for s in statements]
    pids = sorted(set(per_participant) | set(authored))
    with (out / "participants-votes.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree", *tids])
        for pid in pids:
            mine = per_participant.get(pid, {})
            values = list(mine.values())
            group = group_of.get(pid)
            w.writerow([pid, "" if group is None else group, authored[pid], len(values), values.count(1),
                        values.count(-1), *(mine.get(t, "") for t in tids)])
    n_groups = len({g for g in group_of.values() if g is not None})
    summary = [
        ("topic", consultation.title), ("url", ""), ("views", ""), ("voters", len(per_participant)),
        ("voters-in-conv", len(per_participant)), ("commenters", len(authored)), ("comments", len(statements)),
        ("groups", n_groups), ("conversation-description", consultation.question),
    ]
    with (out / "summary.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(summary)
    return {"comments.csv": len(statements), "votes.csv": len(votes), "participants-votes.csv": len(pids),
            "summary.csv": len(summary)}


def snapshot(consultation: Consultation) -> tuple[list[tuple[int, str, int | None, int]], list[tuple[int, int, int]]]:
    """What a round trip must preserve: visible contributions (tid, text, author pid, moderated flag) and latest
    votes (pid, tid, value) on them, sorted."""
    contributions = sorted(
        (c.tid, c.text, c.author.pid if c.author else None, 1 if c.reviewed else 0)
        for c in visible_contributions(consultation).select_related("author")
    )
    votes = sorted(
        visible_votes(consultation).values_list("participant__pid", "contribution__tid", "value")
    )
    return contributions, votes
