"""Regenerate the README's screenshots from real runs on examples/.

Usage:
  python scripts/screenshots.py [--chromium PATH] [--out docs]

Writes docs/serve-desktop.png (1280x900) and docs/serve-phone.png (375x812): the
local page (`adlint serve`, started in-process on a free port) with
examples/frontend-rockstar.md in the editor; docs/report.png (1280x900) and
docs/report-phone.png (375x812): `adlint check --format html` on examples/.

Needs Playwright for Python and a Chromium (Debian: apt-get install chromium; or
ADLINT_CHROMIUM / --chromium). Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "frontend-rockstar.md"


def _chromium(given: str | None) -> str:
    path = given or os.environ.get("ADLINT_CHROMIUM") or next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if not path:
        sys.exit("screenshots: no Chromium found (apt-get install chromium, or --chromium PATH)")
    return path


def _report(folder: Path) -> Path:
    out = folder / "report.html"
    env = {**os.environ, "NO_COLOR": "1", "ADLINT_CACHE_DIR": str(folder / "cache")}
    proc = subprocess.run([sys.executable, "-m", "adlint", "check", "--format", "html", "--output",
                           str(out), "examples"], cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not out.exists():
        sys.exit(f"screenshots: adlint check failed:\n{proc.stderr}")
    return out


def _settled(page) -> None:
    page.wait_for_function("document.body.dataset.pending === '0'")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chromium", help="the browser binary (default: chromium on PATH)")
    ap.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNGs (default docs/)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    sys.path.insert(0, str(ROOT / "src"))
    from playwright.sync_api import sync_playwright

    from adlint.serve import App, make_server

    srv = make_server("127.0.0.1", 0, App(root=str(ROOT)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/"
    ad = EXAMPLE.read_text(encoding="utf-8")
    written = []
    with tempfile.TemporaryDirectory(prefix="adlint-shots-") as tmp, sync_playwright() as p:
        report = _report(Path(tmp))
        browser = p.chromium.launch(executable_path=_chromium(args.chromium),
                                    args=["--no-sandbox", "--disable-gpu"])
        try:
            for name, size in (("serve-desktop.png", (1280, 900)), ("serve-phone.png", (375, 812))):
                page = browser.new_page(viewport={"width": size[0], "height": size[1]}, bypass_csp=True)
                page.goto(url)
                page.fill("#ad", ad)
                _settled(page)
                page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
                page.screenshot(path=str(out / name))
                written.append(name)
                page.close()
            for name, size in (("report.png", (1280, 900)), ("report-phone.png", (375, 812))):
                page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                page.goto(report.as_uri())
                page.screenshot(path=str(out / name))
                written.append(name)
                page.close()
        finally:
            browser.close()
            srv.shutdown()
            srv.server_close()
    for name in written:
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
