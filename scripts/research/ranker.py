#!/usr/bin/python3
"""Learned sentence ranker, evaluated out-of-fold (k-fold by article).

Features are cheap (position, length, centrality, first-sentence overlap,
numbers); the model is a logistic regression with soft labels so it ports
to C++ as one dot product. Selection: top-k by score with an MMR-style
redundancy penalty, output in article order.
"""
import math
import random
import numpy as np
from summ_common import *
from nltk.stem.snowball import SnowballStemmer

STEM = SnowballStemmer("arabic")
STOP = set(rouge_ar.normalize_ar(w) for w in (
    "في من على الى إلى عن مع ان أن إن هذا هذه ذلك التي الذي الذين كان كانت "
    "قد لم لا ما او أو ثم كما بين بعد قبل حيث كل وقد وفي ومن هو هي و ف ب ل "
    "عام عند منذ خلال حتى اي أي غير لدى تلك هناك").split())
_stem_cache = {}


def stems(sc, s):
    out = []
    for t in sc.toks(s):
        if t in STOP or len(t) < 2:
            continue
        st = _stem_cache.get(t)
        if st is None:
            st = STEM.stem(t) if len(t) > 3 else t
            _stem_cache[t] = st
        out.append(st)
    return out


def cos(a, b):
    num = sum(v * b.get(k, 0) for k, v in a.items())
    if not num:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return num / (na * nb)


def tf(lst):
    d = {}
    for x in lst:
        d[x] = d.get(x, 0) + 1
    return d


FEATS = ["first", "inv_pos", "rel_pos", "para_first", "rel_para", "log_len",
         "len30", "short", "central", "sim_first", "num_frac", "log_nsent",
         "colon_q", "quote", "pos_sq"]


def features(sc, sents):
    n = len(sents)
    npara = max(p for _, p, _ in sents) + 1
    st = [stems(sc, s) for s, _, _ in sents]
    tfs = [tf(x) for x in st]
    doc = tf([w for x in st for w in x])
    rows = []
    for i, (s, p, k) in enumerate(sents):
        toks = sc.toks(s)
        L = len(toks)
        rest = dict(doc)
        for w, c in tfs[i].items():
            rest[w] -= c
        central = cos(tfs[i], rest)
        simf = cos(tfs[i], tfs[0]) if i > 0 else (cos(tfs[0], tfs[1]) if n > 1 else 0.0)
        nums = sum(1 for t in toks if t[:1].isdigit())
        rows.append([
            1.0 if i == 0 else 0.0, 1.0 / (i + 1), i / max(1, n - 1),
            1.0 if k == 0 else 0.0, p / max(1, npara - 1), math.log(1 + L),
            min(L / 30.0, 2.0), 1.0 if L < 6 else 0.0, central, simf,
            nums / max(1, L), math.log(n), 1.0 if s.rstrip()[-1:] in ":?\u061F" else 0.0,
            1.0 if ('"' in s or "\u00AB" in s) else 0.0, (i / max(1, n - 1)) ** 2])
    return np.array(rows), st


def contains(sc, s, ref):
    """fraction of sentence tokens found in order-free ref bag."""
    t = sc.toks(s)
    if not t:
        return 0.0
    rb = tf(sc.toks(ref))
    hit = 0
    for w in t:
        if rb.get(w, 0) > 0:
            rb[w] -= 1
            hit += 1
    return hit / len(t)


def labels_easc(sc, sents, refs):
    return np.array([sum(1.0 for r in refs if contains(sc, s, r) > 0.8) / len(refs)
                     for s, _, _ in sents])


def labels_headline(sc, sents, refs):
    return np.array([sc.score(s, refs)["r1"] for s, _, _ in sents])


def train_lr(X, y, l2=1e-2, iters=400, lr=0.5):
    mu = X.mean(0)
    sd = X.std(0) + 1e-6
    Z = (X - mu) / sd
    w = np.zeros(Z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = p - y
        w -= lr * (Z.T @ g / n + l2 * w)
        b -= lr * g.mean()
    return mu, sd, w, b


def predict(m, X):
    mu, sd, w, b = m
    return ((X - mu) / sd) @ w + b


def select(scores, st, k, lam=0.0):
    chosen = []
    cand = list(range(len(scores)))
    tfs = [tf(x) for x in st]
    while cand and len(chosen) < k:
        best, bi = -1e9, None
        for i in cand:
            red = max((cos(tfs[i], tfs[j]) for j in chosen), default=0.0)
            v = scores[i] - lam * red
            if v > best:
                best, bi = v, i
        chosen.append(bi)
        cand.remove(bi)
    return sorted(chosen)


def prep(recs, sc, labeler):
    out = []
    for r in recs:
        sents = article_sentences(r["text"])
        X, st = features(sc, sents)
        y = labeler(sc, sents, r["summaries"])
        out.append((sents, X, st, y))
    return out


def cv(recs, data, sc, k, folds=5, lam=0.0, feats=None, l2=1e-2, seed=7):
    idx = list(range(len(recs)))
    random.Random(seed).shuffle(idx)
    fold = {d: j % folds for j, d in enumerate(idx)}
    preds = {}
    for f in range(folds):
        tr = [d for d in idx if fold[d] != f]
        X = np.vstack([data[d][1] for d in tr])
        y = np.concatenate([data[d][3] for d in tr])
        if feats is not None:
            X = X[:, feats]
        m = train_lr(X, y, l2=l2)
        for d in idx:
            if fold[d] != f:
                continue
            sents, Xd, st, _ = data[d]
            if feats is not None:
                Xd = Xd[:, feats]
            s = predict(m, Xd)
            ch = select(s, st, k, lam)
            preds[d] = " ".join(sents[i][0] for i in ch)
    return preds


if __name__ == "__main__":
    easc = load("easc.jsonl")
    sc = Scorer(norm=True)
    data = prep(easc, sc, labels_easc)
    news = lambda r: r["meta"].get("is_news")
    for lam in (0.0, 0.3):
        preds = cv(easc, data, sc, 3, lam=lam)
        a, pa = evaluate(easc, lambda i, r: preds[i], sc)
        b, pb = evaluate(easc, lambda i, r: preds[i], sc, news)
        print(f"LR lam={lam}: all {fmt(a)} CI {bootstrap_ci(pa)} | news {fmt(b)} CI {bootstrap_ci(pb)}")
    m = train_lr(np.vstack([d[1] for d in data]), np.concatenate([d[3] for d in data]))
    print("weights:", ", ".join(f"{n}={w:.2f}" for n, w in zip(FEATS, m[2])))
