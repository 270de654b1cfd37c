"""Print element detection with its evidence for a random sample of English ads,
plus, for each element not found, source lines with broad hints, for hand review.

    python scripts/element_review.py N SEED PATH...
"""

import random
import re
import sys

sys.path.insert(0, "src")
from adlint import engine  # noqa: E402
from adlint.analysis import elements  # noqa: E402
from adlint.analysis.facts import Facts  # noqa: E402
from adlint.engine import files  # noqa: E402
from adlint.config import Settings  # noqa: E402

HINTS = {
    "pay": r"\$|£|€|salary|pay\b|compensation|wage",
    "benefits": r"benefit|insurance|leave|vacation|pension|401|holiday|perks",
    "location": r"location|remote|hybrid|office|on-?site|based in|telework",
    "about": r"\babout\b|mission|we are|who we are",
    "responsibilities": r"responsib|duties|you will|you'll|you’ll|objective",
    "requirements": r"requir|qualif|experience|skills",
    "growth": r"growth|career|mentor|training|learn|develop|promotion",
    "inclusion": r"equal|diversity|inclusi|discriminat|background",
    "accommodation": r"accommodat|adjustment|accessib|disabilit",
    "application_process": r"apply|application|interview|process|next step",
    "contact": r"contact|questions|e-?mail|@",
    "schedule": r"full[- ]time|part[- ]time|schedule|hours|permanent|term|temporary|contract",
    "deadline": r"clos|deadline|until|open period|by \w+ \d",
}


def main(n, seed, paths):
    found, _ = files.collect(paths)
    random.Random(int(seed)).shuffle(found)
    shown = 0
    for path in found:
        res = engine.lint_path(path, Settings())
        if res.error or res.language != "en":
            continue
        shown += 1
        src = res.source.text
        print(f"=== {shown} {path} words={res.metrics['words']}")
        for key, ev in (Facts(res.document).elements or {}).items():
            if ev is not None and ev.block is not None and ev.how == "text":
                t = ev.block.text
                ctx = " ".join(t[max(0, ev.start - 50):ev.end + 50].split())
                print(f"  + {key:20} [{ev.how}] {ev.text[:40]!r} … {ctx!r}")
            elif ev is not None:
                print(f"  + {key:20} [{ev.how}] {ev.text[:90]!r}")
            else:
                hints = [l.strip()[:110] for l in src.splitlines()
                         if re.search(HINTS[key], l, re.I) and not l.strip().startswith("#")][:3]
                print(f"  - {key:20} hints: {hints}")
        if shown >= int(n):
            break


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
