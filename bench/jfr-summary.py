#!/usr/bin/env python3
"""Summarizes a JFR recording of the gateway: where the CPU samples fall (by top frame, by method
anywhere on the stack, by code area), what allocates, and the GC pauses.
usage: jfr-summary.py RECORDING.jfr [--requests N] [--top N] [--begin UTC --end UTC]

Execution samples cover Java code only: time in the kernel (socket reads and writes), in GC and JIT
threads is not in them; compare with the process's user/system CPU (profile.sh prints it)."""
import argparse, collections, json, re, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("recording")
ap.add_argument("--requests", type=int, default=0, help="requests served during the recording (for per-request figures)")
ap.add_argument("--top", type=int, default=25)
ap.add_argument("--begin", help="keep events from this UTC time on (YYYY-MM-DDTHH:MM:SS)")
ap.add_argument("--end", help="keep events up to this UTC time")
args = ap.parse_args()

EVENTS = "jdk.ExecutionSample,jdk.ObjectAllocationSample,jdk.GarbageCollection,jdk.ThreadAllocationStatistics"
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", EVENTS, args.recording],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
if args.begin or args.end:
    lo, hi = args.begin or "", args.end or "9999"
    events = [e for e in events if lo <= e["values"]["startTime"][:19] <= hi]

# Code areas, first match wins: what a reader needs to decide where to look.
AREAS = [
    ("switchboard: codecs (transcoder)", r"^dev\.switchboard\.transcoder\."),
    ("switchboard: REST surface (server.http)", r"^dev\.switchboard\.server\.http"),
    ("protobuf (canonical messages, generated dev.switchboard.v1)", r"^com\.google\.protobuf|^dev\.switchboard\.v1"),
    ("switchboard: server (routing, caller, services)", r"^dev\.switchboard\.server"),
    ("jackson", r"^com\.fasterxml\.jackson"),
    ("armeria", r"^com\.linecorp\.armeria"),
    ("grpc", r"^io\.grpc"),
    ("netty", r"^io\.netty"),
    ("caffeine", r"^com\.github\.benmanes"),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j)"),
    ("JDK: java.util.concurrent", r"^java\.util\.concurrent"),
    ("JDK: other", r"^(java|javax|jdk|sun)\."),
]


def name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def area(method):
    for label, rx in AREAS:
        if re.match(rx, method):
            return label
    return "other"


def frames(ev):
    st = ev["values"].get("stackTrace") or {}
    return st.get("frames") or []


def table(title, counter, total, unit="samples", extra=None):
    print(f"\n## {title}")
    print(f"| # | {'what':<70} | {unit} | % |" + (f" {extra[0]} |" if extra else ""))
    print("|---|---|---|---|" + ("---|" if extra else ""))
    for i, (k, v) in enumerate(counter.most_common(args.top), 1):
        cells = f"| {i} | {k:<70} | {v:.0f} | {100 * v / total:.1f} |"
        if extra:
            cells += f" {extra[1](k, v)} |"
        print(cells)


samples = [e for e in events if e["type"] == "jdk.ExecutionSample"]
if samples:
    self_m, incl_m, self_area = (collections.Counter() for _ in range(3))
    for e in samples:
        fr = frames(e)
        if not fr:
            continue
        top = name(fr[0])
        self_m[top] += 1
        self_area[area(top)] += 1
        for m in {name(f) for f in fr}:
            incl_m[m] += 1
    n = len(samples)
    print(f"# {n} execution samples (Java threads running Java code)")
    table("self time by code area (top frame)", self_area, n)
    table("self time by method (top frame)", self_m, n)
    table("inclusive time by method (anywhere on the stack)", incl_m, n)
    incl_sb = collections.Counter({k: v for k, v in incl_m.items() if k.startswith("dev.switchboard")})
    table("inclusive time, Switchboard methods only", incl_sb, n)

allocs = [e for e in events if e["type"] == "jdk.ObjectAllocationSample"]
if allocs:
    by_class, by_site = collections.Counter(), collections.Counter()
    total = 0
    seen_threads = set()
    for e in allocs:
        # A thread's first sample weighs everything it allocated before the recording started.
        t = (e["values"].get("eventThread") or {}).get("javaThreadId")
        if t not in seen_threads:
            seen_threads.add(t)
            continue
        w = e["values"].get("weight", 0)
        total += w
        by_class[e["values"]["objectClass"]["name"].replace("/", ".")] += w
        fr = frames(e)
        # The allocating site: first frame outside the JDK's own collections and strings.
        site = next((name(f) for f in fr if not re.match(r"^(java|jdk|sun)\.", name(f))), name(fr[0]) if fr else "?")
        by_site[site] += w
    per_req = (lambda k, v: f"{v / args.requests:.0f}") if args.requests else None
    extra = ("bytes/request", per_req) if per_req else None
    print(f"\n# allocation samples: {len(allocs)}, sampled weight {total / 1e6:.1f} MB"
          + (f" = {total / args.requests:.0f} bytes/request" if args.requests else ""))
    table("allocated bytes by class", by_class, total, "bytes", extra)
    table("allocated bytes by site (first non-JDK frame)", by_site, total, "bytes", extra)

stats = [e for e in events if e["type"] == "jdk.ThreadAllocationStatistics"]
if stats and args.requests:
    first, last = {}, {}
    for e in stats:
        t = (e["values"].get("thread") or {}).get("javaName") or str(e["values"].get("thread"))
        a = e["values"]["allocated"]
        first.setdefault(t, a)
        last[t] = a
    alloc = sum(last[t] - first[t] for t in last)
    if alloc > 0:  # the statistics come per chunk: a short window may hold only one per thread
        print(f"\n# allocated by all threads during the recording (ThreadAllocationStatistics): "
              f"{alloc / 1e6:.1f} MB = {alloc / args.requests:.0f} bytes/request")


def seconds(v):
    if isinstance(v, (int, float)):
        return v / 1e9
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", str(v))
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0


gcs = [e for e in events if e["type"] == "jdk.GarbageCollection"]
if gcs:
    pauses = sorted(seconds(e["values"]["sumOfPauses"]) * 1000 for e in gcs)
    names = collections.Counter(e["values"]["name"] for e in gcs)
    print(f"\n# GC: {len(gcs)} collections ({', '.join(f'{k} {v}' for k, v in names.items())}), "
          f"pauses total {sum(pauses):.0f} ms, median {pauses[len(pauses) // 2]:.2f} ms, max {pauses[-1]:.2f} ms")
