"""The README's sample output is what adlint prints today."""

import subprocess
import sys

from conftest import ROOT


def test_readme_sample_output_is_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_docs.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
