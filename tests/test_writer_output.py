"""What a writer reads at a terminal: in-text findings first, then an editor's summary
of the whole-ad findings and a score with the changes that raise it most."""

import json
import subprocess
import sys

import adlint
from adlint.engine import fix
from adlint.engine.score import compute
from adlint.finding import Finding

from conftest import ROOT, run_cli

AD = """# Rockstar barista

Our guys need a barista who makes great coffee. You will pull espresso shots, steam milk,
keep the counter clean and talk to our regulars about the beans we roast each week. You will
also help with deliveries on Fridays and train the new starters on the grinder and the till.
"""


def _text(tmp_path, *args, name="ad.md", text=AD):
    (tmp_path / name).write_text(text)
    return run_cli("check", *args, name, cwd=tmp_path, quiet_rules=False).stdout.decode()


def test_in_text_findings_first_then_one_summary_block(tmp_path):
    out = _text(tmp_path).splitlines()
    spans = [i for i, line in enumerate(out) if line.startswith("ad.md:") and line.split(":")[1].isdigit()]
    head = next(i for i, line in enumerate(out) if line.startswith("ad.md: score "))
    assert spans and max(spans) < head  # in-text findings come before the summary
    assert [int(out[i].split(":")[1]) for i in spans] == sorted(int(out[i].split(":")[1]) for i in spans)
    block = out[head:head + 5]
    assert "to raise it: add a pay range (+15)" in block[0]
    assert any(line.strip().startswith("missing: pay, benefits, location") for line in block)
    assert any(line.strip().startswith("length: ") and "words, too short [info]" in line for line in block)
    assert not any(":1:1:" in line for line in out)  # whole-ad findings are not at 1:1


def test_verbose_keeps_one_line_per_finding(tmp_path):
    out = _text(tmp_path, "--verbose")
    assert "ad.md:1:1: warning elements/missing-pay" in out
    assert "score" not in out


def test_statistics_prints_only_the_counts(tmp_path):
    out = _text(tmp_path, "--statistics").splitlines()
    assert out and all(line.split()[0].isdigit() for line in out)


def test_score_weights_and_raise():
    fs = [Finding("elements/missing-pay", "warning", "x"), Finding("jargon/rockstar", "warning", "y"),
          Finding("jargon/rockstar", "warning", "y"), Finding("jargon/ninja", "warning", "y")]
    got = compute(fs)
    assert got["value"] == 100 - 15 - 6 - 3
    assert got["raise"][0] == {"change": "add a pay range", "points": 15, "rules": ["elements/missing-pay"]}
    assert got["raise"][1]["change"] == "replace the jargon with plain words" and got["raise"][1]["points"] == 9
    assert compute(fs, {"elements/missing-pay": 30})["value"] == 100 - 30 - 9
    assert compute([])["value"] == 100
    many = [Finding("readability/long-sentence", "warning", "z")] * 20
    assert compute(many)["value"] == 92  # a rule takes off at most its cap


def test_score_in_json_and_configurable(tmp_path):
    (tmp_path / "ad.md").write_text(AD)
    data = json.loads(run_cli("check", "--format", "json", "ad.md", cwd=tmp_path, quiet_rules=False).stdout)
    score = data["files"][0]["metrics"]["score"]
    assert 0 <= score["value"] < 100 and len(score["raise"]) == 3
    (tmp_path / "pyproject.toml").write_text('[tool.adlint.score-weights]\n"jargn" = 3\n')
    proc = run_cli("check", "ad.md", cwd=tmp_path)
    assert proc.returncode == 2 and b"score-weights: unknown rule or pack 'jargn'" in proc.stderr


def test_rules_listing_has_a_header_and_severity_per_profile():
    proc = subprocess.run([sys.executable, "-m", "adlint", "rules"], capture_output=True, text=True)
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["RULE", "JOB-AD", "CAREERS", "LANG"]
    pay = next(line for line in lines if line.startswith("elements/missing-pay "))
    assert pay.split()[1:3] == ["warning", "off"]


def test_rules_piped_into_head_ends_quietly():
    proc = subprocess.run(f"{sys.executable} -m adlint rules | head -1", shell=True,
                          capture_output=True, text=True)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_fix_says_what_it_fixed(tmp_path):
    (tmp_path / "ad.md").write_text("We need salesmen and saleswomen and a chairman.\n")
    proc = run_cli("check", "--fix", "ad.md", cwd=tmp_path)
    assert b"Fixed 2 problems in 1 file." in proc.stderr
    assert (tmp_path / "ad.md").read_text() == "We need salespeople and a chair.\n"


def test_paired_gendered_titles_become_one_neutral_word():
    text = "We need salesmen and saleswomen, and a chairman or chairwoman."
    res = adlint.lint_text(text, select=("inclusive/gendered-titles",))
    assert [f.text for f in res.findings] == ["salesmen and saleswomen", "chairman or chairwoman"]
    assert fix.apply_edits(text, res.findings)[0] == "We need salespeople, and a chair."


def test_junit_does_not_fail_info_only_files(tmp_path):
    (tmp_path / "ad.md").write_text("A fast-paced team.\n")
    out = run_cli("check", "--format", "junit", "--select", "jargon/fast-paced", "ad.md",
                  cwd=tmp_path).stdout.decode()
    assert 'failures="0"' in out and "<system-out>" in out and "fast-paced" in out


def test_utf16_file_gets_an_actionable_message(tmp_path):
    (tmp_path / "ad.md").write_bytes("# Barista\n".encode("utf-16"))
    proc = run_cli("check", "ad.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"UTF-16 text: save it as UTF-8" in proc.stdout
