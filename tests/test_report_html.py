"""The HTML report (--format html) and the local page's server (adlint serve)."""

import json
import re
import threading
import urllib.error
import urllib.request

import pytest

from adlint.serve import App, make_server

from conftest import ROOT, run_cli

AD = "# Rockstar wanted\n\nOur chairman needs guys. <script>alert(1)</script> Café 🎉 ninja.\n"


def _report(tmp_path, *files):
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    proc = run_cli("check", "--format", "html", "--output", str(out), *[n for n, _ in files],
                   cwd=tmp_path, quiet_rules=False)
    assert proc.returncode == 1, proc.stderr
    return out.read_text(encoding="utf-8")


def test_report_is_self_contained_and_escapes_the_ad(tmp_path):
    page = _report(tmp_path, ("ad.md", AD))
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    assert 'name="viewport"' in page
    # nothing is loaded from anywhere: no external scripts, styles, fonts or images
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(" not in page
    # the ad's own markup is shown as text, never run
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_highlights_the_exact_words_with_severity_and_number(tmp_path):
    page = _report(tmp_path, ("ad.md", AD))
    marks = re.findall(r'<mark class="sev-(\w+)"[^>]*>([^<]*)(?:<sup>(\d+)</sup>)?</mark>', page)
    texts = {t for _, t, _ in marks}
    assert {"Rockstar", "chairman", "guys", "ninja"} <= texts
    assert all(sev in ("error", "warning", "info") for sev, _, _ in marks)
    # every mark's number points at a finding in the list, which says its severity in words
    for _, _, num in marks:
        if num:
            assert re.search(rf'<li id="f1-{num}" class="sev-\w+"><span class="badge', page)
    assert "▲ warning" in page and "Why:" in page and "Try: chair" in page


def test_report_gauges_and_index(tmp_path):
    page = _report(tmp_path, ("a.md", AD), ("b.md", "You will plan routes. " * 30),
                   ("c.txt", "Rockstar ninja guru wanted!!\n"))
    for gauge in ("grade", "length", "gender", "elements", "pay"):
        assert f'data-gauge="{gauge}"' in page
    assert "✗ pay" in page and "<span class=\"sr-only\"> missing</span>" in page
    rows = re.findall(r'<tr><td data-v="([^"]+)">', page)
    counts = [int(c) for c in re.findall(r'</a></td><td class="num" data-v="(\d+)">', page)]
    assert sorted(rows) == ["a.md", "b.md", "c.txt"]
    assert counts == sorted(counts, reverse=True)  # most problems first
    assert 'aria-sort="descending"' in page


def test_report_shows_files_that_could_not_be_linted(tmp_path):
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    (tmp_path / "ad.md").write_text(AD)
    out = tmp_path / "r.html"
    run_cli("check", "--format", "html", "--output", str(out), "bin.md", "ad.md", cwd=tmp_path)
    page = out.read_text()
    assert 'role="alert">Not linted: binary file' in page


# -- adlint serve -----------------------------------------------------------------------------

@pytest.fixture
def server():
    srv = make_server("127.0.0.1", 0, App(root=str(ROOT), max_bytes=20_000))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _post(url, obj, headers=None):
    data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json",
                                                          **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_serve_lints_and_fixes(server):
    req = {"text": AD, "format": "markdown", "profile": "job-ad", "jurisdictions": "US-CO"}
    code, res = _post(server + "/api/lint", req)
    assert code == 200 and res["count"] == len(res["findings"]) > 3
    assert "<mark" in res["html"] and 'class="fix"' in res["html"]
    assert res["metrics"]["jurisdictions"] == [{"code": "US-CO", "inferred_from": None}]
    n = next(i for i, f in enumerate(res["findings"]) if f["rule"] == "inclusive/gendered-titles")
    code, fixed = _post(server + "/api/fix", {**req, "fix": n})  # the page resends its settings
    assert code == 200 and "Our chair needs" in fixed["text"] and fixed["applied"] == 1
    code, fixed = _post(server + "/api/fix", {**req, "fix": "all"})
    assert "Our chair needs" in fixed["text"]


def test_serve_bounds_input_and_rejects_bad_requests(server):
    code, res = _post(server + "/api/lint", {"text": "x" * 30_000, "format": "markdown"})
    assert code == 413 and "too long" in res["error"]
    code, res = _post(server + "/api/lint", {"text": "hi", "format": "docx"})
    assert code == 400 and "format must be one of" in res["error"]
    code, res = _post(server + "/api/lint", {"text": "hi", "jurisdictions": "US-XX"})
    assert code == 400 and "unknown jurisdiction" in res["error"]
    code, res = _post(server + "/api/lint", b"{not json")
    assert code == 400


def test_serve_answers_only_on_its_own_address(server):
    code, res = _post(server + "/api/lint", {"text": "hi"}, headers={"Host": "evil.example"})
    assert code == 403
    with urllib.request.urlopen(server + "/", timeout=10) as r:
        page = r.read().decode()
        assert r.headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "<textarea" in page and "http" not in re.sub(r'placeholder="[^"]*"', "", page).split(
        "<script>")[1]  # the page's script fetches only relative URLs


def test_serve_binds_to_loopback_by_default():
    srv = make_server(port=0)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()
