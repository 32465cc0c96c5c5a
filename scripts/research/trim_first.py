#!/usr/bin/python3
"""Trim only the first bullet at a clause boundary (soft cap W1 words);
EASC Lead-3 over units (short-sentence merge T)."""
from trim import *

for T in (8, 10, 12):
    for W1 in (20, 25, 30, 1000):
        f = lambda i, r: " ".join([cap(u, W1) if j == 0 else u for j, u in enumerate(units(r["text"], T)[:3])])
        a, _ = evaluate(easc, f, sc)
        b, _ = evaluate(easc, f, sc, news)
        print(f"T={T} W1={W1}: all {fmt(a)} | news {fmt(b)}", flush=True)
