"""Model constraints and append-only histories (ORM guards and the database trigger)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from communs.consultations.appendonly import AppendOnlyError
from communs.consultations.models import (
    Contribution,
    Flag,
    ModerationEvent,
    Participant,
    Status,
    Vote,
    VoteEvent,
)

pytestmark = pytest.mark.django_db


def test_one_vote_per_participant_and_contribution(consultation) -> None:  # type: ignore[no-untyped-def]
    p = Participant.objects.create(consultation=consultation, pid=0)
    s = consultation.contributions.first()
    Vote.objects.create(participant=p, contribution=s, value=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(participant=p, contribution=s, value=-1)


def test_vote_value_checked_by_database(consultation) -> None:  # type: ignore[no-untyped-def]
    p = Participant.objects.create(consultation=consultation, pid=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(participant=p, contribution=consultation.contributions.first(), value=2)


def test_public_numbers_unique_per_consultation(consultation) -> None:  # type: ignore[no-untyped-def]
    Participant.objects.create(consultation=consultation, pid=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Participant.objects.create(consultation=consultation, pid=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Contribution.objects.create(consultation=consultation, tid=0, text="again", status=Status.ACCEPTED)


def test_flag_targets_exactly_one_item(consultation) -> None:  # type: ignore[no-untyped-def]
    p = Participant.objects.create(consultation=consultation, pid=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(participant=p, reason="spam")
    s = consultation.contributions.first()
    Flag.objects.create(participant=p, contribution=s, reason="spam")
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(participant=p, contribution=s, reason="abuse")


def test_histories_are_append_only(consultation) -> None:  # type: ignore[no-untyped-def]
    p = Participant.objects.create(consultation=consultation, pid=0)
    s = consultation.contributions.first()
    event = VoteEvent.objects.create(participant=p, contribution=s, value=1)
    mod = ModerationEvent.objects.create(consultation=consultation, contribution=s, action="accept")
    for obj, model in ((event, VoteEvent), (mod, ModerationEvent)):
        with pytest.raises(AppendOnlyError):
            obj.save()
        with pytest.raises(AppendOnlyError):
            obj.delete()
        with pytest.raises(AppendOnlyError):
            model.objects.filter(pk=obj.pk).update(at=obj.at)
        with pytest.raises(AppendOnlyError):
            model.objects.filter(pk=obj.pk).delete()
    # and the database itself refuses an UPDATE issued in raw SQL
    with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE consultations_voteevent SET value = -1 WHERE id = %s", [event.pk])
    assert VoteEvent.objects.get(pk=event.pk).value == 1
