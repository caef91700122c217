"""Anonymous participants identified by their session: the session holds a secret token per consultation, the
database only its SHA-256. A participant is created on their first contribution, vote, comment or flag."""

from __future__ import annotations

import hashlib
import secrets

from django.http import HttpRequest

from communs.consultations.models import Consultation, Participant
from communs.consultations.numbering import create_numbered

SESSION_KEY = "communs_participants"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def current_participant(request: HttpRequest, consultation: Consultation) -> Participant | None:
    """The participant of this session in ``consultation``, or None if they have not taken part yet."""
    tokens = request.session.get(SESSION_KEY) or {}
    token = tokens.get(str(consultation.pk))
    if not token:
        return None
    # By the token_hash index alone (a SHA-256 of a random token: one row), then the consultation checked here:
    # filtering on both lets SQLite's planner, which has no statistics, pick the consultation_id index and scan
    # every participant of the consultation.
    rows = Participant.objects.filter(token_hash=hash_token(token)).only("id", "pid", "consultation_id").order_by("pk")
    return next((p for p in rows if p.consultation_id == consultation.pk), None)


def ensure_participant(request: HttpRequest, consultation: Consultation) -> Participant:
    """The session's participant, created (with the next pid) when missing."""
    participant = current_participant(request, consultation)
    if participant is not None:
        return participant
    token = secrets.token_urlsafe(32)
    user = request.user if getattr(request, "user", None) and request.user.is_authenticated else None
    participant = create_numbered(
        Participant, "pid", {"consultation": consultation},
        lambda pid: Participant(consultation=consultation, pid=pid, token_hash=hash_token(token), user=user),
    )
    tokens = dict(request.session.get(SESSION_KEY) or {})
    tokens[str(consultation.pk)] = token
    request.session[SESSION_KEY] = tokens
    return participant
