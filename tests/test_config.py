import json
import pytest

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


# -- a typo never switches adlint off ------------------------------------------------

TYPO_AD = "# Rockstar wanted\n\nYou will pour coffee for our guests.\n"


@pytest.mark.parametrize("config, cli, expected", [
    ("", ["--select", "jargon/rockstr"],
     "command line: --select: unknown rule or pack 'jargon/rockstr' (did you mean jargon/rockstar?)"),
    ("", ["--ignore", "elements/missing-pya"], "did you mean elements/missing-pay"),
    ('[tool.adlint]\nselect = ["jargn"]\n', [], "pyproject.toml: select: unknown rule or pack 'jargn' (did you mean jargon"),
    ('[tool.adlint]\nignore = ["elements/missing-pya"]\n', [], "pyproject.toml: ignore: unknown rule or pack 'elements/missing-pya' (did you mean elements/missing-pay"),
    ('[tool.adlint.severity]\n"jargon/rockstr" = "error"\n', [], "pyproject.toml: severity: unknown rule or pack 'jargon/rockstr' (did you mean jargon/rockstar?)"),
    ('[tool.adlint.per-file-ignores]\n"drafts/*" = ["jargn"]\n', [], "per-file-ignores.'drafts/*': unknown rule or pack 'jargn'"),
    ('[tool.adlint.rules."readability/grade"]\nmax_grad = 9\n', [], 'rules."readability/grade".max_grad: unknown option (did you mean max_grade?)'),
    ('[tool.adlint.rules."structure/too-long"]\nmax = "lots"\n', [], 'rules."structure/too-long".max: \'max\' must be int or float or NoneType, not str (got \'lots\')'),
    ('[tool.adlint.rules."jargon/rockstr"]\nterms = ["x"]\n', [], "rules.'jargon/rockstr': unknown rule (did you mean jargon/rockstar?)"),
    ('[tool.adlint.rules."elements/missing-pay"]\nelement = "salary"\n', [], "element 'salary' is not one of pay"),
])
def test_unknown_ids_and_options_stop_the_run(tmp_path, config, cli, expected):
    (tmp_path / "ad.md").write_text(TYPO_AD)
    if config:
        (tmp_path / "pyproject.toml").write_text(config)
    proc = run_cli("check", *cli, "ad.md", cwd=tmp_path, quiet_rules=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2, proc.stdout
    assert expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert proc.stdout == b""  # no "All checks passed."


def test_grammar_ids_and_real_ids_are_accepted(tmp_path):
    (tmp_path / "ad.md").write_text(TYPO_AD)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.adlint]\nselect = ["jargon", "grammar/EN_A_VS_AN"]\n'
        '[tool.adlint.rules."readability/grade"]\nmax_grade = 9\n'
        '[tool.adlint.rules."elements/missing-growth"]\nprofiles = {job-ad = "warning"}\n')
    proc = run_cli("check", "ad.md", cwd=tmp_path, quiet_rules=False)
    assert proc.returncode == 1, proc.stderr
    assert b"jargon/rockstar" in proc.stdout


def test_explain_suggests_the_closest_id(tmp_path):
    proc = run_cli("explain", "jargon/rockstr", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"did you mean jargon/rockstar?" in proc.stderr


def test_include_limits_folder_runs(tmp_path):
    (tmp_path / "_jobs").mkdir()
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_jobs" / "a.md").write_text(TYPO_AD)
    (tmp_path / "_posts" / "b.md").write_text(TYPO_AD)
    (tmp_path / "pyproject.toml").write_text('[tool.adlint]\ninclude = ["_jobs/*"]\n')
    proc = run_cli("check", ".", cwd=tmp_path)
    out = proc.stdout.decode()
    assert "_jobs/a.md:1:3" in out and "_posts" not in out


def test_layouts_and_includes_are_skipped_with_a_note(tmp_path):
    for d in ("_layouts", "_includes", "_jobs"):
        (tmp_path / d).mkdir()
    (tmp_path / "_layouts" / "job.html").write_text("<html><body>{{ content }}</body></html>\n")
    (tmp_path / "_includes" / "nav.html").write_text('<nav><a href="/">Home</a></nav>\n')
    (tmp_path / "index.html").write_text("<ul>{% for j in site.jobs %}<li>{{ j.title }}</li>{% endfor %}</ul>\n")
    (tmp_path / "_jobs" / "a.md").write_text(TYPO_AD)
    proc = run_cli("check", ".", cwd=tmp_path)
    out = proc.stdout.decode()
    assert "_layouts/job.html: note a layout or include template: not linted as an ad" in out
    assert "_includes/nav.html: note a layout or include template" in out
    assert "index.html: note a Liquid template with little prose of its own" in out
    assert "only 2 words" not in out and "_jobs/a.md:1:3" in out
    # an ad with a template variable is still an ad
    (tmp_path / "_jobs" / "b.md").write_text("# Rockstar at {{ site.company }}\n\n" + "You will pour coffee. " * 10)
    assert "_jobs/b.md:1:3" in run_cli("check", "_jobs/b.md", cwd=tmp_path).stdout.decode()
