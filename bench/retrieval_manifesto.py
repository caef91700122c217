"""Development corpora of another shape than the Wahl-O-Mat: programme proposals and multilingual programmes.

The Wahl-O-Mat is a corpus of *parallel answers*: every party answers the same theses, so every passage has
counterparts in every other party, and a passage close to everything is a content-free answer ("Wir stimmen zu.").
Programmes are not like that: a passage on a topic several parties cover is close to its counterparts because the
topic is common, not because the passage says nothing. Steps chosen on the Wahl-O-Mat alone (the neighbour smoothing
and the hubness correction of ``communs.core.search.neighbours``) are therefore also measured here, under the same
party-filtered protocol (Recall@1 / Recall@5 of the party's passages on the topic):

- **fr-presidentielle-2022** (``../shared/data/fr-presidentielle-2022-propositions``, real): the candidate
  proposals of 12 candidates, each filed under one of 44 sub-themes by the comparator that published them; query =
  the sub-theme's name ("Retraites", "Énergie nucléaire"), party filter = the candidate, relevant = that candidate's
  proposals in that sub-theme. The passages carry no heading, so the sub-theme's name is found by content alone.
- **the demo election** (written for this project; fr/de/en): the five demo programmes split as the platform splits
  them, each passage's topic = the index of its section heading in its programme (the same in the three languages;
  passages under the programme's title alone are left out); query =
  a heading ("Transport", "Verkehr", "Transports"), relevant = that party's passages under that topic in any
  language; headings are left out of the index, so the topic is found by content alone, across languages.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from bench.retrieval_data import Query
from bench.retrieval_eval import evaluate, query_vectors
from bench.retrieval_vectors import cached_vectors
from communs.core.search.embeddings import Embedder
from communs.core.search.index import HybridIndex, PassageRecord
from communs.core.sources import convert, split_passages

ROOT = Path(__file__).resolve().parents[1]
PROPOSALS = ROOT.parent / "shared" / "data" / "fr-presidentielle-2022-propositions" / "propositions.csv"
DEMO = ROOT / "src" / "communs" / "demo" / "sources" / "programmes"
UNKNOWN = "non encore connue"  # "Proposition non encore connue": no proposal yet

CONFIGS: list[tuple[str, dict[str, float], str]] = [
    ("default (smoothing, hubness correction gamma = 0.5)", {}, "hybrid"),
    ("hubness correction gamma = 1.0 (session-2 value)", {"hubness": 1.0}, "hybrid"),
    ("no hubness correction", {"hubness": 0.0}, "hybrid"),
    ("no smoothing, no hubness correction", {"hubness": 0.0, "smoothing": 0.0}, "hybrid"),
    ("dense, default", {}, "dense"),
    ("dense, hubness correction gamma = 1.0", {"hubness": 1.0}, "dense"),
    ("BM25, default", {}, "bm25"),
]


def proposals_corpus() -> tuple[list[PassageRecord], list[Query]] | None:
    if not PROPOSALS.exists():
        return None
    with PROPOSALS.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="|") if r["Proposition"].strip()
                and UNKNOWN not in r["Proposition"]]
    records = [PassageRecord(id=str(i), text=r["Proposition"].strip(), language="fr",
                             party=" ".join(r["Candidate"].split()), source=" ".join(r["Candidate"].split()))
               for i, r in enumerate(rows)]
    relevant: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec, row in zip(records, rows, strict=True):
        relevant[(rec.party, " ".join(row["Sub-theme"].split()))].add(rec.id)
    queries = [Query(text=theme, party=party, party_name=party, statement=0, relevant=frozenset(ids), language="fr")
               for (party, theme), ids in sorted(relevant.items())]
    return records, queries


def demo_corpus() -> tuple[list[PassageRecord], list[Query]]:
    records: list[PassageRecord] = []
    relevant: dict[tuple[str, int], set[str]] = defaultdict(set)
    headings: dict[tuple[str, int, str], str] = {}
    for path in sorted(p for p in DEMO.iterdir() if p.suffix in {".md", ".txt", ".pdf"}):
        party, language = path.name.split(".")[:2]
        document = convert(path.read_bytes(), path.name)
        spans = split_passages(document)
        titles: list[str] = []
        # a programme whose sections sit under its title (Markdown, text): the title is no topic
        top = {h.title for h in document.headings if h.level == 1} if any("›" in x.section for x in spans) else set()
        for span in spans:
            title = span.section.split("›")[-1].strip()
            if not title or title in top:
                continue  # the programme's preamble, under its title only
            if title not in titles:
                titles.append(title)
            topic = titles.index(title)
            pid = f"{path.name}#{span.ordinal}"
            records.append(PassageRecord(id=pid, text=span.text, language=language, party=party, source=path.name))
            relevant[(party, topic)].add(pid)
            headings[(party, topic, language)] = title
    queries = [Query(text=title, party=party, party_name=party, statement=topic,
                     relevant=frozenset(relevant[(party, topic)]), language=language)
               for (party, topic, language), title in sorted(headings.items())]
    return records, queries


def _table(embedder: Embedder, records: list[PassageRecord], queries: list[Query]) -> list[str]:
    vectors = cached_vectors(embedder, [r.text for r in records], progress=False)
    lines = ["| configuration | mode | Recall@1 | Recall@5 | queries |", "|---|---|---|---|---|"]
    qv = None
    for label, kw, mode in CONFIGS:
        index = HybridIndex(records, vectors, **kw)  # type: ignore[arg-type]
        if qv is None:
            qv = query_vectors(embedder, index, queries, filtered=True)
        r = evaluate(index, queries, qv if mode != "bm25" else None, mode=mode, filtered=True)
        lines.append(f"| {label} | {mode} | {100 * r.r1:.1f} | {100 * r.r5:.1f} | {r.n} |")
    return lines


def manifesto_development(embedder: Embedder) -> list[str]:
    """The Markdown lines of both development corpora (see the module docstring)."""
    lines = [line for line in (__doc__ or "").split("\n\n", 1)[1].strip().split("\n")]
    proposals = proposals_corpus()
    if proposals is None:
        lines += ["", f"fr-presidentielle-2022: skipped, {PROPOSALS} is absent."]
    else:
        records, queries = proposals
        lines += ["", f"fr-presidentielle-2022: {len(records):,} proposals, {len(queries)} (candidate, sub-theme) "
                  "queries.", "", *_table(embedder, records, queries)]
    records, queries = demo_corpus()
    lines += ["", f"Demo election: {len(records)} passages in fr/de/en, {len(queries)} (party, topic, language) "
              "queries.", "", *_table(embedder, records, queries)]
    return lines
