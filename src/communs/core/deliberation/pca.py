"""PCA of the vote matrix with Polis's missing-vote handling and its sparsity-aware projection.

References (compdemocracy/polis ``math/src/polismath/math/``):

* ``conversation.clj`` ``small-conv-update-graph`` ``:mat``: a missing vote is replaced by its column's mean
  over the votes cast (``column-averages``, ``replace? nil?``);
* ``pca.clj`` ``powerit-pca``: centre = column means of that imputed matrix, components by power iteration
  (``power-iteration``, 100 iterations) with deflation (``factor-matrix``);
* ``pca.clj`` ``sparsity-aware-project-ptpt``: project only the votes cast (centred), then scale by
  ``sqrt(n-cmnts / max(n-votes, 1))``;
* ``named_matrix.clj`` ``zero-out-columns``: moderated-out columns are set to 0 *for every row*, so they have
  centre 0, add nothing to the components or the dot product, but do count in ``n-votes`` of everyone and in
  ``n-cmnts`` (0 is truthy in Clojure). We reproduce that scaling exactly (``polis_zeroing=True``).

Mean imputation then centring gives a matrix that is zero wherever no vote was cast, so the centred matrix is as
sparse as the votes: we never build the dense matrix. The components are the top eigenvectors of its Gram matrix
``Xc^T Xc``, i.e. the fixed point Polis's power iteration converges to (we compute it to machine precision -- full ``eigh``
for up to 64 statements, Lanczos ``eigsh`` with a fixed all-ones start vector beyond -- so the result does not depend on
a random start vector; Polis's first-run start vector is random, ``rand-starting-vec``). Each component's sign
is fixed so that its largest-magnitude loading is positive (the sign does not change any clustering).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from communs.core.deliberation.matrix import VoteMatrix

SMALL_EIGH_MAX_COLS = 64  # full eigh below this; Lanczos (eigsh, fixed start vector) above


@dataclass
class PCAResult:
    center: NDArray[np.float64]  # (n_statements,) column means of the votes cast (0 for moderated-out)
    components: NDArray[np.float64]  # (n_components, n_statements), unit rows
    eigenvalues: NDArray[np.float64]  # (n_components,) of Xc^T Xc
    projections: NDArray[np.float64]  # (n_participants, n_components), sparsity-aware scaled
    scale: NDArray[np.float64]  # (n_participants,) the factor sqrt(n_cols / n_votes) applied


def centred_matrix(matrix: VoteMatrix, modout_cols: NDArray[np.bool_]) -> tuple[sp.csr_matrix, NDArray[np.float64]]:
    """Sparse centred matrix (votes minus column mean where cast, 0 elsewhere) and the column means."""
    n_rows, n_cols = matrix.shape
    vals = matrix.values.astype(np.float64)
    sums = np.bincount(matrix.cols, weights=vals, minlength=n_cols)
    counts = np.bincount(matrix.cols, minlength=n_cols)
    center = np.divide(sums, counts, out=np.zeros(n_cols), where=counts > 0)
    center[modout_cols] = 0.0
    keep = ~modout_cols[matrix.cols]
    data = vals[keep] - center[matrix.cols[keep]]
    xc = sp.csr_matrix((data, (matrix.rows[keep], matrix.cols[keep])), shape=(n_rows, n_cols))
    return xc, center


def top_components(xc: sp.csr_matrix, n_components: int = 2) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Top eigenvectors of Xc^T Xc (unit rows, deterministic sign) and their eigenvalues."""
    n_rows, n_cols = xc.shape
    k = min(n_components, n_cols, n_rows)
    comps = np.zeros((n_components, n_cols))
    eigvals = np.zeros(n_components)
    if k == 0:
        return comps, eigvals
    if n_cols <= SMALL_EIGH_MAX_COLS or k >= n_cols - 1:
        w, v = np.linalg.eigh((xc.T @ xc).toarray())
        idx = np.argsort(w)[::-1][:k]
        vals, vecs = w[idx], v[:, idx].T
    else:
        from scipy.sparse.linalg import LinearOperator, eigsh

        op = LinearOperator((n_cols, n_cols), matvec=lambda x: xc.T @ (xc @ x), dtype=np.float64)
        w, v = eigsh(op, k=k, which="LA", v0=np.ones(n_cols))
        idx = np.argsort(w)[::-1]
        vals, vecs = w[idx], v[:, idx].T
    for i in range(k):
        vec = vecs[i]
        if vals[i] <= 1e-12:  # no variance left: Polis keeps a zero component (factor-matrix on 0 eigvec)
            continue
        if vec[np.argmax(np.abs(vec))] < 0:
            vec = -vec
        comps[i] = vec
        eigvals[i] = vals[i]
    return comps, eigvals


def sparsity_aware_projection(
    xc: sp.csr_matrix, components: NDArray[np.float64], votes_per_row: NDArray[np.int64], n_cols_total: int,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """``pca.clj`` ``sparsity-aware-project-ptpt``: dot product over the votes cast, times sqrt(n_cols/n_votes)."""
    raw = np.asarray(xc @ components.T)
    scale = np.sqrt(n_cols_total / np.maximum(votes_per_row, 1))
    return raw * scale[:, None], scale


def polis_pca(
    matrix: VoteMatrix, modout_cols: NDArray[np.bool_], n_components: int = 2, polis_zeroing: bool = True,
) -> PCAResult:
    """PCA of all participants (Polis runs it on the whole rating matrix, not only the in-conversation rows).

    ``polis_zeroing``: count moderated-out columns as cast (zero) votes in the projection scale, as Polis's
    ``zero-out-columns`` does; with False they are dropped entirely (columns and votes).
    """
    xc, center = centred_matrix(matrix, modout_cols)
    comps, eigvals = top_components(xc, n_components)
    comps[:, modout_cols] = 0.0  # exactly 0 (Lanczos leaves ~1e-16 on these empty columns)
    n_rows, n_cols = matrix.shape
    modin_votes = np.bincount(matrix.rows[~modout_cols[matrix.cols]], minlength=n_rows)
    if polis_zeroing:
        votes_per_row = modin_votes + int(modout_cols.sum())
        n_total = n_cols
    else:
        votes_per_row = modin_votes
        n_total = n_cols - int(modout_cols.sum())
    proj, scale = sparsity_aware_projection(xc, comps, votes_per_row, n_total)
    return PCAResult(center=center, components=comps, eigenvalues=eigvals, projections=proj, scale=scale)
