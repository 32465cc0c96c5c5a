#!/usr/bin/python3
"""Per-article R-1 of the C++ engine (khulasa summarize) vs the research
system (lead units T=9 + budget 140), to find where they differ."""
import json, subprocess, sys
from summ_common import *
from budget import pick
BIN = "/work/main/build-summary/tools/khulasa/khulasa"
easc = load("easc.jsonl")
sc = Scorer(norm=True)
rows = []
for r in easc:
    out = subprocess.run([BIN, "summarize", "--input-format", "text", "--format", "json", "-"], input=r["text"].encode(), capture_output=True)
    c = "\n".join(b["text"] for b in json.loads(out.stdout)["bullets"]) if out.returncode == 0 else ""
    p = pick(r["text"], 140, 0.5)
    a, b = sc.score(c, r["summaries"])["r1"], sc.score(p, r["summaries"])["r1"]
    rows.append((a - b, r["id"], r["meta"].get("is_news"), a, b, c, p))
rows.sort()
for d, i, n, a, b, c, p in rows[:6]:
    print(f"== {i} news={n} cpp {100*a:.1f} py {100*b:.1f}\nCPP: {c[:600]}\nPY : {p[:600]}")
import statistics
print("mean diff all", 100*statistics.mean(x[0] for x in rows), "news", 100*statistics.mean(x[0] for x in rows if x[2]))
