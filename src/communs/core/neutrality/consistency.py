"""The model's fit: class-weighted multinomial logistic regression with a cross-language consistency penalty (ADR 0016).

The training questions come as translations: every paraphrase ``pair`` holds the same question in French, German and
English. The issue asks for the same decision in the three languages; a plain logistic regression only sees each
question alone, so each language's words get their own weights and a translation can land on the other side of the
threshold. The fit adds, for every two translations ``a`` and ``b`` of a pair, the squared difference of their logits:

    sum_i w_i * cross_entropy_i  +  |W|^2 / (2 C)  +  (lam / 2) * sum_(a,b) |W (x_a - x_b)|^2

``w_i`` are sklearn's "balanced" class weights and the intercept is not penalised, so ``lam = 0`` is
``LogisticRegression(C=C, class_weight="balanced")`` (out of fold, 253.0 against sklearn's 253.5). The penalty is a
graph-Laplacian regulariser over the translation pairs (the "multi-view" agreement term of co-regularised learning,
Sindhwani, Niyogi & Belkin, "A co-regularization approach to semi-supervised learning with multiple views", ICML
2005 workshop): it makes the words of one language and their translations pull the same way without a dictionary.

Solved with L-BFGS (scipy) from zero, deterministically (the cross-validation folds start from the fit on all the
training data, ``training.py``); the embedding part of the features is kept dense and the word part sparse. The
penalty's logit differences are differences of the logits the loss computes anyway (``diff @ (X W^T)``), so it costs
no product with the features of its own (session 17: a fit on the training data 1.5 times faster).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np


def _pair_differences(pairs: Sequence[str]):
    """The sparse (n_differences, n) matrix with +1/-1 for every two questions of the same pair."""
    from scipy import sparse

    members: dict[str, list[int]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        members[pair].append(i)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    r = 0
    for items in members.values():
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                rows += [r, r]
                cols += [items[a], items[b]]
                vals += [1.0, -1.0]
                r += 1
    return sparse.csr_matrix((vals, (rows, cols)), shape=(r, len(pairs)))


def fit_consistent(dense: np.ndarray, lexical, labels: Sequence[str], c: float,
                   pairs: Sequence[str], lam: float, *, max_iter: int = 5000,
                   start: tuple[np.ndarray, np.ndarray] | None = None
                   ) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Fit on ``dense`` (n, d1) next to the sparse ``lexical`` (n, d2) features; returns (labels, coef, intercept)
    with ``coef`` of shape (n_labels, d1 + d2), labels sorted as sklearn sorts them. ``start``: (coef, intercept) to
    start from instead of zero (the objective is strictly convex, so only the iterations to its minimum change)."""
    from scipy import optimize, sparse

    classes = tuple(sorted(set(labels)))
    index = {label: i for i, label in enumerate(classes)}
    y = np.array([index[label] for label in labels])
    # the dense products in float32 (the loss, the gradient and the optimiser stay in float64): the (n, d1) block is
    # read twice per evaluation and memory-bound, so half the bytes make the fit about 1.7 times faster (session 19:
    # 82 s -> 49 s on all the training data; coefficients within 3e-4 of the float64 fit's)
    xd = np.asarray(dense, dtype=np.float32)
    xs = sparse.csr_matrix(lexical, dtype=np.float64)
    xs_t = xs.T.tocsr()
    n, d1 = xd.shape
    d = d1 + xs.shape[1]
    k = len(classes)
    weight = n / (k * np.bincount(y, minlength=k)[y])
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    diff = _pair_differences(pairs)
    diff_t = diff.T.tocsr()

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: k * d].reshape(k, d)
        b = theta[k * d:]
        wd, ws = w[:, :d1], w[:, d1:]
        linear = (xd @ wd.T.astype(np.float32)).astype(np.float64) + xs @ ws.T
        z = linear + b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        s = e.sum(axis=1, keepdims=True)
        loss = float((weight * (np.log(s[:, 0]) - z[np.arange(n), y])).sum()) + float((w**2).sum()) / (2 * c)
        g = weight[:, None] * (e / s - onehot)
        bias_grad = g.sum(axis=0)
        if lam:
            # the logit differences of the translations are differences of the logits already computed:
            # W (x_a - x_b) = (X W^T)_a - (X W^T)_b, and their gradient goes back through X with the loss's
            m = diff @ linear
            loss += 0.5 * lam * float((m**2).sum())
            g = g + lam * (diff_t @ m)
        grad = np.empty_like(w)
        grad[:, :d1] = (xd.T @ g.astype(np.float32)).T
        grad[:, d1:] = (xs_t @ g).T
        grad += w / c
        return loss, np.concatenate([grad.ravel(), bias_grad])

    x0 = np.zeros(k * d + k) if start is None else np.concatenate(
        [np.asarray(start[0], dtype=np.float64).reshape(k * d), np.asarray(start[1], dtype=np.float64)])
    result = optimize.minimize(objective, x0, jac=True, method="L-BFGS-B",
                               options={"maxiter": max_iter, "maxcor": 10, "gtol": 1e-6, "ftol": 1e-11})
    coef = result.x[: k * d].reshape(k, d).astype(np.float32)
    intercept = result.x[k * d:].astype(np.float32)
    return classes, coef, intercept
