#!/usr/bin/python3
"""Ranker restricted to the first M units (T=9), OOF 5-fold; a bonus on
position keeps it close to Lead while letting it skip weak lead units."""
import random
from ranker import *
from ranker2 import oracle_labels
from units2 import units, easc, sc, news


def usents(text, T=9):
    return [(u, 0, 0) for u in units(text, T, True)]

data = []
for r in easc:
    s = usents(r["text"])
    X, st = features(sc, s)
    data.append((s, X, st, oracle_labels(sc, s, r["summaries"])))

def run(M, l2, seed=7, folds=5):
    idx = list(range(len(easc)))
    random.Random(seed).shuffle(idx)
    fold = {d: j % folds for j, d in enumerate(idx)}
    preds = {}
    for f in range(folds):
        tr = [d for d in idx if fold[d] != f]
        X = np.vstack([data[d][1][:M] for d in tr])
        y = np.concatenate([data[d][3][:M] for d in tr])
        m = train_lr(X, y, l2=l2)
        for d in idx:
            if fold[d] != f: continue
            s, Xd, st, _ = data[d]
            sc_ = predict(m, Xd[:M])
            ch = sorted(sorted(range(len(sc_)), key=lambda i: -sc_[i])[:3])
            preds[d] = " ".join(s[i][0] for i in ch)
    a, pa = evaluate(easc, lambda i, r: preds[i], sc)
    b, pb = evaluate(easc, lambda i, r: preds[i], sc, news)
    print(f"M={M} l2={l2} seed={seed}: all {fmt(a)} | news {fmt(b)}", flush=True)

for M in (4, 5, 6):
    for l2 in (1e-2, 1e-1, 1.0):
        run(M, l2)
