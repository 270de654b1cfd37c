"""Agreement, precision and recall of element detection against hand labels.

    python scripts/element_eval.py evaluation/elements-seed7.tsv ../shared/corpus
    python scripts/element_eval.py evaluation/elements-commercial.tsv ../shared/corpus

Labels are TSV lines `file<TAB>element<TAB>0|1<TAB>note` (lines starting with `#`
and the `file` header are skipped; file paths are relative to the corpus folder).
Prints every disagreement (FP: detected but labelled absent; FN: labelled present
but not detected) with the label's note and the evidence adlint found, then per
element the counts, precision, recall and agreement, and overall agreement =
(TP + TN) / all labels.
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "src")
from adlint import engine  # noqa: E402
from adlint.analysis import elements  # noqa: E402
from adlint.analysis.facts import Facts  # noqa: E402
from adlint.config import Settings  # noqa: E402


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main(labels: str, corpus: str) -> None:
    truth: dict[tuple[str, str], bool] = {}
    notes: dict[tuple[str, str], str] = {}
    for line in Path(labels).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("file\t") or not line.strip():
            continue
        f, el, present, *rest = line.split("\t")
        truth[(f, el)] = present == "1"
        notes[(f, el)] = rest[0] if rest else ""
    detected: dict[tuple[str, str], bool] = {}
    evidence: dict[tuple[str, str], str] = {}
    for f in sorted({f for f, _ in truth}):
        res = engine.lint_path(str(Path(corpus) / f), Settings())
        for el, ev in (Facts(res.document).elements or {}).items():
            detected[(f, el)] = ev is not None
            if ev is not None:
                evidence[(f, el)] = f"{ev.how}: {' '.join(ev.text.split())[:90]}"
    tp, fp, fn, tn = Counter(), Counter(), Counter(), Counter()
    print("disagreements (kind file element | label note | detected evidence):")
    for key, t in truth.items():
        d = detected.get(key, False)
        el = key[1]
        tp[el] += d and t
        fp[el] += d and not t
        fn[el] += t and not d
        tn[el] += not t and not d
        if d != t:
            print(f"  {'FP' if d else 'FN'} {key[0]} {el} | label {int(t)}: {notes[key][:90]}"
                  f" | found: {evidence.get(key, '-')}")
    print(f"{'element':20} {'present':>7} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4}"
          f" {'precision':>9} {'recall':>7} {'agree':>6}")
    for el in elements.ELEMENTS:
        n = tp[el] + fn[el]
        allel = n + fp[el] + tn[el]
        print(f"{el:20} {n:7d} {tp[el]:4d} {fp[el]:4d} {fn[el]:4d} {tn[el]:4d}"
              f" {_ratio(tp[el], tp[el] + fp[el]):9.2f} {_ratio(tp[el], n):7.2f}"
              f" {_ratio(tp[el] + tn[el], allel):6.3f}")
    T, F, N, TN = (sum(c.values()) for c in (tp, fp, fn, tn))
    print(f"{'all':20} {T + N:7d} {T:4d} {F:4d} {N:4d} {TN:4d} {_ratio(T, T + F):9.2f}"
          f" {_ratio(T, T + N):7.2f} {_ratio(T + TN, T + F + N + TN):6.3f}")
    print(f"agreement (TP+TN)/all = {T + TN}/{T + F + N + TN} = {_ratio(T + TN, T + F + N + TN):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
