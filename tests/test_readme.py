"""The README's sample output is what adlint prints today."""

import subprocess
import sys

from conftest import ROOT


def test_readme_sample_output_is_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_docs.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_output_outside_a_code_block():
    """Sample output lives only in fenced blocks (the checked one above): a stray, unfenced
    copy would go stale unnoticed."""
    fenced = False
    for n, line in enumerate((ROOT / "README.md").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            assert not line.startswith(("examples/", "Found ")), f"README.md:{n}: {line[:60]}"
