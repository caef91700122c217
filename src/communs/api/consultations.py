"""Consultations JSON API: consultations, visible statements, contributing (with moderation and the Socratic
questions), the vote flow, my votes, comments and flags.

Participants are anonymous and identified by Django's session cookie. Writes are authenticated by that cookie
(``SessionCookie``, an ``APIKeyCookie``) and therefore CSRF-checked by django-ninja: a client first calls
``GET /api/consultations/{slug}/participant`` (which starts the session and sets the ``csrftoken`` cookie, also
returned in the body) and sends ``X-CSRFToken`` on every POST. Votes accept an ``Idempotency-Key`` header and are
rate limited per participant and per client IP (429 with ``Retry-After``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import get_object_or_404
from ninja import Header, Router, Status
from ninja.errors import HttpError
from ninja.security import APIKeyCookie

from communs.api._consultation_schemas import (
    CommentIn,
    CommentOut,
    ConsultationDetail,
    ConsultationOut,
    ContributionIn,
    ContributionPosted,
    ErrorOut,
    FlagIn,
    FlagOut,
    NextOut,
    ParticipantOut,
    SocraticIn,
    SocraticOut,
    StatementOut,
    VoteIn,
    VoteOut,
)
from communs.consultations import idempotency, ratelimit
from communs.consultations.contributing import ContributionRefused, post_comment, post_contribution
from communs.consultations.groupcommit import run_write
from communs.consultations.models import VOTE_NAMES, Comment, Consultation, Contribution, Phase, Vote
from communs.consultations.moderation import AlreadyFlagged, flag
from communs.consultations.participants import SESSION_KEY, current_participant, ensure_participant
from communs.consultations.routing import next_statement
from communs.consultations.socratic import SocraticUnavailable, consultation_topic, questions_for
from communs.consultations.visibility import visible_comments, visible_contributions
from communs.consultations.votes import VoteRefused, check_vote, counts_for, record_vote, vote_context

PREFIX = "/consultations/"


class SessionCookie(APIKeyCookie):
    """The session cookie identifies the anonymous participant; CSRF is checked on every unsafe request."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None) -> str | None:
        return key or None


session_auth = SessionCookie()
router = Router(tags=["consultations"])
ERRORS: dict[int, Any] = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut,
                          503: ErrorOut}


def _error(code: str, detail: str) -> dict[str, str]:
    return {"code": code, "detail": detail}


def _consultation(slug: str) -> Consultation:
    return get_object_or_404(Consultation.objects.exclude(phase=Phase.DRAFT), slug=slug)


def statement_out(c: Contribution, my_vote: int | None) -> dict[str, Any]:
    """Counts are included only when the participant has voted on the statement (no herding)."""
    return {
        "id": c.pk, "tid": c.tid, "text": c.text, "language": c.language, "is_seed": c.is_seed,
        "created_at": c.created_at, "my_vote": my_vote, "counts": counts_for(c.pk) if my_vote is not None else None,
    }


@router.get("/", response=list[ConsultationOut], summary="Consultations (all but drafts)")
def list_consultations(request: HttpRequest) -> Any:
    return list(Consultation.objects.exclude(phase=Phase.DRAFT))


@router.get("/{slug}", response={200: ConsultationDetail, 404: ErrorOut}, summary="One consultation")
def consultation_detail(request: HttpRequest, slug: str) -> Any:
    c = _consultation(slug)
    return {
        **{f: getattr(c, f) for f in ConsultationOut.model_fields},
        "documents": list(c.documents.all()), "statements": visible_contributions(c).count(),
        "participants": c.participants.count(),
    }


@router.get("/{slug}/participant", response=ParticipantOut, summary="Start a session; get the CSRF token")
def participant(request: HttpRequest, slug: str) -> Any:
    c = _consultation(slug)
    if not request.session.session_key:
        request.session.save()
    p = current_participant(request, c)
    return {"pid": p.pid if p else None, "csrf_token": get_token(request)}


@router.get("/{slug}/contributions", response=list[StatementOut], summary="Visible statements")
def list_contributions(request: HttpRequest, slug: str) -> Any:
    c = _consultation(slug)
    p = current_participant(request, c)
    mine = dict(Vote.objects.filter(participant=p).values_list("contribution_id", "value")) if p else {}
    return [statement_out(s, mine.get(s.pk)) for s in visible_contributions(c)]


@router.post("/{slug}/socratic", response={200: SocraticOut, 404: ErrorOut, 503: ErrorOut},
             summary="Open questions that could make a draft more concrete (nothing is saved)")
def socratic(request: HttpRequest, slug: str, body: SocraticIn) -> Any:
    c = _consultation(slug)
    try:
        return questions_for(body.text, body.language, topic=consultation_topic(c, body.language))
    except SocraticUnavailable as exc:
        return Status(503, _error("socratic_unavailable", str(exc)))


@router.post("/{slug}/contributions", auth=session_auth, response={200: ContributionPosted, **ERRORS},
             summary="Post a contribution (moderated; near-duplicates pointed out)")
def create_contribution(request: HttpRequest, slug: str, body: ContributionIn, response: HttpResponse) -> Any:
    c = _consultation(slug)
    if not c.is_open:
        return Status(409, _error("consultation_not_open", f"This consultation is {c.phase}: contributions are closed."))
    p = ensure_participant(request, c)
    limited = _rate_limited(request, p.pk, response)
    if limited:
        return limited
    try:
        outcome = post_contribution(c, p, body.text, body.language, body.allow_duplicate)
    except ContributionRefused as exc:
        return Status(exc.status, _error(exc.code, exc.message))
    by_id = {s.pk: s for s in Contribution.objects.filter(pk__in=[m.id for m in outcome.duplicates])}
    return {
        "status": outcome.status,
        "statement": statement_out(outcome.contribution, None) if outcome.contribution else None,
        "reasons": outcome.reasons,
        "duplicates": [{"id": m.id, "tid": by_id[m.id].tid, "text": by_id[m.id].text, "similarity": m.similarity}
                       for m in outcome.duplicates if m.id in by_id],
        "suggested_redaction": outcome.suggested_redaction,
    }


@router.get("/{slug}/next", response=NextOut, summary="The next statement to vote on (routing rule in docs)")
def next_for_me(request: HttpRequest, slug: str) -> Any:
    c = _consultation(slug)
    p = current_participant(request, c)
    s = next_statement(c, p)
    voted = Vote.objects.filter(participant=p, contribution__in=visible_contributions(c)).count() if p else 0
    return {"statement": statement_out(s, None) if s else None, "remaining": visible_contributions(c).count() - voted}


def _rate_limited(request: HttpRequest, participant_pk: int, response: HttpResponse) -> Any:
    for kind, key in (("participant", str(participant_pk)), ("ip", ratelimit.client_ip(request.META))):
        decision = ratelimit.take(kind, key)
        if not decision.allowed:
            response["Retry-After"] = str(decision.retry_after)
            return Status(429, _error("rate_limited", f"Too many requests ({kind}); retry in {decision.retry_after} s."))
    return None


def _vote_value(raw: int | str) -> int | None:
    if isinstance(raw, int):
        return raw if raw in (-1, 0, 1) else None
    text = raw.strip().lower()
    if text in VOTE_NAMES:
        return VOTE_NAMES[text]
    return int(text) if text in {"1", "-1", "0"} else None


@dataclass(frozen=True)
class VoteReply:
    """What the vote endpoint answers: status, JSON body, extra headers."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def _refused(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> VoteReply:
    return VoteReply(status, _error(code, detail), headers or {})


def _rate_limit_reply(request: HttpRequest, participant_pk: int) -> VoteReply | None:
    for kind, key in (("participant", str(participant_pk)), ("ip", ratelimit.client_ip(request.META))):
        decision = ratelimit.take(kind, key)
        if not decision.allowed:
            return _refused(429, "rate_limited", f"Too many requests ({kind}); retry in {decision.retry_after} s.",
                            {"Retry-After": str(decision.retry_after)})
    return None


def cast_vote(
    request: HttpRequest, slug: str, contribution_id: int, raw_value: int | str, idempotency_key: str | None
) -> VoteReply:
    """The vote endpoint, shared by the django-ninja operation and the fast path
    (``communs.platform.middleware.VoteFastPathMiddleware``): raises ``Http404`` for an unknown consultation.

    The hot path: the consultation, the session's participant and the statement voted on are read in one plain SQL
    query (``votes.vote_context``), the write is a handful of parameterised statements committed (durably) in a
    group commit before we answer (see consultations/votes.py and groupcommit.py)."""
    context = vote_context(slug, request.session.get(SESSION_KEY) or {}, contribution_id)
    if context is None:
        raise Http404("No such consultation.")
    consultation_id, phase, pid = context.consultation_id, context.phase, context.participant_id
    value = _vote_value(raw_value)
    payload = {"contribution_id": contribution_id, "value": value if value is not None else str(raw_value)}
    if pid is None and phase == Phase.OPEN:
        pid = ensure_participant(request, Consultation.objects.only("id").get(pk=consultation_id)).pk
    scope = f"vote:{consultation_id}:{pid if pid is not None else request.session.session_key}"
    if idempotency_key:
        if len(idempotency_key) > idempotency.MAX_KEY_LENGTH:
            return _refused(400, "bad_idempotency_key", "Idempotency-Key is longer than 200 characters.")
        try:
            replay = idempotency.lookup(scope, idempotency_key, payload)
        except idempotency.IdempotencyConflict:
            return _refused(409, "idempotency_conflict", "This Idempotency-Key was used with another request body.")
        if replay is not None:
            return VoteReply(replay.status_code, replay.body, {"Idempotent-Replayed": "true"})
    try:
        if value is None:
            raise VoteRefused("invalid_value", "A vote is 1 (agree), -1 (disagree) or 0 (pass).", 422)
        target = check_vote(phase, consultation_id, context.target, value)
    except VoteRefused as exc:
        return _refused(exc.status, exc.code, exc.message)
    assert pid is not None  # an open consultation always has the participant created above
    limited = _rate_limit_reply(request, pid)
    if limited is not None:
        return limited

    def write() -> dict[str, Any]:
        outcome = record_vote(pid, target.id, value)
        result = {"contribution_id": target.id, "value": value, "changed": outcome.changed,
                  "counts": counts_for(target.id)}
        if idempotency_key:
            idempotency.store(scope, idempotency_key, payload, 200, result)
        return result

    try:
        return VoteReply(200, run_write(write))  # committed (durably) before we answer; batched on SQLite
    except IntegrityError:
        # A concurrent request with the same Idempotency-Key committed first: replay its response.
        replay = idempotency.lookup(scope, idempotency_key or "", payload) if idempotency_key else None
        if replay is None:
            raise
        return VoteReply(replay.status_code, replay.body, {"Idempotent-Replayed": "true"})


@router.post("/{slug}/votes", auth=session_auth, response={200: VoteOut, **ERRORS},
             summary="Vote (agree / disagree / pass); change a vote by voting again")
def vote(
    request: HttpRequest, slug: str, body: VoteIn, response: HttpResponse,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
) -> Any:
    reply = cast_vote(request, slug, body.contribution_id, body.value, idempotency_key)
    for name, value in reply.headers.items():
        response[name] = value
    return Status(reply.status, reply.body)


def _plain_vote_body(raw: bytes) -> tuple[int, int | str] | None:
    """(contribution_id, value) when the body is exactly the documented object with plain JSON types (which
    ``VoteIn`` accepts as they are); None for anything else, left to django-ninja's validation and its 422."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.keys() != {"contribution_id", "value"}:
        return None
    contribution_id, value = data["contribution_id"], data["value"]
    if type(contribution_id) is not int or type(value) not in (int, str):
        return None
    return contribution_id, value


_CSRF = CsrfViewMiddleware(lambda request: HttpResponseForbidden())  # its checks only; never calls the view


def fast_vote(request: HttpRequest, slug: str) -> HttpResponse | None:
    """The vote endpoint without django-ninja's per-request machinery (``VoteFastPathMiddleware``), or None to let
    the django-ninja operation answer (no session cookie: 401; any other body: 422; unknown consultation: 404)
    exactly as it always does; a CSRF failure gets django-ninja's own 403 here, so it is checked (and logged) once.
    Same checks in the same order: session cookie, CSRF, body."""
    if not request.COOKIES.get(session_auth.param_name):
        return None
    if "CSRF_COOKIE" not in request.META:  # CsrfViewMiddleware's process_request did not run (not in MIDDLEWARE)
        _CSRF.process_request(request)
    from communs.api import api  # the package imports this module: resolved at call time

    if _CSRF.process_view(request, None, (), {}) is not None:  # as the middleware does for any CSRF-protected view
        # django-ninja's own answer (its cookie auth raises this HttpError), without checking and logging twice
        return api.on_exception(request, HttpError(403, "CSRF check Failed"))
    parsed = _plain_vote_body(request.body)
    if parsed is None:
        return None
    try:
        reply = cast_vote(request, slug, parsed[0], parsed[1], request.headers.get("Idempotency-Key"))
    except Http404:
        return None

    response = api.create_response(request, reply.body, status=reply.status)
    for name, value in reply.headers.items():
        response[name] = value
    return response


@router.get("/{slug}/votes/mine", response=list[StatementOut], summary="My votes (with counts)")
def my_votes(request: HttpRequest, slug: str) -> Any:
    c = _consultation(slug)
    p = current_participant(request, c)
    if p is None:
        return []
    mine = dict(Vote.objects.filter(participant=p).values_list("contribution_id", "value"))
    return [statement_out(s, mine[s.pk]) for s in visible_contributions(c).filter(pk__in=mine.keys())]


def _visible_statement(c: Consultation, contribution_id: int) -> Contribution:
    return get_object_or_404(visible_contributions(c), pk=contribution_id)


@router.get("/{slug}/contributions/{contribution_id}/comments", response={200: list[CommentOut], 404: ErrorOut},
            summary="Comments on a statement")
def list_comments(request: HttpRequest, slug: str, contribution_id: int) -> Any:
    c = _consultation(slug)
    return list(visible_comments(_visible_statement(c, contribution_id)))


@router.post("/{slug}/contributions/{contribution_id}/comments", auth=session_auth,
             response={200: CommentOut, **ERRORS}, summary="Comment on a statement (moderated)")
def create_comment(request: HttpRequest, slug: str, contribution_id: int, body: CommentIn, response: HttpResponse) -> Any:
    c = _consultation(slug)
    statement = _visible_statement(c, contribution_id)
    p = ensure_participant(request, c)
    limited = _rate_limited(request, p.pk, response)
    if limited:
        return limited
    try:
        return post_comment(statement, p, body.text)
    except ContributionRefused as exc:
        return Status(exc.status, _error(exc.code, exc.message))


@router.post("/{slug}/flags", auth=session_auth, response={200: FlagOut, **ERRORS},
             summary="Report a statement, a comment or an answer")
def create_flag(request: HttpRequest, slug: str, body: FlagIn, response: HttpResponse) -> Any:
    c = _consultation(slug)
    p = ensure_participant(request, c)
    limited = _rate_limited(request, p.pk, response)
    if limited:
        return limited
    targets = [body.contribution_id is not None, body.comment_id is not None, bool(body.answer_ref)]
    if sum(targets) != 1:
        return Status(422, _error("one_target", "Flag exactly one of contribution_id, comment_id or answer_ref."))
    contribution = _visible_statement(c, body.contribution_id) if body.contribution_id is not None else None
    comment = None
    if body.comment_id is not None:
        comment = get_object_or_404(Comment, pk=body.comment_id, contribution__consultation=c)
    try:
        record = flag(p, body.reason, body.detail, contribution=contribution, comment=comment, answer_ref=body.answer_ref)
    except ValueError as exc:
        return Status(422, _error("invalid_reason", str(exc)))
    except AlreadyFlagged as exc:
        return Status(409, _error("already_flagged", str(exc)))
    return {"id": record.pk, "reason": record.reason}
