"""``{% assistant_panel %}``: the chat-style assistant on an election page (the conversation kept in the session)."""

from __future__ import annotations

from typing import Any

from django import template

from communs.assistant import easy, services
from communs.assistant.present import answer_view
from communs.assistant.views import conversation_key

register = template.Library()


@register.inclusion_tag("assistant/panel.html", takes_context=True)
def assistant_panel(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    election = context.get("election")
    session = getattr(request, "session", None)
    items = []
    error = draft = ""
    reported: list[int] = []
    if session is not None and election is not None:
        items = [answer_view(r) for r in services.recent(election, session.get(conversation_key(election), []))]
        reported = list(session.get("assistant:reported", []))
        flash = session.get("assistant:error")
        if flash and flash.get("election") == election.pk:
            error, draft = flash.get("message", ""), flash.get("draft", "")
            del session["assistant:error"]
    llm = services.configured_llm() is not None
    return {
        "request": request,
        "election": election,
        "items": items,
        "reported": reported,
        "error": error,
        "draft": draft,
        "easy_available": llm,
        "easy_ok": {item.record.pk: llm and easy.can_simplify(item.record) for item in items},
        "max_chars": services.max_question_chars(),
        "csrf_token": context.get("csrf_token"),
        "reasons": services_reasons(),
    }


def services_reasons() -> list[tuple[str, str]]:
    from communs.assistant.models import ReportReason

    return list(ReportReason.choices)


@register.filter
def get_item(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key) if mapping else None
