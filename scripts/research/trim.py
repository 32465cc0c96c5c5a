#!/usr/bin/python3
"""Units (short-sentence merge) + long-sentence trimming at a clause
boundary. Lead-3 over units for EASC, Lead-1 for ARGEn."""
import re
from summ_common import *
from units import units, easc, argen, sc, news

CLAUSE = re.compile(r"[\u060C,\u061B;:]\s")


def cap(s, W, hard=False):
    w = s.split()
    if len(w) <= W:
        return s
    # last clause boundary at or before W words
    best = None
    pos = 0
    for m in CLAUSE.finditer(s):
        nw = len(s[:m.start()].split())
        if nw <= W and nw >= W // 3:
            best = m.start()
    if best is not None:
        return s[:best]
    return " ".join(w[:W]) if hard else s


if __name__ == "__main__":
    sc2 = Scorer(norm=False)
    for T in (0, 10, 15):
        for W in (30, 35, 40, 45, 1000):
            for hard in (False, True):
                f = lambda i, r: " ".join(cap(u, W, hard) for u in units(r["text"], T)[:3])
                a, _ = evaluate(easc, f, sc)
                b, _ = evaluate(easc, f, sc, news)
                print(f"T={T} W={W} hard={hard}: all {fmt(a)} | news {fmt(b)}", flush=True)
    for W in (8, 10, 12, 15, 18, 20, 25, 1000):
        for hard in (False, True):
            f = lambda i, r: cap(article_sentences(r["text"])[0][0], W, hard)
            a, _ = evaluate(argen, f, sc2)
            print(f"ARGEn lead1 W={W} hard={hard}: {fmt(a)}", flush=True)
