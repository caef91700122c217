"""Schemas of the consultations API (OpenAPI at /api/docs)."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema


class ErrorOut(Schema):
    code: str = Field(description="Stable machine-readable error code.")
    detail: str = Field(description="Human-readable explanation.")


class DocumentOut(Schema):
    title: str
    url: str
    summary: str
    language: str


class ConsultationOut(Schema):
    slug: str
    title: str
    question: str
    description: str
    languages: list[str]
    phase: str = Field(description="draft, open, closed, synthesis or published; votes only while open.")
    premoderation: bool
    created_at: datetime


class ConsultationDetail(ConsultationOut):
    documents: list[DocumentOut]
    statements: int = Field(description="Number of visible statements.")
    participants: int


class StatementOut(Schema):
    id: int = Field(description="Global id, used in votes, comments and flags.")
    tid: int = Field(description="Public number within the consultation (Polis comment-id).")
    text: str
    language: str
    is_seed: bool
    created_at: datetime
    my_vote: int | None = Field(None, description="Your current vote: 1 agree, -1 disagree, 0 pass.")
    counts: dict[str, int] | None = Field(None, description="{agree, disagree, pass}; only once you have voted on it.")


class ParticipantOut(Schema):
    pid: int | None = Field(description="Your public number in this consultation (null until you take part).")
    csrf_token: str = Field(description="Send it back as the X-CSRFToken header on every write.")


class NextOut(Schema):
    statement: StatementOut | None
    remaining: int = Field(description="Visible statements you have not voted on yet.")


class VoteIn(Schema):
    contribution_id: int
    value: int | str = Field(description='1 / "agree", -1 / "disagree", 0 / "pass".')


class VoteOut(Schema):
    contribution_id: int
    value: int
    changed: bool = Field(description="False when the same vote was already recorded.")
    counts: dict[str, int] = Field(description="{agree, disagree, pass} current votes.")


class ContributionIn(Schema):
    text: str = Field(max_length=2000)
    language: str | None = None
    allow_duplicate: bool = Field(False, description="Post even though a near-duplicate exists.")


class DuplicateOut(Schema):
    id: int
    tid: int
    text: str
    similarity: float


class ReasonOut(Schema):
    code: str
    detail: str
    span: list[int] | None = None


class ContributionPosted(Schema):
    status: str = Field(description="accepted, pending (held for a moderator) or duplicate (nothing saved).")
    statement: StatementOut | None
    reasons: list[ReasonOut]
    duplicates: list[DuplicateOut]
    suggested_redaction: str | None = Field(None, description="The text with personal data replaced; post it instead.")


class SocraticIn(Schema):
    text: str = Field(max_length=2000)
    language: str | None = None


class QuestionOut(Schema):
    text: str
    family: str
    source: str


class GapOut(Schema):
    family: str = Field(description="why, for_whom, where, how, change, cost...")
    status: str = Field(description="missing or vague")


class SocraticOut(Schema):
    language: str
    gaps: list[GapOut]
    questions: list[QuestionOut]


class CommentIn(Schema):
    text: str = Field(max_length=2000)


class CommentOut(Schema):
    id: int
    text: str
    status: str
    created_at: datetime


class FlagIn(Schema):
    contribution_id: int | None = None
    comment_id: int | None = None
    answer_ref: str = ""
    reason: str = Field(description="spam, abuse, personal_data, off_topic or other.")
    detail: str = Field("", max_length=1000)


class FlagOut(Schema):
    id: int
    reason: str
