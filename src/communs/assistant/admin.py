"""Admin: stored answers (read-only, with their bundle) and citizens' reports, reviewed by accept/reject actions that
append to the report's history."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from communs.assistant.models import AnswerRecord, AnswerReport, AnswerReportEvent


@admin.register(AnswerRecord)
class AnswerRecordAdmin(admin.ModelAdmin):
    list_display = ("id", "election", "question", "language", "decision", "category", "composer", "channel",
                    "latency_ms", "created_at")
    list_filter = ("election", "decision", "language", "composer", "channel")
    search_fields = ("question", "text")
    readonly_fields = [f.name for f in AnswerRecord._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EventInline(admin.TabularInline):
    model = AnswerReportEvent
    extra = 0
    readonly_fields = ("status", "actor", "note", "created_at")
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _review(status: str, label: str) -> Any:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[AnswerReport]) -> None:
        for report in queryset:
            report.set_status(status, actor=request.user.get_username())

    action.short_description = label  # type: ignore[attr-defined]
    action.__name__ = f"mark_{status}"
    return action


@admin.register(AnswerReport)
class AnswerReportAdmin(admin.ModelAdmin):
    list_display = ("id", "answer", "reason", "status", "created_at")
    list_filter = ("status", "reason")
    readonly_fields = ("answer", "reason", "comment", "status", "created_at")
    inlines = [EventInline]
    actions = [_review("accepted", _("Accept the selected reports")),
               _review("rejected", _("Reject the selected reports"))]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
