#!/usr/bin/python3
"""Shared helpers for the summary research scripts (issue 3).

Loads the shared summarization sets, splits articles into candidate
sentences (joining hard-wrapped lines), and scores with the shared
rouge_ar.py so numbers match the README baselines.
"""
import json
import os
import re
import sys

SHARED = os.environ.get("KHULASA_SHARED_DIR", "/work/shared")
DATA = os.path.join(SHARED, "data", "summarization")
sys.path.insert(0, DATA)
import rouge_ar  # noqa: E402

TERMINAL = ".!?\u061F\u06D4"


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def join_wrapped_lines(text):
    """Paragraphs: a line that does not end in terminal punctuation is
    continued by the next line (hard wrap)."""
    paras, cur = [], []
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        cur.append(s)
        if s[-1] in TERMINAL or s[-1] in ")\"\u00BB:":
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


_SENT = re.compile(r"(?<=[.!?\u061F\u06D4])\s+")


def split_sentences(par):
    return [s.strip() for s in _SENT.split(par) if s.strip()]


def article_sentences(text, join=True):
    """List of (sentence, paragraph_index, index_in_paragraph)."""
    out = []
    paras = join_wrapped_lines(text) if join else [
        l.strip() for l in text.split("\n") if l.strip()]
    for pi, p in enumerate(paras):
        for si, s in enumerate(split_sentences(p)):
            out.append((s, pi, si))
    return out


class Scorer:
    def __init__(self, norm=True, stem=False):
        self.norm, self.stem = norm, stem
        self.cache = {}

    def toks(self, s):
        t = self.cache.get(s)
        if t is None:
            t = rouge_ar.tokenize(s, self.stem, self.norm)
            self.cache[s] = t
        return t

    def score(self, pred, refs):
        """max over refs of r1, r2, rL (F1)."""
        pt = self.toks(pred)
        best = {"r1": 0.0, "r2": 0.0, "rL": 0.0}
        for r in refs:
            sc = rouge_ar.rouge(pt, self.toks(r))
            for k in best:
                best[k] = max(best[k], sc[k])
        return best


def evaluate(recs, system, scorer, subset=None):
    tot = {"r1": 0.0, "r2": 0.0, "rL": 0.0}
    per = []
    n = 0
    for i, r in enumerate(recs):
        if subset is not None and not subset(r):
            continue
        pred = system(i, r)
        s = scorer.score(pred, r["summaries"])
        per.append(s["r1"])
        for k in tot:
            tot[k] += s[k]
        n += 1
    return {k: 100 * v / n for k, v in tot.items()}, per


def bootstrap_ci(per, iters=1000, seed=1):
    import random
    rng = random.Random(seed)
    n = len(per)
    means = sorted(sum(per[rng.randrange(n)] for _ in range(n)) / n
                   for _ in range(iters))
    return 100 * means[int(0.025 * iters)], 100 * means[int(0.975 * iters)]


def fmt(s):
    return f"R1 {s['r1']:.2f} R2 {s['r2']:.2f} RL {s['rL']:.2f}"
