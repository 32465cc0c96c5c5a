#!/usr/bin/python3
"""Targeted trimming rules: measure each on ARGEn Lead-1 and EASC Lead-3
(units T=10), applied to the first bullet only and to all bullets."""
import re
from trim import *

N = rouge_ar.normalize_ar
TAIL_HAL = re.compile("[\u060C,]\\s*(\u0645\u0624\u0643\u062F|\u0645\u0634\u064A\u0631|\u0645\u0648\u0636\u062D|\u0645\u0636\u064A\u0641|\u0644\u0627\u0641\u062A|\u0645\u0639\u062A\u0628\u0631|\u0645\u0639\u0631\u0628)")
TAIL_WADHALIK = re.compile("[\u060C,]?\\s+\u0648\u0630\u0644\u0643\\s")
TAIL_CONJ = re.compile("[\u060C,]\\s*(\u062D\u064A\u062B|\u0641\u064A\u0645\u0627|\u0641\u064A \u062D\u064A\u0646|\u0628\u064A\u0646\u0645\u0627|\u0648\u0630\u0644\u0643)\\s")
DATELINE = re.compile("^[^\\s]{2,}(\\s[^\\s]{2,})?\\s*(\\([^)]{0,30}\\))?\\s*[-\u2013\u2014]\\s*([^\\s-]{2,}\\s*[-\u2013\u2014]\\s*)?")
PAREN = re.compile("\\s*\\([^()]{0,80}\\)")


def apply(s, rules):
    for name in rules:
        if name == "hal":
            m = TAIL_HAL.search(s)
            if m and len(s[:m.start()].split()) >= 6:
                s = s[:m.start()]
        elif name == "wadhalik":
            m = TAIL_WADHALIK.search(s)
            if m and len(s[:m.start()].split()) >= 6:
                s = s[:m.start()]
        elif name == "conj":
            m = TAIL_CONJ.search(s)
            if m and len(s[:m.start()].split()) >= 6:
                s = s[:m.start()]
        elif name == "dateline":
            m = DATELINE.match(s)
            if m and len(s[:m.end()].split()) <= 4:
                s = s[m.end():]
        elif name == "paren":
            s = PAREN.sub("", s)
    return s


sc2 = Scorer(norm=False)
for rules in ([], ["hal"], ["wadhalik"], ["conj"], ["dateline"], ["paren"],
              ["hal", "conj", "dateline", "paren"]):
    f = lambda i, r: apply(article_sentences(r["text"])[0][0], rules)
    a, _ = evaluate(argen, f, sc2)
    g = lambda i, r: " ".join(apply(u, rules) for u in units(r["text"], 10)[:3])
    b, _ = evaluate(easc, g, sc)
    c, _ = evaluate(easc, g, sc, news)
    print(f"{rules}: ARGEn {fmt(a)} | EASC all {fmt(b)} | news {fmt(c)}", flush=True)
