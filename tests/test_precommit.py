"""The pre-commit hook, end to end, through `pre-commit try-repo`."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit try-repo needs one")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(repo, home, *files):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "adlint", "--verbose",
         "--files", *files], cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_precommit_hook_fails_bad_ad_and_passes_clean_one(tmp_path, precommit_home):
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "bad.md").write_text("# Ninja wanted\n\nOur guys need a chairman.\n")
    (repo / "good.md").write_text("# Data analyst\n\nYou will build dashboards for clinic staff.\n")
    (repo / "notes.txt").write_text("A guru wrote this.\n")
    _git(repo, "add", ".")
    bad = _try_repo(repo, precommit_home, "bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:1:3: warning jargon/rockstar" in bad.stdout
    good = _try_repo(repo, precommit_home, "good.md", "notes.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
