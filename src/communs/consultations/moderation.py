"""Moderator decisions and flags. Every change of status goes through ``set_status`` which appends a
``ModerationEvent`` (who, action, reason, before/after) in the same transaction."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction

from communs.consultations.models import (
    Comment,
    Contribution,
    Flag,
    FlagReason,
    ModerationEvent,
    Participant,
    Status,
)

ACTIONS = {"accept": Status.ACCEPTED, "reject": Status.REJECTED, "hide": Status.HIDDEN}


class AlreadyFlagged(Exception):
    pass


def set_status(
    item: Contribution | Comment, status: str, actor: AbstractBaseUser | None, action: str, reason: str = ""
) -> None:
    """Change the status of a contribution or comment and record the event."""
    with transaction.atomic():
        previous = type(item).objects.select_for_update().values_list("status", flat=True).get(pk=item.pk)
        fields = {"status": status}
        if isinstance(item, Contribution) and actor is not None:
            fields["reviewed"] = True
        type(item).objects.filter(pk=item.pk).update(**fields)
        for name, value in fields.items():
            setattr(item, name, value)
        is_contribution = isinstance(item, Contribution)
        ModerationEvent.objects.create(
            consultation_id=item.consultation_id if is_contribution else item.contribution.consultation_id,
            contribution=item if is_contribution else None, comment=None if is_contribution else item,
            actor=actor, action=action, previous_status=previous, new_status=status, reason=reason,
        )


def moderate_item(item: Contribution | Comment, action: str, actor: AbstractBaseUser, reason: str = "") -> None:
    """A moderator's accept / reject / hide (with a reason)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown moderation action {action!r}; expected one of {sorted(ACTIONS)}")
    set_status(item, ACTIONS[action], actor, action, reason)


def flag(
    participant: Participant, reason: str, detail: str = "", contribution: Contribution | None = None,
    comment: Comment | None = None, answer_ref: str = "",
) -> Flag:
    """Record a flag; when a contribution or comment reaches the consultation's ``flag_threshold`` distinct flags
    it is hidden automatically, pending review (status ``pending``, a moderator decides)."""
    if reason not in FlagReason.values:
        raise ValueError(f"unknown flag reason {reason!r}")
    try:
        with transaction.atomic():
            record = Flag.objects.create(
                participant=participant, contribution=contribution, comment=comment, answer_ref=answer_ref,
                reason=reason, detail=detail,
            )
    except IntegrityError as exc:
        raise AlreadyFlagged("this participant already flagged this item") from exc
    target: Contribution | Comment | None = contribution or comment
    if target is not None:
        threshold = participant.consultation.flag_threshold
        count = Flag.objects.filter(**({"contribution": target} if contribution else {"comment": target})).count()
        target.refresh_from_db(fields=["status"])
        if threshold and count >= threshold and target.status == Status.ACCEPTED:
            set_status(target, Status.PENDING, None, "auto_hide", f"{count} flags (threshold {threshold})")
    return record
