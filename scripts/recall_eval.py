"""Recall of adlint against an editor's list (evaluation/recall/editor-list.tsv).

    python scripts/recall_eval.py [LIST] [CORPUS] [--misses] [--without TSV] [-- ADLINT_ARGS...]

`--without TSV` leaves out the rows the TSV names (by file, line and quote), e.g.
evaluation/recall/judge-rejected.tsv: the kinds of wording independent judges did not
accept as a problem.

A phrase-level item is caught when a finding's span overlaps the quoted text on its
line (the finding's line range touches the item's line and the texts share a word); a
whole-ad "missing" item is caught by the matching elements/missing-<element> finding;
other whole-ad items by any whole-ad finding of a rule in a matching pack. Prints recall
per category, phrase-level and overall, and the misses (for the next round of rules).
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MISSING = {"accommodation": "accommodation", "inclusion": "inclusion", "contact": "contact",
           "growth": "growth", "deadline": "deadline", "benefits": "benefits", "pay": "pay",
           "how to apply": "application-process", "application": "application-process",
           "location": "location", "schedule": "schedule", "about": "about",
           "requirements": "requirements", "responsibilities": "responsibilities"}


def load(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        rows.append(r)
    return rows


def lint(corpus: Path, files: list[str], extra: list[str]) -> dict:
    cmd = [sys.executable, "-m", "adlint", "check", "--format", "json", "--no-cache",
           "--exit-zero", *extra, *[str(corpus / f) for f in files]]
    report = json.loads(subprocess.run(cmd, capture_output=True, text=True).stdout)
    out = {}
    for entry in report["files"]:
        rel = str(Path(entry["path"]).resolve().relative_to(corpus.resolve()))
        out[rel] = entry["diagnostics"]
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) > 2}


def caught(item: dict, diags: list[dict]) -> str | None:
    if item["level"] == "ad":
        if item["category"] == "missing":
            element = item["why"].split(":")[0].strip().lower()
            key = MISSING.get(element, element.replace(" ", "-"))
            for d in diags:
                if d["rule"] == f"elements/missing-{key}":
                    return d["rule"]
            return None
        for d in diags:
            if d.get("text") in (None, "") and d["rule"].split("/")[0] not in ("elements",):
                return d["rule"]
        return None
    line, quote = int(item["line"] or 0), item["quote"]
    qwords = _words(quote)
    for d in diags:
        if not d.get("text"):
            continue
        if d["line"] <= line <= d["end_line"] or line <= d["line"] <= line + quote.count("\n"):
            if qwords & _words(d["text"]) or not qwords:
                return d["rule"]
    return None


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    if "-h" in argv or "--help" in argv:
        print(__doc__.strip())
        return 0
    without = set()
    if "--without" in argv:
        k = argv.index("--without")
        if k + 1 >= len(argv):
            print("recall_eval: --without needs a TSV path", file=sys.stderr)
            return 2
        try:
            without = {(r["file"], r["line"], r["quote"]) for r in load(argv[k + 1])}
        except (OSError, KeyError) as exc:
            print(f"recall_eval: cannot read {argv[k + 1]}: {exc}", file=sys.stderr)
            return 2
        argv = argv[:k] + argv[k + 2:]
    positional = [a for a in argv if not a.startswith("--")]
    list_path = positional[0] if positional else "evaluation/recall/editor-list.tsv"
    corpus = Path(positional[1] if len(positional) > 1 else "../shared/corpus")
    try:
        items = load(list_path)
    except OSError as exc:
        print(f"recall_eval: cannot read {list_path}: {exc.strerror}", file=sys.stderr)
        return 2
    items = [i for i in items if (i["file"], i["line"], i["quote"]) not in without]
    results = lint(corpus, sorted({i["file"] for i in items}), extra)
    total, hit = Counter(), Counter()
    misses = defaultdict(list)
    for item in items:
        cat = item["category"]
        by = caught(item, results.get(item["file"], []))
        total[cat] += 1
        if by:
            hit[cat] += 1
        else:
            misses[cat].append(item)
    print("| category | items | caught | recall |\n|---|---:|---:|---:|")
    for cat in sorted(total, key=lambda c: -total[c]):
        print(f"| {cat} | {total[cat]} | {hit[cat]} | {hit[cat] / total[cat]:.0%} |")
    phrase = [i for i in items if i["level"] == "phrase"]
    ph_hit = sum(1 for i in phrase if caught(i, results.get(i["file"], [])))
    print(f"\nphrase-level recall: {ph_hit}/{len(phrase)} = {ph_hit / len(phrase):.1%}")
    print(f"overall recall: {sum(hit.values())}/{sum(total.values())} = "
          f"{sum(hit.values()) / sum(total.values()):.1%}")
    if "--misses" in argv:
        for cat, rows in misses.items():
            for r in rows:
                print(f"MISS {cat}\t{r['file']}:{r['line']}\t{r['quote'][:80]}\t{r['why'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
