#!/usr/bin/python3
"""Theme segmentation by lexical cohesion between adjacent paragraphs
(cosine of stemmed bags); pick the first unit of each of the 3 themes vs
Lead units. Boundaries: the 2 lowest-cohesion paragraph gaps, or only
gaps with cohesion below a threshold (then lead fills the rest)."""
from ranker import stems, tf, cos
from units2 import easc, sc, news
from summ_common import *


def para_units(text, T=9):
    out = []
    for pi, p in enumerate(join_wrapped_lines(text)):
        cur, start = [], len(out)
        for s in split_sentences(p):
            cur.append(s)
            if len(" ".join(cur).split()) >= T:
                out.append((" ".join(cur), pi)); cur = []
        if cur:
            if len(out) > start:
                out[-1] = (out[-1][0] + " " + " ".join(cur), pi)
            else:
                out.append((" ".join(cur), pi))
    return out


def themed(text, thr):
    us = para_units(text)
    np_ = max(p for _, p in us) + 1
    bags = [tf([w for u, p in us if p == q for w in stems(sc, u)]) for q in range(np_)]
    gaps = sorted((cos(bags[q - 1], bags[q]), q) for q in range(1, np_))
    cuts = sorted(q for c, q in gaps[:2] if c < thr)
    starts = [0] + cuts
    chosen = []
    for q in starts:
        for i, (u, p) in enumerate(us):
            if p >= q and i not in chosen:
                chosen.append(i); break
    for i in range(len(us)):
        if len(chosen) >= 3: break
        if i not in chosen: chosen.append(i)
    return " ".join(us[i][0] for i in sorted(chosen[:3]))

for thr in (-1, 0.02, 0.05, 0.1, 0.2, 2):
    a, _ = evaluate(easc, lambda i, r: themed(r["text"], thr), sc)
    b, _ = evaluate(easc, lambda i, r: themed(r["text"], thr), sc, news)
    print(f"thr={thr}: all {fmt(a)} | news {fmt(b)}", flush=True)
