"""Fail-closed checks of a report before a reviewer sees it: every citation exists and is visible, every quote is a
verbatim span of the contribution it cites, every claim that quotes cites, and no claim cites a hidden item."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from communs.core.synthesis.types import Report


@dataclass(frozen=True)
class ReportProblem:
    section: str
    claim: int
    problem: str


def check_report(report: Report, contributions: dict[str, str], visible_ids: Iterable[str]) -> list[ReportProblem]:
    """Problems found (empty = the report may be shown for review). ``contributions`` maps id -> text."""
    visible = set(visible_ids)
    problems = []
    for section in report.sections:
        for i, claim in enumerate(section.claims):
            for cid in claim.citations:
                if cid not in contributions:
                    problems.append(ReportProblem(section.key, i, f"cites unknown contribution {cid}"))
                elif cid not in visible:
                    problems.append(ReportProblem(section.key, i, f"cites hidden contribution {cid}"))
            for cid, quote in claim.quotes:
                if cid not in claim.citations:
                    problems.append(ReportProblem(section.key, i, f"quotes {cid} without citing it"))
                elif quote not in contributions.get(cid, ""):
                    problems.append(ReportProblem(section.key, i, f"quote is not verbatim from {cid}"))
            if "«" in claim.text and not claim.citations:
                problems.append(ReportProblem(section.key, i, "quotes without a citation"))
    return problems
