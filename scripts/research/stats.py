#!/usr/bin/python3
"""Length statistics: Lead-3 vs reference lengths; sentences per article."""
from summ_common import *
import statistics as st
easc = load("easc.jsonl")
sc = Scorer(norm=True)
for name, sub in (("all", lambda r: True), ("news", lambda r: r["meta"].get("is_news"))):
    l3, rl, ns, sl = [], [], [], []
    for r in easc:
        if not sub(r): continue
        ss = article_sentences(r["text"])
        ns.append(len(ss))
        sl += [len(sc.toks(s)) for s, _, _ in ss]
        l3.append(len(sc.toks(" ".join(s for s, _, _ in ss[:3]))))
        rl.append(st.mean(len(sc.toks(x)) for x in r["summaries"]))
    print(name, "lead3 words med", st.median(l3), "ref med", st.median(rl), "sents med", st.median(ns), "sent len med", st.median(sl))
