"""The labelled questions and the stance-balanced contributions written for the Socratic step.

- ``data/questions_train.jsonl`` (in the package): the TRAIN split the detector's model is fitted on.
- ``tests/data/socratic/questions_eval.jsonl`` (in the repository, not shipped): the EVAL split, never trained on.
  Questions were split by *topic group* (every language of one topic goes to the same side) so that an evaluation
  question is never a translation or paraphrase of a training one.
- ``tests/data/socratic/contributions_mirrored.jsonl``: pairs of contributions for X / against X for the symmetry
  figure.

Question lines: ``{"id", "language", "group", "leading": bool, "text"}`` (+ ``"batch"``: eval questions marked
``holdout-after-freeze`` were written after the detector's design was settled and were never used to change its
rules, model or data; later TRAIN additions and rules came from TRAIN questions only). Contribution lines:
``{"id", "pair", "stance": "for"|"against", "language", "topic", "text"}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[4]
EVAL_DIR = REPO_ROOT / "tests" / "data" / "socratic"
TRAIN_FILE = "data/questions_train.jsonl"


@dataclass(frozen=True)
class LabelledQuestion:
    id: str
    language: str
    group: str
    leading: bool
    text: str
    batch: str = "main"


def _parse(lines: list[str], origin: str) -> list[LabelledQuestion]:
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out.append(LabelledQuestion(str(obj["id"]), obj["language"], obj["group"], bool(obj["leading"]),
                                        obj["text"], obj.get("batch", "main")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{origin}:{number}: bad labelled question ({exc})") from exc
    return out


def train_questions() -> list[LabelledQuestion]:
    """The TRAIN split shipped with the package."""
    text = resources.files(__package__).joinpath(TRAIN_FILE).read_text("utf-8")
    return _parse(text.splitlines(), TRAIN_FILE)


def eval_questions(path: Path | None = None) -> list[LabelledQuestion]:
    """The EVAL split (repository checkout only); raises FileNotFoundError outside a checkout."""
    path = path or EVAL_DIR / "questions_eval.jsonl"
    return _parse(path.read_text("utf-8").splitlines(), str(path))


def mirrored_contributions(path: Path | None = None) -> list[dict[str, str]]:
    """The stance-balanced contributions (pairs for X / against X)."""
    path = path or EVAL_DIR / "contributions_mirrored.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
