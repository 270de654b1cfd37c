"""Regenerate what the docs show of adlint's output from real runs:

- the README's sample output (between the `<!-- sample-output: COMMAND -->` marker and
  the end of the code block after it), from running COMMAND in the repository root;
- the rule pages in docs/rules/ (scripts/build_rule_docs.py);
- the screenshots in docs/ (scripts/screenshots.py; needs Chromium and Playwright).

    python scripts/update_docs.py [--check] [--no-screenshots]

`--check` changes nothing and exits 1 when the README's sample output is stale (the test
suite runs the same check: tests/test_readme.py).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARKER = re.compile(r"<!-- sample-output: (?P<cmd>.+?) -->\n+```\n(?P<out>.*?)```", re.S)


def run(cmd: str) -> str:
    args = shlex.split(cmd)
    assert args[0] == "adlint", "sample commands start with adlint"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    proc = subprocess.run([sys.executable, "-m", "adlint", *args[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    return proc.stdout


def updated(text: str) -> str:
    out, last = [], 0
    for m in MARKER.finditer(text):
        a, b = m.span("out")
        out += [text[last:a], run(m.group("cmd"))]
        last = b
    return "".join(out) + text[last:]


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in argv:
        if new != text:
            print("README.md sample output is stale: run python scripts/update_docs.py")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_rule_docs.py")], check=True)
    if "--no-screenshots" not in argv and (ROOT / "scripts" / "screenshots.py").exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py")], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
