"""Elections, parties, checked sources and their passages (with provenance), and persisted passage vectors."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Election(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    languages = models.CharField(_("languages"), max_length=40, default="fr,de,en", help_text=_("Comma-separated language codes."))
    polling_day = models.DateField(_("polling day"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "slug"]
        verbose_name = _("election")
        verbose_name_plural = _("elections")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("elections:detail", args=[self.slug])

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class Party(models.Model):
    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="parties")
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["election", "name"], name="party_unique_name_per_election")]
        verbose_name = _("party")
        verbose_name_plural = _("parties")

    def __str__(self) -> str:
        return self.short_name or self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def all_names(self) -> list[str]:
        names = [self.name, self.short_name, *(self.aliases or [])]
        return [n for n in dict.fromkeys(n.strip() for n in names if n and n.strip())]


class SourceKind(models.TextChoices):
    PROGRAMME = "programme", _("Party programme")
    OFFICIAL = "official", _("Official information")
    OTHER = "other", _("Other")


class Source(models.Model):
    """A checked document. ``text`` is the normalised full text; passages point into it by character offsets and
    ``pages`` lists ``[page_number, start, end]`` spans of that text (empty when the format has no pages)."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="sources")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, null=True, blank=True, related_name="sources")
    kind = models.CharField(_("kind"), max_length=20, choices=SourceKind.choices)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language"), max_length=8, blank=True)
    origin = models.CharField(_("origin"), max_length=1000, help_text=_("Origin URL or file name."))
    media_type = models.CharField(max_length=100, blank=True)
    content_hash = models.CharField(max_length=64, db_index=True, help_text=_("SHA-256 of the original file bytes."))
    text = models.TextField(blank=True)
    pages = models.JSONField(default=list, blank=True)
    checked_by = models.CharField(_("checked by"), max_length=200, blank=True)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["election", "party__name", "title"]
        constraints = [models.UniqueConstraint(fields=["election", "origin"], name="source_unique_origin_per_election")]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("elections:source", args=[self.pk])


class Passage(models.Model):
    """A retrievable span of a source. ``id`` is a content hash (of the election, the source's content hash, the span
    and the text), so re-ingesting the same document gives the same ids; ``text_hash`` keys the persisted vector."""

    id = models.CharField(primary_key=True, max_length=64)
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="passages")
    ordinal = models.PositiveIntegerField()
    page = models.PositiveIntegerField(null=True, blank=True)
    section = models.CharField(max_length=500, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    text_hash = models.CharField(max_length=64, db_index=True)

    class Meta:
        ordering = ["source", "ordinal"]
        constraints = [models.UniqueConstraint(fields=["source", "ordinal"], name="passage_unique_ordinal")]

    def __str__(self) -> str:
        return f"{self.source_id}:{self.ordinal}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saving one passage touches its source's ``updated_at``: the search index's signature reads sources only
        (ingestion writes passages in bulk and saves their source in the same transaction)."""
        super().save(*args, **kwargs)
        Source.objects.filter(pk=self.source_id).update(updated_at=timezone.now())

    def get_absolute_url(self) -> str:
        from communs.elections.viewer import passage_url

        return passage_url(self.source_id, self.pk)


class PassageVector(models.Model):
    """A persisted embedding, keyed by (model, text hash): computed once, reused across restarts and sources."""

    model = models.CharField(max_length=100)
    text_hash = models.CharField(max_length=64)
    dim = models.PositiveIntegerField()
    vector = models.BinaryField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "text_hash"], name="vector_unique_model_text")]


class ElectionDate(models.Model):
    """A key date or deadline of an election (polling day, registration deadline...), with its official source."""

    class Kind(models.TextChoices):
        POLLING_DAY = "polling_day", _("Polling day")
        REGISTRATION_DEADLINE = "registration_deadline", _("Registration deadline")
        POSTAL_VOTE_DEADLINE = "postal_vote_deadline", _("Postal-vote request deadline")
        PROXY_DEADLINE = "proxy_deadline", _("Proxy-vote deadline")
        OTHER = "other", _("Other")

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="dates")
    kind = models.CharField(max_length=40, choices=Kind.choices)
    date = models.DateField()
    label = models.JSONField(default=dict, blank=True, help_text=_("Label per language code."))
    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True)
    passage = models.ForeignKey(Passage, on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ["date"]


def max_source_bytes() -> int:
    return int(getattr(settings, "COMMUNS_MAX_SOURCE_BYTES", 50 * 1024 * 1024))
