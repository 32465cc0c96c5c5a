#!/usr/bin/python3
"""Print EASC news items where Lead-3 scores lowest, with their first lines."""
from summ_common import *
easc = load("easc.jsonl")
sc = Scorer(norm=True)
rows = []
for i, r in enumerate(easc):
    if not r["meta"].get("is_news"): continue
    ss = article_sentences(r["text"])
    s = sc.score(" ".join(x for x, _, _ in ss[:3]), r["summaries"])["r1"]
    rows.append((s, i))
rows.sort()
for s, i in rows[:8]:
    r = easc[i]
    print(f"==== {r['id']} lead3 R1 {100*s:.1f} nsent {len(article_sentences(r['text']))}")
    print(r["text"][:700])
    print("-- ref0:", r["summaries"][0][:300])
