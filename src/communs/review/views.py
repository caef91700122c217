"""Pages: the published synthesis (public) and the step-by-step review (people with the review permission)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communs.consultations.models import Consultation
from communs.core.synthesis.bundle import read_bundle_contributions
from communs.core.synthesis.texts import group_letter
from communs.review import actions
from communs.review.models import ReviewEvent, Step, StepVersion, SynthesisRun
from communs.review.opinion_map import opinion_map_svg
from communs.review.rendering import render_step_text
from communs.review.services import current_version
from communs.review.status import latest_publication, publication_blockers, run_states

LOGIN_URL = "/accounts/login/"


def _published_run(consultation: Consultation) -> tuple[SynthesisRun, ReviewEvent] | None:
    event = (ReviewEvent.objects.filter(run__consultation=consultation, action=ReviewEvent.Action.PUBLISH)
             .select_related("run").order_by("-at", "-id").first())
    return (event.run, event) if event else None


def _figure_rows(consensus_content: dict, ids: list[str], k: int, texts: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for sid in ids:
        fig = consensus_content.get("figures", {}).get(sid)
        if not fig or sid not in texts:
            continue
        seen = fig["agree"] + fig["disagree"] + fig["pass"]
        by_group = {g: (a, d, s) for g, a, d, s in fig["by_group"]}
        rows.append({
            "id": sid, "text": texts[sid], "seen": seen,
            "agree": round(100 * fig["agree"] / seen) if seen else 0,
            "groups": [round(100 * by_group[g][0] / by_group[g][2]) if g in by_group and by_group[g][2] else None for g in range(k)],
        })
    return rows


def published(request: HttpRequest, slug: str) -> HttpResponse:
    consultation = get_object_or_404(Consultation, slug=slug)
    found = _published_run(consultation)
    if found is None:
        raise Http404(_("No synthesis of this consultation has been published yet."))
    run, event = found
    versions = event.details.get("versions", {})
    steps = {s.key: s for s in run.steps.all()}
    content = {key: StepVersion.objects.get(step=steps[key], number=number) for key, number in versions.items()}
    contributions = read_bundle_contributions(bytes(run.snapshot))
    texts = {c.id: c.text for c in contributions}
    languages = {c.id: c.language for c in contributions}
    groups = content["groups"].content
    k = int(groups.get("k", 0))
    cons = content["consensus"].content
    cited = sorted({cid for v in content.values() for cid in _ids_in(v.text) if cid in texts}, key=_natural)
    context = {
        "consultation": consultation, "run": run, "publication": event,
        "summary": render_step_text(content["summary"].text, set(texts)),
        "group_names": [group_letter(g) for g in range(k)],
        "group_sizes": list(zip([group_letter(g) for g in range(k)], groups.get("sizes", []), strict=False)),
        "opinion_map": opinion_map_svg(
            groups, title=_("Opinion map"),
            description=_("Each mark is a participant placed by their votes; participants who vote alike are close. "
                          "Colours and shapes show the opinion groups; the table below gives the group sizes.")),
        "consensus_rows": _figure_rows(cons, cons.get("agree", []) + cons.get("disagree", []), k, texts),
        "divisive_rows": _figure_rows(cons, cons.get("divisive", []), k, texts),
        "topics": [
            {**t, "terms_shown": t["terms"].get(run.language) or next(iter(t["terms"].values()), []),
             "examples": [(r, texts.get(r, "")) for r in t["representatives"] if r in texts]}
            for t in content["topics"].content.get("topics", [])
        ],
        "cited": [(cid, texts[cid], languages.get(cid, "")) for cid in cited],
        "trail": run.events.select_related("step", "actor").order_by("at", "id"),
        "versions": versions,
    }
    return render(request, "review/published.html", context)


def _ids_in(text: str) -> set[str]:
    import re

    return set(re.findall(r"\[([^\[\]\s]+)\]", text))


def _natural(value: str) -> tuple[int, str]:
    return (int(value), "") if value.isdigit() else (10**9, value)


def published_bundle(request: HttpRequest, slug: str) -> HttpResponse:
    consultation = get_object_or_404(Consultation, slug=slug)
    found = _published_run(consultation)
    if found is None:
        raise Http404(_("No synthesis of this consultation has been published yet."))
    run, _event = found
    response = HttpResponse(bytes(run.snapshot), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{consultation.slug}-synthesis-{run.number}-bundle.zip"'
    return response


@login_required(login_url=LOGIN_URL)
@permission_required("review.review_step", raise_exception=True)
def run_list(request: HttpRequest) -> HttpResponse:
    runs = SynthesisRun.objects.select_related("consultation").order_by("-created_at")[:200]
    return render(request, "review/runs.html", {"runs": runs})


@login_required(login_url=LOGIN_URL)
@permission_required("review.review_step", raise_exception=True)
def run_detail(request: HttpRequest, run_id: int) -> HttpResponse:
    run = get_object_or_404(SynthesisRun.objects.select_related("consultation"), pk=run_id)
    contributions = read_bundle_contributions(bytes(run.snapshot))
    known = {c.id for c in contributions}
    states = []
    for state in run_states(run):
        version = current_version(state.step)
        states.append({"state": state, "version": version, "rendered": render_step_text(version.text, known),
                       "history": state.step.versions.order_by("number")})
    return render(request, "review/run.html", {
        "run": run, "states": states, "blockers": publication_blockers(run), "published": latest_publication(run),
        "trail": run.events.select_related("step", "actor").order_by("at", "id"),
        "contributions": [(c.id, c.text, c.language) for c in contributions],
    })


@require_POST
@login_required(login_url=LOGIN_URL)
def step_action(request: HttpRequest, run_id: int, key: str) -> HttpResponse:
    step = get_object_or_404(Step.objects.select_related("run"), run_id=run_id, key=key)
    action = request.POST.get("action", "")
    comment = request.POST.get("comment", "")
    seen = request.POST.get("seen_hash") or None
    try:
        if action == "approve":
            actions.approve(step, request.user, comment=comment, seen_hash=seen)
            messages.success(request, _("Step approved."))
        elif action == "reject":
            actions.reject(step, request.user, comment=comment, seen_hash=seen)
            messages.success(request, _("Step rejected."))
        elif action == "edit":
            actions.edit(step, request.user, text=request.POST.get("text", ""), comment=comment, seen_hash=seen)
            messages.success(request, _("New version saved; it needs approval."))
        else:
            messages.error(request, _("Unknown action."))
    except PermissionDenied:
        raise
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect("review:run", run_id=run_id)


@require_POST
@login_required(login_url=LOGIN_URL)
def publish_run(request: HttpRequest, run_id: int) -> HttpResponse:
    run = get_object_or_404(SynthesisRun, pk=run_id)
    try:
        actions.publish(run, request.user, comment=request.POST.get("comment", ""))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("review:run", run_id=run_id)
    messages.success(request, _("Synthesis published."))
    return redirect("review:published", slug=run.consultation.slug)
