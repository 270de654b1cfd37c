"""Compare adlint's gender-coding verdicts with the plain published algorithm.

Usage: python scripts/gender_verdicts.py CORPUS
"""

import sys
from collections import Counter

from adlint import engine
from adlint.engine import files
from adlint.analysis.gender import analyse, load_wordlist
from adlint.config import Settings


def main(argv):
    paths, _ = files.collect(argv)
    words = load_wordlist("gender-coded-words")
    n = differ = 0
    changes: Counter = Counter()
    removed: Counter = Counter()
    for path in paths:
        res = engine.lint_path(path, Settings(select=("gender-coded",)))
        if res.error or res.language != "en" or "gender_coding" not in res.metrics:
            continue
        n += 1
        ours = res.metrics["gender_coding"]
        plain = analyse(res.document, words, frozenset(), None).summary()
        if ours["verdict"] != plain["verdict"]:
            differ += 1
            changes[(plain["verdict"], ours["verdict"])] += 1
        gone = Counter(w.lower() for w in plain["masculine"] + plain["feminine"])
        gone.subtract(Counter(w.lower() for w in ours["masculine"] + ours["feminine"]))
        removed.update({k: v for k, v in gone.items() if v > 0})
    print(f"english_ads={n} verdicts_differ={differ} ({100 * differ / max(n, 1):.1f}%)")
    for (a, b), c in changes.most_common():
        print(f"  {c:4d}  {a} -> {b}")
    print("words no longer counted:", ", ".join(f"{w} {c}" for w, c in removed.most_common(12)))


if __name__ == "__main__":
    main(sys.argv[1:])
