"""A Markdown summary of a JSON report, for a CI job summary:
`python -m adlint.report.summary adlint.json >> "$GITHUB_STEP_SUMMARY"`."""

from __future__ import annotations

import json
import sys
from collections import Counter


def summary(report: dict) -> str:
    files = report.get("files", [])
    findings = [d for f in files for d in f.get("diagnostics", [])]
    by_sev = Counter(d["severity"] for d in findings)
    by_rule = Counter(d["rule"] for d in findings)
    lines = ["## adlint", ""]
    if not findings and not report.get("errors"):
        lines.append(f"All checks passed ({len(files)} file{'s' if len(files) != 1 else ''}).")
    else:
        parts = ", ".join(f"{by_sev[s]} {s}" for s in ("error", "warning", "info") if by_sev[s])
        lines.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts or 'none'}) "
                     f"in {sum(1 for f in files if f.get('diagnostics'))} of {len(files)} files.")
        if by_rule:
            lines += ["", "| rule | findings |", "|---|---:|"]
            lines += [f"| `{rule}` | {n} |" for rule, n in by_rule.most_common(15)]
        for e in report.get("errors", []):
            lines.append(f"- error: `{e.get('path')}`: {e.get('message')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    try:
        with open(argv[0], encoding="utf-8") as fh:
            report = json.load(fh)
    except (OSError, IndexError, ValueError) as exc:
        print(f"## adlint\n\nNo report to summarise ({exc}).")
        return 0
    sys.stdout.write(summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
