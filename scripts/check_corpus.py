"""Lint every file under a corpus folder and verify positions.

Usage: python scripts/check_corpus.py PATH [PATH...]

For every span finding, the source text at its reported line/column range must
be the text the rule matched (after decoding entities and dropping markup that
lies inside the span). Prints counts and any mismatch; exits 1 on a mismatch or
an input error.
"""

from __future__ import annotations

import html
import re
import sys
import time
from collections import Counter

from adlint import engine
from adlint.engine import files
from adlint.config import Settings
from adlint.document import LineIndex


def _norm(s: str) -> str:
    return " ".join(html.unescape(s).split())


def _matches(stripped: str, sliced: str, named: str) -> bool:
    """Does the prose the rule matched equal the source slice, markup removed?
    Masked text (code, template tags, URLs: U+FFFC in `named`) matches anything."""
    named = re.sub(r"[*_]", "", named)  # unmatched emphasis markers stay literal text
    if "\ufffc" not in named:
        return _norm(stripped) == _norm(named) or _norm(sliced) == _norm(named)
    pieces = [re.escape(_norm(p)) for p in re.split("\ufffc+", named)]
    pattern = re.compile(".*?".join(pieces), re.DOTALL)
    return any(pattern.fullmatch(_norm(t)) for t in (stripped, sliced))


def main(argv: list[str]) -> int:
    paths, errors = files.collect(argv)
    settings = Settings()
    t0 = time.perf_counter()
    per_rule: Counter = Counter()
    bad = 0
    n_findings = 0
    for e in errors:
        print("input error:", *e)
    input_errors = len(errors)
    for path in paths:
        res = engine.lint_path(path, settings)
        if res.error:
            input_errors += 1
            print("input error:", path, res.error)
            continue
        src = res.source.text
        lines = LineIndex(src)
        for f in res.findings:
            n_findings += 1
            per_rule[f.rule] += 1
            if f.start is None:
                if (f.line, f.column, f.end_line, f.end_column) != (1, 1, 1, 1):
                    bad += 1
                continue
            s = lines.starts[f.line - 1] + f.column - 1
            e = lines.starts[f.end_line - 1] + f.end_column - 1
            sliced = src[s:e]
            stripped = re.sub(r"[*_`\\]|<[^>]*>|\[|\]\([^)]*\)", "", sliced)
            if sliced != f.text or not _matches(stripped, sliced, f.named):
                bad += 1
                print(f"MISMATCH {path}:{f.line}:{f.column} {f.rule} slice={sliced!r} named={f.named!r}")
    dt = time.perf_counter() - t0
    print(f"files={len(paths)} input_errors={input_errors} findings={n_findings} "
          f"position_mismatches={bad} seconds={dt:.2f}")
    for rule, n in per_rule.most_common():
        print(f"  {n:6d} {rule}")
    return 1 if bad or input_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
