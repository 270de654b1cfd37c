import os
import subprocess
import sys
from pathlib import Path

import pytest

from adlint.config import Settings
from adlint.engine import lint_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def lint(text, fmt="markdown", **settings):
    return lint_text(text, fmt, Settings(**settings))


def found(text, fmt="markdown", rule=None, **settings):
    """[(rule, line, col, end_line, end_col, source text)] of the findings."""
    res = lint(text, fmt, **settings)
    return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.text)
            for f in res.findings if rule is None or f.rule == rule]


def run_cli(*args, cwd=None, input=None, env=None):
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "adlint", *args], cwd=cwd, input=input,
                          capture_output=True, env=full_env)


@pytest.fixture
def tmp_repo(tmp_path):
    return tmp_path
