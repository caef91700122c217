"""## Topics: stability, cross-lingual clustering, real free-text consultations

Measures ``communs.core.topics.find_topics`` on real data from ../shared/data:
- Grand Débat National (3,000 French free-text answers): k, sizes, labels; stability = ARI between the clustering of
  the input and of a shuffled input with another seed (goal ≥ 0.95).
- CIP Global Dialogues GD6UK (3,028 English "thoughts" answering 3 questions): stability, and the ARI between topic
  clusters and the question answered (a sanity check that topics follow content).
- ProbVAA (VAA statements from 7 countries with DeepL translations): the same statements in French, German and
  English clustered together; share of statements whose three language versions fall in one topic, and the ARI
  between clusters and language (0 = language does not drive clusters), with and without language centering.
"""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score

from communs.core.search.embeddings import get_embedder
from communs.core.topics import find_topics
from communs.core.topics.cluster import center_languages, cluster

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _stability(ids: list[str], texts: list[str], langs: list[str], vectors: np.ndarray) -> tuple[float, object, float]:
    t0 = time.perf_counter()
    first = find_topics(ids, texts, embedder=get_embedder(), languages=langs, vectors=vectors, seed=0)
    seconds = time.perf_counter() - t0
    perm = list(range(len(ids)))
    random.Random(2026).shuffle(perm)
    second = find_topics(
        [ids[i] for i in perm], [texts[i] for i in perm], embedder=get_embedder(),
        languages=[langs[i] for i in perm], vectors=vectors[perm], seed=12345,
    )
    ari = adjusted_rand_score([first.labels[i] for i in ids], [second.labels[i] for i in ids])
    return float(ari), first, seconds


def _grand_debat(lines: list[str]) -> None:
    path = DATA / "deliberation-grand-debat-national" / "ECO_01_sample3000.csv"
    if not path.exists():
        lines.append(f"- Grand Débat: data absent ({path}), skipped.\n")
        return
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["answer"].strip()]
    ids, texts = [r["id"] for r in rows], [r["answer"] for r in rows]
    t0 = time.perf_counter()
    vectors = get_embedder().embed(texts)
    embed_s = time.perf_counter() - t0
    ari, result, seconds = _stability(ids, texts, ["fr"] * len(ids), vectors)
    lines.append(f"### Grand Débat National (ECO_01, {len(ids)} French answers)\n")
    lines.append(f"- embedding {embed_s:.1f} s; clustering + labels {seconds:.2f} s; k = {result.k}")
    lines.append(f"- stability (shuffled input, another seed): ARI = **{ari:.3f}** (goal ≥ 0.95)\n")
    lines.append("| topic | size | distinctive terms (fr) |\n|---|---|---|")
    for topic in result.topics:
        lines.append(f"| {topic.id} | {topic.size} | {', '.join(topic.terms.get('fr', []))} |")
    lines.append("")


def _cip(lines: list[str]) -> None:
    path = DATA / "deliberation-cip-global-dialogues" / "GD6UK" / "GD6UK_verbatim_map.csv"
    if not path.exists():
        lines.append(f"- CIP Global Dialogues: data absent ({path}), skipped.\n")
        return
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if (r.get("Thought Text") or "").strip()]
    seen: set[str] = set()
    unique = []
    for r in rows:
        if r["Thought ID"] not in seen:
            seen.add(r["Thought ID"])
            unique.append(r)
    ids, texts = [r["Thought ID"] for r in unique], [r["Thought Text"] for r in unique]
    questions = [r["Question ID"] for r in unique]
    vectors = get_embedder().embed(texts)
    ari, result, seconds = _stability(ids, texts, ["en"] * len(ids), vectors)
    by_id = dict(zip(ids, questions, strict=True))
    q_ari = adjusted_rand_score([by_id[i] for i in result.ids], [result.labels[i] for i in result.ids])
    lines.append(f"### CIP Global Dialogues GD6UK ({len(ids)} English thoughts, {len(set(questions))} questions)\n")
    lines.append(f"- clustering + labels {seconds:.2f} s; k = {result.k}; stability ARI = **{ari:.3f}**")
    lines.append(f"- ARI between topics and the question answered: {q_ari:.3f}\n")
    lines.append("| topic | size | distinctive terms (en) |\n|---|---|---|")
    for topic in result.topics:
        lines.append(f"| {topic.id} | {topic.size} | {', '.join(topic.terms.get('en', []))} |")
    lines.append("")


def _probvaa(lines: list[str]) -> None:
    path = DATA / "llm-bias-probvaa" / "vaa" / "probvaa.csv"
    if not path.exists():
        lines.append(f"- ProbVAA: data absent ({path}), skipped.\n")
        return
    items: dict[tuple[str, str], dict[str, str]] = {}
    for row in csv.DictReader(path.open(encoding="utf-8")):
        country, statement, flags, lang = row["ID"].split("_")
        # flags: original|question|paraphrase|opposite|negation|country-agnostic|translation
        if flags[0] != "1" or flags[2] != "0" or flags[3] != "0" or flags[4] != "0" or lang not in {"fr", "de", "en"}:
            continue
        items.setdefault((country, statement), {})[lang] = row["statement"]
    groups = [key for key, langs in items.items() if {"fr", "de", "en"} <= set(langs)]
    ids, texts, langs, group_of = [], [], [], []
    for key in groups:
        for lang in ("fr", "de", "en"):
            ids.append(f"{key[0]}_{key[1]}_{lang}")
            texts.append(items[key][lang])
            langs.append(lang)
            group_of.append(key)
    vectors = get_embedder().embed(texts)
    lines.append(f"### ProbVAA cross-lingual ({len(groups)} statements × fr/de/en = {len(ids)} texts)\n")
    lines.append("| variant | k | statements with all 3 languages in one topic | ARI(topic, language) |\n|---|---|---|---|")
    for label, centred in (("raw embeddings", False), ("language-centred (default)", True)):
        v = center_languages(vectors, langs) if centred else vectors
        order = np.arange(len(ids))
        labels, k, _ = cluster(v[order], k=None, k_range=range(4, 13), seed=0)
        together = 0
        for g in range(len(groups)):
            if len({int(labels[3 * g + j]) for j in range(3)}) == 1:
                together += 1
        lang_ari = adjusted_rand_score(langs, labels)
        lines.append(f"| {label} | {k} | {together / len(groups):.1%} | {lang_ari:.3f} |")
    lines.append("")


def main(argv: list[str]) -> str:
    lines = [__doc__.strip().splitlines()[0], "", "\n".join(__doc__.strip().splitlines()[2:]), ""]
    for part in (_grand_debat, _cip, _probvaa):
        part(lines)
    return "\n".join(lines)
