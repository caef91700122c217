"""Wahl-O-Mat (qual-o-mat) data as a retrieval benchmark: party justifications as passages, theses as queries.

Reads ``../shared/data/qual-o-mat/data/<year>/<election>/`` (party.json, statement.json, opinion.json, comment.json;
see that folder's SOURCE.md). A justification (comment.json, reached through opinion.json) becomes one passage of its
party. Justifications that are empty or shorter than ``MIN_WORDS`` words ("Keine Begründung" style stubs) are
excluded and counted; their (party, thesis) pairs have no answer passage and are not queried. When one party gives
the very same justification text for several theses, each of those passages counts as relevant for each of those
theses (the text cannot tell them apart); the number of such pairs is reported.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from communs.core.search.index import PassageRecord

ROOT = Path(__file__).resolve().parents[1]
QUAL_O_MAT = ROOT.parent / "shared" / "data" / "qual-o-mat" / "data"
TRANSLATIONS = Path(__file__).resolve().parent / "data" / "wahlomat2021_theses_en_fr.jsonl"
MIN_WORDS = 3
TEMPLATES = {
    "de": "Was sagt {party} zu: {thesis}?",
    "en": "What does {party} say about: {thesis}?",
    "fr": "Que dit {party} sur : {thesis} ?",
}
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Query:
    text: str
    party: str  # filter key of the party (election/party id)
    party_name: str
    statement: int
    relevant: frozenset[str]
    language: str = "de"


@dataclass
class Election:
    key: str  # e.g. "2021/deutschland"
    passages: list[PassageRecord] = field(default_factory=list)
    party_names: dict[str, str] = field(default_factory=dict)
    theses: dict[int, str] = field(default_factory=dict)
    answer_of: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)
    excluded: int = 0
    duplicate_pairs: int = 0


def clean(text: str) -> str:
    text = html.unescape(_TAG.sub(" ", text)).strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return re.sub(r"\s+", " ", text).strip()


def election_dirs() -> list[Path]:
    return sorted(p.parent for p in QUAL_O_MAT.glob("*/*/comment.json"))


def load_election(folder: Path) -> Election:
    key = f"{folder.parent.name}/{folder.name}"
    party_rows = json.loads((folder / "party.json").read_text(encoding="utf-8"))
    parties = {p["id"]: p["name"] for p in party_rows}
    # what the platform indexes as a passage's context: its party's names (short and long), see PassageRecord
    context = {p["id"]: " ".join(dict.fromkeys([p["name"], p.get("longname") or p["name"]])) for p in party_rows}
    theses = {s["id"]: s["text"] for s in json.loads((folder / "statement.json").read_text(encoding="utf-8"))}
    comments = {c["id"]: c["text"] for c in json.loads((folder / "comment.json").read_text(encoding="utf-8"))}
    opinions = json.loads((folder / "opinion.json").read_text(encoding="utf-8"))
    election = Election(key=key, theses=theses)
    election.party_names = {f"{key}#{pid}": name for pid, name in parties.items()}
    by_text: dict[tuple[str, str], list[str]] = {}
    pairs: dict[tuple[str, int], str] = {}
    for op in opinions:
        text = clean(comments.get(op.get("comment"), "") or "")
        if len(text.split()) < MIN_WORDS:
            election.excluded += 1
            continue
        party = f"{key}#{op['party']}"
        pid = f"{key}#op{op['id']}"
        election.passages.append(PassageRecord(id=pid, text=text, language="de", party=party, kind="programme",
                                               source=party, context=context.get(op["party"], "")))
        by_text.setdefault((party, text), []).append(pid)
        pairs[(party, op["statement"])] = text
    for (party, statement), text in pairs.items():
        ids = by_text[(party, text)]
        election.answer_of[(party, statement)] = frozenset(ids)
        election.duplicate_pairs += len(ids) > 1
    return election


def queries(election: Election, language: str = "de", theses: dict[int, str] | None = None) -> list[Query]:
    """One query per (party, thesis) pair that has an answer passage; ``theses`` overrides the thesis texts (and
    restricts the queries to those theses) for translated queries."""
    texts = theses if theses is not None else election.theses
    template = TEMPLATES[language]
    out = []
    for (party, statement), relevant in sorted(election.answer_of.items()):
        if statement not in texts:
            continue
        thesis = texts[statement].strip().rstrip(".?! ")
        name = election.party_names[party]
        out.append(Query(template.format(party=name, thesis=thesis), party, name, statement, relevant, language))
    return out


def translations(election_key: str) -> dict[str, dict[int, str]]:
    """Our English and French translations of the election's theses: {"en": {id: text}, "fr": {...}}."""
    out: dict[str, dict[int, str]] = {"en": {}, "fr": {}}
    for line in TRANSLATIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["election"] == election_key:
            for lang in out:
                out[lang][int(row["statement"])] = row[lang]
    return out


def corpus_summary(elections: list[Election]) -> Counter[str]:
    summary: Counter[str] = Counter()
    for e in elections:
        summary["elections"] += 1
        summary["passages"] += len(e.passages)
        summary["excluded"] += e.excluded
        summary["characters"] += sum(len(p.text) for p in e.passages)
    return summary
