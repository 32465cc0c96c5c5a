#!/usr/bin/python3
"""Label variants for the ranker and simple positional heuristics (OOF)."""
from ranker import *


def oracle_labels(sc, sents, refs, k=3):
    """Greedy extractive oracle: sentences that maximize max-over-refs R-1 F1."""
    chosen = []
    best = 0.0
    y = np.zeros(len(sents))
    for _ in range(k):
        bi = None
        for i in range(len(sents)):
            if i in chosen:
                continue
            txt = " ".join(sents[j][0] for j in sorted(chosen + [i]))
            v = sc.score(txt, refs)["r1"]
            if v > best:
                best, bi = v, i
        if bi is None:
            break
        chosen.append(bi)
    for i in chosen:
        y[i] = 1.0
    return y


def recall_labels(sc, sents, refs):
    out = []
    for s, _, _ in sents:
        t = sc.toks(s)
        best = 0.0
        for r in refs:
            rt = sc.toks(r)
            rb = tf(rt)
            hit = 0
            for w in t:
                if rb.get(w, 0) > 0:
                    rb[w] -= 1
                    hit += 1
            best = max(best, hit / max(1, len(rt)))
        out.append(best)
    y = np.array(out)
    return y / max(1e-9, y.max())


easc = load("easc.jsonl")
sc = Scorer(norm=True)
news = lambda r: r["meta"].get("is_news")

def report(name, preds):
    a, pa = evaluate(easc, lambda i, r: preds[i], sc)
    b, pb = evaluate(easc, lambda i, r: preds[i], sc, news)
    print(f"{name}: all {fmt(a)} | news {fmt(b)}", flush=True)

# heuristics
for m in (3, 4, 5, 6):
    preds = {}
    for i, r in enumerate(easc):
        ss = article_sentences(r["text"])
        top = sorted(range(min(m, len(ss))), key=lambda j: -len(sc.toks(ss[j][0])))[:3]
        preds[i] = " ".join(ss[j][0] for j in sorted(top))
    report(f"3 longest of first {m}", preds)

for lab_name, lab in (("oracle", oracle_labels), ("recall", recall_labels)):
    data = prep(easc, sc, lab)
    preds = cv(easc, data, sc, 3)
    report(f"LR {lab_name}", preds)
    m = train_lr(np.vstack([d[1] for d in data]), np.concatenate([d[3] for d in data]))
    print("  weights:", ", ".join(f"{n}={w:.2f}" for n, w in zip(FEATS, m[2])))
    # oracle ceiling of the labels themselves
    if lab_name == "oracle":
        preds = {i: " ".join(data[i][0][j][0] for j in range(len(data[i][0])) if data[i][3][j] > 0) for i in range(len(easc))}
        report("oracle ceiling", preds)
