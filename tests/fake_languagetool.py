"""A small HTTP server that speaks LanguageTool's /v2 contract, for tests.

POST /v2/check (form-encoded `text` or `data` with `annotation`, `language`,
`disabledRules`…) answers with the full reply shape; offsets and lengths are in
UTF-16 code units, like LanguageTool's. GET /v2/languages and /v2/healthcheck
answer too. `mode` makes it fail: "500", "garbage", "slow".
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SPELLING = {"enginer": ["engineer"], "teh": ["the"], "recieve": ["receive", "relieve"],
            "Kubernetes": ["Kubernetees"], "collegues": ["colleagues"]}
A_VS_AN = re.compile(r"\ba (?=[aeiou]\w)", re.IGNORECASE)


def utf16_len(s: str) -> int:
    return sum(2 if ord(c) >= 0x10000 else 1 for c in s)


class FakeLanguageTool:
    def __init__(self, mode: str = "ok", delay: float = 3.0):
        self.mode = mode
        self.delay = delay
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def _send(self, code: int, body: bytes, ctype: str = "application/json"):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/v2/languages"):
                    langs = [{"name": "English (US)", "code": "en", "longCode": "en-US"},
                             {"name": "French", "code": "fr", "longCode": "fr"}]
                    self._send(200, json.dumps(langs).encode())
                elif self.path.startswith("/v2/healthcheck"):
                    self._send(200, b"OK", "text/plain")
                else:
                    self._send(404, b"not found", "text/plain")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
                params = {k: v[0] for k, v in form.items()}
                fake.requests.append(params)
                if not self.path.startswith("/v2/check"):
                    return self._send(404, b"not found", "text/plain")
                if fake.mode == "500":
                    return self._send(500, b"Internal Server Error: out of memory", "text/plain")
                if fake.mode == "garbage":
                    return self._send(200, b"<html>proxy login</html>", "text/html")
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if ("text" in params) == ("data" in params):
                    return self._send(400, b"Set only 'text' or 'data' parameter, not both",
                                      "text/plain")
                if "language" not in params:
                    return self._send(400, b"Missing 'language' parameter", "text/plain")
                self._send(200, json.dumps(fake.reply(params)).encode())

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # a client that gave up
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- checking --------------------------------------------------------------
    def reply(self, params: dict) -> dict:
        if "data" in params:
            parts = json.loads(params["data"])["annotation"]
        else:
            parts = [{"text": params["text"]}]
        disabled = set(filter(None, params.get("disabledRules", "").split(",")))
        matches = []
        original = ""
        for part in parts:
            if "text" in part:
                seg = part["text"]
                for m in re.finditer(r"\w+", seg):
                    if m.group() in SPELLING and "MORFOLOGIK_RULE_EN_US" not in disabled:
                        matches.append(self.match(original + seg, len(original) + m.start(),
                                                  m.group(), "MORFOLOGIK_RULE_EN_US", "TYPOS",
                                                  "misspelling", "Possible spelling mistake found.",
                                                  SPELLING[m.group()]))
                for m in A_VS_AN.finditer(seg):
                    if "EN_A_VS_AN" not in disabled:
                        matches.append(self.match(original + seg, len(original) + m.start(),
                                                  m.group().rstrip(), "EN_A_VS_AN", "MISC",
                                                  "grammar", "Use “an” instead of “a” if the "
                                                  "following word starts with a vowel sound.",
                                                  ["an"]))
                original += seg
            else:
                original += part["markup"]
        return {
            "software": {"name": "LanguageTool", "version": "6.6-fake", "buildDate": "2025-01-01",
                         "apiVersion": 1, "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": params["language"],
                         "detectedLanguage": {"name": "English (US)", "code": "en-US",
                                              "confidence": 0.99}},
            "matches": matches,
        }

    @staticmethod
    def match(text: str, start: int, word: str, rule_id, category, issue, message, repl) -> dict:
        off = utf16_len(text[:start])
        length = utf16_len(word)
        ctx_start = max(0, start - 20)
        return {
            "message": message, "shortMessage": "Spelling mistake" if issue == "misspelling" else "",
            "replacements": [{"value": r} for r in repl], "offset": off, "length": length,
            "context": {"text": text[ctx_start:start + 40], "offset": utf16_len(text[ctx_start:start]),
                        "length": length},
            "sentence": text, "type": {"typeName": "Other"},
            "rule": {"id": rule_id, "description": message, "issueType": issue,
                     "category": {"id": category, "name": category.title()}},
            "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
        }
