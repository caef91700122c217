"""Dialogue: consultations, participants, contributions, votes, comments, flags and their append-only histories.

Vote values are stored as +1 agree, -1 disagree, 0 pass — the convention of Polis's *exports* (votes.csv,
participants-votes.csv). Polis's internal database uses the opposite sign (agree = -1, see polis
``server/src/utils/common.ts`` / ``math`` which flips it on export); we follow the export so imported files are
stored as they read.

Participants are anonymous by default: a per-consultation integer ``pid`` (public, like Polis's pid) and a secret
token whose SHA-256 is stored here while the token itself lives in the participant's session cookie. Organisers and
moderators are Django users with the app's permissions (``moderate_contribution`` for the moderation queue).

Context documents: a consultation's own ``ContextDocument`` rows (title, link, summary), optionally pointing to an
``elections.Source`` when the document was ingested there — so a consultation can exist without an election.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from communs.consultations.appendonly import AppendOnlyModel


def default_languages() -> list[str]:
    return ["fr", "de", "en"]


class Phase(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    SYNTHESIS = "synthesis", _("Synthesis")
    PUBLISHED = "published", _("Published")


class Consultation(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    question = models.TextField()
    description = models.TextField(blank=True)
    languages = models.JSONField(default=default_languages, help_text="Language codes contributions may use.")
    translations = models.JSONField(
        default=dict, blank=True, help_text='Title/question/description per language: {"de": {"title": ...}}.'
    )
    phase = models.CharField(max_length=12, choices=Phase.choices, default=Phase.DRAFT)
    premoderation = models.BooleanField(default=False, help_text="Hold every new contribution for a moderator.")
    flag_threshold = models.PositiveIntegerField(default=3, help_text="Hide a contribution after this many flags.")
    licence = models.CharField(max_length=60, default="CC BY 4.0")
    routing_scores = models.JSONField(
        default=dict, blank=True,
        help_text="Per-contribution group-separation scores from the latest approved synthesis {id: score}.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def localised(self, field: str, language: str | None) -> str:
        if language and isinstance(self.translations.get(language), dict):
            value = self.translations[language].get(field)
            if value:
                return str(value)
        return str(getattr(self, field))

    @property
    def is_open(self) -> bool:
        return self.phase == Phase.OPEN


class ContextDocument(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=300)
    url = models.URLField(blank=True)
    summary = models.TextField(blank=True)
    language = models.CharField(max_length=8, blank=True)
    source = models.ForeignKey("elections.Source", on_delete=models.SET_NULL, null=True, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title


class Participant(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.PROTECT, related_name="participants")
    pid = models.PositiveIntegerField(help_text="Public per-consultation number (Polis pid).")
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    xid = models.CharField(max_length=200, blank=True, help_text="External id (Polis xid) when imported.")
    group_id = models.IntegerField(null=True, blank=True, help_text="Opinion group from the latest synthesis.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["consultation", "pid"], name="participant_pid_unique")]

    def __str__(self) -> str:
        return f"p{self.pid}"


class Status(models.TextChoices):
    PENDING = "pending", _("Pending review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden")


class Contribution(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.PROTECT, related_name="contributions")
    tid = models.PositiveIntegerField(help_text="Public per-consultation number (Polis comment-id).")
    text = models.TextField()
    author = models.ForeignKey(Participant, on_delete=models.PROTECT, null=True, blank=True, related_name="authored")
    language = models.CharField(max_length=8, blank=True)
    is_seed = models.BooleanField(default=False, help_text="Seed statement (e.g. a citizens' assembly proposal).")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    reviewed = models.BooleanField(default=False, help_text="A moderator decided (Polis moderated = 1 or -1).")
    moderation_reasons = models.JSONField(default=list, blank=True)
    duplicate_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True)
    suggested_redaction = models.TextField(blank=True)
    external_id = models.CharField(max_length=100, blank=True, help_text="Id in the imported source (Polis).")
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["tid"]
        permissions = [("moderate_contribution", "Can moderate contributions and comments")]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "tid"], name="contribution_tid_unique"),
            models.UniqueConstraint(
                fields=["consultation", "external_id"], condition=~models.Q(external_id=""),
                name="contribution_external_id_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.tid} {self.text[:60]}"


class VoteValue(models.IntegerChoices):
    AGREE = 1, _("Agree")
    DISAGREE = -1, _("Disagree")
    PASS = 0, _("Pass")


VOTE_NAMES = {"agree": 1, "disagree": -1, "pass": 0}


class Vote(models.Model):
    """The current vote of a participant on a contribution (one row per pair); changes go to ``VoteEvent``."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="votes")
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, related_name="votes")
    value = models.SmallIntegerField(choices=VoteValue.choices)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "contribution"], name="vote_once_per_contribution"),
            models.CheckConstraint(condition=models.Q(value__in=[-1, 0, 1]), name="vote_value_valid"),
        ]
        indexes = [models.Index(fields=["contribution", "value"])]


class VoteEvent(AppendOnlyModel):
    """Every vote and every change of vote, in order (append-only)."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="+")
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, related_name="+")
    value = models.SmallIntegerField(choices=VoteValue.choices)
    previous = models.SmallIntegerField(null=True, blank=True)
    origin = models.CharField(max_length=12, default="api")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(value__in=[-1, 0, 1]), name="voteevent_value_valid")]


class Comment(models.Model):
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, related_name="comments")
    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="comments")
    text = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACCEPTED)
    moderation_reasons = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abusive or insulting")
    PERSONAL_DATA = "personal_data", _("Personal data")
    OFF_TOPIC = "off_topic", _("Off topic")
    OTHER = "other", _("Other")


class Flag(AppendOnlyModel):
    """A participant reports a contribution, a comment or an answer (``answer_ref``, e.g. a Panoramic answer id)."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="flags")
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, null=True, blank=True, related_name="flags")
    comment = models.ForeignKey(Comment, on_delete=models.PROTECT, null=True, blank=True, related_name="flags")
    answer_ref = models.CharField(max_length=200, blank=True)
    reason = models.CharField(max_length=20, choices=FlagReason.choices)
    detail = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "contribution"], condition=models.Q(contribution__isnull=False),
                name="flag_once_per_contribution",
            ),
            models.UniqueConstraint(
                fields=["participant", "comment"], condition=models.Q(comment__isnull=False),
                name="flag_once_per_comment",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(contribution__isnull=False, comment__isnull=True, answer_ref="")
                    | models.Q(contribution__isnull=True, comment__isnull=False, answer_ref="")
                    | (models.Q(contribution__isnull=True, comment__isnull=True) & ~models.Q(answer_ref=""))
                ),
                name="flag_exactly_one_target",
            ),
        ]


class ModerationEvent(AppendOnlyModel):
    """Every moderation decision, automatic (``actor`` empty) or by a moderator (append-only)."""

    consultation = models.ForeignKey(Consultation, on_delete=models.PROTECT, related_name="moderation_events")
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    comment = models.ForeignKey(Comment, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True)
    action = models.CharField(max_length=20)
    previous_status = models.CharField(max_length=10, blank=True)
    new_status = models.CharField(max_length=10, blank=True)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]


class IdempotencyRecord(models.Model):
    """A replayable response for (scope, Idempotency-Key): same key + same body → same response."""

    scope = models.CharField(max_length=100)
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="idempotency_scope_key_unique")]
