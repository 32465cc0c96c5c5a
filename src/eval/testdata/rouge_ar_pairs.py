#!/usr/bin/env python3
"""Scores a fixed set of (candidate, references) pairs with the shared
rouge_ar.py, for rouge_agreement_test.cc to compare our C++ ROUGE against.

Usage: /usr/bin/python3 rouge_ar_pairs.py SUMMARIZATION_DIR OUT.json

The pairs come from the shared data sets, chosen the same way every run:
  - EASC (easc.jsonl), every 4th article: Lead-1 and Lead-3 against the five
    references, and the first reference against the other four (long
    texts, many line breaks);
  - ARGEn (argen_ntg_sample.jsonl), every 11th article: Lead-1 and Lead-2
    against the headline.
Lead-k is rouge_ar.lead(text, k) (those pairs also carry "article" and
"lead" = k, to check our copy of its sentence rule). For each configuration (plain, --norm,
--stem, --norm --stem) the output holds, per text, rouge_ar.tokenize()'s
tokens and, per pair and reference, rouge_ar.rouge()'s F1 values.
"stem_available" is false when NLTK is missing; then only the unstemmed
configurations are written.
"""
import json
import os
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data_dir, out_path = sys.argv[1], sys.argv[2]
    sys.path.insert(0, data_dir)
    import rouge_ar  # the shared scorer, never copied into the repo

    easc = load(os.path.join(data_dir, "easc.jsonl"))[::4]
    argen = load(os.path.join(data_dir, "argen_ntg_sample.jsonl"))[::11]
    pairs = []
    for r in easc:
        for k in (1, 3):
            pairs.append({"name": f"{r['id']} lead-{k}",
                          "candidate": rouge_ar.lead(r["text"], k),
                          "references": r["summaries"],
                          "article": r["text"], "lead": k})
        pairs.append({"name": f"{r['id']} human-0",
                      "candidate": r["summaries"][0],
                      "references": r["summaries"][1:]})
    for r in argen:
        for k in (1, 2):
            pairs.append({"name": f"{r['id']} lead-{k}",
                          "candidate": rouge_ar.lead(r["text"], k),
                          "references": r["summaries"],
                          "article": r["text"], "lead": k})

    try:
        import nltk.stem.snowball  # noqa: F401
        stem_available = True
    except ImportError:
        stem_available = False
    configs = []
    for norm in (False, True):
        for stem in (False, True):
            if stem and not stem_available:
                continue
            scored = []
            for p in pairs:
                cand = rouge_ar.tokenize(p["candidate"], stem, norm)
                refs = [rouge_ar.tokenize(x, stem, norm)
                        for x in p["references"]]
                scored.append({
                    "candidate_tokens": cand,
                    "reference_tokens": refs,
                    "scores": [rouge_ar.rouge(cand, ref) for ref in refs],
                })
            configs.append({"norm": norm, "stem": stem, "pairs": scored})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"stem_available": stem_available, "pairs": pairs,
                   "configs": configs}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
