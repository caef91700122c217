"""One synthesis run, as a pure function of a snapshot: opinion groups → consensus and divisive statements →
topics → written summary. Each step's output is a JSON-able ``content`` plus an editable Markdown ``text`` that a
reviewer approves, edits or rejects. Output hashes are computed on canonical JSON with floats rounded, so a re-run on
the same snapshot, code and parameters gives the same hashes."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from communs.core.deliberation import DeliberationParams, NothingToAnalyse, analyse, build_vote_matrix
from communs.core.llm.types import ChatBackend
from communs.core.search.embeddings import Embedder
from communs.core.synthesis.extractive import write_extractive
from communs.core.synthesis.figures import build_input
from communs.core.synthesis.llm_writer import add_llm_paragraphs
from communs.core.synthesis.markdown import section_markdown
from communs.core.synthesis.texts import group_letter
from communs.core.synthesis.types import Contribution
from communs.core.topics import find_topics

STEP_KEYS = ("groups", "consensus", "topics", "summary")
SYNTHESIS_VERSION = "1"


@dataclass(frozen=True)
class VoteRow:
    participant: str
    statement: str
    value: int  # +1 agree, -1 disagree, 0 pass
    at: float | None = None  # first-vote time (ms since epoch), used by Polis's in-conversation rule


@dataclass(frozen=True)
class Snapshot:
    """What a run reads: visible contributions and the current votes on them."""

    contributions: tuple[Contribution, ...]
    votes: tuple[VoteRow, ...]

    def hashes(self) -> dict[str, Any]:
        contributions = sorted((c.id, _sha(c.text), c.language) for c in self.contributions)
        votes = sorted((v.participant, v.statement, v.value) for v in self.votes)
        return {
            "contributions": len(contributions),
            "votes": len(votes),
            "contributions_sha256": _sha(json.dumps(contributions, ensure_ascii=False)),
            "votes_sha256": _sha(json.dumps(votes)),
        }


@dataclass(frozen=True)
class RunParameters:
    language: str = "en"
    seed: int = 0
    max_per_section: int = 5
    topics_k: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.language, "seed": self.seed, "max_per_section": self.max_per_section,
                "topics_k": self.topics_k}


@dataclass
class StepOutput:
    key: str
    content: dict[str, Any]
    text: str

    @property
    def content_hash(self) -> str:
        return content_hash(self.content, self.text)


@dataclass
class RunOutput:
    steps: dict[str, StepOutput]
    parameters: RunParameters
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    llm_log: dict[str, Any] = field(default_factory=dict)

    def hashes(self) -> dict[str, str]:
        return {key: step.content_hash for key, step in self.steps.items()}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rounded(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 6)
    if isinstance(obj, dict):
        return {str(k): _rounded(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_rounded(v) for v in obj]
    if isinstance(obj, np.generic):
        return _rounded(obj.item())
    return obj


def canonical_json(obj: Any) -> str:
    return json.dumps(_rounded(obj), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(content: dict[str, Any], text: str) -> str:
    return _sha(canonical_json({"content": content, "text": text}))


def run_synthesis(
    snapshot: Snapshot,
    parameters: RunParameters,
    *,
    embedder: Embedder,
    llm: ChatBackend | None = None,
    recorded_llm: Mapping[str, str] | None = None,
) -> RunOutput:
    """Compute every step from ``snapshot``. Deterministic for the same snapshot, parameters and embedder; with an
    LLM, its raw outputs are logged, and ``recorded_llm`` replays them (bundle re-runs)."""
    started = time.perf_counter()
    notes: list[str] = []
    contributions = list(snapshot.contributions)
    deliberation = None
    if snapshot.votes:
        matrix = build_vote_matrix(
            [v.participant for v in snapshot.votes], [v.statement for v in snapshot.votes],
            [v.value for v in snapshot.votes],
            [v.at for v in snapshot.votes] if all(v.at is not None for v in snapshot.votes) else None,
        )
        try:
            deliberation = analyse(matrix, (), DeliberationParams(seed=parameters.seed))
        except NothingToAnalyse as exc:
            notes.append(str(exc))
    else:
        notes.append("no votes yet: groups and consensus are empty")
    topics = None
    if len(contributions) >= 3:
        topics = find_topics(
            [c.id for c in contributions], [c.text for c in contributions], embedder=embedder,
            languages=[c.language or "en" for c in contributions], k=parameters.topics_k, seed=parameters.seed,
        )
    inputs = build_input(contributions, deliberation=deliberation, topics=topics, visible_ids=[c.id for c in contributions])
    report = write_extractive(inputs, language=parameters.language, max_per_section=parameters.max_per_section)
    report, llm_log = add_llm_paragraphs(report, inputs, llm=llm, embedder=embedder, recorded=recorded_llm,
                                         seed=parameters.seed)
    sections = {s.key: s for s in report.sections}
    steps: dict[str, StepOutput] = {}

    groups_content: dict[str, Any] = {"k": 0, "sizes": [], "participants": {}, "projections": {}, "representative": {}}
    if deliberation is not None:
        pids = deliberation.participant_ids
        grouped = np.flatnonzero(deliberation.groups >= 0)
        groups_content = {
            "k": int(deliberation.k),
            "names": [group_letter(g) for g in range(deliberation.k)],
            "sizes": deliberation.group_sizes(),
            "participants": {str(pids[i]): int(deliberation.groups[i]) for i in grouped},
            "projections": {str(pids[i]): [float(x) for x in deliberation.pca.projections[i][:2]] for i in grouped},
            "representative": {str(g.id): [list(r) for r in g.representative] for g in inputs.groups},
            "silhouettes": {str(k): float(v) for k, v in deliberation.silhouettes.items()},
            "participants_total": len(pids),
        }
    steps["groups"] = StepOutput("groups", groups_content, section_markdown([sections.get("overview"), sections.get("groups")]))

    consensus_content = {
        "agree": list(inputs.consensus_agree), "disagree": list(inputs.consensus_disagree),
        "divisive": list(inputs.divisive),
        "figures": {sid: {"agree": f.agree, "disagree": f.disagree, "pass": f.passes,
                          "by_group": [[g.group, g.agree, g.disagree, g.seen] for g in f.by_group]}
                    for sid, f in sorted(inputs.figures.items())},
    }
    steps["consensus"] = StepOutput("consensus", consensus_content,
                                    section_markdown([sections.get("consensus"), sections.get("divisive")]))

    topics_content: dict[str, Any] = {"k": 0, "topics": []}
    if topics is not None:
        topics_content = {"k": topics.k, "topics": [
            {"id": t.id, "size": t.size, "terms": t.terms, "representatives": list(t.representatives),
             "languages": t.languages, "members": sorted(cid for cid, lab in topics.labels.items() if lab == t.id)}
            for t in topics.topics
        ]}
    steps["topics"] = StepOutput("topics", topics_content, section_markdown([sections.get("topics")]))
    if llm_log.get("topics"):
        topics_content["writer"] = {"prompt_version": llm_log["prompt_version"],
                                    "verified": {k: v.get("passed") for k, v in llm_log["topics"].items()}}
    steps["summary"] = StepOutput("summary", {"report": _rounded(report.to_json())}, section_markdown(report.sections))
    return RunOutput(steps=steps, parameters=parameters, seconds=time.perf_counter() - started, notes=notes,
                     llm_log=llm_log)


def contributions_from_rows(rows: Sequence[dict[str, Any]]) -> tuple[Contribution, ...]:
    return tuple(Contribution(str(r["id"]), str(r["text"]), str(r.get("language") or "")) for r in rows)
