#!/usr/bin/python3
"""Word budget: take lead units (T=9) up to 3, stop before a unit that would
take the summary past B words (the first unit is always kept)."""
from units2 import units, easc, sc, news
from summ_common import evaluate, fmt, bootstrap_ci


def pick(text, B, slack):
    out, n = [], 0
    for u in units(text, 9, True)[:3]:
        w = len(u.split())
        if out and n + w > B + slack * w:
            break
        out.append(u); n += w
    return " ".join(out)

for B in (60, 80, 100, 120, 140, 10000):
    for slack in (0.0, 0.5):
        f = lambda i, r: pick(r["text"], B, slack)
        a, _ = evaluate(easc, f, sc)
        b, pb = evaluate(easc, f, sc, news)
        print(f"B={B} slack={slack}: all {fmt(a)} | news {fmt(b)}", flush=True)
