"""Votes that count once: one current ``Vote`` per (participant, contribution), every change appended to
``VoteEvent``.

The upsert is correct under concurrency on SQLite and PostgreSQL: inside a transaction we lock the current row
(``select_for_update``; SQLite's BEGIN IMMEDIATE already serialises writers), update it if the value changed, or
insert it in a savepoint. When two first votes race on PostgreSQL, the unique constraint makes the second insert
fail; we roll back to the savepoint and retry, and the retry finds (and locks) the row the other committed. An
identical repeated vote changes nothing and appends no event."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from communs.consultations.models import Consultation, Contribution, Participant, Status, Vote, VoteEvent

ATTEMPTS = 5


class VoteRefused(Exception):
    """A vote that cannot be recorded; ``status`` is the HTTP status the API answers with."""

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass(frozen=True)
class VoteOutcome:
    vote: Vote
    created: bool
    changed: bool
    previous: int | None


def check_can_vote(consultation: Consultation, contribution: Contribution | None, value: int) -> Contribution:
    if not consultation.is_open:
        raise VoteRefused("consultation_not_open", f"Votes are closed: this consultation is {consultation.phase}.", 409)
    if value not in (-1, 0, 1):
        raise VoteRefused("invalid_value", "A vote is 1 (agree), -1 (disagree) or 0 (pass).", 422)
    if contribution is None or contribution.consultation_id != consultation.pk:
        raise VoteRefused("unknown_contribution", "No such statement in this consultation.", 404)
    if contribution.status != Status.ACCEPTED:
        raise VoteRefused("contribution_not_visible", "This statement is not open for votes.", 404)
    return contribution


def upsert_vote(participant: Participant, contribution: Contribution, value: int, origin: str = "api") -> VoteOutcome:
    """Record ``value`` as the participant's current vote (validation is the caller's: ``check_can_vote``)."""
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return _upsert_once(participant, contribution, value, origin)
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _upsert_once(participant: Participant, contribution: Contribution, value: int, origin: str) -> VoteOutcome:
    now = timezone.now()
    current = (
        Vote.objects.select_for_update().filter(participant=participant, contribution=contribution).first()
    )
    if current is None:
        with transaction.atomic():  # savepoint: a unique violation rolls back only this insert
            vote = Vote.objects.create(
                participant=participant, contribution=contribution, value=value, created_at=now, updated_at=now
            )
        VoteEvent.objects.create(participant=participant, contribution=contribution, value=value, origin=origin, at=now)
        return VoteOutcome(vote, created=True, changed=True, previous=None)
    if current.value == value:
        return VoteOutcome(current, created=False, changed=False, previous=value)
    previous = current.value
    Vote.objects.filter(pk=current.pk).update(value=value, updated_at=now)
    current.value, current.updated_at = value, now
    VoteEvent.objects.create(
        participant=participant, contribution=contribution, value=value, previous=previous, origin=origin, at=now
    )
    return VoteOutcome(current, created=False, changed=True, previous=previous)
