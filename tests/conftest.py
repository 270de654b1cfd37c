import os
import subprocess
import sys
from pathlib import Path

import pytest

from adlint.config import Settings
from adlint.engine import lint_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


#: Rules that fire on most short test texts (no "you", acronyms, gender coding);
#: the engine tests leave them out unless a test selects them.
NOISY = ("tone/no-reader-address", "gender-coded", "jargon/unexplained-acronym",
         "tone/all-caps", "tone/exclamations", "tone/company-voice", "elements",
         "structure/too-short", "page")


def lint(text, fmt="markdown", **settings):
    if "select" not in settings:
        settings.setdefault("ignore", NOISY)
    return lint_text(text, fmt, Settings(**settings))


def found(text, fmt="markdown", rule=None, **settings):
    """[(rule, line, col, end_line, end_col, source text)] of the findings."""
    res = lint(text, fmt, **settings)
    return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.text)
            for f in res.findings if rule is None or f.rule == rule]


#: Tests never read or write the user's result cache.
_CACHE = Path(os.environ.get("PYTEST_ADLINT_CACHE", "")) if os.environ.get("PYTEST_ADLINT_CACHE") else None


def run_cli(*args, cwd=None, input=None, env=None, quiet_rules=True):
    import tempfile

    global _CACHE
    if _CACHE is None:
        _CACHE = Path(tempfile.mkdtemp(prefix="adlint-test-cache-"))
    full_env = {**os.environ, "NO_COLOR": "1", "ADLINT_CACHE_DIR": str(_CACHE), **(env or {})}
    if quiet_rules and args and args[0] == "check" and "--select" not in args:
        args = (args[0], "--ignore", ",".join(NOISY), *args[1:])
    return subprocess.run([sys.executable, "-m", "adlint", *args], cwd=cwd, input=input,
                          capture_output=True, env=full_env)


@pytest.fixture
def tmp_repo(tmp_path):
    return tmp_path
