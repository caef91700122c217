"""Party-position answers on real Wahl-O-Mat data, comparisons, and in-process latency of the extractive pipeline.

Inputs: ``../shared/data/qual-o-mat/data/<year>/<election>/`` read with ``communs.core.sources.wahlomat`` (the same
reader as ``communs wahlomat import``: one passage per (party, thesis) = thesis, the party's position, its
justification). ALL elections of the folder go into one ``communs.core.search`` hybrid-capable index (BM25 mode here:
no embedding of 40,000 passages per run) so latency is measured on >= 10,000 passages; the figures are computed on
2021/deutschland and 2024/europa.

For every (party, thesis) of those two: ``answer_question("Was sagt <party> zu: <thesis>?")`` with the real
neutrality classifier (``communs.core.neutrality.classify``) and the extractive composer, and we count
- hit: the answer cites that party's passage for that thesis;
- foreign: the answer cites any passage of another party (goal 0);
- the per-party hit share and its spread (max - min, in points).
Then one comparison per thesis ("Wie unterscheiden sich die Parteien beim Thema <label>?"): every party must get a
section, and we count how often a party's own passage for that thesis is what its section cites.
Latency: wall time per ``answer_question`` call, p50/p95: for every pair without the classifier call (its decisions
are computed in one batch first), and on every 9th pair with one real ``classify()`` call per question.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communs.core.answers import AnswerOptions, PartyRef, RetrievedPassage, answer_question
from communs.core.search.embeddings import clear_caches
from communs.core.search.index import HybridIndex, PassageRecord

ROOT = Path(__file__).resolve().parents[1]
QUAL_O_MAT = ROOT.parent / "shared" / "data" / "qual-o-mat" / "data"
TARGETS = ("2021/deutschland", "2024/europa")
QUESTION = "Was sagt {party} zu: {thesis}?"
LLM_EVERY = 137  # 20 questions for the optional LLM section
LATENCY_EVERY = 9  # every 9th party question is re-asked with one classify() call per question
COMPARISON = "Wie unterscheiden sich die Parteien beim Thema {label}?"


@dataclass
class Election:
    key: str
    parties: list[PartyRef]
    theses: dict[str, str]  # label -> thesis text
    pair_passage: dict[tuple[str, str], str]  # (party id, label) -> passage id


def load(folder: Path, passages: dict[str, RetrievedPassage], records: list[PassageRecord]) -> Election:
    from communs.core.sources.wahlomat import read_wahlomat

    data = read_wahlomat(folder)
    key = f"{folder.parent.name}/{folder.name}"
    election = Election(key, [], {}, {})
    for party in data.parties:
        pid = f"{key}#{party.id}"
        aliases = (party.longname,) if party.longname and party.longname != party.name else ()
        election.parties.append(PartyRef(pid, party.name, "", aliases))
        source_id = f"{pid}:src"
        for span in party.document.preset or []:
            passage_id = f"{pid}:{span.ordinal}"
            passages[passage_id] = RetrievedPassage(
                passage_id=passage_id,
                source_id=source_id,
                source_title=party.document.title,
                party_id=pid,
                party_name=party.name,
                kind="programme",
                page=span.page,
                section=span.section,
                start=span.start,
                end=span.end,
                text=span.text,
                text_hash=passage_id,
                score=0.0,
                language=span.language or "de",
            )
            records.append(
                PassageRecord(passage_id, span.text, "de", pid, "programme", source_id, span.section)
            )
            thesis = span.text.split("\n", 1)[0].removeprefix("These: ")
            election.theses.setdefault(span.section, thesis.split(" – ", 1)[-1])
            election.pair_passage[(pid, span.section)] = passage_id
    return election


def make_retrieve(index: HybridIndex, passages: dict[str, RetrievedPassage]):  # type: ignore[no-untyped-def]
    def retrieve(
        query: str, *, party: str | None = None, kind: str | None = None, k: int = 10
    ) -> list[RetrievedPassage]:
        hits = index.search(query, filters={"party": party, "kind": kind}, k=k, mode="bm25")
        return [passages[h.passage_id] for h in hits]

    return retrieve


def _name(election: Election, pid: str) -> str:
    return next(p.name for p in election.parties if p.id == pid)


def _load() -> str:
    try:
        import os

        return ", ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except OSError:
        return "unknown"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main(argv: list[str]) -> str:
    if not QUAL_O_MAT.exists():
        return (
            f"## Answers (party positions, comparisons, latency)\n\nSkipped: {QUAL_O_MAT} is not available."
        )
    from communs.core.neutrality import classify, classify_many, refusal

    passages: dict[str, RetrievedPassage] = {}
    records: list[PassageRecord] = []
    elections: dict[str, Election] = {}
    t0 = time.perf_counter()
    for opinion in sorted(QUAL_O_MAT.glob("*/*/opinion.json")):
        election = load(opinion.parent, passages, records)
        elections[election.key] = election
    index = HybridIndex(records)
    build_s = time.perf_counter() - t0
    retrieve = make_retrieve(index, passages)
    classify("Warm-up?")  # load the classifier's model once, outside the timings
    options = AnswerOptions(default_language="de")

    lines = [
        "## Answers (party positions, comparisons, latency)",
        "",
        f"Index: {len(records):,} Wahl-O-Mat passages from {len(elections)} elections (all of qual-o-mat), "
        f"`communs.core.search.index.HybridIndex` in BM25 mode, built in {build_s:.1f} s (reading included). "
        "Pipeline: `communs.core.answers.answer_question` = analysis + `communs.core.neutrality.classify` "
        "(rules + logistic regression on the bundled USE and e5 embeddings, ADR 0017) + search + extractive composer; "
        "no LLM.",
        "",
        '### Party-position questions: "Was sagt <party> zu: <thesis>?"',
        "",
        "| election | pairs | cites the pair's passage | cites another party | refused / out of scope (classifier) "
        "| abstained | per-party min–max | spread (points) | answered: cites the pair's passage | answered: spread |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    questions = {
        key: [
            (
                pid,
                label,
                passage_id,
                QUESTION.format(
                    party=_name(elections[key], pid), thesis=elections[key].theses[label].rstrip(".?! ")
                ),
            )
            for (pid, label), passage_id in sorted(elections[key].pair_passage.items())
        ]
        for key in TARGETS
    }
    # the classifier's decisions for all questions in one batch (one embedding call per 64 questions); the per-call
    # classifier cost is measured separately below, on a sample, with one classify() call per question
    # (with each election's party names, as the pipeline passes them)
    decided: dict[str, Any] = {}
    for key in TARGETS:
        batch = [q for *_, q in questions[key]]
        names = tuple(dict.fromkeys(n for party in elections[key].parties for n in party.names()))
        decided.update(zip(batch, classify_many(batch, names=names), strict=True))

    def batch_classify(question: str, language: str | None = None, names: Sequence[str] = ()) -> Any:
        return decided[question]

    latencies: list[float] = []  # pipeline without the classifier call
    precision: list[str] = []
    misses: list[str] = []
    for key in TARGETS:
        election = elections[key]
        per_party: dict[str, list[bool]] = defaultdict(list)
        answered: dict[str, list[bool]] = defaultdict(list)
        foreign = refused = abstained = 0
        first_hits = cited_total = own_cited = 0
        for pid, _label, passage_id, question in questions[key]:
            started = time.perf_counter()
            answer = answer_question(
                question,
                parties=election.parties,
                retrieve=retrieve,
                classify=batch_classify,
                refusal=refusal,
                election_id=key,
                options=options,
            )
            latencies.append((time.perf_counter() - started) * 1000)
            cited = {c.passage_id for c in answer.citations}
            hit = passage_id in cited
            first_hits += bool(answer.citations) and answer.citations[0].passage_id == passage_id
            cited_total += len(cited)
            own_cited += hit
            per_party[pid].append(hit)
            foreign += any(passages[c].party_id != pid for c in cited)
            refused += answer.decision != "answer"
            if answer.decision == "answer":
                answered[pid].append(hit)
            abstained += answer.composer == "abstain"
            if not hit and len(misses) < 12:
                misses.append(
                    f"{key} · {question} → {answer.decision}/{answer.composer}, "
                    f"parties detected {answer.bundle['analysis']['parties']}"
                )
        shares = {pid: 100 * sum(v) / len(v) for pid, v in per_party.items()}
        total = sum(len(v) for v in per_party.values())
        hits = sum(sum(v) for v in per_party.values())
        lo, hi = min(shares.values()), max(shares.values())
        a_shares = [100 * sum(v) / len(v) for v in answered.values() if v]
        a_total = sum(len(v) for v in answered.values())
        a_hits = sum(sum(v) for v in answered.values())
        precision.append(f"| {key} | {a_total} | {cited_total / max(a_total, 1):.2f} | "
                         f"{first_hits} ({100 * first_hits / max(a_total, 1):.1f} %) | "
                         f"{own_cited}/{cited_total} ({100 * own_cited / max(cited_total, 1):.1f} %) |")
        lines.append(
            f"| {key} | {total} | {hits} ({100 * hits / total:.1f} %) | {foreign} | {refused} | {abstained} | "
            f"{lo:.1f}–{hi:.1f} % | {hi - lo:.1f} | {a_hits}/{a_total} ({100 * a_hits / max(a_total, 1):.1f} %) | "
            f"{max(a_shares) - min(a_shares):.1f} |"
        )
    lines += [
        "",
        "Goal: ≥ 95 % cite the pair's passage, spread ≤ 3 points, 0 citing another party. A question the "
        "neutrality classifier refuses or calls out of scope gets no citation and counts as a miss in the first "
        "columns; the last two columns restrict to answered questions (the composer's own figure).",
    ]
    lines += [
        "",
        "Precision of the same answers: how many passages an answer cites, whether its first citation [1] is the "
        "pair's passage, and the share of cited passages that are the pair's passage (the others are the same "
        "party's justifications of other theses that share words with the question).",
        "",
        "| election | answered | passages cited per answer | first citation is the pair's passage | cited passages "
        "that are the pair's |",
        "|---|---:|---:|---:|---:|",
        *precision,
    ]
    if misses:
        lines += ["", "First misses (for inspection):", ""] + [f"- {m}" for m in misses]

    lines += [
        "",
        '### Comparison questions: "Wie unterscheiden sich die Parteien beim Thema <label>?"',
        "",
        "| election | questions | every party listed | sections citing the party's own thesis passage | "
        'sections "nothing found" | first-place count min–max |',
        "|---|---:|---:|---:|---:|---:|",
    ]
    comparison_ms: list[float] = []
    for key in TARGETS:
        election = elections[key]
        complete = own = nothing = sections = 0
        firsts: Counter[str] = Counter()
        for label in sorted(election.theses):
            started = time.perf_counter()
            answer = answer_question(
                COMPARISON.format(label=label),
                parties=election.parties,
                retrieve=retrieve,
                classify=classify,
                refusal=refusal,
                election_id=key,
                options=options,
            )
            comparison_ms.append((time.perf_counter() - started) * 1000)
            listed = [s.party_id for s in answer.sections]
            complete += sorted(listed) == sorted(p.id for p in election.parties) and len(set(listed)) == len(
                listed
            )
            if answer.parties_order:
                firsts[answer.parties_order[0]] += 1
            by_n = {c.n: c for c in answer.citations}
            for section in answer.sections:
                sections += 1
                nothing += not section.found
                target = election.pair_passage.get((section.party_id or "", label))
                own += any(by_n[n].passage_id == target for s in section.sentences for n in s.citations)
        counts = [firsts.get(p.id, 0) for p in election.parties]
        lines.append(
            f"| {key} | {len(election.theses)} | {complete}/{len(election.theses)} | {own}/{sections} "
            f"({100 * own / max(sections, 1):.1f} %) | {nothing} | {min(counts)}–{max(counts)} |"
        )
    sample = [(key, q) for key in TARGETS for *_, q in questions[key]][::LATENCY_EVERY]
    full_ms: list[float] = []
    classifier_ms: list[float] = []
    for key, question in sample:
        # each timed call embeds the question afresh, as for a question the server has not seen
        clear_caches()
        started = time.perf_counter()
        classify(question, names=tuple(n for party in elections[key].parties for n in party.names()))
        classifier_ms.append((time.perf_counter() - started) * 1000)
        clear_caches()
        started = time.perf_counter()
        answer_question(
            question,
            parties=elections[key].parties,
            retrieve=retrieve,
            classify=classify,
            refusal=refusal,
            election_id=key,
            options=options,
        )
        full_ms.append((time.perf_counter() - started) * 1000)
    lines += [
        "",
        "First-place counts: with 38 questions and 34–38 parties, a uniform shuffle gives each party ~1 first place; "
        "the order-fairness property over many questions is tested in `tests/core/test_answers_comparison.py`.",
        "",
        "### Latency in process (extractive, one thread)",
        "",
        "| question type | n | p50 | p95 | max |",
        "|---|---:|---:|---:|---:|",
        f"| party position, full pipeline incl. one `classify()` call | {len(full_ms)} | "
        f"{percentile(full_ms, 50):.1f} ms | {percentile(full_ms, 95):.1f} ms | {max(full_ms):.1f} ms |",
        "| — of which `classify()` alone (the rules: a framed question's answerable rule decides alone, nothing is "
        f"embedded, ADR 0032) | {len(classifier_ms)} | "
        f"{percentile(classifier_ms, 50):.1f} ms | {percentile(classifier_ms, 95):.1f} ms | {max(classifier_ms):.1f} ms |",
        f"| party position without the classifier (analysis + search + composer), all pairs | {len(latencies)} | "
        f"{percentile(latencies, 50):.1f} ms | {percentile(latencies, 95):.1f} ms | {max(latencies):.1f} ms |",
        f"| comparison (one search per party, 34–38 parties) | {len(comparison_ms)} | "
        f"{percentile(comparison_ms, 50):.1f} ms | {percentile(comparison_ms, 95):.1f} ms | {max(comparison_ms):.1f} ms |",
        "",
        f"Goal (party questions, ≥ 10,000 passages): p50 ≤ 20 ms, p95 ≤ 60 ms. Load average during the run: "
        f"{_load()}. Mean party question without classifier: {statistics.mean(latencies):.1f} ms. The two timed "
        "calls of the sample start with empty text caches of the embedder, so each embeds the question afresh (until "
        "session 4 the `classify()` line reused the batch's cached embedding).",
    ]
    lines += llm_section(
        [(key, q) for key in TARGETS for *_, q in questions[key]][::LLM_EVERY], elections, retrieve
    )
    return "\n".join(lines)


def llm_section(sample: list[tuple[str, str]], elections: dict[str, Election], retrieve: Any) -> list[str]:
    """Time to first token and total time of the LLM composer, and how often its answer survives the verifier.

    Runs only when ``COMMUNS_BENCH_LLM_URL`` names an OpenAI-compatible endpoint (e.g. the local model started by
    ``communs.core.llm.local_model.start_local_server``, ``http://127.0.0.1:8765``); model from
    ``COMMUNS_BENCH_LLM_MODEL``."""
    import os

    from communs.core.answers import analyse, compose_extractive
    from communs.core.answers.prompt import build_messages
    from communs.core.llm import LLMError, OpenAICompatibleBackend

    header = ["", "### With an LLM (time to first token, total, verified share)", ""]
    url = os.environ.get("COMMUNS_BENCH_LLM_URL", "")
    if not url:
        return header + [
            "Not measured in this run: set `COMMUNS_BENCH_LLM_URL` (and `COMMUNS_BENCH_LLM_MODEL`) to an "
            "OpenAI-compatible endpoint, e.g. the `local-llm` extra's llama.cpp server, and re-run."
        ]
    backend = OpenAICompatibleBackend(url, os.environ.get("COMMUNS_BENCH_LLM_MODEL", "default"), timeout=120)
    from communs.core.neutrality import classify, refusal

    first: list[float] = []
    total: list[float] = []
    served = errors = 0
    for key, question in sample:
        parties = elections[key].parties
        composition = compose_extractive(
            question, analyse(question, parties, default_language="de"), parties, retrieve, election_id=key
        )
        try:
            streamed = backend.complete_streamed(build_messages(question, composition.relevant[:6], "de"))
        except LLMError:
            errors += 1
            continue
        first.append(1000 * (streamed.first_token_s or 0.0))
        total.append(1000 * (streamed.total_s or 0.0))
        answer = answer_question(
            question,
            parties=parties,
            retrieve=retrieve,
            classify=classify,
            refusal=refusal,
            election_id=key,
            llm=backend,
            options=AnswerOptions(default_language="de"),
        )
        served += answer.composer == "llm"
    if not first:
        return header + [f"The endpoint {url} failed on all {len(sample)} questions."]
    return header + [
        f"Endpoint `{url}`, model `{backend.model}`, {len(sample)} party questions ({errors} errors).",
        "",
        "| measure | p50 | p95 |",
        "|---|---:|---:|",
        f"| time to first token (streamed) | {percentile(first, 50):.0f} ms | {percentile(first, 95):.0f} ms |",
        f"| total | {percentile(total, 50):.0f} ms | {percentile(total, 95):.0f} ms |",
        "",
        f"Answers served from the LLM after verification: {served}/{len(sample)}; the rest fell back to the "
        "extractive answer.",
    ]
