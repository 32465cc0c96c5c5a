#!/usr/bin/python3
"""Lead units (T=9) with a word budget, where the learned ranker (OOF)
may veto a unit whose score is below tau (the unit is skipped)."""
import random
from ranker import *
from ranker2 import oracle_labels
from units2 import units, easc, sc, news

data = []
for r in easc:
    s = [(u, 0, 0) for u in units(r["text"], 9, True)]
    X, st = features(sc, s)
    data.append((s, X, st, oracle_labels(sc, s, r["summaries"])))

idx = list(range(len(easc)))
random.Random(7).shuffle(idx)
fold = {d: j % 5 for j, d in enumerate(idx)}
oof = {}
for f in range(5):
    tr = [d for d in idx if fold[d] != f]
    m = train_lr(np.vstack([data[d][1] for d in tr]), np.concatenate([data[d][3] for d in tr]), l2=0.1)
    for d in idx:
        if fold[d] == f:
            oof[d] = 1 / (1 + np.exp(-predict(m, data[d][1])))


def pick(d, tau, B=140, slack=0.5):
    s = data[d][0]
    out, n = [], 0
    for i, (u, _, _) in enumerate(s):
        if len(out) == 3: break
        if oof[d][i] < tau and len(s) - i > 3 - len(out): continue
        w = len(u.split())
        if out and n + w > B + slack * w: break
        out.append(u); n += w
    return " ".join(out)

for tau in (-1, 0.05, 0.1, 0.15, 0.2, 0.25):
    for B in (140, 100000):
        a, _ = evaluate(easc, lambda i, r: pick(i, tau, B), sc)
        b, _ = evaluate(easc, lambda i, r: pick(i, tau, B), sc, news)
        print(f"tau={tau} B={B}: all {fmt(a)} | news {fmt(b)}", flush=True)
