"""Posting a contribution or a comment: text moderation, near-duplicate pointer, optional pre-moderation; every
automatic decision is recorded as a ``ModerationEvent`` (actor empty = the system)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from communs.consultations import duplicates
from communs.consultations.models import (
    Comment,
    Consultation,
    Contribution,
    ModerationEvent,
    Participant,
    Status,
)
from communs.consultations.numbering import create_numbered
from communs.core.moderation import DuplicateMatch, PostingRate, Verdict, moderate
from communs.core.text import detect_language

FLOOD_WINDOW_SECONDS = 600
FLOOD_MAX_POSTS = 5
MAX_TEXT = 2000


class ContributionRefused(Exception):
    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass
class PostOutcome:
    """``contribution`` is None when nothing was saved (a near-duplicate the author has not confirmed)."""

    contribution: Contribution | None
    status: str
    reasons: list[dict[str, object]] = field(default_factory=list)
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    suggested_redaction: str | None = None


def posting_rate(participant: Participant) -> PostingRate:
    since = timezone.now() - timedelta(seconds=FLOOD_WINDOW_SECONDS)
    recent = list(Contribution.objects.filter(author=participant, created_at__gte=since).values_list("text", flat=True))
    return PostingRate(len(recent), FLOOD_WINDOW_SECONDS, FLOOD_MAX_POSTS, tuple(recent))


def _check_text(consultation: Consultation, text: str) -> str:
    if not consultation.is_open:
        raise ContributionRefused("consultation_not_open", f"This consultation is {consultation.phase}.", 409)
    text = text.strip()
    if not text:
        raise ContributionRefused("empty", "The text is empty.", 422)
    if len(text) > MAX_TEXT:
        raise ContributionRefused("too_long", f"The text is longer than {MAX_TEXT} characters.", 422)
    return text


def post_contribution(
    consultation: Consultation, participant: Participant, text: str, language: str | None = None,
    allow_duplicate: bool = False,
) -> PostOutcome:
    """Moderate and save a contribution. Near-duplicates are pointed out and nothing is saved unless the author
    confirms (``allow_duplicate``); the saved contribution is then held for a moderator with ``duplicate_of``."""
    text = _check_text(consultation, text)
    lang = language if language in consultation.languages else detect_language(text, candidates=consultation.languages)
    verdict: Verdict = moderate(text, lang, posting_rate(participant))
    matches: list[DuplicateMatch] = []
    vector = None
    if duplicates.enabled():
        vector = duplicates.embed([text])[0]
        matches = duplicates.find_duplicates(consultation, text, vector)
        if matches and not allow_duplicate:
            return PostOutcome(None, "duplicate", [], matches, None)
    reasons = [r.to_dict() for r in verdict.reasons]
    if matches:
        reasons.append({"code": "duplicate", "detail": f"similar to #{matches[0].id} ({matches[0].similarity:.2f})",
                        "span": None})
    held = bool(reasons) or consultation.premoderation
    if consultation.premoderation and not reasons:
        reasons.append({"code": "premoderation", "detail": "held for review (pre-moderation)", "span": None})
    status = Status.PENDING if held else Status.ACCEPTED
    with transaction.atomic():
        contribution = create_numbered(
            Contribution, "tid", {"consultation": consultation},
            lambda tid: Contribution(
                consultation=consultation, tid=tid, text=text, author=participant, language=lang, status=status,
                moderation_reasons=reasons, suggested_redaction=verdict.redaction or "",
                duplicate_of_id=matches[0].id if matches else None,
                embedding=vector.tobytes() if vector is not None else None,
            ),
        )
        if held:
            ModerationEvent.objects.create(
                consultation=consultation, contribution=contribution, action="auto_hold", previous_status="",
                new_status=status, reason="; ".join(str(r["code"]) for r in reasons),
            )
    return PostOutcome(contribution, status, reasons, matches, verdict.redaction)


def post_comment(contribution: Contribution, participant: Participant, text: str) -> Comment:
    consultation = contribution.consultation
    text = _check_text(consultation, text)
    verdict = moderate(text, contribution.language or None)
    held = verdict.hold or consultation.premoderation
    with transaction.atomic():
        comment = Comment.objects.create(
            contribution=contribution, participant=participant, text=text,
            status=Status.PENDING if held else Status.ACCEPTED,
            moderation_reasons=[r.to_dict() for r in verdict.reasons],
        )
        if held:
            ModerationEvent.objects.create(
                consultation=consultation, comment=comment, action="auto_hold", new_status=Status.PENDING,
                reason="; ".join(verdict.codes) or "premoderation",
            )
    return comment
