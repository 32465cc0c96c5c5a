#!/usr/bin/python3
"""Unit-building variants: forward merge threshold T, and whether a short
paragraph tail joins the previous unit."""
from summ_common import *

easc = load("easc.jsonl")
sc = Scorer(norm=True)
news = lambda r: r["meta"].get("is_news")


def units(text, T, back):
    out = []
    for p in join_wrapped_lines(text):
        cur, start = [], len(out)
        for s in split_sentences(p):
            cur.append(s)
            if len(" ".join(cur).split()) >= T:
                out.append(" ".join(cur)); cur = []
        if cur:
            if back and len(out) > start:
                out[-1] += " " + " ".join(cur)
            else:
                out.append(" ".join(cur))
    return out

for T in (5, 6, 7, 8, 9, 10, 12):
    for back in (False, True):
        f = lambda i, r: " ".join(units(r["text"], T, back)[:3])
        a, pa = evaluate(easc, f, sc)
        b, pb = evaluate(easc, f, sc, news)
        print(f"T={T} back={back}: all {fmt(a)} | news {fmt(b)} CI {bootstrap_ci(pb)}", flush=True)
