"""Conformance with Polis's own maths output (``polis-math-golden/*/math-pca2.json``) and its group ids.

Tolerances: the PCA centre, components (up to sign), projections (up to sign) and the group-informed consensus
must match to 1e-6 where our votes are Polis's votes (below-100-ptpts, 25ptpt-3gp-no-strict-with-meta);
50ptpt-3gp-strict-no-meta's votes.json is slightly newer than its math-pca2.json (centre differs by up to 0.04),
so there we require cosine > 0.99 and correlation > 0.99. Groups: the same k everywhere; adjusted Rand index 1.0
and identical representative-statement and consensus lists on the two conversations whose opinion groups Polis
computed from scratch-equivalent state; 25ptpt-3gp-no-strict-with-meta is a known miss (ARI 0.63): Polis's
k-means there is seeded by its previous updates' clusters (``clean-start-clusters``) and settled in another local
optimum than a fresh start (its partition has a higher silhouette, 0.444 vs 0.432, but a higher inertia); the
opt-in replay of that history reproduces it exactly (test_deliberation_replay_golden.py).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from communs.core.deliberation import analyse_export, read_polis_export
from tests.conftest import shared_data_path

pytestmark = pytest.mark.data

EXACT = ["below-100-ptpts", "25ptpt-3gp-no-strict-with-meta"]
ALL = [*EXACT, "50ptpt-3gp-strict-no-meta"]
SAME_GROUPS = ["below-100-ptpts", "50ptpt-3gp-strict-no-meta"]


def load(name: str):  # type: ignore[no-untyped-def]
    folder = shared_data_path("polis-math-golden", name)
    math = json.loads((folder / "math-pca2.json").read_text())
    export = read_polis_export(folder)
    return math, export, analyse_export(export)


@pytest.mark.parametrize("name", ALL)
def test_pca_matches_polis(name: str) -> None:
    math, _, r = load(name)
    col = {t: i for i, t in enumerate(r.statement_ids)}
    tids = [str(t) for t in math["tids"]]
    # Polis's maths counts agree as -1: its centre is minus ours
    ours_center = np.array([-r.pca.center[col[t]] for t in tids])
    comps = np.array(math["pca"]["comps"])
    ours_comps = np.array([[r.pca.components[k][col[t]] for t in tids] for k in range(2)])
    cos = [abs(comps[k] @ ours_comps[k]) / np.linalg.norm(comps[k]) / np.linalg.norm(ours_comps[k]) for k in range(2)]
    row = {p: i for i, p in enumerate(r.participant_ids)}
    base = math["base-clusters"]
    singles = [(str(m[0]), x, y) for m, x, y in zip(base["members"], base["x"], base["y"], strict=True) if len(m) == 1]
    ours = np.array([r.pca.projections[row[p]] for p, _, _ in singles])
    theirs = np.array([[x, y] for _, x, y in singles])
    if name in EXACT:
        np.testing.assert_allclose(ours_center, math["pca"]["center"], atol=1e-9)
        assert min(cos) > 1 - 1e-9
        np.testing.assert_allclose(np.abs(ours), np.abs(theirs), atol=1e-6)  # incl. the sqrt(n/votes) scaling
    else:
        assert min(cos) > 0.99
        assert min(abs(np.corrcoef(ours[:, k], theirs[:, k])[0, 1]) for k in range(2)) > 0.99


@pytest.mark.parametrize("name", ALL)
def test_in_conversation_and_k_match_polis(name: str) -> None:
    math, _, r = load(name)
    assert sorted(map(str, math["in-conv"])) == sorted(map(str, r.participant_ids[r.in_conv]))
    assert r.k == len(math["group-clusters"])


@pytest.mark.parametrize("name", SAME_GROUPS)
def test_groups_repness_consensus_match_polis(name: str) -> None:
    math, export, r = load(name)
    ours = r.groups_by_participant()
    polis = export.polis_groups
    assert set(ours) == set(polis)
    assert adjusted_rand_score([polis[p] for p in ours], list(ours.values())) == 1.0
    # map Polis group ids to ours through a member, then compare the representative statements in order
    to_ours = {polis[p]: g for p, g in ours.items()}
    for gid, reps in math["repness"].items():
        assert r.repness_ids()[str(to_ours[int(gid)])] == [str(x["tid"]) for x in reps]
    assert r.consensus_ids() == {k: [str(x["tid"]) for x in math["consensus"][k]] for k in ("agree", "disagree")}


@pytest.mark.parametrize("name", ALL)
def test_group_informed_consensus_matches_polis(name: str) -> None:
    math, _, r = load(name)
    gic = r.gic_by_statement()
    if name in SAME_GROUPS:
        for tid, value in math["group-aware-consensus"].items():
            assert gic[tid] == pytest.approx(value, abs=1e-9)
    assert set(math["group-aware-consensus"]) == set(gic)


@pytest.mark.parametrize("name", ALL)
def test_consensus_matches_polis_everywhere(name: str) -> None:
    # consensus depends on the votes only (every participant), not on the groups
    math, _, r = load(name)
    assert r.consensus_ids() == {k: [str(x["tid"]) for x in math["consensus"][k]] for k in ("agree", "disagree")}


def test_agreement_with_polis_group_ids_on_open_data() -> None:
    """Regression guard on the figures of bench/results/deliberation.md (every conversation with group ids)."""
    import statistics

    base = shared_data_path("polis-opendata")
    aris, same_k = [], []
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        export = read_polis_export(folder)
        if not export.votes or not export.polis_groups:
            continue
        ours = analyse_export(export)
        groups = ours.groups_by_participant()
        common = [p for p in groups if p in export.polis_groups]
        aris.append(adjusted_rand_score([export.polis_groups[p] for p in common], [groups[p] for p in common]))
        same_k.append(ours.k == len(set(export.polis_groups.values())))
    assert len(aris) == 11
    assert statistics.median(aris) >= 0.75
    assert sum(same_k) >= 7
