"""Deliberation maths: agreement with Polis's own groups, and speed side by side with red-dwarf 0.4.0.

For every conversation of ../shared/data/polis-opendata with Polis group ids (participants-votes.csv) and of
../shared/data/polis-math-golden (math-pca2.json), both implementations start from the same in-memory list of
latest votes and the same moderated-out statements; times are the median of 3 runs (ours: matrix building +
analysis; red-dwarf: ``reddwarf.implementations.polis.run_pipeline``, its own defaults, ``random_state`` = seed).
ARI = adjusted Rand index against Polis's group ids on the participants both clustered. Then a synthetic
100,000 participants x 1,000 statements x 1,000,000 votes case runs in a subprocess (time, tracemalloc peak of
the analysis, and the process's peak RSS).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from bench.deliberation_replay import ari_vs, previous_replay_section, replay_section

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEED = 0
RUNS = 3

EXPLANATIONS = {
    "15-per-hour-seattle": "same k; Polis clustered exactly the 138 participants with >= 7 votes (its in-conv set "
    "was evidently rebuilt from scratch), our history replay admits 12 early participants more (150); about 5 "
    "participants of 138 sit on the other side of the boundary",
    "american-assembly.bowling-green": "same k and the same clustered participants (1,579 of Polis's 1,581); no "
    "votes.csv, so no vote history; the boundary between the two groups is cut elsewhere (Polis 753/828, ours "
    "949/630; silhouette of k=2 only 0.37): Polis's base clusters come from years of incremental updates",
    "austria-climate.2vkxcncppn.2022-07-07": "same k, exactly the same 1,439 clustered participants, no vote "
    "history (participants-votes.csv only); Polis 211/1,228 vs ours 284/1,155: ~70 participants near the boundary "
    "fall in the other group. Polis's split is a k-means fixed point of our own projections with a lower inertia "
    "than ours (figures in brackets): red-dwarf's direct k-means++ on participants finds it (0.967), our group k-means "
    "from Polis's `init-clusters` (the first 2 base-cluster centres) stops in another local optimum; the "
    "lowest-inertia of 30 seeded restarts would give 0.934 here but, k fixed to Polis's, loses on bowling-green "
    "(0.395), vtaiwan (0.697) and below-100-ptpts (0.489): not adopted. The replay below (Polis's own warm starts "
    "over a stand-in history) reaches it",
    "brexit-consensus": "k: the silhouettes of k=2 and k=3 differ by 0.006 (0.390 vs 0.396) -- Polis's k-smoother "
    "(k changes only after 4 agreeing updates) kept k=2; a from-scratch analysis takes k=3. Our k=2 clustering "
    "has ARI 0.878 against Polis's groups",
    "football-concussions": "Polis clustered 1,434 of 1,487 participants, 374 of them with a single vote: this "
    "2015 conversation's groups come from an older in-conversation rule/state the export does not let us replay; "
    "we cluster the 596 who ever met the 7-vote rule (ARI on those); Polis's groups are 1,281/153, with k=2 ours "
    "are 303/293 (ARI 0.213)",
    "london.youth.policing": "24 participants, 36 statements: Polis's groups are 3/18/3 participants; from scratch "
    "the silhouette prefers k=2 (0.421 vs 0.382 for k=3) and our k=3 split is 8/8/9 (ARI -0.013): too few "
    "participants for the partition to be determined by the votes rather than by the update history",
    "scoop-hivemind.affordable-housing": "Polis clustered all 381 participants incl. 51 with a single vote (the same "
    "older rule as football-concussions); on our 295 the silhouette prefers k=3 (0.351 vs 0.334); Polis's groups "
    "are 347/34, ours with k=2 177/118 (ARI 0.072)",
    "vtaiwan.uberx": "same k, exactly the same 1,219 clustered participants, group sizes 327/892 vs Polis's "
    "330/889: a few dozen participants near the boundary are assigned differently (ARI 0.890)",
    "25ptpt-3gp-no-strict-with-meta": "PCA, projections, in-conversation set and k equal Polis's to 1e-9; Polis's "
    "k-means, seeded by its previous updates' clusters, sits in another local optimum (silhouette 0.444 vs our "
    "0.432; inertia 53.6 vs our 53.2); the replay below reproduces Polis's groups exactly (ARI 1.000)",
}


def _optimum_facts(polis: dict[str, int], res: Any) -> str:
    """Is Polis's partition a k-means fixed point of our projections (then the gap is which local optimum)?"""
    import numpy as np
    from sklearn.metrics import adjusted_rand_score

    ids = res.matrix.participant_ids
    rows = [i for i in np.flatnonzero(res.groups >= 0) if str(ids[i]) in polis]
    x = res.pca.projections[rows]
    theirs = np.array([polis[str(ids[i])] for i in rows])
    ours = res.groups[rows]

    def inertia(lab: Any) -> float:
        return float(sum(((x[lab == g] - x[lab == g].mean(0)) ** 2).sum() for g in np.unique(lab)))

    centres = np.array([x[theirs == g].mean(0) for g in np.unique(theirs)])
    step = ((x[:, None, :] - centres[None]) ** 2).sum(-1).argmin(1)
    return (f" [in our projections: Polis's groups have inertia {inertia(theirs):,.0f} vs ours {inertia(ours):,.0f}; "
            f"one k-means step from Polis's group centres keeps ARI {adjusted_rand_score(theirs, step):.3f}]")


def _conversations() -> list[tuple[str, Path]]:
    out = []
    for sub in ("polis-opendata", "polis-math-golden"):
        base = DATA / sub
        if base.exists():
            out += [(p.name, p) for p in sorted(base.iterdir()) if p.is_dir()]
    return out


def _run_ours(export: Any) -> tuple[float, float, Any]:
    from communs.core.deliberation import DeliberationParams, analyse, matrix_from_export

    times, cpu, result = [], [], None
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        matrix = matrix_from_export(export)
        result = analyse(matrix, export.moderated_out_ids, DeliberationParams(seed=SEED))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu), result


def _run_reddwarf(export: Any) -> tuple[float, float, dict[str, int], int]:
    from reddwarf.implementations.polis import run_pipeline

    votes = [{"participant_id": int(v.participant_id), "statement_id": int(v.comment_id), "vote": v.value,
              "modified": v.timestamp or 0} for v in export.votes]
    mod_out = [int(t) for t in export.moderated_out_ids]
    times, cpu, labels = [], [], {}
    k = 0
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = run_pipeline(votes=votes, mod_out_statement_ids=mod_out, random_state=SEED)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        df = res.participants_df
        labels = {str(p): int(c) for p, c in df["cluster_id"].dropna().items()}
        k = len(set(labels.values()))
    return statistics.median(times), statistics.median(cpu), labels, k


SYNTHETIC = r"""
import json, resource, sys, time, tracemalloc
import numpy as np
sys.path.insert(0, sys.argv[1])
from communs.core.deliberation import analyse, build_vote_matrix
from communs.core.deliberation.matrix import VoteMatrix
n_p, n_s, n_v = 100_000, 1_000, 1_000_000
rng = np.random.default_rng(0)
camp = rng.integers(0, 3, n_p)                       # 3 latent opinion groups
stance = rng.choice([-1, 0, 1], size=(3, n_s), p=[0.4, 0.2, 0.4])
rows = rng.integers(0, n_p, n_v)
cols = rng.integers(0, n_s, n_v)
vals = stance[camp[rows], cols]
flip = rng.random(n_v) < 0.2
vals[flip] = rng.choice([-1, 0, 1], size=int(flip.sum()))
ts = np.arange(n_v, dtype=np.float64)
pids = rows.astype(str); tids = cols.astype(str)
t0 = time.perf_counter(); c0 = time.process_time()
m = build_vote_matrix(pids, tids, vals, ts)
t1 = time.perf_counter()
r = analyse(m, [])
t2 = time.perf_counter(); cpu = time.process_time() - c0
tracemalloc.start()
m2 = build_vote_matrix(pids, tids, vals, ts); r2 = analyse(m2, [])
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
from sklearn.metrics import adjusted_rand_score
mask = r.groups >= 0
truth = camp[m.participant_ids[mask].astype(int)]
print(json.dumps({"build": t1 - t0, "analyse": t2 - t1, "total": t2 - t0, "cpu": cpu, "votes": int(m.n_votes),
    "participants": int(m.shape[0]), "statements": int(m.shape[1]), "in_conv": int(r.in_conv.sum()), "k": r.k,
    "ari_truth": float(adjusted_rand_score(truth, r.groups[mask])), "timings": r.timings,
    "tracemalloc_peak_mb": peak / 2**20, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _synthetic() -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", SYNTHETIC, str(ROOT / "src")], capture_output=True, text=True,
                          timeout=900, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3]) + f" on {os.cpu_count()} cores"
    except OSError:
        return "unknown"


def main(argv: list[str]) -> str:
    from communs.core.deliberation import read_polis_export

    lines = ["## Deliberation maths: Polis conformance and speed (vs red-dwarf 0.4.0)", ""]
    convs = _conversations()
    if not convs:
        return "\n".join(lines + [f"_Data absent: {DATA}/polis-opendata and polis-math-golden not found._"])
    try:
        import reddwarf  # noqa: F401
        have_rd = True
    except ImportError:
        have_rd = False
        lines.append("_red-dwarf is not installed (`.venv/bin/pip install red-dwarf==0.4.0`): its columns are empty._")
    lines += [
        "| conversation | participants | statements | votes | clustered (ours / Polis) | our s (CPU s) | red-dwarf s (CPU s) "
        "| speed-up | our ARI | red-dwarf ARI | our k | red-dwarf k | Polis k |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows, misses = [], []
    exports = []
    for name, folder in convs:
        export = read_polis_export(folder)
        if not export.votes or not export.polis_groups:
            continue
        exports.append((name, export))
        ours_s, ours_cpu, result = _run_ours(export)
        our_ari, _ = ari_vs(export.polis_groups, result.groups_by_participant())
        polis_k = len(set(export.polis_groups.values()))
        rd_s, rd_cpu, rd_ari, rd_k = float("nan"), float("nan"), float("nan"), 0
        if have_rd:
            rd_s, rd_cpu, rd_labels, rd_k = _run_reddwarf(export)
            rd_ari, _ = ari_vs(export.polis_groups, rd_labels)
        n_p, n_s = result.matrix.shape
        rows.append({"name": name, "golden": folder.parent.name == "polis-math-golden", "ours_s": ours_s, "rd_s": rd_s, "ours_cpu": ours_cpu, "rd_cpu": rd_cpu, "ari": our_ari, "rd_ari": rd_ari,
                     "k": result.k, "rd_k": rd_k, "polis_k": polis_k,
                     "groups": result.groups_by_participant()})
        lines.append(
            f"| {name} | {n_p:,} | {n_s:,} | {result.matrix.n_votes:,} | {int(result.in_conv.sum()):,} / "
            f"{len(export.polis_groups):,} | {ours_s:.3f} ({ours_cpu:.3f}) | {rd_s:.3f} ({rd_cpu:.3f}) | {rd_s / ours_s:.1f}x | {our_ari:.3f} | "
            f"{rd_ari:.3f} | {result.k} | {rd_k} | {polis_k} |")
        if our_ari < 0.9 or result.k != polis_k:
            misses.append(f"- **{name}** (ARI {our_ari:.3f}, k {result.k} vs Polis {polis_k}): "
                          f"{EXPLANATIONS.get(name, 'not analysed yet')}"
                          + _optimum_facts(export.polis_groups, result))
    aris = [r["ari"] for r in rows]
    rd_aris = [r["rd_ari"] for r in rows]
    od = [r for r in rows if not r["golden"]]
    od_aris, od_rd = [r["ari"] for r in od], [r["rd_ari"] for r in od]
    same_k = sum(r["k"] == r["polis_k"] for r in rows)
    rd_same_k = sum(r["rd_k"] == r["polis_k"] for r in rows)
    total_ours = sum(r["ours_s"] for r in rows)
    total_rd = sum(r["rd_s"] for r in rows)
    ratios = [r["rd_s"] / r["ours_s"] for r in rows]
    total_ours_cpu = sum(r["ours_cpu"] for r in rows)
    total_rd_cpu = sum(r["rd_cpu"] for r in rows)
    lines += [
        "",
        f"**{len(rows)} conversations with Polis group ids.** Median ARI vs Polis: ours **{statistics.median(aris):.3f}** "
        f"(mean {statistics.mean(aris):.3f}), red-dwarf {statistics.median(rd_aris):.3f} "
        f"(mean {statistics.mean(rd_aris):.3f}). Same k as Polis: ours {same_k}/{len(rows)} "
        f"({100 * same_k / len(rows):.0f} %), red-dwarf {rd_same_k}/{len(rows)}. "
        f"ARI ≥ red-dwarf's on {sum(a >= b - 1e-9 for a, b in zip(aris, rd_aris, strict=True))}/{len(rows)}. "
        f"On the {len(od)} open-data conversations alone: median ARI ours {statistics.median(od_aris):.3f}, "
        f"red-dwarf {statistics.median(od_rd):.3f}; same k ours {sum(r['k'] == r['polis_k'] for r in od)}/{len(od)}, "
        f"red-dwarf {sum(r['rd_k'] == r['polis_k'] for r in od)}/{len(od)}.",
        "",
        f"Speed: total {total_ours:.2f} s ours vs {total_rd:.2f} s red-dwarf (**{total_rd / total_ours:.1f}x**); "
        f"per conversation median {statistics.median(ratios):.1f}x, min {min(ratios):.1f}x. CPU time: "
        f"{total_ours_cpu:.2f} s vs {total_rd_cpu:.2f} s (**{total_rd_cpu / total_ours_cpu:.1f}x**). "
        f"Load average during the run: {_load()}.",
        "",
        "Misses (ARI < 0.9 or k different from Polis's), and why:",
        "",
        *misses,
        "",
        "Common cause of the remaining gaps: Polis computes groups incrementally -- every k-means starts from the "
        "previous update's clusters and k only changes after 4 consecutive updates agree (`group-k-buffer`) -- "
        "while the default analysis computes from scratch (the opt-in replay below re-runs that history). On the 3 "
        "golden files (Polis's own math output) our "
        "PCA centre, components and projections (incl. the sparsity-aware scaling), in-conversation set and k "
        "equal Polis's (to 1e-9 on two; the third's votes.json is slightly newer than its math, cosine > 0.999), "
        "the consensus lists are identical on all three, and where the groups are identical (2 of 3) so are the "
        "representative statements (same order) and the group-informed consensus (1e-9) -- "
        "tests/core/test_deliberation_golden.py.",
        "",
    ]
    if os.environ.get("COMMUNS_BENCH_REPLAY") == "1":
        lines += replay_section(exports, {r["name"]: r for r in rows})
    else:
        lines += previous_replay_section()
    synth = _synthetic()
    if "error" in synth:
        lines.append(f"Synthetic 100k x 1k x 1M: failed ({synth['error']})")
    else:
        lines += [
            "### Synthetic scale: 100,000 participants x 1,000 statements x 1,000,000 votes",
            "",
            f"- {synth['participants']:,} participants, {synth['statements']:,} statements, {synth['votes']:,} "
            f"distinct votes (3 latent groups, 20 % noise), {synth['in_conv']:,} clustered, k = {synth['k']} "
            f"(ARI vs the latent groups {synth['ari_truth']:.3f})",
            f"- time: **{synth['total']:.2f} s** wall, {synth['cpu']:.2f} s CPU (load average {_load()}) (matrix {synth['build']:.2f} s + analysis {synth['analyse']:.2f} s: "
            + ", ".join(f"{k} {v:.2f} s" for k, v in synth["timings"].items()) + ")",
            f"- memory: tracemalloc peak {synth['tracemalloc_peak_mb']:.0f} MB during matrix + analysis; process "
            f"peak RSS {synth['maxrss_mb']:.0f} MB (incl. the generated input and Python/numpy/scipy)",
        ]
    return "\n".join(lines)
