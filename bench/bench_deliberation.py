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
import re
import statistics
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

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


REPLAY_INTERVALS = (1000.0, 60_000.0)  # Polis's poll interval; one minute only as a sensitivity check
REPLAY_GROWTHS = (0.02, 0.10)  # cheap schedules: windows merged until an update adds 2 % / 10 % of the votes so far


REPLAY_READING = {
    "football-concussions": "Polis clustered almost every participant, hundreds with a single vote: the groups "
    "come from an older in-conversation rule or state (2015) that neither replay nor export can reproduce",
    "scoop-hivemind.affordable-housing": "Polis clustered all 381 participants incl. 51 with a single vote: the same "
    "older in-conversation rule as football-concussions",
    "london.youth.policing": "24 participants: Polis's 3/18/3 split depends on the exact update sequence, which "
    "the export does not record (updates merged while Polis was busy, restarts)",
    "15-per-hour-seattle": "Polis's clustered set is exactly the from-scratch 7-vote rule, which an incremental "
    "history cannot give (early participants stay in): Polis's state was rebuilt from scratch at some point "
    "(a recompute) after years of updates, which the export does not record",
}


def _diagnose(export: Any, res: Any, ari: float, warm: tuple[float, int]) -> str:
    """Facts for a replay miss: clustered sets, the 7-vote rule, silhouettes, group sizes, the no-restart variant."""
    polis = export.polis_groups
    counts = dict(zip(res.matrix.participant_ids, res.votes_per_participant.tolist(), strict=True))
    n_cols = res.matrix.shape[1]
    rule = {p for p, c in counts.items() if c >= min(7, n_cols)}
    few = sum(1 for p in polis if counts.get(p, 0) < min(7, n_cols))
    ours = res.groups_by_participant()
    facts = [f"clustered {len(ours):,} (Polis {len(polis):,}; {len(rule):,} meet the 7-vote rule today"
             + (f"; {few:,} of Polis's have fewer votes" if few else "")
             + ("; Polis's set is exactly that rule's" if set(map(str, polis)) == rule else "") + ")"]
    sizes = sorted(Counter(polis.values()).values(), reverse=True)
    facts.append(f"group sizes ours {sorted(res.group_sizes(), reverse=True)} vs Polis {sizes}")
    if res.silhouettes:
        facts.append("final silhouettes " + ", ".join(f"k={k} {v:.3f}" for k, v in sorted(res.silhouettes.items())))
    if res.replay is not None and res.replay.warm_groups:
        facts.append(f"without the final restart update ARI {warm[0]:.3f} (k {warm[1]})")
    reading = REPLAY_READING.get(export.path.name)
    return "; ".join(facts) + (f". {reading}." if reading else ".")


def _warm_variant(polis: dict[str, int], res: Any) -> tuple[float, int]:
    """ARI and k of the replay's groups before its final restart update (``ReplayState.warm_groups``)."""
    st = res.replay
    if st is None or not st.warm_groups:
        return float("nan"), 0
    ids = res.matrix.participant_ids
    groups = {str(ids[r]): st.warm_groups.get(int(b), -1) for r, b in zip(st.base_rows, st.base.member, strict=True)}
    return _ari(polis, groups)[0], len(set(st.warm_groups.values()))


def _replay_section(exports: list[tuple[str, Any]], scratch: dict[str, dict[str, Any]]) -> list[str]:
    """Opt-in replay of Polis's incremental updates on every conversation whose export has vote timestamps."""
    lines = [
        "### Replay of Polis's incremental updates (opt-in: `DeliberationParams(replay=True)`)",
        "",
        "One Polis update per 1-second poll window with new votes (Polis's poll interval; the same rule for every "
        "conversation), each warm-started from the previous one (PCA power iteration, base clusters, group "
        "clusterings per k) with the 4-update k-smoother, then one update as after a math-worker restart "
        "(`load-or-init` keeps the base clusters, drops the group clusterings and the k-smoother) -- "
        "`src/communs/core/deliberation/replay.py`. Exports without vote times (`pseudo`: participants-votes.csv "
        "only) are replayed over a stand-in history: participants in id order (Polis issues ids in joining order), "
        "10 per update, all their votes at once. 'No final restart' = the same run's groups just before that last "
        "update; the 60-second column is a sensitivity check of the batch rule, not a tuned alternative. The two "
        "'growth' columns are the cheap schedules (`replay_growth`): poll windows merged until an update adds 2 % "
        "(10 %) of the votes so far, about log(n)/log(1.02) (log(n)/log(1.1)) updates; both values were set before "
        "measuring and none was chosen afterwards. Run once (deterministic); CPU seconds.",
        "",
        "| conversation | updates (aborted) | clustered (replay / Polis) | replay CPU s | from-scratch ARI (k) "
        "| replay ARI (k) | no final restart ARI (k) | replay 60 s ARI (k) | growth 2 % ARI (k) CPU s "
        "| growth 10 % ARI (k) CPU s | Polis k |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rep_rows = []
    for name, export in exports:
        timed = all(v.timestamp is not None for v in export.votes)
        cells = {}
        for interval in REPLAY_INTERVALS if timed else REPLAY_INTERVALS[:1]:
            cpu, res = _run_replay(export, interval)
            ari, _ = _ari(export.polis_groups, res.groups_by_participant())
            cells[interval] = (cpu, res, ari)
        for growth in REPLAY_GROWTHS:
            g_cpu, g_res = _run_replay(export, REPLAY_INTERVALS[0], growth)
            cells[growth] = (g_cpu, g_res, _ari(export.polis_groups, g_res.groups_by_participant())[0])
        cpu, res, ari = cells[REPLAY_INTERVALS[0]]
        st = res.replay
        sc = scratch[name]
        polis_k = sc["polis_k"]
        rep_rows.append({"name": name, "golden": sc["golden"], "ari": ari, "k": res.k, "polis_k": polis_k,
                         "cpu": cpu, "scratch_ari": sc["ari"], "scratch_k": sc["k"], "rd_cpu": sc["rd_cpu"],
                         "timed": timed, "growth": {g: cells[g] for g in REPLAY_GROWTHS},
                         "why": _diagnose(export, res, ari, _warm_variant(export.polis_groups, res))})
        upd = f"{st.updates:,} ({st.aborted})" if st else "n/a"
        if not timed:
            upd += " pseudo"
        warm_ari, warm_k = _warm_variant(export.polis_groups, res)
        sixty = (f"{cells[REPLAY_INTERVALS[1]][2]:.3f} ({cells[REPLAY_INTERVALS[1]][1].k})" if timed
                 else "n/a (no times)")
        lines.append(f"| {name} | {upd} | {int(res.in_conv.sum()):,} / {len(export.polis_groups):,} | {cpu:.1f} | "
                     f"{sc['ari']:.3f} ({sc['k']}) | {ari:.3f} ({res.k}) | {warm_ari:.3f} ({warm_k}) | "
                     f"{sixty} | " + " | ".join(f"{cells[g][2]:.3f} ({cells[g][1].k}) {cells[g][0]:.1f}"
                                                 for g in REPLAY_GROWTHS) + f" | {polis_k} |")
    if not rep_rows:
        return lines + ["", "_No conversation with vote timestamps._", ""]
    misses = [f"- **{r['name']}** (replay ARI {r['ari']:.3f}, k {r['k']} vs Polis {r['polis_k']}): {r['why']}"
              for r in rep_rows if r["ari"] < 0.9 or r["k"] != r["polis_k"]]
    lines += ["", "Replay misses (ARI < 0.9 or k different from Polis's): the measured facts, then the reading.", "",
              *misses]
    od = [r for r in rep_rows if not r["golden"]]
    rep_cpu = sum(r["cpu"] for r in rep_rows)
    rd_cpu = sum(r["rd_cpu"] for r in rep_rows)
    lines += [
        "",
        f"**Replay on all {len(rep_rows)} conversations: median ARI {statistics.median([r['ari'] for r in rep_rows]):.3f}** "
        f"(from scratch {statistics.median([r['scratch_ari'] for r in rep_rows]):.3f}); same k as Polis "
        f"{sum(r['k'] == r['polis_k'] for r in rep_rows)}/{len(rep_rows)} (from scratch "
        f"{sum(r['scratch_k'] == r['polis_k'] for r in rep_rows)}/{len(rep_rows)}). "
        f"**On the {len(od)} open-data conversations: median ARI {statistics.median([r['ari'] for r in od]):.3f}** "
        f"(from scratch {statistics.median([r['scratch_ari'] for r in od]):.3f}), same k "
        f"{sum(r['k'] == r['polis_k'] for r in od)}/{len(od)} (from scratch "
        f"{sum(r['scratch_k'] == r['polis_k'] for r in od)}/{len(od)}). Cost: replay {rep_cpu:.1f} CPU s in total "
        f"vs red-dwarf {rd_cpu:.1f} CPU s on the same conversations (red-dwarf {rd_cpu / rep_cpu:.2f}x the replay's "
        "time): the replay does not meet the speed goal, which is why it is opt-in and the default stays the "
        "from-scratch analysis above.",
        "",
    ]
    for g in REPLAY_GROWTHS:
        res_g = [(r["growth"][g][2], r["growth"][g][1].k == r["polis_k"], r["growth"][g][0], r["golden"])
                 for r in rep_rows]
        swing = max(abs(a - r["ari"]) for (a, *_), r in zip(res_g, rep_rows, strict=True))
        lines.append(
            f"- Cheap schedule, growth {g * 100:.0f} %: median ARI {statistics.median(a for a, *_ in res_g):.3f} on all "
            f"{len(res_g)}, {statistics.median(a for a, _, _, gold in res_g if not gold):.3f} on open data; same k "
            f"{sum(k for _, k, _, _ in res_g)}/{len(res_g)}; {sum(c for _, _, c, _ in res_g):.1f} CPU s in total "
            f"(red-dwarf {rd_cpu:.1f}); largest change of one conversation's ARI against the 1-second replay {swing:.2f}.")
    lines.append("")
    return lines


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


def _ari(polis: dict[str, int], ours: dict[str, int]) -> tuple[float, int]:
    from sklearn.metrics import adjusted_rand_score

    common = [p for p in ours if p in polis]
    if not common:
        return float("nan"), 0
    return float(adjusted_rand_score([polis[p] for p in common], [ours[p] for p in common])), len(common)


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


def _run_replay(export: Any, interval_ms: float, growth: float = 0.0) -> tuple[float, Any]:
    """Opt-in replay of Polis's incremental updates (one run: it is deterministic and slow)."""
    from communs.core.deliberation import DeliberationParams, analyse, matrix_from_export

    c0 = time.process_time()
    matrix = matrix_from_export(export)
    result = analyse(matrix, export.moderated_out_ids,
                     DeliberationParams(seed=SEED, replay=True, replay_interval_ms=interval_ms, replay_growth=growth))
    return time.process_time() - c0, result


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


def _previous_replay_section() -> list[str]:
    """The replay takes ~15 CPU minutes: it runs only with ``COMMUNS_BENCH_REPLAY=1``; otherwise the section of the
    last run that did measure it is kept, marked as such (its ARI figures do not depend on the machine)."""
    previous = Path(__file__).resolve().parent / "results" / "deliberation.md"
    text = previous.read_text(encoding="utf-8") if previous.exists() else ""
    start = text.find("### Replay of Polis")
    if start < 0:
        return ["_Replay of Polis's incremental updates: not measured (run with `COMMUNS_BENCH_REPLAY=1`)._", ""]
    end = text.find("\n### ", start + 1)
    body = text[start : end if end >= 0 else len(text)].strip().splitlines()
    kept_note = "_Kept from the last run made with `COMMUNS_BENCH_REPLAY=1`"
    stamp = re.search(r"_Run ([^_]*?) on ", text)
    note = (f"{kept_note} ({stamp.group(1) if stamp else 'date unknown'}): "
            "this run did not repeat it (about 15 CPU minutes)._")
    earlier = [line for line in body[1:] if line.startswith(kept_note)]
    rest = [line for line in body[1:] if not line.startswith(kept_note)]
    return [body[0], "", earlier[0] if earlier else note, *rest, ""]


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
        our_ari, _ = _ari(export.polis_groups, result.groups_by_participant())
        polis_k = len(set(export.polis_groups.values()))
        rd_s, rd_cpu, rd_ari, rd_k = float("nan"), float("nan"), float("nan"), 0
        if have_rd:
            rd_s, rd_cpu, rd_labels, rd_k = _run_reddwarf(export)
            rd_ari, _ = _ari(export.polis_groups, rd_labels)
        n_p, n_s = result.matrix.shape
        rows.append({"name": name, "golden": folder.parent.name == "polis-math-golden", "ours_s": ours_s, "rd_s": rd_s, "ours_cpu": ours_cpu, "rd_cpu": rd_cpu, "ari": our_ari, "rd_ari": rd_ari,
                     "k": result.k, "rd_k": rd_k, "polis_k": polis_k})
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
        lines += _replay_section(exports, {r["name"]: r for r in rows})
    else:
        lines += _previous_replay_section()
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
