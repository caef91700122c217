"""Django admin for elections: elections with their key dates, parties, and checked sources with their passages
(read-only: passages change only through ingestion, which keeps ids and offsets consistent)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from communs.elections.models import Election, ElectionDate, Party, Passage, Source


class ElectionDateInline(admin.TabularInline):
    model = ElectionDate
    extra = 0
    fields = ("kind", "date", "label", "source", "passage")
    raw_id_fields = ("source", "passage")


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    fields = ("name", "short_name", "aliases")
    show_change_link = True


@admin.register(Election)
class ElectionAdmin(admin.ModelAdmin):
    list_display = ("slug", "name", "languages", "polling_day", "party_count", "source_count", "created_at")
    search_fields = ("slug", "name")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (ElectionDateInline, PartyInline)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Election]:
        return super().get_queryset(request).annotate(
            n_parties=Count("parties", distinct=True), n_sources=Count("sources", distinct=True)
        )

    @admin.display(description=_("parties"), ordering="n_parties")
    def party_count(self, obj: Election) -> int:
        return getattr(obj, "n_parties", 0)

    @admin.display(description=_("sources"), ordering="n_sources")
    def source_count(self, obj: Election) -> int:
        return getattr(obj, "n_sources", 0)


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "election")
    list_filter = ("election",)
    search_fields = ("name", "short_name")


class PassageInline(admin.TabularInline):
    model = Passage
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("ordinal", "page", "section", "start", "end", "language", "text")
    readonly_fields = fields
    ordering = ("ordinal",)
    max_num = 0

    def has_add_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "election", "party", "kind", "language", "passage_count", "checked_by", "checked_at")
    list_filter = ("election", "kind", "language")
    search_fields = ("title", "origin", "party__name")
    readonly_fields = ("origin", "media_type", "content_hash", "pages", "text", "created_at", "updated_at")
    fields = (
        "election", "party", "kind", "title", "language", "checked_by", "checked_at", "origin", "media_type",
        "content_hash", "pages", "created_at", "updated_at", "text",
    )
    inlines = (PassageInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).select_related("election", "party").annotate(n_passages=Count("passages"))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # sources are added by ingestion (communs sources add), which cuts the passages

    @admin.display(description=_("passages"), ordering="n_passages")
    def passage_count(self, obj: Source) -> int:
        return getattr(obj, "n_passages", 0)


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ("id", "source", "ordinal", "page", "section", "language")
    list_filter = ("source__election", "language")
    search_fields = ("id", "text", "section")
    list_select_related = ("source",)

    def get_readonly_fields(self, request: HttpRequest, obj: object | None = None) -> list[str]:
        return [f.name for f in Passage._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False
