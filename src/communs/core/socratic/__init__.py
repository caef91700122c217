"""The Socratic step of a contribution: gap analysis, open question templates and a leading-question detector.

Public API::

    suggest_questions(text, *, language=None, max_questions=2, seed=None, llm=None, topic=None) -> SocraticResult
    check_question(question, *, contribution=None, language=None) -> LeadingCheck
    analyse_gaps(text, *, language=None) -> GapAnalysis
"""

from communs.core.socratic.assistant import SocraticQuestion, SocraticResult, suggest_questions
from communs.core.socratic.detector import LeadingCheck, check_question, check_questions
from communs.core.socratic.gaps import FAMILIES, Gap, GapAnalysis, agenda, analyse_gaps
from communs.core.socratic.measure import MeasureKind, measure_kind

__all__ = [
    "FAMILIES",
    "Gap",
    "GapAnalysis",
    "LeadingCheck",
    "MeasureKind",
    "SocraticQuestion",
    "SocraticResult",
    "agenda",
    "analyse_gaps",
    "check_question",
    "check_questions",
    "measure_kind",
    "suggest_questions",
]
