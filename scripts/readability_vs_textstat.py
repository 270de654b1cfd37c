"""adlint's readability figures next to textstat's on the same English ads.

    pip install 'textstat>=0.7.5,<0.7.9' && python scripts/readability_vs_textstat.py ../shared/corpus/md

For each ad: adlint's sentences, Flesch Reading Ease and Flesch-Kincaid grade;
textstat's on the same prose joined into one string (how most tools call it);
and textstat's with each adlint sentence given its own full stop (what textstat
would say if it could see the bullets and headings). Prints medians.
"""

import statistics
import sys
import time

sys.path.insert(0, "src")
import textstat  # noqa: E402

from adlint import engine
from adlint.engine import files  # noqa: E402
from adlint.config import Settings  # noqa: E402
from adlint.analysis.sentences import sentences  # noqa: E402


def main(paths):
    found, _ = files.collect(paths)
    rows = []
    t_adlint = t_textstat = 0.0
    for path in found:
        res = engine.lint_path(path, Settings(select=("readability/grade",)))
        if res.error or res.language != "en" or not res.metrics.get("grade"):
            continue
        t0 = time.perf_counter()
        doc = res.document
        sents = sentences(doc)
        joined = " ".join(b.text.replace("\ufffc", " ") for b in doc.blocks)
        stopped = " ".join(s.text.replace("\ufffc", " ").rstrip(".!?:;") + "." for s in sents)
        t1 = time.perf_counter()
        ts = (textstat.sentence_count(joined), textstat.flesch_reading_ease(joined),
              textstat.flesch_kincaid_grade(joined), textstat.sentence_count(stopped),
              textstat.flesch_reading_ease(stopped), textstat.flesch_kincaid_grade(stopped))
        t_textstat += time.perf_counter() - t1
        m = res.metrics
        rows.append((m["sentences"], m["flesch_reading_ease"], m["grade"], *ts))
        t_adlint += t1 - t0
    cols = ["adlint sentences", "adlint FRE", "adlint grade",
            "textstat(joined) sentences", "textstat(joined) FRE", "textstat(joined) grade",
            "textstat(stopped) sentences", "textstat(stopped) FRE", "textstat(stopped) grade"]
    print(f"{len(rows)} English ads")
    for i, c in enumerate(cols):
        print(f"  median {c:30} {statistics.median(r[i] for r in rows):8.1f}")
    diffs = [abs(r[2] - r[8]) for r in rows]
    print(f"  |adlint grade - textstat(stopped) grade|: median {statistics.median(diffs):.2f}, "
          f"max {max(diffs):.2f}")
    print(f"  ads over grade 10: adlint {sum(r[2] > 10 for r in rows)}, "
          f"textstat(joined) {sum(r[5] > 10 for r in rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
