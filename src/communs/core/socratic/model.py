"""The small model of the leading-question detector: logistic regression on sentence embeddings.

Features: the multilingual USE embedding of the question (512 dims, :mod:`communs.core.search.embeddings`).
Fitted with scikit-learn's ``LogisticRegression`` (L-BFGS, deterministic, balanced classes) on the TRAIN split only;
the weights ship as ``data/model.json`` and prediction is a dot product in numpy (no scikit-learn at run time).
``train_model()`` reproduces the shipped weights (``communs socratic retrain`` writes them; a test checks they match).

The model is deliberately independent of the rules and the detector takes their union (see :mod:`detector`): the
rules were written while reading the TRAIN split, so a model stacked on top of them learns from in-sample rule
features that look perfect and ends up ignoring the embedding — the textbook stacking mistake (Wolpert 1992;
out-of-fold base predictions are required, and hand-written rules have none). ``fit(..., use_rules=True)`` is kept
for that comparison in the benchmark.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from communs.core.socratic.dataset import TRAIN_FILE, LabelledQuestion, train_questions
from communs.core.socratic.rules import SIGNALS, rule_hits

MODEL_FILE = "data/model.json"
EMBEDDER = "use-multilingual"
C = 1.0  # inverse L2 strength; scikit-learn's default, not tuned


@dataclass(frozen=True)
class LeadingModel:
    """Weights of the fitted model; ``use_embedding``/``use_rules`` say which features it reads."""

    coef: np.ndarray
    intercept: float
    use_embedding: bool
    use_rules: bool
    threshold: float = 0.5

    def probability(self, embeddings: np.ndarray | None, signals: np.ndarray) -> np.ndarray:
        """P(leading) for rows of embeddings (n, 512) and rule signals (n, len(SIGNALS))."""
        x = _stack(embeddings, signals, self.use_embedding, self.use_rules)
        return 1.0 / (1.0 + np.exp(-(x @ self.coef + self.intercept)))

    def to_json(self, train_sha: str, n_train: int) -> dict[str, object]:
        return {
            "embedder": EMBEDDER, "signals": list(SIGNALS), "use_embedding": self.use_embedding,
            "use_rules": self.use_rules, "threshold": self.threshold, "C": C, "train_sha256": train_sha,
            "n_train": n_train, "intercept": round(float(self.intercept), 8),
            "coef": [round(float(v), 8) for v in self.coef],
        }


def _stack(embeddings: np.ndarray | None, signals: np.ndarray, use_embedding: bool, use_rules: bool) -> np.ndarray:
    parts = []
    if use_embedding:
        if embeddings is None:
            raise ValueError("this model needs embeddings")
        parts.append(np.asarray(embeddings, dtype=np.float64))
    if use_rules:
        parts.append(np.asarray(signals, dtype=np.float64))
    return np.hstack(parts)


def signal_matrix(texts: Sequence[str], languages: Sequence[str]) -> np.ndarray:
    """Binary matrix (n, len(SIGNALS)): which rule families fire on each question."""
    out = np.zeros((len(texts), len(SIGNALS)), dtype=np.float64)
    index = {s: i for i, s in enumerate(SIGNALS)}
    for row, (text, lang) in enumerate(zip(texts, languages, strict=True)):
        for hit in rule_hits(text, lang):
            out[row, index[hit.signal]] = 1.0
    return out


def embed(texts: Sequence[str]) -> np.ndarray:
    from communs.core.search.embeddings import get_embedder

    return get_embedder(EMBEDDER).embed(list(texts))


def fit(
    questions: Sequence[LabelledQuestion], *, use_embedding: bool = True, use_rules: bool = True,
    embeddings: np.ndarray | None = None,
) -> LeadingModel:
    """Fit the logistic regression on ``questions`` (pass precomputed ``embeddings`` to save time)."""
    from sklearn.linear_model import LogisticRegression

    texts = [q.text for q in questions]
    y = np.array([int(q.leading) for q in questions])
    if use_embedding and embeddings is None:
        embeddings = embed(texts)
    signals = signal_matrix(texts, [q.language for q in questions])
    x = _stack(embeddings, signals, use_embedding, use_rules)
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, class_weight="balanced")
    clf.fit(x, y)
    return LeadingModel(clf.coef_[0].astype(np.float64), float(clf.intercept_[0]), use_embedding, use_rules)


def train_sha() -> str:
    data = resources.files(__package__).joinpath(TRAIN_FILE).read_bytes()
    return hashlib.sha256(data).hexdigest()


def train_model() -> dict[str, object]:
    """Fit the shipped model on the TRAIN split and return its JSON form (what ``data/model.json`` holds)."""
    questions = train_questions()
    model = fit(questions, use_rules=False)
    return model.to_json(train_sha(), len(questions))


def write_model(path: Path | None = None) -> Path:
    """Retrain and write the weights (default: the package's ``data/model.json``)."""
    target = path or Path(__file__).resolve().parent / MODEL_FILE
    target.write_text(json.dumps(train_model(), indent=0) + "\n", encoding="utf-8")
    return target


@lru_cache(maxsize=1)
def shipped_model() -> LeadingModel | None:
    """The model in ``data/model.json``, or None when the file is absent."""
    ref = resources.files(__package__).joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    raw = json.loads(ref.read_text("utf-8"))
    if list(raw["signals"]) != list(SIGNALS):
        raise ValueError("data/model.json was trained with other rule signals: run `communs socratic retrain`")
    return LeadingModel(np.array(raw["coef"], dtype=np.float64), float(raw["intercept"]), bool(raw["use_embedding"]),
                        bool(raw["use_rules"]), float(raw.get("threshold", 0.5)))
