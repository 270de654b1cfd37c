"""adlint's language per file against hand labels (evaluation/langid-labels.tsv):
English ads must stay English, and no other ad may be read as English.

    python scripts/language_eval.py [LABELS] [CORPUS]
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path


def main(argv: list[str]) -> int:
    labels_path = argv[0] if argv else "evaluation/langid-labels.tsv"
    corpus = Path(argv[1] if len(argv) > 1 else "../shared/corpus")
    with open(labels_path, encoding="utf-8") as fh:
        labels = {r["file"]: r["language"] for r in csv.DictReader(
            (line for line in fh if not line.startswith("#")), delimiter="\t")}
    proc = subprocess.run([sys.executable, "-m", "adlint", "check", "--format", "json",
                           "--no-cache", "--exit-zero", str(corpus)], capture_output=True, text=True)
    counts: Counter = Counter()
    wrong = []
    for entry in json.loads(proc.stdout)["files"]:
        rel = str(Path(entry["path"]).resolve().relative_to(corpus.resolve()))
        if rel not in labels:
            continue
        expected, got = labels[rel], entry["language"]
        counts[expected == "en", got == "en"] += 1
        if got != expected:
            wrong.append((rel, expected, got))
    en = counts[True, True] + counts[True, False]
    other = counts[False, False] + counts[False, True]
    print(f"English ads read as English: {counts[True, True]}/{en}")
    print(f"other ads not read as English: {counts[False, False]}/{other}")
    print(f"exact language: {sum(counts.values()) - len(wrong)}/{sum(counts.values())}")
    for rel, expected, got in wrong:
        print(f"  {rel}: labelled {expected}, read as {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
