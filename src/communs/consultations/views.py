"""Consultation pages (no JavaScript needed): the list, and a consultation's page with its context, the vote flow
(one statement at a time, agree / disagree / pass as plain form buttons), my votes (change them in place), and
contributing with the Socratic step (draft -> open questions -> the author edits or skips -> posts their own text).
Every form is a POST with Django's CSRF token; each POST redirects back (no resubmission on reload)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communs.consultations import ratelimit
from communs.consultations.contributing import ContributionRefused, post_contribution
from communs.consultations.groupcommit import run_write
from communs.consultations.models import Consultation, Contribution, FlagReason, Phase, Vote
from communs.consultations.moderation import AlreadyFlagged, flag
from communs.consultations.participants import current_participant, ensure_participant
from communs.consultations.routing import next_statement
from communs.consultations.socratic import SocraticUnavailable, consultation_topic, questions_for
from communs.consultations.visibility import visible_contributions
from communs.consultations.votes import VoteRefused, check_can_vote, upsert_vote


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def _public(slug: str) -> Consultation:
    return get_object_or_404(Consultation.objects.exclude(phase=Phase.DRAFT), slug=slug)


def consultation_list(request: HttpRequest) -> HttpResponse:
    lang = _language()
    items = [
        {"c": c, "title": c.localised("title", lang), "question": c.localised("question", lang)}
        for c in Consultation.objects.exclude(phase=Phase.DRAFT)
    ]
    return render(request, "consultations/list.html", {"items": items, "nav": "consultations"})


def _counts(contribution_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {i: {"agree": 0, "disagree": 0, "pass": 0} for i in contribution_ids}
    names = {1: "agree", -1: "disagree", 0: "pass"}
    for cid, value in Vote.objects.filter(contribution_id__in=contribution_ids).values_list("contribution_id", "value"):
        out[cid][names[value]] += 1
    return out


def consultation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    c = _public(slug)
    lang = _language()
    participant = current_participant(request, c)
    statements = list(visible_contributions(c))
    mine = dict(Vote.objects.filter(participant=participant).values_list("contribution_id", "value")) if participant else {}
    counts = _counts(list(mine))  # counts only for statements this participant voted on (no herding)
    voted = [{"s": s, "value": mine[s.pk], "counts": counts[s.pk]} for s in statements if s.pk in mine]
    draft = request.session.get(f"communs_draft_{c.pk}") or {}
    context: dict[str, Any] = {
        "c": c, "title": c.localised("title", lang), "question": c.localised("question", lang),
        "description": c.localised("description", lang), "documents": list(c.documents.all()),
        "seeds": [s for s in statements if s.is_seed], "current": next_statement(c, participant) if c.is_open else None,
        "voted": voted, "remaining": len(statements) - len(voted), "total": len(statements),
        "draft": draft, "flag_reasons": FlagReason.choices, "nav": "consultations",
    }
    return render(request, "consultations/detail.html", context)


def _back(c: Consultation, anchor: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("consultations:detail", args=[c.slug]) + f"#{anchor}")


def _limited(request: HttpRequest, participant_pk: int) -> bool:
    for kind, key in (("participant", str(participant_pk)), ("ip", ratelimit.client_ip(request.META))):
        if not ratelimit.take(kind, key).allowed:
            messages.error(request, _("Too many requests: please wait a moment and try again."))
            return True
    return False


@require_POST
def vote(request: HttpRequest, slug: str) -> HttpResponse:
    c = _public(slug)
    anchor = request.POST.get("return", "vote")
    anchor = anchor if anchor in {"vote", "my-votes"} else "vote"
    try:
        value = int(request.POST.get("value", "x"))
        contribution = Contribution.objects.filter(pk=int(request.POST.get("contribution", "0")), consultation=c).first()
    except ValueError:
        value, contribution = 99, None
    try:
        contribution = check_can_vote(c, contribution, value)
    except VoteRefused as exc:
        messages.error(request, _("Your vote was not recorded: %(reason)s") % {"reason": exc.message})
        return _back(c, anchor)
    participant = ensure_participant(request, c)
    if _limited(request, participant.pk):
        return _back(c, anchor)
    run_write(lambda: upsert_vote(participant, contribution, value, origin="page"))
    labels = {1: _("agree"), -1: _("disagree"), 0: _("pass")}
    messages.success(request, _("Vote recorded (%(value)s) on statement %(tid)s.") % {"value": labels[value],
                                                                                     "tid": contribution.tid})
    return _back(c, anchor)


@require_POST
def contribute(request: HttpRequest, slug: str) -> HttpResponse:
    """step=draft: keep the text and show the Socratic questions; step=post: post the (edited) text."""
    c = _public(slug)
    text = (request.POST.get("text") or "").strip()
    key = f"communs_draft_{c.pk}"
    if request.POST.get("step") == "draft" and text:
        try:
            language = _language()
            asked = questions_for(text, language, topic=consultation_topic(c, language))
        except SocraticUnavailable:
            asked = {"questions": []}
        request.session[key] = {"text": text, "questions": [q["text"] for q in asked["questions"]]}
        return _back(c, "contribute")
    participant = ensure_participant(request, c)
    if _limited(request, participant.pk):
        return _back(c, "contribute")
    try:
        outcome = post_contribution(c, participant, text, _language(), request.POST.get("allow_duplicate") == "1")
    except ContributionRefused as exc:
        messages.error(request, exc.message)
        return _back(c, "contribute")
    draft: dict[str, Any] = {}
    if outcome.status == "duplicate":
        existing = Contribution.objects.filter(pk__in=[m.id for m in outcome.duplicates])
        draft = {"text": text, "duplicates": [{"tid": s.tid, "text": s.text} for s in existing]}
        messages.info(request, _("A very similar statement already exists: you can vote on it instead, or post yours anyway."))
    elif outcome.status == "pending":
        if outcome.suggested_redaction:
            draft = {"text": outcome.suggested_redaction, "redacted": True}
            messages.warning(request, _("Your contribution seems to contain personal data and is held for review. "
                                        "You can post the version below instead, with the personal data removed."))
        else:
            messages.info(request, _("Thank you. Your contribution will be published after a moderator has reviewed it."))
    else:
        messages.success(request, _("Thank you. Your contribution is published."))
    request.session[key] = draft
    return _back(c, "contribute")


@require_POST
def report(request: HttpRequest, slug: str) -> HttpResponse:
    c = _public(slug)
    contribution = visible_contributions(c).filter(pk=request.POST.get("contribution") or 0).first()
    reason = request.POST.get("reason", "")
    if contribution is None or reason not in FlagReason.values:
        messages.error(request, _("Please choose a reason."))
        return _back(c, "vote")
    participant = ensure_participant(request, c)
    try:
        flag(participant, reason, contribution=contribution)
        messages.success(request, _("Thank you. A moderator will look at this statement."))
    except AlreadyFlagged:
        messages.info(request, _("You have already reported this statement."))
    return _back(c, "vote")
