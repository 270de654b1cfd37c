"""The command line: exit codes, output formats, fixes and bad input."""

import json
import os
import stat

import pytest

from conftest import ROOT, SHARED, run_cli

BAD = "# Guru wanted\n\nOur guys need a chairman.\n"
CLEAN = "# Data analyst\n\nYou will build dashboards for clinic staff.\n"


@pytest.fixture
def ads(tmp_path):
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "clean.md").write_text(CLEAN)
    return tmp_path


def test_exit_codes(ads):
    assert run_cli("check", "clean.md", cwd=ads).returncode == 0
    assert run_cli("check", "bad.md", cwd=ads).returncode == 1
    assert run_cli("check", "--exit-zero", "bad.md", cwd=ads).returncode == 0
    assert run_cli("check", "--fail-on", "error", "bad.md", cwd=ads).returncode == 0
    assert run_cli("check", "--nope", cwd=ads).returncode == 2


def test_text_output_format(ads):
    out = run_cli("check", "bad.md", cwd=ads).stdout.decode()
    assert "bad.md:1:3: warning jargon/rockstar “Guru” is a hollow title" in out
    assert "bad.md:3:17: warning inclusive/gendered-titles “chairman” is gendered: use “chair”. [*]" in out
    assert "Found 3 problems (3 warnings) in 1 of 1 file." in out


def test_select_ignore_extend_select(ads):
    def rules(*args):
        out = run_cli("check", "--format", "json", *args, "bad.md", cwd=ads).stdout
        return [d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]]

    assert rules("--select", "jargon") == ["jargon/rockstar"]
    assert rules("--ignore", "jargon,inclusive/guys") == ["inclusive/gendered-titles"]
    assert rules("--select", "inclusive/guys", "--extend-select", "jargon/rockstar") == [
        "jargon/rockstar", "inclusive/guys"]


def test_json_shape(ads):
    data = json.loads(run_cli("check", "--format", "json", "bad.md", "missing.md", cwd=ads).stdout)
    assert set(data) >= {"adlint_version", "files", "errors"}
    f = data["files"][0]
    assert set(f) >= {"path", "format", "language", "metrics", "skipped_rules", "diagnostics"}
    assert f["path"] == "bad.md" and f["format"] == "markdown" and f["language"] == "en"
    assert f["metrics"]["words"] == 7
    d = f["diagnostics"][0]
    assert {k: d[k] for k in ("rule", "severity", "line", "column", "end_line", "end_column")} == {
        "rule": "jargon/rockstar", "severity": "warning", "line": 1, "column": 3,
        "end_line": 1, "end_column": 7}
    assert data["errors"] == [{"path": "missing.md", "message": "no such file or directory"}]


def test_github_annotations_escape(tmp_path):
    (tmp_path / "a,b.md").write_text("A guru.\n")
    out = run_cli("check", "--format", "github", "a,b.md", cwd=tmp_path).stdout.decode()
    assert out.startswith("::warning file=a%2Cb.md,line=1,col=3,endLine=1,endColumn=7,"
                          "title=jargon/rockstar::“guru” is a hollow title")


def test_junit_output(ads):
    import xml.etree.ElementTree as ET

    out = run_cli("check", "--format", "junit", "bad.md", "clean.md", cwd=ads).stdout
    suite = ET.fromstring(out)
    assert suite.get("tests") == "2" and suite.get("failures") == "3"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert len(cases["bad.md"].findall("failure")) == 3
    assert not cases["clean.md"].findall("failure")


def test_sarif_validates_against_the_schema(ads):
    schema_path = SHARED / "reference" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("../shared/reference/sarif-schema-2.1.0.json is not present")
    import jsonschema

    out = run_cli("check", "--format", "sarif", "bad.md", "clean.md", cwd=ads).stdout
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads(schema_path.read_text()))
    run = sarif["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {
        "jargon/rockstar", "inclusive/guys", "inclusive/gendered-titles"}
    res = run["results"][0]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.md"
    assert res["locations"][0]["physicalLocation"]["region"]["startColumn"] == 3
    fingerprints = [r["partialFingerprints"]["adlintFingerprint/v1"] for r in run["results"]]
    assert len(set(fingerprints)) == 3
    # fingerprints survive edits elsewhere in the file
    (ads / "bad.md").write_text("Intro line added.\n\n" + BAD)
    again = json.loads(run_cli("check", "--format", "sarif", "bad.md", cwd=ads).stdout)
    assert [r["partialFingerprints"]["adlintFingerprint/v1"] for r in again["runs"][0]["results"]] == fingerprints


def test_output_file_and_statistics(ads):
    proc = run_cli("check", "--statistics", "--output", "report.txt", "bad.md", cwd=ads)
    assert proc.stdout == b""
    text = (ads / "report.txt").read_text()
    assert "    1  jargon/rockstar" in text


def test_fix_writes_atomically_and_preserves_bytes(tmp_path):
    path = tmp_path / "ad.md"
    raw = "\ufeffIntro 🎉\r\nOur chairman and the Salesmen.\r\nNo newline at end".encode("utf-8")
    path.write_bytes(raw)
    os.chmod(path, 0o640)
    proc = run_cli("check", "--fix", "ad.md", cwd=tmp_path)
    assert path.read_bytes() == "\ufeffIntro 🎉\r\nOur chair and the Salespeople.\r\nNo newline at end".encode()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert proc.returncode == 0, proc.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["ad.md"]  # no temporary file left
    # idempotent
    run_cli("check", "--fix", "ad.md", cwd=tmp_path)
    assert path.read_bytes() == "\ufeffIntro 🎉\r\nOur chair and the Salespeople.\r\nNo newline at end".encode()


def test_diff_changes_nothing(ads):
    before = (ads / "bad.md").read_bytes()
    proc = run_cli("check", "--diff", "bad.md", cwd=ads)
    assert proc.returncode == 1
    assert "-Our guys need a chairman.\n+Our guys need a chair.\n" in proc.stdout.decode()
    assert (ads / "bad.md").read_bytes() == before


def test_no_file_is_written_without_fix(ads):
    before = {p.name: p.read_bytes() for p in ads.iterdir()}
    for fmt in ("text", "json", "sarif", "github", "junit"):
        run_cli("check", "--format", fmt, ".", cwd=ads)
    assert {p.name: p.read_bytes() for p in ads.iterdir()} == before


def test_stdin_with_filename_and_format(ads):
    proc = run_cli("check", "-", "--stdin-filename", "page.html", input=b"<p>A guru &amp; more</p>", cwd=ads)
    assert b"page.html:1:6: warning jargon/rockstar" in proc.stdout
    proc = run_cli("check", "-", "--format-in", "text", input=b"A ninja.\n", cwd=ads)
    assert b"-:1:3: warning jargon/rockstar" in proc.stdout
    proc = run_cli("check", "--fix", "-", input=b"Ask the chairman.\n", cwd=ads)
    assert proc.stdout == b"Ask the chair.\n"


def test_directory_walk_skips_vendor_dirs_and_honours_exclude(tmp_path):
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.md").write_text("guru\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "y.md").write_text("guru\n")
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "z.md").write_text("guru\n")
    (tmp_path / "jobs" / "image.png").write_bytes(b"\x89PNG\x00")
    out = run_cli("check", "--format", "json", "--exclude", "drafts", ".", cwd=tmp_path).stdout
    assert [f["path"] for f in json.loads(out)["files"]] == ["jobs/z.md"]


@pytest.mark.parametrize("name,content,message", [
    ("bin.md", b"\x00\x01\x02binary", "binary file"),
    ("latin1.md", "Caf\xe9 guru".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at line 1)"),
    ("big.md", b"guru " * (5 * 1024 * 1024 // 5 + 10), "over the 5.2 MB limit"),
])
def test_bad_input_is_one_line_and_others_still_linted(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "ok.md").write_text("A guru.\n")
    proc = run_cli("check", name, "ok.md", cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 2
    assert "ok.md:1:3: warning jargon/rockstar" in out
    error_lines = [line for line in out.splitlines() if line.startswith(f"{name}: error")]
    assert len(error_lines) == 1 and message in error_lines[0]
    assert b"Traceback" not in proc.stderr


def test_missing_path_and_empty_dir(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli("check", "nope.md", "empty", cwd=tmp_path)
    assert proc.returncode == 2
    out = proc.stdout.decode()
    assert "nope.md: error no such file or directory" in out
    assert "empty: error no lintable files found" in out


def test_empty_file_and_hostile_structure_are_linted(tmp_path):
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "deep.html").write_text("<div>" * 10000 + "guru" + "</div>" * 10000)
    (tmp_path / "deep.md").write_text(">" * 10000 + " guru\n" + "- " * 5000 + "ninja\n")
    (tmp_path / "broken.html").write_text("<p <b>guru</i></table><<>>&bogus; ninja<!--")
    rows = "".join(f"| guru {i} | x |\n" for i in range(100000))
    (tmp_path / "table.md").write_text("| a | b |\n|---|---|\n" + rows)
    # a big file, not a slow one: on a busy 2-core machine it can pass the default 30 s
    (tmp_path / ".adlint.toml").write_text("file-timeout = 600\nlanguage = \"en\"\n")  # rows of "guru 1 | x" are no language
    proc = run_cli("check", "--format", "json", "empty.md", "deep.html", "deep.md",
                   "broken.html", "table.md", cwd=tmp_path)
    assert b"Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["errors"] == []
    counts = {f["path"]: len([d for d in f["diagnostics"] if d["rule"] == "jargon/rockstar"])
              for f in data["files"]}
    assert counts["empty.md"] == 0
    assert counts["deep.html"] == 1
    assert counts["broken.html"] >= 1
    assert counts["table.md"] == 100000


def test_rules_and_explain():
    out = run_cli("rules").stdout.decode()
    assert "jargon/rockstar" in out and "inclusive/gendered-titles" in out
    assert "fix" in out.split("inclusive/gendered-titles")[1].splitlines()[0]
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"id", "severity", "languages", "fixable", "summary"} <= set(data[0])
    out = run_cli("explain", "inclusive/native-speaker").stdout.decode()
    assert "Why:" in out and "Bad:" in out and "Better:" in out and "Source: https://" in out
    proc = run_cli("explain", "nope/none")
    assert proc.returncode == 2 and b"unknown rule" in proc.stderr


def test_python_dash_m_and_version():
    assert run_cli("--version").stdout.decode().startswith("adlint ")


def test_bundled_examples_have_findings():
    proc = run_cli("check", "--format", "json", "examples", cwd=ROOT)
    data = json.loads(proc.stdout)
    by_path = {f["path"]: f for f in data["files"]}
    assert len(by_path) >= 4 and data["errors"] == []
    assert by_path["examples/frontend-rockstar.md"]["diagnostics"]
    assert by_path["examples/careers-page.html"]["diagnostics"]
    assert by_path["examples/warehouse-associate.txt"]["diagnostics"]


def test_jobs_give_the_same_output_in_the_same_order(tmp_path):
    texts = ["# Ninja wanted\n\nOur guys need a chairman.\n",
             "# Planner\n\nYou will plan routes. We pay $25 an hour.\n",
             "Rockstar developer wanted! Work hard, play hard.\n"]
    for i in range(12):
        (tmp_path / f"ad{i:02}.md").write_text(texts[i % 3] * (i + 1))
    one = run_cli("check", "--format", "json", "--jobs", "1", "--no-cache", str(tmp_path))
    two = run_cli("check", "--format", "json", "--jobs", "2", "--no-cache", str(tmp_path))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert b"ad00.md" in one.stdout and b"Traceback" not in two.stderr


def test_jobs_keep_each_folders_settings_apart(tmp_path):
    # a worker receives files of both folders in one batch: each keeps its own config
    (tmp_path / "quiet").mkdir()
    (tmp_path / "quiet" / ".adlint.toml").write_text('ignore = ["inclusive"]\n')
    ad = "# Ninja wanted\n\nOur guys need a chairman.\n"
    for i in range(8):
        (tmp_path / f"ad{i}.md").write_text(ad)
        (tmp_path / "quiet" / f"ad{i}.md").write_text(ad)
    one = run_cli("check", "--format", "json", "--jobs", "1", "--no-cache", ".", cwd=tmp_path)
    two = run_cli("check", "--format", "json", "--jobs", "2", "--no-cache", ".", cwd=tmp_path)
    assert one.stdout == two.stdout
    got = {f["path"]: {d["rule"].split("/")[0] for d in f["diagnostics"]}
           for f in json.loads(two.stdout)["files"]}
    assert "inclusive" in got["ad0.md"] and "inclusive" not in got["quiet/ad0.md"]
    assert "jargon" in got["quiet/ad0.md"]


def test_result_cache_returns_the_same_findings_and_notices_changes(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text("# Ninja wanted\n\nOur guys need a chairman.\n")
    env = {"ADLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("check", "--format", "json", str(ad), env=env)
    assert (tmp_path / "cache" / "results").is_dir()
    second = run_cli("check", "--format", "json", str(ad), env=env)
    assert first.stdout == second.stdout
    ad.write_text("# Data analyst\n\nYou will build dashboards for clinic staff.\n")
    third = run_cli("check", "--format", "json", str(ad), env=env)
    assert b"jargon/rockstar" not in third.stdout and third.returncode == 0
    # --no-cache neither reads nor writes results (the rule index may be saved there)
    fresh = tmp_path / "fresh"
    run_cli("check", "--no-cache", str(ad), env={"ADLINT_CACHE_DIR": str(fresh)})
    assert not (fresh / "results").exists()


def test_bad_jobs_value_is_a_usage_error(tmp_path):
    res = run_cli("check", "--jobs", "0", str(tmp_path))
    assert res.returncode == 2 and b"at least 1" in res.stderr
