"""Voter assistant JSON API (Panoramic): ask a question about an election, report an answer, compare the programmes
on a topic. Every answer is stored with its reproducibility bundle and carries its ``answer_id``.

Anonymous and cookie-free: these endpoints authenticate nobody and read no cookie, so a forged cross-site request can
do nothing a direct call could not; they are therefore not CSRF-checked (the HTML forms of the election page are,
by Django's middleware). Validation errors are 422 with ``{"code", "detail"}``; an unknown election or answer is 404.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from communs.assistant import services
from communs.assistant.models import AnswerRecord, AnswerReport, Channel, ReportReason
from communs.assistant.present import api_payload
from communs.elections.models import Election

PREFIX = "/elections/"
router = Router(tags=["assistant"])


class AskIn(Schema):
    question: str = Field(..., description="The citizen's question (1 to 1,000 characters).")
    language: str | None = Field(None, description="Reader's language (fr, de, en) when the question's own is unclear.")


class CitationOut(Schema):
    n: int
    passage_id: str
    source_id: str
    party: str | None
    page: int | None
    quote: str
    source_title: str = ""
    url: str = ""


class GlossaryOut(Schema):
    key: str
    term: str
    definition: str
    url: str


class AnswerOut(Schema):
    answer_id: int
    question: str
    decision: str = Field(..., description="answer | refuse | out_of_scope")
    category: str | None
    language: str
    kind: str
    composer: str
    text: str
    citations: list[CitationOut]
    sections: list[dict[str, Any]]
    disclosure: str | None
    parties_order: list[str] | None
    alternative: str | None
    alternative_link: str | None
    glossary: list[GlossaryOut]
    report_url: str
    policy_version: str | None
    latency_ms: float


class ReportIn(Schema):
    reason: str = Field(..., description="biased | wrong | unsourced | other")
    comment: str = Field("", description="Optional free comment (at most 2,000 characters).")


class ReportOut(Schema):
    report_id: int
    answer_id: int
    reason: str
    status: str


class ErrorOut(Schema):
    code: str
    detail: str


def _election(slug: str) -> Election:
    return get_object_or_404(Election, slug=slug)


def _invalid(detail: str) -> Status:
    return Status(422, {"code": "invalid", "detail": detail})


@router.post("{slug}/ask", response={200: AnswerOut, 404: ErrorOut, 422: ErrorOut}, url_name="assistant_ask")
def ask(request: HttpRequest, slug: str, payload: AskIn) -> Any:
    """Answer a question about the election: sourced sentences with citations, a comparison with every party in a
    random order, or a neutral refusal with its alternative. The answer is stored; ``answer_id`` identifies it."""
    election = _election(slug)
    try:
        _, record = services.ask(election, payload.question, language=payload.language, channel=Channel.API)
    except services.QuestionError as exc:
        return _invalid(str(exc))
    assert record is not None
    record.election = election
    return Status(200, api_payload(record))


@router.post(
    "{slug}/answers/{answer_id}/report", response={201: ReportOut, 404: ErrorOut, 422: ErrorOut},
    url_name="assistant_report",
)
def report(request: HttpRequest, slug: str, answer_id: int, payload: ReportIn) -> Any:
    """Report an answer (biased, wrong, unsourced, other); reports are reviewed and may become audit probes."""
    election = _election(slug)
    record = get_object_or_404(AnswerRecord, pk=answer_id, election=election)
    if payload.reason not in ReportReason.values:
        return _invalid(f"unknown reason {payload.reason!r}; use one of {', '.join(ReportReason.values)}")
    if len(payload.comment) > 2000:
        return _invalid("the comment is too long (at most 2,000 characters)")
    item = AnswerReport.file(record, payload.reason, payload.comment)
    return Status(201, {"report_id": item.pk, "answer_id": record.pk, "reason": item.reason, "status": item.status})


@router.get("{slug}/compare", response={200: AnswerOut, 404: ErrorOut, 422: ErrorOut}, url_name="assistant_compare")
def compare(request: HttpRequest, slug: str, topic: str = "", language: str | None = None) -> Any:
    """What each party's programme says on ``topic``: one section per party (same budget), "nothing found" when a
    programme says nothing on it, in an order drawn at random for the question (disclosed)."""
    election = _election(slug)
    try:
        _, record = services.compare(election, topic, language=language, channel=Channel.API)
    except services.QuestionError as exc:
        return _invalid(str(exc).replace("question", "topic"))
    assert record is not None
    record.election = election
    return Status(200, api_payload(record))
