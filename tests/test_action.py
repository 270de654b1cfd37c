"""The composite GitHub Action (action.yml), its shell steps run here as the runner
would run them: in a site repository, with the action's inputs as environment."""

import json
import os
import subprocess
import sys
import venv

import pytest
import yaml

from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def _steps():
    return [s for s in ACTION["runs"]["steps"] if "run" in s]


def test_action_is_composite_and_pins_its_helpers():
    assert ACTION["runs"]["using"] == "composite"
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert all("@" in u for u in uses)
    upload = [s for s in ACTION["runs"]["steps"] if "upload-sarif" in s.get("uses", "")][0]
    assert "inputs.upload-sarif == 'true'" in upload["if"]  # only when asked


@pytest.fixture(scope="module")
def action_env(tmp_path_factory):
    """A virtual environment on PATH, as setup-python gives: adlint's dependencies come
    from the test environment, adlint itself from the install step."""
    home = tmp_path_factory.mktemp("runner")
    env_dir = home / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=True).create(env_dir)
    return home, env_dir


def _run_steps(site, home, env_dir, inputs):
    out, summary = home / "output", home / "summary.md"
    out.write_text("")
    summary.write_text("")
    env = {**os.environ, "GITHUB_ACTION_PATH": str(ROOT), "GITHUB_OUTPUT": str(out),
           "GITHUB_STEP_SUMMARY": str(summary), "NO_COLOR": "1",
           "PATH": f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": "", "VIRTUAL_ENV": str(env_dir)}
    defaults = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
    values = {**defaults, **inputs}
    procs = []
    for step in _steps():
        step_env = dict(env)
        for k, v in (step.get("env") or {}).items():
            name = v.strip()[len("${{ inputs."):-len(" }}")]
            step_env[k] = values[name]
        script = step["run"]
        if "pip install" in script:
            # the runner's Python has pip; here the test environment's pip installs into the venv
            script = script.replace("python -m pip install",
                                    f"{sys.executable} -m pip --python {env_dir / 'bin' / 'python'} install")
        procs.append(subprocess.run(["bash", "-e", "-c", script], cwd=site, env=step_env,
                                    capture_output=True, text=True, timeout=900))
        if procs[-1].returncode not in (0, 1):
            break
    return procs, out.read_text(), summary.read_text()


def test_action_steps_lint_a_site_and_write_a_summary(tmp_path, action_env):
    home, env_dir = action_env
    site = tmp_path / "site"
    (site / "_jobs").mkdir(parents=True)
    (site / "_layouts").mkdir()
    (site / "_jobs" / "barista.md").write_text("# Rockstar barista\n\nYou will pour coffee.\n")
    (site / "_layouts" / "job.html").write_text("<html><body>{{ content }}</body></html>\n")
    procs, output, summary = _run_steps(site, home, env_dir,
                                        {"paths": "_jobs _layouts", "upload-sarif": "true"})
    install, lint = procs
    if install.returncode != 0:
        pytest.skip(f"pip could not install adlint here: {install.stderr.strip()[-300:]}")
    assert lint.returncode == 1, lint.stderr  # a warning fails the job
    assert "::warning file=_jobs/barista.md,line=1,col=3" in lint.stdout
    assert "_layouts/job.html" in lint.stdout and "not linted as an ad" in lint.stdout
    assert "exit-code=1" in output
    assert "## adlint" in summary and "`jargon/rockstar`" in summary
    sarif = json.loads((site / "adlint.sarif").read_text())
    assert sarif["runs"][0]["results"]


def test_action_fails_on_a_typo_in_args(tmp_path, action_env):
    home, env_dir = action_env
    site = tmp_path / "site"
    (site / "jobs").mkdir(parents=True)
    (site / "jobs" / "a.md").write_text("# Barista\n\nYou will pour coffee.\n")
    procs, output, _ = _run_steps(site, home, env_dir, {"paths": "jobs", "args": "--select jargon/rockstr"})
    if procs[0].returncode != 0:
        pytest.skip(f"pip could not install adlint here: {procs[0].stderr.strip()[-300:]}")
    lint = procs[1]
    assert lint.returncode == 2
    assert "did you mean jargon/rockstar?" in lint.stderr
