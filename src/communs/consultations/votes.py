"""Votes that count once: one current ``Vote`` per (participant, contribution), every change appended to
``VoteEvent``.

This is the hot path of the consultation (the vote API and the vote form), so it is written as a handful of
parameterised SQL statements valid on SQLite (>= 3.35) and PostgreSQL instead of ORM queries: building an ORM query
costs ~0.3-0.6 ms of CPU, several times the query itself (profiled: 12 ORM queries were ~5 of the ~9 ms of CPU per
vote). Table and column names come from the models' metadata and values are adapted by the fields themselves.

The upsert is correct under concurrency on SQLite and PostgreSQL: inside a transaction we read the current row,
locking it on PostgreSQL (``SELECT ... FOR UPDATE``; SQLite's BEGIN IMMEDIATE already serialises writers), update it
if the value changed, or insert it with ``INSERT ... ON CONFLICT DO NOTHING RETURNING id``. When two first votes race
on PostgreSQL, the second insert waits for the first to commit and then inserts nothing; we read again and find
(and lock) the row the other committed. An identical repeated vote changes nothing and appends no event. The unique
constraint (participant, contribution) stays the last line of defence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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
from communs.consultations.participants import hash_token

ATTEMPTS = 5
VOTE = Vote._meta.db_table
EVENT = VoteEvent._meta.db_table
CONTRIBUTION = Contribution._meta.db_table
CONSULTATION = Consultation._meta.db_table
PARTICIPANT = Participant._meta.db_table
_AT = Vote._meta.get_field("updated_at")


class VoteRefused(Exception):
    """A vote that cannot be recorded; ``status`` is the HTTP status the API answers with."""

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass(frozen=True)
class VoteOutcome:
    vote_id: int
    created: bool
    changed: bool
    previous: int | None


@dataclass(frozen=True)
class Target:
    """What the checks need to know about the statement voted on."""

    id: int
    consultation_id: int
    status: str


def check_vote(phase: str, consultation_id: int, target: Target | None, value: int) -> Target:
    """Refuse a vote on a consultation that is not open, with a bad value, or on a statement that is not in this
    consultation or not accepted (pending, rejected and hidden statements take no votes)."""
    if phase != Phase.OPEN:
        raise VoteRefused("consultation_not_open", f"Votes are closed: this consultation is {phase}.", 409)
    if value not in (-1, 0, 1):
        raise VoteRefused("invalid_value", "A vote is 1 (agree), -1 (disagree) or 0 (pass).", 422)
    if target is None or target.consultation_id != consultation_id:
        raise VoteRefused("unknown_contribution", "No such statement in this consultation.", 404)
    if target.status != Status.ACCEPTED:
        raise VoteRefused("contribution_not_visible", "This statement is not open for votes.", 404)
    return target


def check_can_vote(consultation: Consultation, contribution: Contribution | None, value: int) -> Contribution:
    target = Target(contribution.pk, contribution.consultation_id, contribution.status) if contribution else None
    check_vote(consultation.phase, consultation.pk, target, value)
    assert contribution is not None
    return contribution


@dataclass(frozen=True)
class VoteContext:
    """What a vote request needs to know, read in one query by ``vote_context``."""

    consultation_id: int
    phase: str
    participant_id: int | None  # the session's participant in this consultation, if they have taken part
    target: Target | None  # the statement voted on, if it exists (in any consultation: ``check_vote`` decides)


def vote_context(slug: str, session_tokens: Mapping[str, str], contribution_id: int) -> VoteContext | None:
    """The consultation ``slug`` (None if there is none), the participant whose token the session holds for it and
    the statement ``contribution_id``, in one plain SQL query (three lookups by unique key joined to the
    consultation row) instead of three. The session may hold tokens of other consultations: only the participant
    of the token stored under this consultation's id is the session's (``participants.current_participant``)."""
    hashes = sorted({hash_token(t) for t in session_tokens.values() if isinstance(t, str) and t})
    # "+p.consultation_id" (unary plus, valid on SQLite and PostgreSQL) keeps SQLite's planner, which has no
    # statistics, off the consultation_id index: with it, every vote scanned all the participants of the
    # consultation; by token_hash (indexed, unique in practice) it is one index probe.
    participant_join = (
        f"LEFT JOIN {PARTICIPANT} p ON p.token_hash IN ({', '.join(['%s'] * len(hashes))}) "
        "AND +p.consultation_id = c.id"
        if hashes else ""
    )
    participant_columns = "p.id, p.token_hash" if hashes else "NULL, NULL"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT c.id, c.phase, t.id, t.consultation_id, t.status, {participant_columns} FROM {CONSULTATION} c "
            f"LEFT JOIN {CONTRIBUTION} t ON t.id = %s {participant_join} WHERE c.slug = %s",
            [contribution_id, *hashes, slug],
        )
        rows = cursor.fetchall()
    if not rows:
        return None
    first = rows[0]
    consultation_id = int(first[0])
    token = session_tokens.get(str(consultation_id))
    wanted = hash_token(token) if isinstance(token, str) and token else None
    participant_id = next((int(r[5]) for r in rows if wanted is not None and r[6] == wanted), None)
    target = Target(int(first[2]), int(first[3]), str(first[4])) if first[2] is not None else None
    return VoteContext(consultation_id, str(first[1]), participant_id, target)


def counts_for(contribution_id: int) -> dict[str, int]:
    """Current agree / disagree / pass counts (one indexed GROUP BY on (contribution, value))."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value, COUNT(*) FROM {VOTE} WHERE contribution_id = %s GROUP BY value", [contribution_id])
        rows = {int(v): int(n) for v, n in cursor.fetchall()}
    return {"agree": rows.get(1, 0), "disagree": rows.get(-1, 0), "pass": rows.get(0, 0)}


def upsert_vote(participant: Participant, contribution: Contribution, value: int, origin: str = "api") -> VoteOutcome:
    """Record ``value`` as the participant's current vote (validation is the caller's: ``check_can_vote``)."""
    return record_vote(participant.pk, contribution.pk, value, origin)


def record_vote(participant_id: int, contribution_id: int, value: int, origin: str = "api") -> VoteOutcome:
    """``upsert_vote`` by ids: in the caller's transaction if there is one, else in its own."""
    if connection.in_atomic_block:
        return _record(participant_id, contribution_id, value, origin)
    with transaction.atomic():
        return _record(participant_id, contribution_id, value, origin)


def _record(participant_id: int, contribution_id: int, value: int, origin: str) -> VoteOutcome:
    now = _AT.get_db_prep_save(timezone.now(), connection)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    with connection.cursor() as cursor:
        for _ in range(ATTEMPTS):
            cursor.execute(f"SELECT id, value FROM {VOTE} WHERE participant_id = %s AND contribution_id = %s{lock}",
                           [participant_id, contribution_id])
            row = cursor.fetchone()
            if row is None:
                cursor.execute(
                    f"INSERT INTO {VOTE} (participant_id, contribution_id, value, created_at, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (participant_id, contribution_id) DO NOTHING RETURNING id",
                    [participant_id, contribution_id, value, now, now],
                )
                inserted = cursor.fetchone()
                if inserted is None:  # a concurrent first vote committed meanwhile (PostgreSQL): read it again
                    continue
                _event(cursor, participant_id, contribution_id, value, None, origin, now)
                return VoteOutcome(int(inserted[0]), created=True, changed=True, previous=None)
            vote_id, previous = int(row[0]), int(row[1])
            if previous == value:
                return VoteOutcome(vote_id, created=False, changed=False, previous=value)
            cursor.execute(f"UPDATE {VOTE} SET value = %s, updated_at = %s WHERE id = %s", [value, now, vote_id])
            _event(cursor, participant_id, contribution_id, value, previous, origin, now)
            return VoteOutcome(vote_id, created=False, changed=True, previous=previous)
    raise RuntimeError(f"vote of participant {participant_id} on {contribution_id}: no row after {ATTEMPTS} attempts")


def _event(cursor: object, participant_id: int, contribution_id: int, value: int, previous: int | None, origin: str,
           now: object) -> None:
    cursor.execute(  # type: ignore[attr-defined]
        f"INSERT INTO {EVENT} (participant_id, contribution_id, value, previous, origin, at) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [participant_id, contribution_id, value, previous, origin, now],
    )
