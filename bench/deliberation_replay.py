"""Replay section of ``bench deliberation``: Polis's incremental updates re-run over each export's history.

Runs only with ``COMMUNS_BENCH_REPLAY=1`` (about 15 CPU minutes); otherwise the section of the last run that
measured it is kept, marked as such. See ``src/communs/core/deliberation/replay.py`` and docs/deliberation.md.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

SEED = 0

def ari_vs(polis: dict[str, int], ours: dict[str, int]) -> tuple[float, int]:
    from sklearn.metrics import adjusted_rand_score

    common = [p for p in ours if p in polis]
    if not common:
        return float("nan"), 0
    return float(adjusted_rand_score([polis[p] for p in common], [ours[p] for p in common])), len(common)


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
    return ari_vs(polis, groups)[0], len(set(st.warm_groups.values()))


def replay_section(exports: list[tuple[str, Any]], scratch: dict[str, dict[str, Any]]) -> list[str]:
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
        "| growth 10 % ARI (k) CPU s | procedures agree | Polis k |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rep_rows = []
    for name, export in exports:
        timed = all(v.timestamp is not None for v in export.votes)
        cells = {}
        for interval in REPLAY_INTERVALS if timed else REPLAY_INTERVALS[:1]:
            cpu, res = _run_replay(export, interval)
            ari, _ = ari_vs(export.polis_groups, res.groups_by_participant())
            cells[interval] = (cpu, res, ari)
        for growth in REPLAY_GROWTHS:
            g_cpu, g_res = _run_replay(export, REPLAY_INTERVALS[0], growth)
            cells[growth] = (g_cpu, g_res, ari_vs(export.polis_groups, g_res.groups_by_participant())[0])
        cpu, res, ari = cells[REPLAY_INTERVALS[0]]
        st = res.replay
        sc = scratch[name]
        polis_k = sc["polis_k"]
        rep_rows.append({"name": name, "golden": sc["golden"], "ari": ari, "k": res.k, "polis_k": polis_k,
                         "cpu": cpu, "scratch_ari": sc["ari"], "scratch_k": sc["k"], "rd_cpu": sc["rd_cpu"],
                         "timed": timed, "growth": {g: cells[g] for g in REPLAY_GROWTHS},
                         "agree": _agreement([sc["groups"], *(c[1].groups_by_participant() for c in cells.values())]),
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
                                                 for g in REPLAY_GROWTHS)
                     + f" | {rep_rows[-1]['agree']:.3f} | {polis_k} |")
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
    clear = [r for r in rep_rows if r["agree"] >= 0.9]
    unclear = [r for r in rep_rows if r["agree"] < 0.9]
    lines += [
        "'Procedures agree' = median pairwise ARI between the groups of the Polis-like procedures run here on the "
        "same export (from scratch, replay 1 s, 60 s, growth 2 %, 10 %): how far the export itself determines the "
        "partition. They agree (>= 0.9) on " + f"{len(clear)} of {len(rep_rows)} conversations, where our "
        "from-scratch ARI against Polis has median "
        + (f"{statistics.median(r['scratch_ari'] for r in clear):.3f}" if clear else "n/a")
        + f"; on the other {len(unclear)}, where plausible histories disagree with each other, it has median "
        + (f"{statistics.median(r['scratch_ari'] for r in unclear):.3f}" if unclear else "n/a")
        + " (Polis's groups are one of those histories).",
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


def _agreement(partitions: list[dict[str, int]]) -> float:
    """Median adjusted Rand index over every pair of partitions (on the participants both clustered)."""
    from itertools import combinations

    return statistics.median(ari_vs(a, b)[0] for a, b in combinations(partitions, 2))


def _run_replay(export: Any, interval_ms: float, growth: float = 0.0) -> tuple[float, Any]:
    """Opt-in replay of Polis's incremental updates (one run: it is deterministic and slow)."""
    from communs.core.deliberation import DeliberationParams, analyse, matrix_from_export

    c0 = time.process_time()
    matrix = matrix_from_export(export)
    result = analyse(matrix, export.moderated_out_ids,
                     DeliberationParams(seed=SEED, replay=True, replay_interval_ms=interval_ms, replay_growth=growth))
    return time.process_time() - c0, result


def previous_replay_section() -> list[str]:
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
