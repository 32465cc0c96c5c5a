#!/usr/bin/python3
"""Reproduce Lead-k with and without joining hard-wrapped lines."""
from summ_common import *

easc = load("easc.jsonl")
argen = load("argen_ntg_sample.jsonl")
sc = Scorer(norm=True)
news = lambda r: r["meta"].get("is_news")
for join in (False, True):
    for k in (1, 2, 3, 4):
        sys_ = lambda i, r: " ".join(s for s, _, _ in article_sentences(r["text"], join)[:k])
        a, _ = evaluate(easc, sys_, sc)
        b, _ = evaluate(easc, sys_, sc, news)
        print(f"join={join} Lead-{k} EASC all {fmt(a)} | news {fmt(b)}")
sc2 = Scorer(norm=False)
for k in (1,):
    sys_ = lambda i, r: " ".join(s for s, _, _ in article_sentences(r["text"])[:k])
    a, _ = evaluate(argen, sys_, sc2)
    print(f"ARGEn Lead-{k} {fmt(a)}")
