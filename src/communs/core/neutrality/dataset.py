"""Question sets for the neutrality classifier: loading JSON lines and splitting by paraphrase group."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from communs.core.neutrality.policy import CATEGORIES, decision_for


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    language: str
    decision: str
    category: str
    group: str
    pair: str


def read_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for each non-blank line of a JSON-lines file, gzip-compressed when its name ends in
    ``.gz`` (the shipped training set: 97,731 questions since session 44, ADR 0028)."""
    path = Path(path)
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                yield number, json.loads(line)


def load_questions(path: Path) -> list[Question]:
    """Read a question set (one JSON object per line); checks that categories and decisions agree."""
    out: list[Question] = []
    for number, row in read_rows(path):
        if row["category"] not in CATEGORIES or decision_for(row["category"]) != row["decision"]:
            raise ValueError(f"{path}:{number}: inconsistent category/decision {row['category']}/{row['decision']}")
        out.append(Question(row["id"], row["text"], row["language"], row["decision"], row["category"],
                            row["group"], row.get("pair", row["group"])))
    return out


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def group_split(questions: Iterable[Question], share: float, salt: str) -> tuple[list[Question], list[Question]]:
    """Split by group, per category: the first ``share`` of each category's groups (ordered by a salted SHA-1) go
    to the second list. Paraphrases and translations of one question never straddle the split."""
    questions = list(questions)
    by_cat: dict[str, set[str]] = {}
    for q in questions:
        by_cat.setdefault(q.category, set()).add(q.group)
    held: set[str] = set()
    for groups in by_cat.values():
        ordered = sorted(groups, key=lambda g: hashlib.sha1(f"{salt}|{g}".encode()).hexdigest())
        held.update(ordered[: max(1, round(share * len(ordered)))])
    return [q for q in questions if q.group not in held], [q for q in questions if q.group in held]


def group_folds(questions: Iterable[Question], k: int, salt: str) -> list[int]:
    """A fold number in ``range(k)`` per question: per category, groups ordered by a salted SHA-1 are dealt to the
    folds in turn, so every fold holds whole paraphrase groups of every category."""
    questions = list(questions)
    by_cat: dict[str, set[str]] = {}
    for q in questions:
        by_cat.setdefault(q.category, set()).add(q.group)
    fold_of: dict[str, int] = {}
    for groups in by_cat.values():
        ordered = sorted(groups, key=lambda g: hashlib.sha1(f"{salt}|{g}".encode()).hexdigest())
        for i, g in enumerate(ordered):
            fold_of.setdefault(g, i % k)
    return [fold_of[q.group] for q in questions]
