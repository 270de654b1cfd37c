"""`adlint serve`: a local page for writers. Paste or upload an ad, pick the
profile and jurisdictions; the problems are underlined in the editor itself as you
type, with the score, gauges and findings (grouped by category) beside it; select a
finding to select its words, apply fixes in place, download the corrected text.

The editor is a plain <textarea> (native editing, undo, spellcheck) over a mirrored
<div> that draws the marks at the same font and line metrics (web/app.js).

Binds to 127.0.0.1 by default, answers only requests addressed to that host
(so a web page cannot reach it through DNS rebinding), sends nothing anywhere
and accepts only bounded input.
"""

from __future__ import annotations

import html
import json
import os
import sys
from bisect import bisect_left
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import engine
from .engine import fix
from .config import ConfigError, ConfigFinder, parse_jurisdictions
from .report import html_format
from .rules import load_registry

DEFAULT_PORT = 8765
MAX_BYTES = 512 * 1024
FORMATS = ("markdown", "html", "text")
PROFILES = ("job-ad", "careers-page")

SAMPLE = """# Rockstar Developer

We're a fast-paced startup looking for a young, hungry ninja to join our team of guys.
The ideal candidate is a native English speaker and a recent graduate.

## Requirements

- 10+ years of experience
- Work hard, play hard attitude

Competitive salary. Apply now!
"""


def _form(sample: str) -> str:
    opt = lambda values, sel: "".join(  # noqa: E731
        f'<option value="{v}"{" selected" if v == sel else ""}>{v}</option>' for v in values)
    return f"""
<header class="top"><h1>adlint <span class="tagline">check a job ad</span></h1></header>
<main class="serve">
<div class="controls">
  <label for="format">Format<select id="format">{opt(FORMATS, "markdown")}</select></label>
  <label for="profile">Profile<select id="profile">{opt(PROFILES, "job-ad")}</select></label>
  <label for="jurisdictions">Pay laws<input id="jurisdictions" type="text" size="12"
    placeholder="auto, US-CO, EU" aria-describedby="laws-hint"></label>
  <label for="upload" class="upload">Open a file<input id="upload" type="file"
    accept=".md,.markdown,.html,.htm,.txt"></label>
  <fieldset id="view" class="view" hidden><legend>Show</legend>
    <label><input type="radio" name="view" value="markup" checked> markup</label>
    <label><input type="radio" name="view" value="page"> page text</label></fieldset>
</div>
<p id="laws-hint" class="hint-line">Pay laws: codes such as US-CO, US-NYC, CA-ON, EU, or auto.
  Not legal advice.</p>
<div class="workspace">
  <section class="editor-col" aria-label="Your ad">
    <p id="jump" class="jump" hidden><a href="#notes"></a></p>
    <div class="editor" id="editor">
      <div class="backdrop" id="backdrop" aria-hidden="true"></div>
      <label for="ad" class="sr-only">Your job ad (problems are underlined; the list beside it
        explains each)</label>
      <textarea id="ad" spellcheck="true" autocomplete="off">{html.escape(sample)}</textarea>
    </div>
    <div id="rendered" class="rendered" tabindex="0" hidden aria-label="The page's text"></div>
    <div class="controls actions">
      <button type="button" id="fix-all">Apply all fixes</button>
      <button type="button" id="download">Download the text</button>
    </div>
  </section>
  <aside class="panel" id="notes" aria-label="Score and problems">
    <div id="status" class="status" role="status" aria-live="polite"></div>
    <div id="results"></div>
  </aside>
</div>
</main>"""


def _js_offsets(text: str):
    """Source offsets (code points) as the browser counts them (UTF-16 code units), so
    that textarea.setSelectionRange and the marks land on the same characters after an
    emoji."""
    astral = [k for k, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_left(astral, i)


class App:
    def __init__(self, root: str | None = None, max_bytes: int = MAX_BYTES):
        self.root = root or os.getcwd()
        self.finder = ConfigFinder(None)
        self.max_bytes = max_bytes
        base = self.finder.for_path(os.path.join(self.root, "ad.md"))
        self.registry = load_registry(base.rule_folders)

    def settings(self, req: dict):
        base = self.finder.for_path(os.path.join(self.root, "ad.md"))
        profile = req.get("profile") or base.profile
        if profile not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}")
        laws = str(req.get("jurisdictions") or "").strip()
        changes = {"profile": profile, "cache": False}
        if laws:
            value = "auto" if laws == "auto" else [c.strip() for c in laws.split(",") if c.strip()]
            try:
                changes["jurisdictions"] = parse_jurisdictions(value, "pay laws", "codes")
            except ConfigError as exc:
                raise ValueError(str(exc).split("codes: ", 1)[-1]) from None
        return base.replace(**changes)

    def lint(self, req: dict):
        text = req.get("text")
        fmt = req.get("format") or "markdown"
        if not isinstance(text, str):
            raise ValueError("send the ad as text")
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        res = engine.lint_text(text, fmt, self.settings(req), path="ad." + {"markdown": "md", "html": "html", "text": "txt"}[fmt])
        return text, res

    def handle(self, path: str, req: dict) -> dict:
        text, res = self.lint(req)
        if path == "/api/lint":
            js = _js_offsets(text)
            findings = [{"rule": f.rule, "severity": f.severity, "line": f.line,
                         "column": f.column, "message": f.message, "fixable": bool(f.fix),
                         "start": js(f.start) if f.start is not None else None,
                         "end": js(f.end) if f.end is not None else None,
                         "text": f.text, "category": html_format.category(f.rule)}
                        for f in res.findings]
            page_text = None
            if res.format == "html" and res.document is not None and res.document.blocks:
                page_text = html_format.rendered(res.document, res.findings)
            return {"count": len(res.findings), "fixable": sum(1 for f in res.findings if f.fix),
                    "panel": html_format.panel(res, self.registry, fid="result", interactive=True,
                                               offset=js, level=2),
                    "rendered": page_text, "metrics": res.metrics, "findings": findings}
        which = req.get("fix")
        if which == "all":
            chosen = res.findings
        elif isinstance(which, int) and 0 <= which < len(res.findings):
            chosen = [res.findings[which]]
        else:
            raise ValueError("fix must be a finding number or \"all\"")
        new_text, applied = fix.apply_edits(text, chosen)
        return {"text": new_text, "applied": applied}

    def page(self) -> str:
        return html_format.page("adlint: check a job ad", _form(SAMPLE), html_format.asset("app.js"))


def make_server(host: str = "127.0.0.1", port: int = DEFAULT_PORT, app: App | None = None):
    app = app or App()

    class Handler(BaseHTTPRequestHandler):
        server_version = "adlint"

        def log_message(self, *args):
            pass

        def _allowed_host(self) -> bool:
            h = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
            return h in ("127.0.0.1", "localhost", "::1", host)

        def _send(self, code: int, body: bytes, ctype: str):
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                             "connect-src 'self'; img-src 'self' data: blob:; form-action 'none'")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, code: int, obj) -> None:
            self._send(code, json.dumps(obj).encode("utf-8"), "application/json; charset=utf-8")

        def do_GET(self):
            if not self._allowed_host():
                return self._json(403, {"error": "adlint serve answers only on its own address"})
            if self.path in ("/", "/index.html"):
                return self._send(200, app.page().encode("utf-8"), "text/html; charset=utf-8")
            if self.path == "/favicon.ico":
                return self._send(204, b"", "image/x-icon")
            self._json(404, {"error": "not found"})

        def do_POST(self):
            if not self._allowed_host():
                return self._json(403, {"error": "adlint serve answers only on its own address"})
            if self.path not in ("/api/lint", "/api/fix"):
                return self._json(404, {"error": "not found"})
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > app.max_bytes:
                kb = app.max_bytes // 1024
                return self._json(413, {"error": f"The ad is too long for this page (over {kb} KB). "
                                                 "Check one ad at a time, or use `adlint check` on the file."})
            try:
                req = json.loads(self.rfile.read(length) or b"{}")
                if not isinstance(req, dict):
                    raise ValueError("send a JSON object")
                self._json(200, app.handle(self.path, req))
            except (ValueError, json.JSONDecodeError) as exc:
                self._json(400, {"error": str(exc)})

    return ThreadingHTTPServer((host, port), Handler)


def main(host: str, port: int, open_browser: bool, max_bytes: int) -> int:
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"adlint: warning: serving on {host}: anyone who can reach this machine can use "
              "the page", file=sys.stderr)
    try:
        server = make_server(host, port, App(max_bytes=max_bytes))
    except OSError as exc:
        print(f"adlint: error: cannot listen on {host}:{port}: {exc.strerror}; "
              "choose another port with --port", file=sys.stderr)
        return 2
    url = f"http://{host}:{server.server_address[1]}/"
    print(f"adlint serve: {url} (Ctrl+C to stop)", flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
