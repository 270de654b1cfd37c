"""Hostile rule packs, hostile files and the file system: adlint never hangs,
never runs code it was not asked to, never follows links out of the folder,
never reaches the network unasked, and --fix never loses a byte."""

import os
import stat
import subprocess
import sys
import textwrap

import pytest

from adlint.engine import fix
from adlint.config import Settings
from adlint.engine import lint_text
from adlint.source import read_source

from conftest import ROOT, run_cli


def _pack(tmp_path, body: str, name="house"):
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(textwrap.dedent(body))
    (tmp_path / ".adlint.toml").write_text(f'rule-folders = ["{name}"]\n')
    return folder


def _check(tmp_path, *extra, text="We want a team player.\n", timeout=120):
    ad = tmp_path / "ad.md"
    if not ad.exists():
        ad.write_text(text)
    return run_cli("check", *extra, "ad.md", cwd=tmp_path)


# -- rule packs ---------------------------------------------------------------------

def test_catastrophic_pattern_runs_in_linear_time(tmp_path):
    _pack(tmp_path, """\
        pack: house
        rules:
          evil:
            kind: term
            message: "evil {match}"
            patterns: ["(a+)+$", "(x|x)*y"]
        """)
    (tmp_path / "ad.md").write_text("a" * 20_000 + "!\n\n" + "x" * 20_000 + "\n")
    # with backtracking these take longer than the age of the universe; the test
    # completing at all is the proof (no timing assertion)
    proc = run_cli("check", "--select", "house", "ad.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_pattern_rules_still_match_at_word_edges(tmp_path):
    _pack(tmp_path, """\
        pack: house
        rules:
          perks:
            kind: term
            message: "{match}"
            patterns: ["(?i)free\\\\s+lunch(?:es)?"]
        """)
    (tmp_path / "ad.md").write_text("Free lunches 🎉 and carefree lunch breaks, free lunch.\n")
    proc = run_cli("check", "--select", "house", "--format", "json", "ad.md", cwd=tmp_path)
    import json

    diags = json.loads(proc.stdout)["files"][0]["diagnostics"]
    assert [(d["column"], d["text"]) for d in diags] == [(1, "Free lunches"), (43, "free lunch")]


@pytest.mark.parametrize("body,message", [
    ("pack: house\nrules:\n  x:\n    kind: term\n    message: m\n    patterns: ['(?<!\\\\w)foo']\n",
     "house.yaml:6: rule house/x: pattern "),
    ("pack: house\nrules:\n  x:\n    message: m\n", "house.yaml:3: rule house/x: 'kind' is required"),
    ("pack: house\nrules:\n  x:\n    kind: term\n    message: m\n    severity: fatal\n",
     "house.yaml:6: rule house/x: severity must be one of"),
    ("pack: house\nrules:\n  x:\n    kind: term\n    message: m\n    terms: [a]\n    colour: red\n",
     "house.yaml:7: rule house/x: unknown key 'colour'"),
    ("pack: house\nrules:\n  x:\n    kind: 'os:system'\n    message: m\n",
     "house.yaml:4: rule house/x: unknown check kind 'os:system'"),
    ("pack: house\nrules:\n  x: !!python/object/apply:os.system ['touch pwned']\n",
     "house.yaml:3: invalid YAML"),
])
def test_bad_pack_is_one_line_with_file_and_line(tmp_path, body, message):
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "house.yaml").write_text(body)
    (tmp_path / ".adlint.toml").write_text('rule-folders = ["house"]\n')
    proc = _check(tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "pwned").exists()


# -- limits ---------------------------------------------------------------------------

def test_file_timeout_reports_and_skips_the_file(tmp_path):
    (tmp_path / ".adlint.toml").write_text("file-timeout = 0.000001\n")
    (tmp_path / "big.md").write_text("We want a rockstar ninja. " * 20_000)
    (tmp_path / "ok.txt").write_text("hello\n")
    proc = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"took longer than 1e-06 s to lint, skipped" in proc.stdout + proc.stderr


def test_deeply_nested_front_matter_and_lists(tmp_path):
    deep = "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n" + "- " * 3000 + "rockstar\n"
    res = lint_text(deep, "markdown", Settings())
    assert res.error is None  # linted or noted, never a traceback
    (tmp_path / "ad.md").write_text(deep)
    proc = run_cli("check", "ad.md", cwd=tmp_path)
    assert b"Traceback" not in proc.stderr and proc.returncode in (0, 1, 2)


# -- file system ------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlinks_inside_are_followed_once_and_outside_never(tmp_path):
    site = tmp_path / "site"
    (site / "jobs").mkdir(parents=True)
    (site / "jobs" / "a.md").write_text("Rockstar wanted.\n")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.md").write_text("PRIVATE rockstar key\n")
    os.symlink(site / "jobs", site / "jobs" / "loop")  # a loop
    os.symlink(site / "jobs" / "a.md", site / "alias.md")  # inside: same file, linted once
    os.symlink(secret / "key.md", site / "leak.md")  # outside: never read
    os.symlink(secret, site / "leakdir")  # outside folder: not walked
    os.symlink(tmp_path / "missing.md", site / "broken.md")
    proc = run_cli("check", "--select", "jargon/rockstar", "--format", "json", "site",
                   cwd=tmp_path)
    import json

    data = json.loads(proc.stdout)
    paths = [f["path"] for f in data["files"]]
    assert paths == ["site/alias.md"] or paths == ["site/jobs/a.md"], paths
    assert "PRIVATE" not in proc.stdout.decode()
    err = proc.stderr.decode()
    assert "leak.md: symlink to a file outside site, not read" in err
    assert "leakdir: symlink to a folder outside site, not followed" in err
    assert data["errors"] == [{"path": "site/broken.md",
                               "message": "broken symlink (its target does not exist)"}]
    # named on the command line, a link is the user's choice
    proc = run_cli("check", "--select", "jargon/rockstar", "site/leak.md", cwd=tmp_path)
    assert proc.returncode == 1 and b"leak.md" in proc.stdout


def test_paths_outside_the_working_folder_are_linted_as_given(tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "ad.md").write_text("Rockstar wanted.\n")
    work = tmp_path / "work"
    work.mkdir()
    proc = run_cli("check", "--select", "jargon/rockstar", "../elsewhere/ad.md", cwd=work)
    assert proc.returncode == 1 and b"../elsewhere/ad.md:1:1" in proc.stdout


# -- --fix --------------------------------------------------------------------------------

FIXABLE = "Our chairman and the salesmen.\n"


def test_fix_refuses_a_file_changed_since_it_was_read(tmp_path):
    path = tmp_path / "ad.md"
    path.write_text(FIXABLE)
    src = read_source(str(path))
    path.write_text(FIXABLE + "Edited meanwhile.\n")
    with pytest.raises(fix.FixError, match="changed since it was read"):
        fix.write_atomic(src, "Our chair and the salespeople.\n")
    assert path.read_text() == FIXABLE + "Edited meanwhile.\n"


@pytest.mark.parametrize("raw", [
    b"Our chairman and the salesmen.\n",  # LF
    b"Our chairman\r\nand the salesmen.\r\n",  # CRLF
    b"\xef\xbb\xbfOur chairman and the salesmen.",  # BOM, no final newline
    "Caf\u00e9 \U0001f389 chairman, na\u00efve salesmen.\n".encode("utf-8"),
])
def test_fix_keeps_encoding_bom_newlines_and_is_idempotent(tmp_path, raw):
    path = tmp_path / "ad.md"
    path.write_bytes(raw)
    os.chmod(path, 0o604)
    run_cli("check", "--select", "inclusive/gendered-titles", "--fix", "ad.md", cwd=tmp_path)
    fixed = path.read_bytes()
    expected = raw.replace(b"chairman", b"chair").replace(b"salesmen", b"salespeople")
    assert fixed == expected
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o604
    proc = run_cli("check", "--select", "inclusive/gendered-titles", "--fix", "ad.md", cwd=tmp_path)
    assert path.read_bytes() == fixed and proc.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ad.md"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_fix_in_a_read_only_folder_leaves_the_file_alone(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "ad.md"
    path.write_text(FIXABLE)
    os.chmod(folder, 0o555)
    try:
        proc = run_cli("check", "--select", "inclusive/gendered-titles", "--fix", "ro/ad.md",
                       cwd=tmp_path)
    finally:
        os.chmod(folder, 0o755)
    assert proc.returncode == 2 and path.read_text() == FIXABLE


# -- network ----------------------------------------------------------------------------------

_SPY = '''
import os, socket
_log = os.environ["ADLINT_SOCKET_LOG"]
def _record(kind, addr):
    with open(_log, "a") as fh:
        fh.write(f"{kind} {addr!r}\\n")
_connect = socket.socket.connect
def connect(self, addr):
    _record("connect", addr)
    return _connect(self, addr)
socket.socket.connect = connect
_getaddrinfo = socket.getaddrinfo
def getaddrinfo(host, *a, **k):
    _record("resolve", host)
    return _getaddrinfo(host, *a, **k)
socket.getaddrinfo = getaddrinfo
'''


def _spy_env(tmp_path):
    spy = tmp_path / "spy"
    spy.mkdir()
    (spy / "sitecustomize.py").write_text(_SPY)
    log = tmp_path / "sockets.log"
    env = {"PYTHONPATH": os.pathsep.join([str(spy), str(ROOT / "src"),
                                          os.environ.get("PYTHONPATH", "")]),
           "ADLINT_SOCKET_LOG": str(log), "ADLINT_LANGUAGETOOL_URL": "", "LTP_JAR_DIR_PATH": ""}
    return env, log


def test_a_default_run_opens_no_socket(tmp_path):
    env, log = _spy_env(tmp_path)
    for args in (["check", "--no-cache", str(ROOT / "examples")],
                 ["check", "--jobs", "2", "--format", "sarif", "--jurisdictions", "auto",
                  str(ROOT / "examples")]):
        proc = run_cli(*args, env=env)
        assert proc.returncode == 1, proc.stderr
    assert not log.exists(), log.read_text()
    # the spy works: a configured LanguageTool URL is the only address contacted
    proc = run_cli("check", "--grammar", "--languagetool-url", "http://127.0.0.1:9",
                   str(ROOT / "examples" / "data-analyst.md"), env=env)
    contacted = log.read_text().splitlines()
    assert contacted and all("127.0.0.1" in line for line in contacted), contacted


def test_a_failed_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "ad.md"
    path.write_text(FIXABLE)
    src = read_source(str(path))

    def disk_full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fix.os, "replace", disk_full)
    with pytest.raises(OSError):
        fix.write_atomic(src, "Our chair and the salespeople.\n")
    assert path.read_text() == FIXABLE
    assert [p.name for p in tmp_path.iterdir()] == ["ad.md"]
