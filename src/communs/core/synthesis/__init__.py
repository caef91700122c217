"""Written synthesis of a consultation: per topic and overall, each claim citing contribution ids with the vote
figures per opinion group. Extractive by default; an optional LLM writer is verified and falls back to it."""

from communs.core.synthesis.check import ReportProblem, check_report
from communs.core.synthesis.extractive import write_extractive
from communs.core.synthesis.figures import build_input, statement_figures
from communs.core.synthesis.types import (
    Claim,
    Contribution,
    GroupInfo,
    GroupVotes,
    Report,
    Section,
    StatementFigures,
    SynthesisInput,
    TopicInfo,
)

__all__ = [
    "Claim", "Contribution", "GroupInfo", "GroupVotes", "Report", "ReportProblem", "Section", "StatementFigures",
    "SynthesisInput", "TopicInfo", "build_input", "check_report", "statement_figures", "write_extractive",
]
