"""Creating synthesis runs from a consultation's visible contributions and votes, and re-running them."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from communs.consultations.models import Consultation
from communs.consultations.visibility import visible_contributions, visible_votes
from communs.core.search.embeddings import get_embedder
from communs.core.synthesis.bundle import make_bundle, write_bundle_zip
from communs.core.synthesis.run import (
    STEP_KEYS,
    RunParameters,
    Snapshot,
    VoteRow,
    content_hash,
    run_synthesis,
)
from communs.core.synthesis.types import Contribution
from communs.review.models import ReviewEvent, Step, StepVersion, SynthesisRun


def embedder():  # type: ignore[no-untyped-def]
    return get_embedder(getattr(settings, "COMMUNS_EMBEDDER", "use-multilingual"),
                        threads=getattr(settings, "COMMUNS_EMBEDDER_THREADS", 2))


def chat_backend():  # type: ignore[no-untyped-def]
    """The configured LLM (COMMUNS_LLM_BASE_URL / _MODEL / _API_KEY), or None: syntheses stay extractive."""
    from communs.core.llm.factory import get_chat_backend

    base_url = getattr(settings, "COMMUNS_LLM_BASE_URL", "")
    if not base_url:
        return None
    return get_chat_backend(base_url, model=getattr(settings, "COMMUNS_LLM_MODEL", "") or None,
                            api_key=getattr(settings, "COMMUNS_LLM_API_KEY", "") or None,
                            timeout=float(getattr(settings, "COMMUNS_LLM_TIMEOUT", 30)))


def snapshot(consultation: Consultation) -> Snapshot:
    """Visible contributions (public numbers as ids) and the current votes on them (hidden items never enter)."""
    contributions = tuple(
        Contribution(str(c.tid), c.text, c.language or "")
        for c in visible_contributions(consultation).only("tid", "text", "language")
    )
    votes = tuple(
        VoteRow(str(pid), str(tid), int(value), created.timestamp() * 1000.0)
        for pid, tid, value, created in visible_votes(consultation)
        .order_by("created_at", "id")
        .values_list("participant__pid", "contribution__tid", "value", "created_at")
    )
    return Snapshot(contributions=contributions, votes=votes)


def create_run(
    consultation: Consultation, *, user=None, language: str | None = None, seed: int = 0,  # type: ignore[no-untyped-def]
    previous: SynthesisRun | None = None,
) -> SynthesisRun:
    """Compute every step from a snapshot of now and store the run with its bundle (one transaction)."""
    snap = snapshot(consultation)
    languages = consultation.languages or ["en"]
    params = RunParameters(language=language or languages[0], seed=seed)
    model = embedder()
    output = run_synthesis(snap, params, embedder=model, llm=chat_backend())
    bundle = make_bundle(snap, output, embedder_name=model.name, extra={"consultation": consultation.slug})
    with transaction.atomic():
        number = (SynthesisRun.objects.filter(consultation=consultation).aggregate(m=Max("number"))["m"] or 0) + 1
        bundle["run"] = number
        run = SynthesisRun.objects.create(
            consultation=consultation, number=number, language=params.language, parameters=params.as_dict(),
            bundle=bundle, snapshot=write_bundle_zip(bundle, snap), created_by=user if getattr(user, "pk", None) else None,
            previous=previous,
        )
        for position, key in enumerate(STEP_KEYS):
            out = output.steps[key]
            step = Step.objects.create(run=run, key=key, position=position)
            StepVersion.objects.create(step=step, number=1, content=out.content, text=out.text, content_hash=out.content_hash)
            ReviewEvent.objects.create(run=run, step=step, action=ReviewEvent.Action.GENERATED, version=1,
                                       content_hash=out.content_hash, comment="; ".join(output.notes))
    return run


def current_version(step: Step) -> StepVersion:
    return step.versions.order_by("-number").first()  # type: ignore[return-value]


def version_hash(content: dict, text: str) -> str:  # type: ignore[type-arg]
    return content_hash(content, text)
