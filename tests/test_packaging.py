"""The wheel ships the rule packs, and adlint finds them from the installed package."""

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


def test_wheel_contains_rule_packs(tmp_path):
    pytest.importorskip("hatchling")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("adlint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert packs and all(f"adlint/rules/{p}" in names for p in packs)
    assert "adlint/cli.py" in names
    assert "adlint/docs/rules/inclusive/gendered-titles.md" in names  # linked from editors
    # run it from the unpacked wheel, away from the checkout
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    out = subprocess.run([sys.executable, "-c",
                          "import adlint.rules as r; print(r.builtin_rules_dir())"],
                         capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(tmp_path / "site")})
    assert out.stdout.strip() == str(tmp_path / "site" / "adlint" / "rules")
