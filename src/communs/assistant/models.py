"""Answers given by the assistant, stored with their reproducibility bundle, and citizens' reports on them.

Every answer given through the page, the API or the CLI is an ``AnswerRecord`` (question, decision, text, citations
and the bundle: analysis, classifier decision, passage ids and content hashes, composer, model id, prompt version,
parameters, policy and code versions). A citizen's "report this answer" is an ``AnswerReport``; its review is an
append-only history of ``AnswerReportEvent`` rows (the report's ``status`` is the last event's, kept on the report for
filtering and always written in the same transaction as the event).
"""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from communs.elections.models import Election


class Channel:
    """Where an answer was given (plain strings: also used as defaults of typed functions)."""

    PAGE = "page"
    API = "api"
    CLI = "cli"
    choices = [(PAGE, _("Election page")), (API, _("JSON API")), (CLI, _("Command line"))]


class AnswerRecord(models.Model):
    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="answers")
    question = models.TextField(_("question"))
    language = models.CharField(_("language"), max_length=8)
    decision = models.CharField(_("decision"), max_length=20)  # answer | refuse | out_of_scope
    category = models.CharField(_("category"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=30, blank=True)
    text = models.TextField(_("text"))
    citations = models.JSONField(default=list, blank=True)
    composer = models.CharField(max_length=20)  # extractive | llm | refusal | abstain | dates
    bundle = models.JSONField(default=dict, blank=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.API)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    latency_ms = models.FloatField(default=0.0)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["election", "decision"], name="answer_election_decision")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.question[:60]}"


class ReportReason(models.TextChoices):
    BIASED = "biased", _("The answer is biased or favours a party")
    WRONG = "wrong", _("The answer is wrong")
    UNSOURCED = "unsourced", _("A sentence is not supported by its source")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class AnswerReport(models.Model):
    answer = models.ForeignKey(AnswerRecord, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    status = models.CharField(_("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("answer report")
        verbose_name_plural = _("answer reports")

    def __str__(self) -> str:
        return f"report #{self.pk} on answer #{self.answer_id} ({self.reason})"

    @classmethod
    def file(cls, answer: AnswerRecord, reason: str, comment: str = "") -> AnswerReport:
        """Store a citizen's report and its first history event."""
        with transaction.atomic():
            report = cls.objects.create(answer=answer, reason=reason, comment=comment.strip())
            AnswerReportEvent.objects.create(report=report, status=ReportStatus.NEW, actor="", note="")
        return report

    def set_status(self, status: str, *, actor: str = "", note: str = "") -> AnswerReportEvent:
        """Review the report: append an event and update the current status, in one transaction."""
        if status not in ReportStatus.values:
            raise ValueError(f"unknown report status {status!r}")
        with transaction.atomic():
            event = AnswerReportEvent.objects.create(report=self, status=status, actor=actor, note=note)
            type(self).objects.filter(pk=self.pk).update(status=status)
            self.status = status
        return event


class AppendOnlyError(RuntimeError):
    pass


class AnswerReportEvent(models.Model):
    """One step of a report's review history. Rows are never changed or deleted through the ORM."""

    report = models.ForeignKey(AnswerReport, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=20, choices=ReportStatus.choices)
    actor = models.CharField(max_length=200, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("report events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("report events are append-only")
