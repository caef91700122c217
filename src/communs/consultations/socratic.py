"""The Socratic step of contributing: one or two open questions for a draft, from ``communs.core.socratic``.
Nothing is saved: what is posted afterwards is the author's own text."""

from __future__ import annotations

from typing import Any


class SocraticUnavailable(RuntimeError):
    pass


def questions_for(text: str, language: str | None = None, max_questions: int = 2) -> dict[str, Any]:
    try:
        from communs.core.socratic import suggest_questions  # type: ignore[attr-defined]
    except ImportError as exc:  # the assistant is optional: contributing works without it
        raise SocraticUnavailable("the Socratic assistant is not installed") from exc
    result = suggest_questions(text, language=language, max_questions=max_questions)
    return {
        "language": result.language,
        "gaps": [{"family": g.family, "status": g.status} if hasattr(g, "family") else {"family": str(g), "status": ""}
                 for g in result.gaps],
        "questions": [{"text": q.text, "family": q.family, "source": q.source} for q in result.questions],
    }
