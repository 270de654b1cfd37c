"""A third-party check kind, discovered through the adlint.checks entry point."""

import json

from conftest import ROOT, run_cli


def test_example_plugin_adds_a_check_kind(tmp_path):
    # Make the example plugin importable and visible to importlib.metadata, as an
    # installed distribution would be, without touching the test environment.
    site = tmp_path / "site"
    dist = site / "adlint_exclamations-0.1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: adlint-exclamations\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(
        "[adlint.checks]\nexclamations = adlint_exclamations:ExclamationCheck\n")
    pythonpath = f"{site}:{ROOT / 'examples' / 'plugin'}"
    (tmp_path / "shout").mkdir()
    (tmp_path / "shout" / "shout.yaml").write_text(
        "pack: shout\nrules:\n  too-many:\n    kind: exclamations\n    max: 1\n"
        "    message: 'Exclamation mark number {count}: let the facts excite.'\n")
    (tmp_path / ".adlint.toml").write_text('rule-folders = ["shout"]\nselect = ["shout"]\n')
    (tmp_path / "ad.md").write_text("Join us! Great team! Apply now!\n")
    proc = run_cli("check", "--format", "json", "ad.md", cwd=tmp_path, env={"PYTHONPATH": pythonpath})
    assert proc.returncode == 1, proc.stderr
    diags = json.loads(proc.stdout)["files"][0]["diagnostics"]
    assert [(d["rule"], d["column"], d["message"]) for d in diags] == [
        ("shout/too-many", 20, "Exclamation mark number 2: let the facts excite."),
        ("shout/too-many", 31, "Exclamation mark number 3: let the facts excite.")]


def test_unknown_kind_without_plugin_is_a_clear_error(tmp_path):
    (tmp_path / "shout").mkdir()
    (tmp_path / "shout" / "shout.yaml").write_text(
        "pack: shout\nrules:\n  too-many:\n    kind: exclamations\n    message: x\n")
    (tmp_path / ".adlint.toml").write_text('rule-folders = ["shout"]\n')
    (tmp_path / "ad.md").write_text("Hi!\n")
    proc = run_cli("check", "ad.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown check kind 'exclamations'" in proc.stderr.decode()
