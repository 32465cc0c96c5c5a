#!/usr/bin/python3
"""Where the greedy oracle's units sit (T=9 units), news vs Wikipedia, and
the best Lead-k-units subset per article (k=2..4)."""
import collections
from ranker2 import oracle_labels
from units2 import units, easc, sc, news
for name, sub in (("news", True), ("wiki", False)):
    C = collections.Counter(); n = 0
    for r in easc:
        if bool(r["meta"].get("is_news")) != sub: continue
        s = [(u, 0, 0) for u in units(r["text"], 9, True)]
        y = oracle_labels(sc, s, r["summaries"])
        for i, v in enumerate(y):
            if v: C[min(i, 9)] += 1
        n += 1
    print(name, n, sorted(C.items()))
