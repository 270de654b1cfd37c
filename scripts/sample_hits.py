"""Print a random sample of findings with context, for precision review.

Usage: python scripts/sample_hits.py CORPUS N [RULE-PREFIX...]
"""

import random
import sys

from adlint import engine
from adlint.engine import files
from adlint.config import Settings


def main(argv):
    corpus, n, prefixes = argv[0], int(argv[1]), tuple(argv[2:])
    paths, _ = files.collect([corpus])
    hits = []
    for path in paths:
        res = engine.lint_path(path, Settings())
        if res.error or res.language != "en":
            continue
        for f in res.findings:
            if f.start is None or (prefixes and not f.rule.startswith(prefixes)):
                continue
            src = res.source.text
            ctx = " ".join(src[max(0, f.start - 60):f.end + 60].split())
            hits.append((f.rule, path, f.line, f.text, ctx))
    random.Random(int(sys.argv[4]) if False else 7).shuffle(hits)
    for h in hits[:n]:
        print(f"{h[0]}\t{h[1]}:{h[2]}\t{h[3]!r}\t…{h[4]}…")
    print(f"# {len(hits)} span hits in total", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
