"""Small hand-made vote data with known structure, shared by the deliberation tests."""

from __future__ import annotations

import numpy as np

from communs.core.deliberation import VoteMatrix, build_vote_matrix


def two_camps(n_per_camp: int = 30, n_statements: int = 20, noise: float = 0.05, seed: int = 1,
              skip: float = 0.1) -> tuple[VoteMatrix, dict[str, int]]:
    """Camp A agrees with even statements and disagrees with odd ones; camp B the opposite."""
    rng = np.random.default_rng(seed)
    pids, tids, vals, ts = [], [], [], []
    camp: dict[str, int] = {}
    t = 0
    for p in range(2 * n_per_camp):
        c = p % 2  # interleave so both camps vote from the start
        camp[f"p{p}"] = c
        for s in range(n_statements):
            if rng.random() < skip:
                continue
            v = 1 if (s % 2 == 0) == (c == 0) else -1
            if rng.random() < noise:
                v = -v
            pids.append(f"p{p}")
            tids.append(f"s{s}")
            vals.append(v)
            ts.append(t)
            t += 1
    return build_vote_matrix(pids, tids, vals, ts), camp
