"""The one place that says what the public may see. Routing, search, the API, every export and any synthesis input
take contributions from ``visible_contributions`` and votes from ``visible_votes``: hidden, rejected and pending
items never leave through another door."""

from __future__ import annotations

from django.db.models import QuerySet

from communs.consultations.models import Comment, Consultation, Contribution, Status, Vote


def visible_contributions(consultation: Consultation) -> QuerySet[Contribution]:
    """Accepted contributions of ``consultation`` (seeds included), in public-number order."""
    return (
        Contribution.objects.filter(consultation=consultation, status=Status.ACCEPTED).order_by("tid").defer("embedding")
    )


def visible_votes(consultation: Consultation) -> QuerySet[Vote]:
    """Current votes on visible contributions only."""
    return Vote.objects.filter(
        contribution__consultation=consultation, contribution__status=Status.ACCEPTED
    ).select_related("participant", "contribution")


def visible_comments(contribution: Contribution) -> QuerySet[Comment]:
    return Comment.objects.filter(contribution=contribution, status=Status.ACCEPTED, contribution__status=Status.ACCEPTED)


def is_visible(contribution: Contribution) -> bool:
    return contribution.status == Status.ACCEPTED
