#!/usr/bin/python3
"""Bullet units: merge a short sentence with the next one in its paragraph
(a bullet may span several source sentences). Lead-3 over units."""
from summ_common import *

easc = load("easc.jsonl")
argen = load("argen_ntg_sample.jsonl")
sc = Scorer(norm=True)
news = lambda r: r["meta"].get("is_news")


def units(text, T, mode="next"):
    out = []
    paras = join_wrapped_lines(text)
    for p in paras:
        ss = split_sentences(p)
        cur = []
        for s in ss:
            cur.append(s)
            if len(" ".join(cur).split()) >= T:
                out.append(" ".join(cur))
                cur = []
        if cur:
            if out and mode == "prev" and len(" ".join(cur).split()) < T and False:
                out[-1] += " " + " ".join(cur)
            else:
                out.append(" ".join(cur))
    return out

for T in (0, 8, 10, 12, 15, 18, 22):
    f = lambda i, r: " ".join(units(r["text"], T)[:3])
    a, _ = evaluate(easc, f, sc)
    b, _ = evaluate(easc, f, sc, news)
    print(f"T={T} Lead-3 units: all {fmt(a)} | news {fmt(b)}")
