#!/usr/bin/env python3
"""Summarize RESULT lines of run.sh: one row per target and scenario, runs side by side (run1/run2/...),
and the latency overhead against the 'direct' target (median of runs). usage: summarize.py RESULTS_FILE"""
import statistics, sys
from collections import defaultdict

rows = defaultdict(list)  # (scenario, target) -> [dict per run]
order = []
for line in open(sys.argv[1]):
    if not line.startswith("RESULT "):
        continue
    d = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
    key = (d.get("scenario"), d.get("target"))
    if key not in rows:
        order.append(key)
    rows[key].append(d)

def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")

def med(runs, k):
    v = [num(r.get(k)) for r in runs]
    v = [x for x in v if x == x]
    return statistics.median(v) if v else float("nan")

def fmt(runs, k):
    return "/".join(r.get(k, "-") for r in runs)

COLS = {  # scenario -> metrics to show; overhead is computed for the latency ones
    "nonstream": ["rps", "p50_ms", "p99_ms"],
    "rate": ["rps", "p50_ms", "p99_ms"],
    "stream": ["rps", "first_p50_ms", "first_p99_ms", "p50_ms", "p99_ms"],
    "stream-tput": ["rps", "p50_ms", "p99_ms"],
    "fresh": ["rps", "first_p50_ms", "first_p99_ms", "p50_ms", "p99_ms"],
}
for sc in COLS:
    keys = [k for k in order if k[0] == sc]
    if not keys:
        continue
    cols = COLS[sc]
    lat = [c for c in cols if c.endswith("_ms")]
    print(f"\n### {sc}  (values per run: run1/run2/...; +overhead = median(target) - median(direct))")
    jit = any("jit_ms" in r for k in keys for r in rows[k])  # JVM targets: compile time during the scenario
    print("| target | " + " | ".join(cols) + " | gw_cpu_us/req | err | upstream | bg_pct |" + (" jit_ms |" if jit else ""))
    print("|" + "---|" * (len(cols) + 5 + jit))
    base = rows.get((sc, "direct"))
    for key in keys:
        runs = rows[key]
        cells = []
        for c in cols:
            cell = fmt(runs, c)
            if base and c in lat and key[1] != "direct":
                cell += f" (+{med(runs, c) - med(base, c):.2f})"
            cells.append(cell)
        print(f"| {key[1]} | " + " | ".join(cells) + f" | {fmt(runs, 'gw_cpu_us')} | {fmt(runs, 'err')} | "
              f"{fmt(runs, 'upstream')} | {fmt(runs, 'bg_pct')} |" + (f" {fmt(runs, 'jit_ms')} |" if jit else ""))
