"""The HTML report (--format html) and the local page's server (adlint serve)."""

import json
import re
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from adlint.finding import Finding
from adlint.report import html_format
from adlint.serve import App, make_server

from conftest import ROOT, run_cli

AD = "# Rockstar wanted\n\nOur chairman needs guys. <script>alert(1)</script> Café 🎉 ninja.\n"

MARK = re.compile(r'<mark class="sev-(\w+)" data-f="([\d ]+)" title="[^"]*">([^<]*)</mark>'
                  r'(?:\u2060<sup class="fn">(.*?)</sup>)?')
SECTION = re.compile(r'<section class="file" id="f\d+".*?(?=<section class="file"|</main>)', re.S)


def _report(tmp_path, *files):
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    proc = run_cli("check", "--format", "html", "--output", str(out), *[n for n, _ in files],
                   cwd=tmp_path, quiet_rules=False)
    assert proc.returncode == 1, proc.stderr
    return out.read_text(encoding="utf-8")


def _section(page, name):
    return next(s for s in SECTION.findall(page) if f">{name}</h2>" in s)


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
    marks = MARK.findall(page)
    texts = {t for _, _, t, _ in marks}
    assert {"Rockstar", "chairman", "ninja"} <= texts
    assert all(sev in ("error", "warning", "info") for sev, _, _, _ in marks)
    # every footnote links to a finding in the list, which says its severity in words
    nums = [int(n) for *_, sup in marks for n in re.findall(r">(\d+)</a>", sup)]
    assert nums == sorted(nums) and nums[0] == 1  # in reading order
    for n in nums:
        item = re.search(rf'<li id="f1-n{n}" class="finding sev-(\w+)".*?</li>', page).group(0)
        assert re.search(r'<span class="badge sev-\w+"><span aria-hidden="true">.</span> '
                         r'(error|warning|note)</span>', item)
        assert f'id="f1-m{n}"' in page and f'href="#f1-m{n}"' in item  # and back to the mark
    assert "<summary>Why</summary>" in page and "Try: chair" in page


def _f(rule, start, end, severity="warning", message="m"):
    return Finding(rule=rule, severity=severity, message=message, start=start, end=end)


def test_footnotes_never_merge_or_split_a_word():
    text = "Our salesmen ship. A rockstar ninja."
    fs = [_f("a/b", 4, 9),                            # "sales" of "salesmen"
          _f("a/c", 21, 29),                          # "rockstar"
          _f("a/d", 21, 35), _f("a/e", 30, 35)]       # two findings that end at "ninja"
    out = html_format.highlight(text, fs, "f1", html_format.numbering(fs))
    plain = re.sub(r"<[^>]+>", "", out)
    assert "salesmen\u20601 ship" in plain   # after the whole word, joined, no space
    assert "rockstar\u20602 ninja" in plain
    assert "ninja\u20603,4." in plain        # one superscript, comma-separated: never "34"
    assert '<sup class="fn"><a href="#f1-n3">3</a>,<a href="#f1-n4">4</a></sup>' in out
    assert "sales</mark>men" in out          # the mark itself stays on the finding's characters


def test_report_groups_the_findings_and_puts_in_text_ones_first(tmp_path):
    page = _report(tmp_path, ("ad.md", (ROOT / "examples" / "frontend-rockstar.md").read_text()))
    heads = re.findall(r'<h3 class="group-h">([^<]+) <span class="count">', page)
    order = [*html_format.CATEGORIES, html_format.OTHER]
    assert {"Pay and benefits", "Clarity", "Inclusive language", "Structure"} <= set(heads)
    assert heads == sorted(heads, key=order.index)
    for group in re.findall(r'<section class="group".*?</section>', page):
        wheres = re.findall(r'</span> · (whole ad|<a href)', group)
        assert wheres == sorted(wheres, key=lambda w: w == "whole ad"), group
    category = html_format.category
    assert category("elements/missing-pay") == "Pay and benefits"
    assert category("elements/missing-location") == "Structure"
    assert category("tone/vague-pay") == "Pay and benefits" and category("tone/ghosting") == "Tone"
    assert category("gender-coded/masculine-coded") == "Inclusive language"
    assert category("benefits/anything") == "Pay and benefits"
    assert category("grammar/EN_A_VS_AN") == html_format.OTHER


def test_score_and_the_changes_that_raise_it(tmp_path):
    assert html_format.score_box({}) == "" and html_format.score_box({"score": None}) == ""
    box = html_format.score_box({"score": {"value": 61, "raise": [
        {"change": "say where", "points": 4, "rules": []},
        {"change": "add a pay range", "points": 15, "rules": ["elements/missing-pay"]},
        {"change": "list the benefits", "points": 8, "rules": []},
        {"change": "name the team", "points": 2, "rules": []}]}})
    items = [re.sub("<[^>]+>", "", i) for i in re.findall(r"<li>(.*?)</li>", box)]
    assert items == ["add a pay range: +15", "list the benefits: +8", "say where: +4"]
    assert 'data-score="61"' in box and "fair" in box
    page = _report(tmp_path, ("ad.md", AD))
    proc = run_cli("check", "--format", "json", "ad.md", cwd=tmp_path, quiet_rules=False)
    score = json.loads(proc.stdout)["files"][0]["metrics"].get("score") if proc.stdout else None
    if score:  # once the engine scores ads, the report shows it
        assert f'data-score="{score["value"]}"' in page and "What raises it most" in page


LONG = ("We are looking for someone who will help our customers and our partners and our staff "
        "with the many questions they have about their orders and their deliveries and their "
        "returns and their refunds and their accounts and their plans and their bills and their "
        "contracts every day of the week in the shop and on the phone and by email.")


def test_gauges_are_honest(tmp_path):
    short = "You will plan routes. You will load vans. We pay well. "
    page = _report(tmp_path, ("long.md", "# Driver\n\n" + short * 3 + LONG + " " + short * 3 + "\n"),
                   ("one.md", "# Driver\n\nYou will be a leader. " + short * 4 + "\n"))
    sec = _section(page, "long.md")
    grade = re.search(r'<div class="gauge st-(\w+)" data-gauge="grade">.*?</ol>', sec).group(0)
    words = len(LONG.split())
    assert words > 60 and 'class="gauge st-bad"' in grade  # a 60-word sentence is never green
    assert f"{words} words</span>" in grade and f"a {words}-word sentence" in grade
    assert len(re.findall(r'<span class="n">', grade)) == 3  # the three longest
    assert re.search(r"grade \d+\.\d<", grade)  # one decimal
    one = _section(page, "one.md")
    # one masculine-coded word is no headline
    assert "masculine-coded</div>" not in one and "no strong gender coding" in one
    plural = html_format.plural
    assert plural(1, "masculine-coded word") == "1 masculine-coded word"
    assert plural(2, "word") == "2 words" and plural(1204, "word") == "1,204 words"
    assert ">1 words<" not in page and " 1 problems" not in page


def test_report_numbers_are_formatted(tmp_path):
    big = "# Driver\n\n" + "You will plan the routes. " * 260 + "\n"
    page = _report(tmp_path, ("big.md", big), ("ad.md", AD))
    assert re.search(r'data-label="Words" data-v="1\d{3}">1,\d{3}</td>', page)
    assert re.search(r'data-label="Grade" data-v="[\d.]+">\d+\.\d</td>', page)
    assert re.search(r'data-gauge="length"><h3>Length</h3><div class="value">1,\d{3} words', page)


def test_report_gauges_and_index(tmp_path):
    page = _report(tmp_path, ("a.md", AD), ("b.md", "You will plan routes. " * 30),
                   ("c.txt", "Rockstar ninja guru wanted!!\n"))
    for gauge in ("grade", "length", "elements", "pay"):
        assert f'data-gauge="{gauge}"' in page
    assert "✗</span> pay" in page and "<span class=\"sr-only\"> missing</span>" in page
    rows = re.findall(r'<tr id="row-(\d+)"><td class="file" data-label="Ad" data-v="([^"]+)">'
                      r'<a href="#f(\d+)">', page)
    counts = [int(c) for c in re.findall(r'data-label="Problems" data-v="(\d+)">', page)]
    assert sorted(p for _, p, _ in rows) == ["a.md", "b.md", "c.txt"]
    assert all(a == b for a, _, b in rows)
    assert counts == sorted(counts, reverse=True)  # most problems first
    assert 'aria-sort="descending"' in page
    # the sections follow the index's order, each with a way back to its row
    sections = re.findall(r'<section class="file" id="f(\d+)".*?<h2 id="f\d+-h">([^<]+)</h2>', page)
    assert [p for _, p in sections] == [p for _, p, _ in rows]
    for n, _ in sections:
        assert page.count(f'href="#row-{n}">↑ back to the index</a>') == 2
    # totals per rule, across the ads
    totals = dict(re.findall(r'<span class="rule">([^<]+)</span></td><td>[^<]+</td>'
                             r'<td class="num">([\d,]+)</td>', page))
    assert totals["jargon/rockstar"] == "5"  # 2 in a.md, 3 in c.txt
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", c) for c in totals.values())


def test_report_shows_html_ads_as_text_not_markup(tmp_path):
    page = _report(tmp_path, ("careers.html", (ROOT / "examples" / "careers-page.html").read_text()))
    text = re.search(r'<div class="rendered" tabindex="0">(.*?)</div><details class="markup">',
                     page, re.S).group(1)
    assert "&lt;h1&gt;" not in text and "Work at Northwind Health" in text
    assert "salesmen</mark>" in text and "&amp; engineers" in text  # entities read as text
    assert "<script" not in text and "rockstar" not in text.lower().replace("guru", "")
    assert "The page’s markup" in page  # the markup is one click away


def test_findings_outside_the_page_text_link_to_the_markup():
    from adlint.engine import lint_text

    page = "<html><head><title>Rockstar wanted</title></head><body><p>Our chairman needs you.</p></body></html>"
    res = lint_text(page, "html", path="ad.html")
    a = page.index("Rockstar")
    res.findings.append(Finding(rule="jargon/rockstar", severity="warning", message="m", start=a,
                                end=a + 8, text="Rockstar", line=1, column=a + 1))
    out = html_format.render_file(res, None, "f1")
    n = html_format.numbering(res.findings)[len(res.findings) - 1]
    assert f'href="#f1-src-m{n}">line 1, column {a + 1} of the markup</a>' in out
    assert f'id="f1-src-m{n}"' in out and '<details class="markup" open>' in out
    chair = html_format.numbering(res.findings)[next(
        i for i, f in enumerate(res.findings) if f.text == "chairman")]
    assert f'href="#f1-m{chair}">' in out and f'id="f1-m{chair}"' in out


def test_report_shows_files_that_could_not_be_linted(tmp_path):
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    (tmp_path / "ad.md").write_text(AD)
    out = tmp_path / "r.html"
    run_cli("check", "--format", "html", "--output", str(out), "bin.md", "ad.md", cwd=tmp_path)
    page = out.read_text()
    assert 'role="alert">Not linted: binary file' in page


def test_a_large_folder_gets_an_index_and_one_page_per_ad(tmp_path):
    ads = tmp_path / "ads"
    ads.mkdir()
    for n in range(600):
        (ads / f"ad{n:03}.md").write_text(f"# Rockstar {n}\n\nOur chairman needs guys. You will plan "
                                          f"{n} routes.\n", encoding="utf-8")
    (tmp_path / "report" ).mkdir()
    (tmp_path / "report" / "999-stale.html").write_text('<!doctype html>\n<html lang="en">\n<head>\n'
                                                        '<meta name="generator" content="adlint">')
    (tmp_path / "report" / "notes.txt").write_text("mine")
    proc = run_cli("check", "--format", "html", "--output", "report.html", "ads", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    index = (tmp_path / "report.html").read_text(encoding="utf-8")
    pages = sorted((tmp_path / "report").glob("*.html"))
    assert len(pages) == 600 and (tmp_path / "report" / "notes.txt").exists()
    assert len(index) < 1_000_000 and "<mark" not in index  # the index only
    links = re.findall(r'<tr id="row-(\d+)">.*?<a href="(report/[^"]+)">', index)
    assert len(links) == 600
    assert {tmp_path / href for _, href in links} == set(pages)
    for n, href in links[:5] + links[-5:]:
        assert re.fullmatch(rf"report/{n}-ad\d{{3}}-md\.html", href)
        one = (tmp_path / href).read_text(encoding="utf-8")
        assert f'href="../report.html#row-{n}">↑ back to the index</a>' in one
        assert "<mark" in one and "<style>" in one and not re.search(r"<(link|script)[^>]+src", one)
    first = (tmp_path / links[0][1]).read_text(encoding="utf-8")
    assert 'rel="next"' in first and 'rel="prev"' not in first


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
    assert 'class="fix"' in res["panel"] and 'class="group-h"' in res["panel"]
    assert "<mark" not in res["panel"]  # the marks are drawn in the editor, not in a copy
    assert res["metrics"]["jurisdictions"] == [{"code": "US-CO", "inferred_from": None}]
    n = next(i for i, f in enumerate(res["findings"]) if f["rule"] == "inclusive/gendered-titles")
    code, fixed = _post(server + "/api/fix", {**req, "fix": n})  # the page resends its settings
    assert code == 200 and "Our chair needs" in fixed["text"] and fixed["applied"] == 1
    code, fixed = _post(server + "/api/fix", {**req, "fix": "all"})
    assert "Our chair needs" in fixed["text"]


def test_serve_offsets_count_as_the_browser_does(server):
    code, res = _post(server + "/api/lint", {"text": AD, "format": "markdown"})
    js = AD.encode("utf-16-le")
    for f in res["findings"]:
        if f["start"] is not None:  # UTF-16 code units: the 🎉 before "ninja" counts twice
            assert js[2 * f["start"]:2 * f["end"]].decode("utf-16-le") == f["text"], f
    ninja = next(f for f in res["findings"] if f["text"] == "ninja")
    assert ninja["start"] == AD.index("ninja") + 1
    assert all(f["category"] in [*html_format.CATEGORIES, html_format.OTHER] for f in res["findings"])


def test_serve_shows_an_html_page_as_text(server):
    page = (ROOT / "examples" / "careers-page.html").read_text()
    code, res = _post(server + "/api/lint", {"text": page, "format": "html"})
    assert "salesmen</mark>" in res["rendered"] and "&lt;p&gt;" not in res["rendered"]
    code, res = _post(server + "/api/lint", {"text": "# Hi", "format": "markdown"})
    assert res["rendered"] is None


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


def test_the_screenshot_script_is_runnable():
    src = (Path(ROOT) / "scripts" / "screenshots.py").read_text()
    compile(src, "screenshots.py", "exec")
    for name in ("serve-desktop.png", "serve-phone.png", "report.png", "report-phone.png"):
        assert name in src


def test_a_french_ad_shows_its_reading_ease(tmp_path):
    hard = ("Agir en tant qu'autorité technique experte de l'organisme dans le cadre de "
            "l'acquisition, de la conception, du développement, de l'intégration et de "
            "l'exploitation des solutions numériques ministérielles et interministérielles. ")
    plain = "Vous écrirez du code. Vous aiderez l'équipe. Vous parlerez aux gens. "
    page = _report(tmp_path, ("dur.md", "---\nlang: fr\n---\n# Architecte\n\n" + hard * 8 + "\n"),
                   ("simple.md", "---\nlang: fr\n---\n# Développeuse ou développeur\n\n" + plain * 12 + "\n"))
    dur = re.search(r'data-gauge="grade">.*?</div></div>', _section(page, "dur.md"), re.S).group(0)
    assert "ease " in dur and "not measured" not in dur and "reading ease of 50" in dur
    assert re.search(r'class="gauge st-bad" data-gauge="grade"', _section(page, "dur.md"))
    assert not re.search(r'class="gauge st-bad" data-gauge="grade"', _section(page, "simple.md"))
