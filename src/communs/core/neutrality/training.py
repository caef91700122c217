"""Training the embedding model from the shipped training set (``communs guard train``).

Procedure (deterministic): embed ``data/train.jsonl``; carve a validation split out of it by paraphrase group
(25 % of each category's groups); fit the class-weighted multinomial logistic regression on the rest for each C in
``C_GRID``; with the full combination of :mod:`classifier` (rules + model), pick the C and the refusal threshold
that minimise ``2 x missed refusals + over-refusals + 0.5 x answer/out-of-scope confusions`` on validation (a
missed refusal costs twice an over-refusal: recall comes first, but an assistant that refuses a third of legitimate
questions fails voters too — a 3:1 weight chose thresholds that did exactly that); then refit on all of the training data with that C and save. The evaluation set
(tests/data/neutrality/eval.jsonl) is never read here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from communs.core.neutrality.classifier import combine
from communs.core.neutrality.dataset import Question, file_sha256, group_split, load_questions
from communs.core.neutrality.model import MODEL_PATH, TRAIN_PATH, LinearModel, fit_logistic

C_GRID = (2.0, 8.0)
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.15, 0.91, 0.05))
CUE_THRESHOLD = 0.85
VALIDATION_SHARE = 0.25


def _cost(model: LinearModel, questions: list[Question], probs: np.ndarray) -> float:
    cost = 0.0
    for q, p in zip(questions, probs, strict=True):
        decided = combine(q.text, p, model, q.language).decision
        if q.decision == "refuse" and decided != "refuse":
            cost += 2.0
        elif q.decision != "refuse" and decided == "refuse":
            cost += 1.0
        elif decided != q.decision:
            cost += 0.5
    return cost


def train(train_path: Path = TRAIN_PATH, embedder_name: str = "use-multilingual") -> tuple[LinearModel, dict]:
    """Fit and return the model plus a report of the validation search (does not save)."""
    from communs.core.search.embeddings import get_embedder

    questions = load_questions(train_path)
    embedder = get_embedder(embedder_name)
    vectors = embedder.embed([q.text for q in questions])
    index = {q.id: i for i, q in enumerate(questions)}
    fit_part, val_part = group_split(questions, VALIDATION_SHARE, salt="validation-v1")
    fit_x = vectors[[index[q.id] for q in fit_part]]
    val_x = vectors[[index[q.id] for q in val_part]]
    sha = file_sha256(train_path)
    best: tuple[float, float, float] | None = None
    search = []
    for c in C_GRID:
        labels, coef, intercept = fit_logistic(fit_x, [q.category for q in fit_part], c)
        for t in THRESHOLDS:
            model = LinearModel(labels, coef, intercept, embedder_name, t, max(t, CUE_THRESHOLD), sha, c)
            cost = _cost(model, val_part, model.predict_proba(val_x))
            search.append({"c": c, "threshold": t, "cost": cost})
            if best is None or cost < best[0]:
                best = (cost, c, t)
    assert best is not None
    _, c, threshold = best
    labels, coef, intercept = fit_logistic(vectors, [q.category for q in questions], c)
    model = LinearModel(labels, coef, intercept, embedder_name, threshold, max(threshold, CUE_THRESHOLD), sha, c)
    report = {"train_questions": len(questions), "fit": len(fit_part), "validation": len(val_part),
              "c": c, "threshold": float(threshold), "validation_cost": best[0], "search": search}
    return model, report


def train_and_save(path: Path = MODEL_PATH, train_path: Path = TRAIN_PATH) -> dict:
    model, report = train(train_path)
    model.save(path)
    return report
