#!/usr/bin/python3
"""Ranker over bullet units (short sentences merged), OOF 5-fold, plus
ARGEn first-bullet trimming (rules + soft clause cap)."""
import sys
import ranker
from ranker import *
from ranker2 import oracle_labels, report, easc, sc, news
from rules import apply, argen, cap

T = int(sys.argv[1]) if len(sys.argv) > 1 else 10


def unit_sents(text):
    out = []
    for pi, p in enumerate(join_wrapped_lines(text)):
        cur, k = [], 0
        for s in split_sentences(p):
            cur.append(s)
            if len(" ".join(cur).split()) >= T:
                out.append((" ".join(cur), pi, k)); k += 1; cur = []
        if cur:
            out.append((" ".join(cur), pi, k))
    return out


def prep_u(recs, lab):
    data = []
    for r in recs:
        sents = unit_sents(r["text"])
        X, st = features(sc, sents)
        data.append((sents, X, st, lab(sc, sents, r["summaries"])))
    return data

data = prep_u(easc, oracle_labels)
for lam in (0.0, 0.5):
    for l2 in (1e-2, 1e-1):
        preds = cv(easc, data, sc, 3, lam=lam, l2=l2)
        report(f"units T={T} LR oracle lam={lam} l2={l2}", preds)
m = train_lr(np.vstack([d[1] for d in data]), np.concatenate([d[3] for d in data]))
print("  weights:", ", ".join(f"{n}={w:.2f}" for n, w in zip(FEATS, m[2])))
sc2 = Scorer(norm=False)
for W in (20, 25, 30, 1000):
    f = lambda i, r: cap(apply(article_sentences(r["text"])[0][0], ["conj", "hal", "wadhalik", "dateline"]), W)
    a, _ = evaluate(argen, f, sc2)
    print(f"ARGEn rules+cap{W}: {fmt(a)}")
