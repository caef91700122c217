"""Moderator queue in the Django admin: contributions and comments filtered by status (pending first), with
accept / reject / hide actions that ask for a reason and record a ``ModerationEvent`` each. Histories (votes events,
moderation events, flags) are read-only."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from communs.consultations.models import (
    Comment,
    Consultation,
    ContextDocument,
    Contribution,
    Flag,
    ModerationEvent,
    Participant,
    VoteEvent,
)
from communs.consultations.moderation import moderate_item


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), required=True)


def _moderation_action(action: str, label: Any) -> Any:
    def run(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        if not request.user.has_perm("consultations.moderate_contribution"):
            modeladmin.message_user(request, _("You may not moderate."), messages.ERROR)
            return None
        if "apply" in request.POST:
            form = ReasonForm(request.POST)
            if form.is_valid():
                for item in queryset:
                    moderate_item(item, action, request.user, form.cleaned_data["reason"])
                modeladmin.message_user(request, _("%(n)d item(s) updated.") % {"n": queryset.count()})
                return None
        else:
            form = ReasonForm()
        context = {
            **modeladmin.admin_site.each_context(request), "title": label, "form": form, "items": queryset,
            "action": f"{action}_selected", "checkbox": ACTION_CHECKBOX_NAME, "opts": modeladmin.model._meta,
        }
        return TemplateResponse(request, "admin/consultations/moderation_reason.html", context)

    run.__name__ = f"{action}_selected"
    run.short_description = label  # type: ignore[attr-defined]
    run.allowed_permissions = ("moderate",)  # type: ignore[attr-defined]
    return run


class ModeratedAdmin(admin.ModelAdmin):
    actions = [
        _moderation_action("accept", _("Accept (with reason)")),
        _moderation_action("reject", _("Reject (with reason)")),
        _moderation_action("hide", _("Hide (with reason)")),
    ]

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("consultations.moderate_contribution")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Contribution)
class ContributionAdmin(ModeratedAdmin):
    list_display = ["tid", "consultation", "short_text", "status", "is_seed", "reviewed", "flag_count", "created_at"]
    list_filter = ["status", "consultation", "is_seed", "reviewed"]
    search_fields = ["text"]
    readonly_fields = ["consultation", "tid", "author", "text", "language", "status", "reviewed",
                       "moderation_reasons", "duplicate_of", "suggested_redaction", "external_id", "created_at"]
    fields = readonly_fields + ["is_seed"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("consultation")

    @admin.display(description=_("Text"))
    def short_text(self, obj: Contribution) -> str:
        return obj.text[:120]

    @admin.display(description=_("Flags"))
    def flag_count(self, obj: Contribution) -> int:
        return obj.flags.count()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Comment)
class CommentAdmin(ModeratedAdmin):
    list_display = ["id", "contribution", "text", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["contribution", "participant", "text", "status", "moderation_reasons", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class ContextDocumentInline(admin.TabularInline):
    model = ContextDocument
    extra = 0


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ["slug", "title", "phase", "premoderation", "flag_threshold", "created_at"]
    list_filter = ["phase"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ContextDocumentInline]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ModerationEvent)
class ModerationEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "consultation", "contribution", "comment", "actor", "action", "previous_status",
                    "new_status", "reason"]
    list_filter = ["action", "consultation"]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["at", "contribution", "comment", "answer_ref", "reason", "participant"]
    list_filter = ["reason"]


@admin.register(VoteEvent)
class VoteEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "participant", "contribution", "value", "previous", "origin"]


@admin.register(Participant)
class ParticipantAdmin(ReadOnlyAdmin):
    list_display = ["consultation", "pid", "group_id", "created_at"]
    exclude = ["token_hash"]


