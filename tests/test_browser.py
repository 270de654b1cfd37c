"""End to end in a real browser (headless Chromium through Playwright): the local
page and the HTML report. Skips, saying why, only where no browser can be found.

ADLINT_CHROMIUM names the browser binary (default: chromium on PATH, as Debian's
`chromium` package installs it). ADLINT_UPDATE_SCREENSHOTS=1 rewrites docs/*.png.
"""

import os
import shutil
import threading

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
ground running. The ideal candidate is a native English speaker.

## Requirements

- 10+ years of experience with Python
- Work hard, play hard

Competitive salary. Apply now!
"""


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
    pg.wait_for_selector("#results mark")
    assert pg.locator("#results mark").count() > 5 and problems == []
    pg.close()


def _settled(pg):
    """Wait until the page shows the result for the text now in the editor."""
    pg.wait_for_function("document.body.dataset.pending === '0'")


def _paste(pg, text):
    pg.fill("#ad", text)
    _settled(pg)


def test_paste_an_ad_and_see_the_highlights_at_the_right_words(page):
    _paste(page, AD)
    marks = page.locator("#results mark")
    texts = [t.strip() for t in marks.all_inner_texts()]
    # each highlight covers exactly the words its rule names (the number is a footnote)
    assert any(t.startswith("Rockstar") for t in texts)
    for word in ("young", "ninja", "chairman", "guys", "native English speaker",
                 "hit the\nground running", "fast-paced"):
        assert any(t.rstrip("0123456789") == word for t in texts), (word, texts)
    status = page.inner_text("#status")
    assert "problems found" in status
    # the gauges
    assert page.inner_text("[data-gauge=grade] .value").replace(".", "").isdigit()
    assert "words" in page.inner_text("[data-gauge=length] .value")
    assert page.inner_text("[data-gauge=gender] .value") == "masculine-coded"
    assert "✗ pay" in page.inner_text("[data-gauge=elements]")
    # a highlight's title and the finding list say the same thing in words, not only colour
    first = page.locator("#results ol.findings li").first
    assert any(w in first.inner_text() for w in ("error", "warning", "note"))


def test_apply_a_fix_then_download(page):
    _paste(page, AD)
    button = page.locator("button.fix", has_text="chair").first
    button.click()
    page.wait_for_function("document.querySelector('#ad').value.includes('Our chair wants')")
    page.wait_for_function("!document.querySelector('#results').innerText.includes('chairman')")
    with page.expect_download() as dl:
        page.click("#download")
    path = dl.value.path()
    assert "Our chair wants" in open(path, encoding="utf-8").read()


def test_profile_and_jurisdictions_change_the_result(page):
    _paste(page, AD.replace("Competitive salary.", "Location: Denver, CO. Competitive salary."))
    page.fill("#jurisdictions", "auto")
    page.dispatch_event("#jurisdictions", "change")
    page.wait_for_function("document.querySelector('[data-gauge=pay] .value').textContent.includes('gap')")
    assert "US-CO" in page.inner_text("[data-gauge=pay]")
    page.select_option("#profile", "careers-page")
    page.wait_for_function("!document.querySelector('#results').innerText.includes('elements/missing-pay')")


def test_keyboard_alone(page):
    page.fill("#ad", "")
    page.focus("#ad")
    page.keyboard.type("Our chairman needs a rockstar.")
    _settled(page)
    # Tab through to the first fix button and press Enter
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('fix')"):
            break
    else:
        pytest.fail("no fix button is reachable with Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_function("!document.querySelector('#ad').value.includes('chairman')"
                           " || !document.querySelector('#ad').value.includes('rockstar')")


def test_too_long_input_gets_a_clear_error(page):
    page.evaluate("document.querySelector('#ad').value = 'word '.repeat(150000)")
    page.dispatch_event("#ad", "input")
    page.wait_for_selector("#status [role=alert]")
    assert "too long" in page.inner_text("#status")


def test_phone_size_and_contrast(page):
    _paste(page, AD)
    page.set_viewport_size({"width": 375, "height": 812})
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert page.locator("#ad").bounding_box()["width"] <= 375
    # WCAG AA: body text, badges and highlighted text against their backgrounds
    ratios = page.evaluate("""() => {
      function lum(c) { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => {
          x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
      function bg(el) { while (el) { const b = getComputedStyle(el).backgroundColor;
          if (b && !b.startsWith('rgba(0, 0, 0, 0)') && b !== 'transparent') return b; el = el.parentElement; }
        return 'rgb(255, 255, 255)'; }
      const out = [];
      for (const sel of ['body', '.badge', 'mark', '.rule', '.why', 'ul.chips li', 'button.fix', 'label']) {
        for (const el of document.querySelectorAll(sel)) {
          const a = lum(getComputedStyle(el).color), b = lum(bg(el));
          out.push([sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
        }
      }
      return out; }""")
    low = [(s, round(r, 2)) for s, r in ratios if r < 4.5]
    assert ratios and not low, low
    if SHOTS:
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(DOCS / "serve-phone.png"))


def test_desktop_screenshot(page):
    _paste(page, AD)
    if SHOTS:
        page.screenshot(path=str(DOCS / "serve-desktop.png"))
    assert page.locator("#results mark").count() > 5


def test_html_report_in_the_browser(browser, tmp_path):
    out = tmp_path / "report.html"
    run_cli("check", "--format", "html", "--output", str(out), str(ROOT / "examples"),
            quiet_rules=False)
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(out.as_uri())
    assert all(u.startswith("file:") for u in requests), requests  # self-contained
    first = pg.locator("table.index tbody tr").first.inner_text()
    pg.click("table.index th:nth-child(6) button")  # sort by words
    words = [int(c.replace(",", "")) for c in
             pg.locator("table.index tbody td:nth-child(6)").all_inner_texts()]
    assert words == sorted(words, reverse=True)
    pg.click("table.index th:nth-child(6) button")
    words = [int(c.replace(",", "")) for c in
             pg.locator("table.index tbody td:nth-child(6)").all_inner_texts()]
    assert words == sorted(words)
    assert first
    assert pg.locator("mark").count() > 10
    if SHOTS:
        pg.click("table.index th:nth-child(2) button")
        pg.screenshot(path=str(DOCS / "report.png"))
    pg.close()
