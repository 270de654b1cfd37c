"""End to end in a real browser (headless Chromium through Playwright): the local
page and the HTML report. Skips, saying why, only where no browser can be found.

ADLINT_CHROMIUM names the browser binary (default: chromium on PATH, as Debian's
`chromium` package installs it). ADLINT_UPDATE_SCREENSHOTS=1 rewrites docs/*.png
(or run scripts/screenshots.py, which does only that).
"""

import os
import shutil
import struct
import threading
import zlib

import pytest

from adlint.serve import App, make_server

from conftest import ROOT, run_cli

pw = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed "
                         "(pip install playwright; the browser itself comes from Debian's chromium)")

CHROMIUM = os.environ.get("ADLINT_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
if not CHROMIUM:
    pytest.skip("no Chromium found: install Debian's chromium package (apt-get install chromium) "
                "or set ADLINT_CHROMIUM", allow_module_level=True)

DOCS = ROOT / "docs"
SHOTS = os.environ.get("ADLINT_UPDATE_SCREENSHOTS") == "1"

AD = """# Senior Rockstar Engineer

We're a fast-paced team looking for a young ninja. Our chairman wants guys who hit the
ground running. The ideal candidate is a native English speaker. 🎉 Café ninja!

## Requirements

- 10+ years of experience with Python
- Work hard, play hard

Competitive salary. Apply now!
"""

#: WCAG contrast ratios of the text of the elements matching each selector (the editor's
#: letters are the textarea's, painted over the marks' tints).
CONTRAST_JS = """(sels) => {
  function lum(c) { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => {
      x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
  function bg(el) { while (el) { const b = getComputedStyle(el).backgroundColor;
      if (b && !b.startsWith('rgba(0, 0, 0, 0)') && b !== 'transparent') return b; el = el.parentElement; }
    return 'rgb(255, 255, 255)'; }
  function ratio(fg, back) { const a = lum(fg), b = lum(back); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }
  const out = [];
  for (const sel of sels) {
    for (const el of document.querySelectorAll(sel)) {
      if (!el.getClientRects().length) continue;
      out.push([sel, ratio(getComputedStyle(el).color, bg(el))]);
    }
  }
  const ink = getComputedStyle(document.querySelector('#ad') || document.body).color;
  for (const m of document.querySelectorAll('#backdrop mark')) out.push(['editor mark', ratio(ink, bg(m))]);
  return out; }"""


def _low_contrast(pg, sels):
    ratios = pg.evaluate(CONTRAST_JS, sels)
    assert ratios
    return [(s, round(r, 2)) for s, r in ratios if r < 4.5]


@pytest.fixture(scope="module")
def browser():
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def server():
    srv = make_server("127.0.0.1", 0, App(root=str(ROOT)))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def page(browser, server):
    # Playwright's wait_for_function evaluates strings, which the page's own CSP forbids;
    # test_works_under_its_content_security_policy checks the page with the CSP on
    pg = browser.new_page(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    pg.goto(server)
    yield pg
    assert errors == []
    pg.close()


def test_works_under_its_content_security_policy(browser, server):
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.goto(server)
    pg.fill("#ad", AD)
    marks = pg.locator("#backdrop mark")
    for _ in range(300):  # the page's CSP forbids eval, so poll from here (at most 30 s)
        if marks.count() > 5:
            break
        pg.wait_for_timeout(100)
    pg.wait_for_selector("#results .group-h")
    assert pg.locator("#backdrop mark").count() > 5 and problems == []
    pg.close()


def _settled(pg):
    """Wait until the page shows the result for the text now in the editor."""
    pg.wait_for_function("document.body.dataset.pending === '0'")


def _paste(pg, text):
    pg.fill("#ad", text)
    _settled(pg)


def _findings(pg):
    return pg.evaluate("window.adlint.findings.map((f, i) => Object.assign({i: i}, f))")


def _mark_texts(pg):
    """{finding index: the text of its marks in the editor, joined}"""
    return pg.evaluate("""() => { const out = {};
      document.querySelectorAll('#backdrop mark').forEach(m => m.dataset.f.split(' ').forEach(i => {
        out[i] = (out[i] || '') + m.textContent; }));
      return out; }""")


def test_one_editor_with_the_marks_on_the_exact_words(page):
    _paste(page, AD)
    findings = _findings(page)
    marks = _mark_texts(page)
    value = page.input_value("#ad")
    in_text = [f for f in findings if f["start"] is not None]
    assert len(in_text) > 5
    for f in in_text:
        # each mark covers exactly the finding's characters, counted as the browser counts
        assert marks[str(f["i"])] == f["text"] == value[f["start"]:f["end"]] or \
            marks[str(f["i"])] == value.encode("utf-16-le")[2 * f["start"]:2 * f["end"]].decode("utf-16-le")
    texts = {f["text"] for f in in_text}
    for word in ("Rockstar", "young", "ninja", "chairman", "native English speaker",
                 "hit the\nground running", "Work hard, play hard"):
        assert word in texts, (word, texts)
    # after the emoji, too (UTF-16 offsets)
    last = max((f for f in in_text if f["text"] == "ninja"), key=lambda f: f["start"])
    assert page.evaluate(f"document.querySelector('#ad').value.slice({last['start']}, {last['end']})") == "ninja"
    # one copy of the text: no second rendering of the ad below the editor
    assert page.locator("pre.source").count() == 0
    assert page.locator("#results mark").count() == 0
    assert "problems" in page.inner_text("#status")


def _decode_png(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG."""
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            bpp = {2: 3, 6: 4}[ctype]
        elif kind == b"IDAT":
            idat += body
    raw, stride, rows, prev, i = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def _differing_pixels(png_a, png_b):
    wa, ha, bpp, ra = _decode_png(png_a)
    wb, hb, _, rb = _decode_png(png_b)
    assert (wa, ha) == (wb, hb)
    bad = 0
    for y in range(ha):
        for x in range(0, wa * bpp, bpp):
            if max(abs(p - q) for p, q in zip(ra[y][x:x + 3], rb[y][x:x + 3])) > 40:
                bad += 1
    return bad, wa * ha


@pytest.mark.parametrize("width", [1280, 375])
def test_the_marks_sit_under_the_textareas_own_letters(browser, server, width):
    """The textarea's text and the mirror's text, drawn one at a time, land on the same
    pixels: the marks cannot drift from the words, even with wrapping, tabs and emoji."""
    pg = browser.new_page(viewport={"width": width, "height": 900}, bypass_csp=True)
    pg.goto(server)
    long_word = "x" * 120
    _paste(pg, AD + f"\n\tA tab, then {long_word} and trailing spaces   \n\n\n")
    pg.evaluate("document.activeElement.blur()")
    pg.add_style_tag(content="#ad { caret-color: transparent !important; }")
    textarea_letters = pg.locator("#editor").screenshot()
    pg.add_style_tag(content="#ad { color: transparent !important; } "
                             "#backdrop, #backdrop mark { color: #1b1b1b !important; }")
    mirror_letters = pg.locator("#editor").screenshot()
    bad, total = _differing_pixels(textarea_letters, mirror_letters)
    # a shift of one pixel changes ~5% of the pixels; antialiasing alone a few hundred
    assert bad < total * 0.002, (bad, total)
    pg.close()


def test_findings_are_grouped_in_text_first(page):
    _paste(page, (ROOT / "examples" / "frontend-rockstar.md").read_text())
    heads = [h.split("\n")[0].rsplit(" ", 1)[0] for h in page.locator("#results .group-h").all_inner_texts()]
    assert {"Pay and benefits", "Clarity", "Inclusive language", "Structure"} <= set(heads), heads
    for group in page.locator("#results section.group").all():
        kinds = [("whole ad" in t) for t in group.locator(".meta").all_inner_texts()]
        assert kinds == sorted(kinds)  # in-text findings before whole-ad ones
    # the gauges and the score
    assert page.inner_text("[data-gauge=grade] .value").startswith("grade ")
    assert "words" in page.inner_text("[data-gauge=length] .value")
    assert "✗ pay" in page.inner_text("[data-gauge=elements]")
    score = page.evaluate("window.adlint.findings.length && document.querySelector('.score') && "
                          "+document.querySelector('.score').dataset.score")
    if score is not None and score is not False:
        assert 0 <= score <= 100 and page.locator("ol.raise li").count() >= 1
        assert ": +" in page.inner_text("ol.raise li >> nth=0")


def test_click_a_finding_to_select_its_words(page):
    _paste(page, AD)
    f = next(x for x in _findings(page) if x["text"] == "native English speaker")
    page.click(f"button.goto[data-i='{f['i']}']")
    sel = page.evaluate("[document.activeElement.id, document.querySelector('#ad').selectionStart,"
                        " document.querySelector('#ad').selectionEnd]")
    assert sel == ["ad", f["start"], f["end"]]
    # the card and the mark of the finding under the caret light up
    assert page.locator(f"li.finding.current[data-i='{f['i']}']").count() == 1
    assert page.locator(f"#backdrop mark.current[data-f~='{f['i']}']").count() >= 1


def test_apply_a_fix_in_place_then_undo_and_download(page):
    _paste(page, AD)
    before = page.input_value("#ad")
    page.locator("button.fix", has_text="chair").first.click()
    page.wait_for_function("document.querySelector('#ad').value.includes('Our chair wants')")
    _settled(page)
    assert page.evaluate("document.activeElement.id") == "ad"  # the editor keeps the focus
    assert not any(f["text"] == "chairman" for f in _findings(page))  # gone after the re-check
    assert "chairman" not in page.inner_text("#results")
    # the browser's own undo takes the fix back
    page.keyboard.press("Control+z")
    page.wait_for_function("document.querySelector('#ad').value.includes('chairman')")
    assert page.input_value("#ad") == before
    _settled(page)
    page.keyboard.press("Control+Shift+z")
    page.wait_for_function("document.querySelector('#ad').value.includes('Our chair wants')")
    _settled(page)
    with page.expect_download() as dl:
        page.click("#download")
    assert "Our chair wants" in open(dl.value.path(), encoding="utf-8").read()


def test_marks_follow_the_text_while_typing(page):
    _paste(page, AD)
    page.click("#ad")
    page.keyboard.press("Control+Home")
    page.keyboard.type("NEW ")
    # before the server answers, the marks have moved with the text
    marks = _mark_texts(page)
    value = page.input_value("#ad")
    assert all(v in value for v in marks.values()) and "Rockstar" in marks.values()
    _settled(page)
    f = next(x for x in _findings(page) if x["text"] == "Rockstar")
    assert page.input_value("#ad")[f["start"]:f["end"]] == "Rockstar"


def test_profile_and_jurisdictions_change_the_result(page):
    _paste(page, AD.replace("Competitive salary.", "Location: Denver, CO. Competitive salary."))
    page.fill("#jurisdictions", "auto")
    page.dispatch_event("#jurisdictions", "change")
    page.wait_for_function("document.querySelector('[data-gauge=pay] .value').textContent.includes('gap')")
    assert "US-CO" in page.inner_text("[data-gauge=pay]")
    page.select_option("#profile", "careers-page")
    page.wait_for_function("!document.querySelector('#results').innerText.includes('elements/missing-pay')")


def test_an_html_ad_can_be_read_as_its_page_text(page):
    page.select_option("#format", "html")
    _paste(page, (ROOT / "examples" / "careers-page.html").read_text())
    assert page.is_visible("#view")
    page.check("input[name=view][value=page]")
    assert page.is_hidden("#editor") and page.is_visible("#rendered")
    text = page.inner_text("#rendered")
    assert "Work at Northwind Health" in text and "<h1>" not in text and "&amp;" not in text
    marks = page.locator("#rendered mark").all_inner_texts()
    assert "salesmen" in marks and "digital native" in marks
    f = next(x for x in _findings(page) if x["text"] == "salesmen")
    page.click(f"button.goto[data-i='{f['i']}']")
    assert page.locator("#rendered mark.current").inner_text() == "salesmen"
    page.check("input[name=view][value=markup]")
    assert page.is_visible("#editor") and page.is_hidden("#rendered")


def test_keyboard_alone(page):
    page.fill("#ad", "")
    page.focus("#ad")
    page.keyboard.type("Our chairman needs a rockstar.")
    _settled(page)
    # Tab to the first finding and press Enter: its words are selected in the editor
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('goto')"):
            break
    else:
        pytest.fail("no finding is reachable with Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    i = int(page.evaluate("document.activeElement.dataset.i"))
    f = _findings(page)[i]
    page.keyboard.press("Enter")
    assert page.evaluate("[document.activeElement.id, document.querySelector('#ad').selectionStart,"
                         " document.querySelector('#ad').selectionEnd]") == ["ad", f["start"], f["end"]]
    # and on to a fix button, Enter applies it
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('fix')"):
            break
    else:
        pytest.fail("no fix button is reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("!document.querySelector('#ad').value.includes('chairman')"
                           " || !document.querySelector('#ad').value.includes('rockstar')")


def test_too_long_input_gets_a_clear_error(page):
    page.evaluate("document.querySelector('#ad').value = 'word '.repeat(150000)")
    page.dispatch_event("#ad", "input")
    page.wait_for_selector("#status [role=alert]")
    assert "too long" in page.inner_text("#status")


def test_phone_size_and_contrast(page):
    page.set_viewport_size({"width": 375, "height": 812})
    _paste(page, AD)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert page.locator("#ad").bounding_box()["width"] <= 375
    # the panel comes below the editor on a phone
    assert page.locator(".panel").bounding_box()["y"] > page.locator("#editor").bounding_box()["y"]
    # WCAG AA: body text, badges, the editor's text over its marks, the panel
    low = _low_contrast(page, ['body', '.badge', '.rule', '.msg', '.meta', 'summary', 'ul.chips li',
                               'button.fix', 'label', '.gauge .status', '.gauge .hint', '.score-word',
                               'ol.raise strong', '.group-h'])
    assert not low, low


def test_desktop_layout(page):
    _paste(page, AD)
    assert page.locator("#backdrop mark").count() > 5
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1280
    # the panel is beside the editor
    assert page.locator(".panel").bounding_box()["x"] > page.locator("#editor").bounding_box()["x"] + 400


def _html_report(tmp_path):
    out = tmp_path / "report.html"
    run_cli("check", "--format", "html", "--output", str(out), str(ROOT / "examples"),
            quiet_rules=False)
    return out


def test_html_report_in_the_browser(browser, tmp_path):
    out = _html_report(tmp_path)
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(out.as_uri())
    assert all(u.startswith("file:") for u in requests), requests  # self-contained
    first = pg.locator("table.index tbody tr").first.inner_text()
    pg.click("table.index th[data-col=words] button")  # sort by words
    words = [int(c.replace(",", "")) for c in pg.locator("table.index tbody td.num[data-label=Words]").all_inner_texts()]
    assert words == sorted(words, reverse=True)
    pg.click("table.index th[data-col=words] button")
    words = [int(c.replace(",", "")) for c in pg.locator("table.index tbody td.num[data-label=Words]").all_inner_texts()]
    assert words == sorted(words)
    assert first
    assert pg.locator("mark").count() > 10
    # a footnote leads to its finding, the finding back to its mark, the section to the index
    pg.locator("sup.fn a").first.click()
    assert pg.evaluate("location.hash").startswith("#f1-n")
    pg.locator("section.file a.back").first.click()
    assert pg.evaluate("location.hash") == "#row-1"
    assert not _low_contrast(pg, ['body', '.badge', '.rule', 'mark', 'sup.fn a', '.gauge .status',
                                  'ul.chips li', 'a', 'th button'])
    pg.close()


def test_html_report_on_a_phone(browser, tmp_path):
    out = _html_report(tmp_path)
    pg = browser.new_page(viewport={"width": 375, "height": 812})
    pg.goto(out.as_uri())
    assert pg.evaluate("document.scrollingElement.scrollWidth") <= 375
    # every ad of the index is a card that fits; the sort buttons still work
    for box in [r.bounding_box() for r in pg.locator("table.index tbody tr").all()]:
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    pg.click("table.index th[data-col=grade] button")
    grades = [float(g) for g in pg.locator("table.index td[data-label=Grade]").all_inner_texts()]
    assert grades == sorted(grades, reverse=True)
    pg.close()


@pytest.mark.skipif(not SHOTS, reason="set ADLINT_UPDATE_SCREENSHOTS=1 to rewrite docs/*.png")
def test_update_screenshots():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--chromium",
                           CHROMIUM, "--out", str(DOCS)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
