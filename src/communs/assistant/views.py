"""Assistant pages. Everything works without JavaScript: the question form POSTs here, the answer is stored, its id is
appended to the conversation kept in the session (last ``KEEP`` answers per election) and the browser is redirected
to the election page at the new answer (POST/redirect/GET). ``assistant.js`` only enhances this with the JSON API.
"""

from __future__ import annotations

import time

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from communs.assistant import easy, services
from communs.assistant.models import AnswerRecord, AnswerReport, Channel, ReportReason
from communs.assistant.present import answer_view
from communs.elections.models import Election

KEEP = 10
COMMENT_MAX = 2000


def conversation_key(election: Election) -> str:
    return f"assistant:{election.pk}"


def remember(request: HttpRequest, election: Election, record: AnswerRecord) -> None:
    key = conversation_key(election)
    ids = [i for i in request.session.get(key, []) if i != record.pk][-(KEEP - 1):]
    request.session[key] = [*ids, record.pk]


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def _back(election: Election, anchor: str = "assistant-title") -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{election.get_absolute_url()}#{anchor}")


@require_POST
def ask_view(request: HttpRequest, slug: str) -> HttpResponse:
    election = get_object_or_404(Election, slug=slug)
    question = request.POST.get("q", "")
    try:
        _, record = services.ask(election, question, language=_language(), channel=Channel.PAGE)
    except services.QuestionError as exc:
        request.session["assistant:error"] = {"election": election.pk, "message": _error_message(exc),
                                              "draft": question[: services.max_question_chars() + 100]}
        return _back(election, "assistant-question")
    assert record is not None
    remember(request, election, record)
    return _back(election, f"answer-{record.pk}")


def _error_message(exc: services.QuestionError) -> str:
    if "empty" in str(exc):
        return _("Please type a question.")
    return _("Your question is too long: please keep it under %(limit)s characters.") % {
        "limit": services.max_question_chars()
    }


def _answer(election: Election, answer_id: int) -> AnswerRecord:
    return get_object_or_404(AnswerRecord.objects.select_related("election"), pk=answer_id, election=election)


def report_view(request: HttpRequest, slug: str, answer_id: int) -> HttpResponse:
    election = get_object_or_404(Election, slug=slug)
    record = _answer(election, answer_id)
    error = ""
    if request.method == "POST":
        reason = request.POST.get("reason", "")
        comment = request.POST.get("comment", "")[:COMMENT_MAX]
        if reason in ReportReason.values:
            AnswerReport.file(record, reason, comment)
            reported = [i for i in request.session.get("assistant:reported", []) if i != record.pk][-50:]
            request.session["assistant:reported"] = [*reported, record.pk]
            remember(request, election, record)
            return _back(election, f"answer-{record.pk}")
        error = _("Please choose a reason.")
    context = {"election": election, "item": answer_view(record), "reasons": ReportReason.choices, "error": error,
               "nav": "elections"}
    return render(request, "assistant/report.html", context, status=400 if error else 200)


@require_POST
def easy_view(request: HttpRequest, slug: str, answer_id: int) -> HttpResponse:
    election = get_object_or_404(Election, slug=slug)
    record = _answer(election, answer_id)
    llm = services.configured_llm()
    if llm is None or not easy.can_simplify(record):
        raise Http404("easy language is not available for this answer")
    started = time.perf_counter()
    result = easy.simplify(record, llm)
    derived = easy.store_easy(record, result, latency_ms=(time.perf_counter() - started) * 1000)
    remember(request, election, derived)
    return _back(election, f"answer-{derived.pk}")


@require_GET
def compare_view(request: HttpRequest, slug: str) -> HttpResponse:
    election = get_object_or_404(Election, slug=slug)
    topic = " ".join(request.GET.get("topic", "").split())
    item = error = None
    if topic:
        try:
            _, record = services.compare(election, topic, language=_language())
        except services.QuestionError as exc:
            error = _error_message(exc)
        else:
            assert record is not None
            item = answer_view(record)
    parties = {str(p.pk): p for p in election.parties.all()}
    context = {"election": election, "topic": topic, "item": item, "error": error, "parties": parties,
               "max_chars": services.max_question_chars(), "nav": "elections"}
    return render(request, "assistant/compare.html", context, status=422 if error else 200)
