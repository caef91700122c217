"""The Socratic step of contributing: one or two open questions for a draft, from ``communs.core.socratic``.
Nothing is saved: what is posted afterwards is the author's own text.

Callers pass the consultation's question as ``topic`` (``consultation_topic``): the second question's family then
fits the consultation's measure and is the same for every contribution, for or against (ADR 0009)."""

from __future__ import annotations

from typing import Any


class SocraticUnavailable(RuntimeError):
    pass


def questions_for(text: str, language: str | None = None, max_questions: int = 2,
                  topic: str | None = None) -> dict[str, Any]:
    """The questions for draft ``text``. ``topic``: the consultation's question (or title), which chooses the second
    question's family for every contribution alike (ADR 0009)."""
    try:
        from communs.core.socratic import suggest_questions  # type: ignore[attr-defined]
    except ImportError as exc:  # the assistant is optional: contributing works without it
        raise SocraticUnavailable("the Socratic assistant is not installed") from exc
    result = suggest_questions(text, language=language, max_questions=max_questions, topic=topic or None)
    return {
        "language": result.language,
        "gaps": [{"family": g.family, "status": g.status} if hasattr(g, "family") else {"family": str(g), "status": ""}
                 for g in result.gaps],
        "questions": [{"text": q.text, "family": q.family, "source": q.source} for q in result.questions],
    }


def consultation_topic(consultation: Any, language: str | None) -> str:
    """What the consultation asks, in ``language`` when translated (its question, else its title)."""
    return consultation.localised("question", language) or consultation.localised("title", language)
