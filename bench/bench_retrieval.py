"""Retrieval quality and speed of the core hybrid search on real Wahl-O-Mat data, with bm25s as the speed peer.

Quality (``bench/retrieval_data.py``): every party justification of the 2021 federal Wahl-O-Mat is a passage of its
party; each (party, thesis) pair asks "Was sagt <party> zu: <thesis>?" with and without the party filter; a hit is
the party's justification of that thesis. Cross-lingual: the same questions in English and French from our own
translations of all theses of 2021/deutschland and 2024/europa (76 theses, ``bench/data/``) against the German
passages. Each passage carries its party's short and long name as BM25 context, as the platform indexes
a passage with its party's names and source title (``PassageRecord.context``). Speed: every justification of 2021/deutschland and of every Wahl-O-Mat election 2022-2025 in one index, the 2021 questions as
queries, our search and ``bm25s`` (same corpus, same queries, same process) timed one query at a time.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from bench.retrieval_data import (
    MIN_WORDS,
    QUAL_O_MAT,
    Election,
    election_dirs,
    load_election,
    queries,
    translations,
)
from bench.retrieval_eval import Recall, evaluate
from bench.retrieval_vectors import cached_vectors, embedding_rate
from communs.core.search.embeddings import Embedder, get_embedder
from communs.core.search.index import HybridIndex

MAIN = "2021/deutschland"
CROSS = ("2021/deutschland", "2024/europa")
SPEED_FROM_YEAR = 2022  # every election from this year on, plus MAIN: >= 10,000 passages
LATENCY_QUERIES = 600


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def quantiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return 1000 * ordered[len(ordered) // 2], 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def recall_row(label: str, r: Recall) -> str:
    return f"| {label} | {pct(r.r1)} | {pct(r.r5)} | {r.spread5:.1f} | {r.n} |"


def quality(embedder: Embedder, election: Election, vectors: np.ndarray) -> tuple[list[str], dict[str, Recall]]:
    qs = queries(election)
    qv = embedder.embed([q.text for q in qs])
    full = HybridIndex(election.passages, vectors)
    no_grams = HybridIndex(election.passages, vectors, grams=False)
    no_prf = HybridIndex(election.passages, vectors, feedback_depth=0)
    no_context = HybridIndex([replace(p, context="") for p in election.passages], vectors)
    runs: list[tuple[str, HybridIndex, dict[str, object]]] = [
        ("BM25", full, {"mode": "bm25"}),
        ("dense (+ vector PRF)", full, {"mode": "dense"}),
        ("hybrid, score fusion (default)", full, {"mode": "hybrid", "fusion": "score"}),
        ("hybrid, RRF", full, {"mode": "hybrid", "fusion": "rrf"}),
    ]
    ablations: list[tuple[str, HybridIndex, dict[str, object]]] = [
        ("BM25 without German grams", no_grams, {"mode": "bm25"}),
        ("hybrid without German grams", no_grams, {"mode": "hybrid"}),
        ("dense without PRF", no_prf, {"mode": "dense"}),
        ("hybrid without PRF", no_prf, {"mode": "hybrid"}),
        ("hybrid, RRF, without PRF", no_prf, {"mode": "hybrid", "fusion": "rrf"}),
        ("BM25 without party names as context", no_context, {"mode": "bm25"}),
        ("hybrid without party names as context", no_context, {"mode": "hybrid"}),
    ]
    lines = ["| run | Recall@1 | Recall@5 | spread of R@5 between parties (points) | queries |", "|---|---|---|---|---|"]
    results: dict[str, Recall] = {}
    for filtered in (True, False):
        for label, index, kw in runs:
            r = evaluate(index, qs, qv, filtered=filtered, **kw)  # type: ignore[arg-type]
            name = f"{label}, {'party filter' if filtered else 'no filter'}"
            results[name] = r
            lines.append(recall_row(name, r))
            log(f"  {name}: R@1 {pct(r.r1)} R@5 {pct(r.r5)}")
    for label, index, kw in ablations:
        for filtered in (True, False) if "context" in label else (True,):
            r = evaluate(index, qs, qv, filtered=filtered, **kw)  # type: ignore[arg-type]
            name = f"{label}, {'party filter' if filtered else 'no filter'}"
            results[name] = r
            lines.append(recall_row(f"ablation: {name}", r))
            log(f"  {name}: R@1 {pct(r.r1)} R@5 {pct(r.r5)}")
    return lines, results


def per_party_table(election: Election, r: Recall) -> list[str]:
    lines = ["| party | Recall@1 | Recall@5 | queries |", "|---|---|---|---|"]
    for party, (r1, r5, n) in sorted(r.per_party.items(), key=lambda kv: (kv[1][1], kv[1][0])):
        lines.append(f"| {election.party_names[party]} | {pct(r1)} | {pct(r5)} | {n} |")
    return lines


def cross_lingual(embedder: Embedder, elections: dict[str, Election], vectors: dict[str, np.ndarray]) -> list[str]:
    lines = [
        "| election | query language | run | Recall@1 | Recall@5 | spread (points) | queries |",
        "|---|---|---|---|---|---|---|",
    ]
    for key in CROSS:
        election = elections[key]
        index = HybridIndex(election.passages, vectors[key])
        texts = translations(key)
        for lang in ("de", "en", "fr"):
            qs = queries(election) if lang == "de" else queries(election, lang, texts[lang])
            qv = embedder.embed([q.text for q in qs])
            runs: list[tuple[str, dict[str, object]]] = [
                ("BM25", {"mode": "bm25"}),
                ("dense", {"mode": "dense"}),
                ("hybrid, score fusion", {"mode": "hybrid"}),
                ("hybrid, RRF", {"mode": "hybrid", "fusion": "rrf"}),
            ]
            if lang != "de":
                runs.append(("hybrid, query analysed in its own language only", {"mode": "hybrid", "languages": "query"}))
            for label, kw in runs:
                r = evaluate(index, qs, qv, filtered=True, **kw)  # type: ignore[arg-type]
                lines.append(f"| {key} | {lang} | {label} | {pct(r.r1)} | {pct(r.r5)} | {r.spread5:.1f} | {r.n} |")
                log(f"  {key} {lang} {label}: R@5 {pct(r.r5)}")
    return lines


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def speed(embedder: Embedder, corpus: list[Election], main: Election) -> list[str]:
    import os

    import bm25s
    import Stemmer

    load_before = os.getloadavg()[0]
    passages = [p for e in corpus for p in e.passages]
    texts = [p.text for p in passages]
    log(f"  speed corpus: {len(passages)} passages")
    vectors = cached_vectors(embedder, texts)
    rng = np.random.default_rng(0)
    sample = [texts[i] for i in rng.choice(len(texts), size=min(512, len(texts)), replace=False)]
    rate, timed_n = embedding_rate(embedder, sample)

    build_s = timed(lambda: HybridIndex(passages, vectors))
    index = HybridIndex(passages, vectors)
    stemmer = Stemmer.Stemmer("german")
    peer = bm25s.BM25()

    def peer_build() -> None:
        tokens = bm25s.tokenize(texts, stopwords="de", stemmer=stemmer, show_progress=False)
        peer.index(tokens, show_progress=False)

    peer_build_s = timed(peer_build)

    qs = queries(main)
    picks = rng.choice(len(qs), size=min(LATENCY_QUERIES, len(qs)), replace=False)
    chosen = [qs[i] for i in picks]
    party_mask = {p: np.array([r.party == p for r in passages], dtype=bool) for p in {q.party for q in chosen}}
    t: dict[str, list[float]] = {k: [] for k in (
        "embed", "bm25", "dense", "hybrid", "hybrid_total", "hybrid_f", "hybrid_f_total", "peer", "peer_f")}
    for q in chosen:  # warm-up
        index.search(q.text, query_vector=embedder.embed([q.text])[0], k=10)
        break
    for q in chosen:
        start = time.perf_counter()
        vec = embedder.embed([q.text])[0]
        t["embed"].append(time.perf_counter() - start)
        t["bm25"].append(timed(lambda q=q: index.search(q.text, k=10, mode="bm25")))
        t["dense"].append(timed(lambda q=q, vec=vec: index.search(q.text, query_vector=vec, k=10, mode="dense")))
        t["hybrid"].append(timed(lambda q=q, vec=vec: index.search(q.text, query_vector=vec, k=10)))
        t["hybrid_total"].append(t["embed"][-1] + t["hybrid"][-1])
        f = {"party": q.party}
        t["hybrid_f"].append(timed(lambda q=q, vec=vec, f=f: index.search(q.text, query_vector=vec, filters=f, k=10)))
        t["hybrid_f_total"].append(t["embed"][-1] + t["hybrid_f"][-1])

        def peer_query(q=q, mask: np.ndarray | None = None) -> None:
            tokens = bm25s.tokenize([q.text], stopwords="de", stemmer=stemmer, show_progress=False)
            peer.retrieve(tokens, k=10, show_progress=False, n_threads=1, weight_mask=mask)

        t["peer"].append(timed(peer_query))
        t["peer_f"].append(timed(lambda q=q: peer_query(q, party_mask[q.party])))
    rows = [
        ("communs BM25 (analysis + scoring + top-k)", "bm25"),
        ("communs dense (vector PRF, excl. query embedding)", "dense"),
        ("query embedding alone (multilingual USE, 2 threads)", "embed"),
        ("communs hybrid, excl. query embedding", "hybrid"),
        ("**communs hybrid, incl. query embedding**", "hybrid_total"),
        ("communs hybrid + party filter, excl. embedding", "hybrid_f"),
        ("**communs hybrid + party filter, incl. embedding**", "hybrid_f_total"),
        ("bm25s 0.3.16 BM25 (tokenise + retrieve, numpy backend)", "peer"),
        ("bm25s BM25 + party filter (weight_mask)", "peer_f"),
    ]
    embed_share = statistics.median(t["embed"]) / statistics.median(t["hybrid_total"])
    load_after = os.getloadavg()[0]
    lines = [
        f"Corpus: {MAIN} and every Wahl-O-Mat election {SPEED_FROM_YEAR}-2025 in the data ({len(corpus)} elections), "
        f"**{len(passages):,} "
        f"passages** ({sum(len(x) for x in texts) / 1e6:.1f} M characters, German); {len(chosen)} queries "
        f"(random sample of the {MAIN} questions), k = 10, one query at a time.",
        "",
        "| search | p50 ms | p95 ms |",
        "|---|---|---|",
        *[f"| {label} | {quantiles(t[key])[0]:.2f} | {quantiles(t[key])[1]:.2f} |" for label, key in rows],
        "",
        f"Query embedding is {100 * embed_share:.0f} % of the median hybrid latency. Load average of the 2-core "
        f"machine (other jobs included) when the speed runs started / ended: {load_before:.1f} / {load_after:.1f}.",
        "",
        "| build | passages/s |",
        "|---|---|",
        f"| communs index build (analysis, BM25 matrix, metadata; vectors given) | {len(passages) / build_s:,.0f} |",
        f"| bm25s tokenise + index (same texts) | {len(passages) / peer_build_s:,.0f} |",
        f"| passage embedding (multilingual USE, 2 threads, {timed_n} random passages, never cached) | {rate:,.0f} |",
    ]
    return lines


def main(argv: list[str]) -> str:
    if not QUAL_O_MAT.exists():
        return f"## Retrieval (Wahl-O-Mat)\n\nSkipped: the real data folder {QUAL_O_MAT} is absent.\n"
    embedder = get_embedder("use-multilingual", threads=2)
    all_elections = {f"{d.parent.name}/{d.name}": d for d in election_dirs()}
    elections = {key: load_election(all_elections[key]) for key in CROSS}
    main_election = elections[MAIN]
    vectors = {key: cached_vectors(embedder, [p.text for p in e.passages]) for key, e in elections.items()}
    log("quality")
    q_lines, results = quality(embedder, main_election, vectors[MAIN])
    log("cross-lingual")
    x_lines = cross_lingual(embedder, elections, vectors)
    log("speed")
    corpus = [main_election, *(
        load_election(d) for key, d in sorted(all_elections.items())
        if int(key.split("/")[0]) >= SPEED_FROM_YEAR and key not in elections
    ), elections["2024/europa"]]
    s_lines = speed(embedder, corpus, main_election)
    hybrid = results["hybrid, score fusion (default), party filter"]
    out = [
        "## Retrieval (Wahl-O-Mat 2021, hybrid search)",
        "",
        f"Data: `qual-o-mat/data/{MAIN}`: {len(main_election.passages)} party justifications as passages "
        f"({main_election.excluded} opinions excluded: empty or under {MIN_WORDS} words; "
        f"{main_election.duplicate_pairs} (party, thesis) pairs whose justification text the party used for "
        "several theses count any of those identical passages as a hit). Party filter = exact party match.",
        "",
        f"**Headline: hybrid Recall@5 with the party filter = {pct(hybrid.r5)} % (goal ≥ 95), Recall@1 = "
        f"{pct(hybrid.r1)} %, spread between parties {hybrid.spread5:.1f} points (goal ≤ 3).**",
        "",
        "### German questions",
        "",
        *q_lines,
        "",
        "### Per party (hybrid, score fusion, party filter), worst first",
        "",
        *per_party_table(main_election, hybrid),
        "",
        "### Cross-lingual (our translations of all 76 theses of 2021/deutschland and 2024/europa; party filter)",
        "",
        *x_lines,
        "",
        "### Speed, side by side with bm25s",
        "",
        *s_lines,
        "",
        "Parameters are textbook defaults, not tuned on this set: BM25 k1 = 1.2, b = 0.75; German character 4-grams; "
        "vector PRF depth 10, beta 0.75 (Anserini's Rocchio defaults); score fusion alpha = 0.5 with theoretical "
        "normalisation; RRF k = 60. The load averages above say how busy the 2 cores were: above 2, other jobs shared "
        "them, which inflates latencies and lowers throughputs.",
    ]
    return "\n".join(out) + "\n"
