"""The embedding model: a multinomial logistic regression over sentence embeddings, run as a numpy dot product.

Training uses scikit-learn (``LogisticRegression``, lbfgs, class-weighted so small categories count); the fitted
coefficients are shipped as ``data/model.npz`` together with the label list, the embedder's name, the decision
thresholds chosen on a validation split of the TRAIN data, and a hash of the training file. Classifying needs numpy
only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communs.core.neutrality.policy import REFUSE_CATEGORIES

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA_DIR / "model.npz"
TRAIN_PATH = DATA_DIR / "train.jsonl"


@dataclass(frozen=True)
class LinearModel:
    """Softmax(x @ coef.T + intercept) over ``labels``; ``threshold`` is the refusal-mass cut-off."""

    labels: tuple[str, ...]
    coef: np.ndarray  # (n_labels, dim) float32
    intercept: np.ndarray  # (n_labels,) float32
    embedder: str
    threshold: float
    cue_threshold: float
    train_sha256: str
    c: float

    @property
    def refuse_mask(self) -> np.ndarray:
        return np.array([label in REFUSE_CATEGORIES for label in self.labels])

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities, shape (n, n_labels)."""
        logits = np.asarray(vectors, dtype=np.float32) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path = MODEL_PATH) -> None:
        np.savez_compressed(
            path, labels=np.array(self.labels), coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32), embedder=np.array(self.embedder),
            threshold=np.array(self.threshold), cue_threshold=np.array(self.cue_threshold),
            train_sha256=np.array(self.train_sha256), c=np.array(self.c),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearModel:
        if not Path(path).exists():
            raise FileNotFoundError(f"neutrality model {path} is missing: run `communs guard train`")
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(str(x) for x in data["labels"]), coef=data["coef"], intercept=data["intercept"],
                embedder=str(data["embedder"]), threshold=float(data["threshold"]),
                cue_threshold=float(data["cue_threshold"]), train_sha256=str(data["train_sha256"]),
                c=float(data["c"]),
            )


def fit_logistic(vectors: np.ndarray, labels: Sequence[str], c: float) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Fit the multinomial, class-weighted logistic regression; returns (labels, coef, intercept)."""
    from sklearn.linear_model import LogisticRegression  # training-time dependency only

    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, tol=1e-8)
    clf.fit(np.asarray(vectors, dtype=np.float64), list(labels))
    return tuple(str(x) for x in clf.classes_), clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)
