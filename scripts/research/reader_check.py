#!/usr/bin/python3
"""How the C++ article reader (khulasa parse --format text) sees EASC:
titles, subheadings and sentence counts, vs the research splitter."""
import json, subprocess, sys
from summ_common import *
BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/main/build-summary/tools/khulasa/khulasa"
easc = load("easc.jsonl")
nt = ns = 0
for r in easc:
    out = subprocess.run([BIN, "parse", "--format", "text", "-"], input=r["text"].encode(), capture_output=True)
    a = json.loads(out.stdout)
    subs = [b for b in a["blocks"] if b["kind"] == "subheading"]
    sents = [s["text"] for b in a["blocks"] if b["kind"] == "paragraph" for s in b["sentences"]]
    py = [s for s, _, _ in article_sentences(r["text"])]
    if a["title"]: nt += 1
    if subs: ns += 1
    if a["title"] or subs or len(sents) != len(py):
        print(r["id"], "news" if r["meta"].get("is_news") else "wiki", "title:", a["title"][:50], "| subs:", len(subs), [s["text"][:30] for s in subs][:3], "| sents", len(sents), "py", len(py))
print("titles", nt, "with subheadings", ns)
