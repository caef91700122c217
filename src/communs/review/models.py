"""Synthesis runs reviewed step by step. A run's machine output is fixed at creation; every reviewer action is an
append-only ``ReviewEvent``; an edit adds a ``StepVersion`` (the diff is kept) and never overwrites. Status is derived
from the events (see ``status.py``), never stored."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from communs.consultations.appendonly import AppendOnlyModel


class SynthesisRun(models.Model):
    consultation = models.ForeignKey("consultations.Consultation", on_delete=models.PROTECT, related_name="synthesis_runs")
    number = models.PositiveIntegerField(help_text=_("Run number within the consultation."))
    language = models.CharField(max_length=8, default="en")
    parameters = models.JSONField(default=dict)
    bundle = models.JSONField(default=dict, help_text=_("Reproducibility bundle: versions, parameters, input and output hashes."))
    snapshot = models.BinaryField(help_text=_("ZIP of the bundle with the contributions and votes used."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    previous = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="reruns")

    class Meta:
        ordering = ["consultation", "-number"]
        constraints = [models.UniqueConstraint(fields=["consultation", "number"], name="run_number_unique")]
        permissions = [
            ("review_step", "Can approve, edit or reject synthesis steps"),
            ("publish_run", "Can publish a reviewed synthesis"),
        ]

    def __str__(self) -> str:
        return f"{self.consultation.slug} #{self.number}"


class Step(models.Model):
    KEYS = [("groups", _("Opinion groups")), ("consensus", _("Consensus and divisive statements")),
            ("topics", _("Topics")), ("summary", _("Written summary"))]

    run = models.ForeignKey(SynthesisRun, on_delete=models.PROTECT, related_name="steps")
    key = models.CharField(max_length=20, choices=KEYS)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["run", "position"]
        constraints = [models.UniqueConstraint(fields=["run", "key"], name="step_key_unique")]

    def __str__(self) -> str:
        return f"{self.run} {self.key}"


class StepVersion(AppendOnlyModel):
    """A version of a step's output: version 1 is the machine's, later ones are reviewers' edits."""

    step = models.ForeignKey(Step, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    diff = models.TextField(blank=True, help_text=_("Unified diff of the text against the previous version."))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["step", "number"]
        constraints = [models.UniqueConstraint(fields=["step", "number"], name="step_version_unique")]


class ReviewEvent(AppendOnlyModel):
    class Action(models.TextChoices):
        GENERATED = "generated", _("Generated")
        APPROVE = "approve", _("Approved")
        EDIT = "edit", _("Edited")
        REJECT = "reject", _("Rejected")
        PUBLISH = "publish", _("Published")

    run = models.ForeignKey(SynthesisRun, on_delete=models.PROTECT, related_name="events")
    step = models.ForeignKey(Step, on_delete=models.PROTECT, null=True, blank=True, related_name="events")
    action = models.CharField(max_length=12, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    version = models.PositiveIntegerField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    comment = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True, help_text=_("For a publication: the step versions published."))
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["run", "at", "id"]
