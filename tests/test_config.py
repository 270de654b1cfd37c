import json

from conftest import run_cli

AD = "# Guru\n\nOur guys need a chairman.\n"


def rules(proc):
    data = json.loads(proc.stdout)
    return {f["path"]: [(d["rule"], d["severity"]) for d in f["diagnostics"]] for f in data["files"]}


def test_pyproject_table_and_closest_file_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.adlint]\nignore = ["inclusive"]\n[tool.adlint.severity]\n"jargon/rockstar" = "error"\n')
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / ".adlint.toml").write_text('select = ["inclusive/guys"]\n')
    (tmp_path / "a.md").write_text(AD)
    (tmp_path / "jobs" / "b.md").write_text(AD)
    got = rules(run_cli("check", "--format", "json", ".", cwd=tmp_path))
    assert got == {"a.md": [("jargon/rockstar", "error")], "jobs/b.md": [("inclusive/guys", "warning")]}


def test_pyproject_without_adlint_table_is_passed_over(tmp_path):
    (tmp_path / ".adlint.toml").write_text('ignore = ["jargon"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.black]\nline-length = 80\n')
    (tmp_path / "sub" / "a.md").write_text(AD)
    got = rules(run_cli("check", "--format", "json", "sub/a.md", cwd=tmp_path))
    assert [r for r, _ in got["sub/a.md"]] == ["inclusive/guys", "inclusive/gendered-titles"]


def test_config_override_per_file_ignores_and_off(tmp_path):
    (tmp_path / "custom.toml").write_text(
        '[per-file-ignores]\n"archive/*" = ["jargon"]\n[severity]\n"inclusive/guys" = "off"\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(AD)
    (tmp_path / "new.md").write_text(AD)
    got = rules(run_cli("check", "--format", "json", "--config", "custom.toml", ".", cwd=tmp_path))
    assert got == {"archive/old.md": [("inclusive/gendered-titles", "warning")],
                   "new.md": [("jargon/rockstar", "warning"), ("inclusive/gendered-titles", "warning")]}


def test_unknown_key_and_bad_value_exit_2_with_file_and_key(tmp_path):
    (tmp_path / "a.md").write_text(AD)
    (tmp_path / ".adlint.toml").write_text('selct = ["jargon"]\n')
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert ".adlint.toml: unknown key 'selct' (allowed: select," in err and "Traceback" not in err
    (tmp_path / ".adlint.toml").write_text('fail-on = "fatal"\n')
    err = run_cli("check", "a.md", cwd=tmp_path).stderr.decode()
    assert "fail-on: 'fatal' is not one of error, warning, info" in err
    (tmp_path / ".adlint.toml").write_text('select = [\n')
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and b"invalid TOML" in proc.stderr


def test_extra_rule_folder_and_rule_options(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.yaml").write_text(
        "pack: house\nrules:\n  perks:\n    kind: substitution\n    message: Say “{replacement}”.\n"
        "    swap: {perks: benefits}\n")
    (tmp_path / ".adlint.toml").write_text(
        'rule-folders = ["house"]\n[rules."jargon/rockstar"]\nterms = ["wizard"]\n')
    (tmp_path / "a.md").write_text("Great perks for a guru and a wizard.\n")
    got = rules(run_cli("check", "--format", "json", "a.md", cwd=tmp_path))
    assert got == {"a.md": [("house/perks", "warning"), ("jargon/rockstar", "warning")]}
    out = json.loads(run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout)
    assert out["files"][0]["diagnostics"][1]["column"] == 30


def test_bad_rule_pack_is_exit_2_with_file_and_rule(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.yaml").write_text(
        "pack: house\nrules:\n  perks:\n    kind: term\n    message: x\n    terms: perks\n")
    (tmp_path / ".adlint.toml").write_text('rule-folders = ["house"]\n')
    (tmp_path / "a.md").write_text("x\n")
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "house.yaml:6: rule house/perks: 'terms' must be list, not str" in proc.stderr.decode()
    (tmp_path / "house" / "house.yaml").write_text("pack: house\nrules:\n  x: [\n")
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "house.yaml:4: invalid YAML" in proc.stderr.decode()
