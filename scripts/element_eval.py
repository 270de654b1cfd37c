"""Precision and recall of element detection against hand labels.

    python scripts/element_eval.py evaluation/elements-seed7.tsv ../shared/corpus
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "src")
from adlint import engine  # noqa: E402
from adlint.analysis import elements  # noqa: E402
from adlint.analysis.facts import Facts  # noqa: E402
from adlint.config import Settings  # noqa: E402


def main(labels: str, corpus: str) -> None:
    truth: dict[tuple[str, str], bool] = {}
    for line in Path(labels).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("file\t") or not line.strip():
            continue
        f, el, present, *_ = line.split("\t")
        truth[(f, el)] = present == "1"
    detected = {}
    for f in sorted({f for f, _ in truth}):
        res = engine.lint_path(str(Path(corpus) / f), Settings())
        for el, ev in (Facts(res.document).elements or {}).items():
            detected[(f, el)] = ev is not None
    tp, fp, fn = Counter(), Counter(), Counter()
    for key, t in truth.items():
        d = detected[key]
        el = key[1]
        tp[el] += d and t
        fp[el] += d and not t
        fn[el] += t and not d
        if d != t:
            print(f"  {'FP' if d else 'FN'} {key[0]} {el}")
    print(f"{'element':20} {'present':>7} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    for el in elements.ELEMENTS:
        n = tp[el] + fn[el]
        p = tp[el] / (tp[el] + fp[el]) if tp[el] + fp[el] else 1.0
        r = tp[el] / n if n else 1.0
        print(f"{el:20} {n:7d} {tp[el]:4d} {fp[el]:4d} {fn[el]:4d} {p:9.2f} {r:7.2f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':20} {T + N:7d} {T:4d} {F:4d} {N:4d} {T / (T + F):9.2f} {T / (T + N):7.2f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
