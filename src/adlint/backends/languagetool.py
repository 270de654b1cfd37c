"""The LanguageTool backend: which server, one request per document, replies
mapped back to source positions, and a cache of replies.

Only the standard library talks HTTP here (a fast import for pre-commit).
`language_tool_python` is used for one thing: starting a local LanguageTool
(Java 17+ and an unpacked LanguageTool, e.g. LTP_JAR_DIR_PATH) when no URL is
configured. It is never allowed to download LanguageTool.
"""

from __future__ import annotations

import json
import os
import time
from bisect import bisect_right
from dataclasses import dataclass

from ..engine.cache import Store, key
from ..document import PLACEHOLDER, Document

ENV_URL = "ADLINT_LANGUAGETOOL_URL"
TIMEOUT = float(os.environ.get("ADLINT_LANGUAGETOOL_TIMEOUT", "20"))

#: LanguageTool rules that misfire on the prose adlint extracts from structured
#: pages, disabled unless a rule pack option says otherwise:
DEFAULT_DISABLED_RULES = (
    "PUNCTUATION_PARAGRAPH_END",  # headings and bullets have no full stop, by design
    "UPPERCASE_SENTENCE_START",  # bullets that continue a lead-in start in lower case
    "WHITESPACE_RULE",  # space left where markup, code or a link was taken out
    "COMMA_PARENTHESIS_WHITESPACE",  # same, next to punctuation
    "CONSECUTIVE_SPACES",
    "EN_UNPAIRED_BRACKETS", "UNPAIRED_BRACKETS",  # brackets split by emphasis or links
    "EN_QUOTES", "DASH_RULE",  # typographic preferences, not errors
    "SENTENCE_FRAGMENT",  # label lines ("Location:") are fragments on purpose
)

#: adlint language -> LanguageTool code (LanguageTool 6.x); None: not offered.
LANGUAGES = {
    "en": "en-US", "fr": "fr", "de": "de-DE", "es": "es", "nl": "nl", "pt": "pt-PT",
    "it": "it", "pl": "pl-PL", "ru": "ru-RU", "uk": "uk-UA", "ca": "ca-ES", "sv": "sv",
    "da": "da-DK", "el": "el-GR", "ga": "ga-IE", "gl": "gl-ES", "ro": "ro-RO", "sk": "sk-SK",
    "sl": "sl-SI", "ja": "ja-JP", "zh": "zh-CN", "ar": "ar", "fa": "fa", "eo": "eo",
    "be": "be-BY", "br": "br-FR", "km": "km-KH", "ta": "ta-IN", "tl": "tl-PH", "ast": "ast-ES",
    "nb": "nb", "no": "no",
}
_VARIANTS = {"en-us", "en-gb", "en-au", "en-ca", "en-nz", "en-za", "de-de", "de-at", "de-ch",
             "pt-pt", "pt-br", "pt-ao", "pt-mz", "ca-es-valencia"}


def lt_language(tag: str | None) -> str | None:
    """LanguageTool's code for a document language (regional variants kept)."""
    if not tag:
        return None
    t = tag.replace("_", "-").lower()
    if t in _VARIANTS:
        a, _, b = t.partition("-")
        return f"{a}-{b.upper()}" if len(b) == 2 else t
    return LANGUAGES.get(t.split("-")[0])


class BackendError(Exception):
    """LanguageTool could not be reached or answered nonsense; the message says
    what was tried and how to fix it."""


@dataclass
class Match:
    start: int  # offsets into the checked text, in code points
    end: int
    rule_id: str
    category: str
    issue_type: str
    message: str
    replacements: list[str]


# -- text sent to LanguageTool -------------------------------------------------

def annotation(prose: str) -> list[dict]:
    """LanguageTool's `data` form of the prose: masked stretches (code, links,
    template tags) go as markup read as a space, so offsets stay those of the prose."""
    parts: list[dict] = []
    i = 0
    n = len(prose)
    while i < n:
        j = prose.find(PLACEHOLDER, i)
        if j < 0:
            parts.append({"text": prose[i:]})
            break
        if j > i:
            parts.append({"text": prose[i:j]})
        k = j
        while k < n and prose[k] == PLACEHOLDER:
            k += 1
        parts.append({"markup": prose[j:k], "interpretAs": " "})
        i = k
    return parts


def utf16_to_index(text: str):
    """A function from UTF-16 offsets (what LanguageTool counts) to str indexes."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda u: u
    units = []  # units[i] = UTF-16 offset of text[i]
    u = 0
    for c in text:
        units.append(u)
        u += 2 if ord(c) >= 0x10000 else 1
    units.append(u)
    return lambda off: bisect_right(units, off) - 1


def parse_reply(body: bytes, text: str) -> tuple[list[Match], str]:
    """Matches (code-point offsets) and the server's LanguageTool version."""
    try:
        data = json.loads(body)
        version = str(((data.get("software") or {}).get("version")) or "?")
        raw = data["matches"]
        if not isinstance(raw, list):
            raise TypeError("matches is not a list")
        to_index = utf16_to_index(text)
        out = []
        for m in raw:
            off, length = int(m["offset"]), int(m["length"])
            start, end = to_index(off), to_index(off + length)
            rule = m.get("rule") or {}
            out.append(Match(start, end, str(rule.get("id") or "UNKNOWN"),
                             str((rule.get("category") or {}).get("id") or "MISC"),
                             str(rule.get("issueType") or ""), str(m.get("message") or ""),
                             [str(r.get("value")) for r in m.get("replacements") or ()
                              if isinstance(r, dict) and r.get("value") is not None]))
        return out, version
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackendError(f"LanguageTool answered something that is not a /v2/check reply "
                           f"({type(exc).__name__}: {exc})") from None


# -- servers -------------------------------------------------------------------

class Server:
    """One LanguageTool, reached over HTTP; a local one is started on first need."""

    def __init__(self, url: str | None, origin: str):
        self.url = url.rstrip("/") if url else None
        self.origin = origin  # for messages: where the URL came from
        self.failed: str | None = None
        self._local = None

    @property
    def ident(self) -> str:
        return self.url or f"local:{os.environ.get('LTP_JAR_DIR_PATH', '')}"

    def _start_local(self) -> str:
        jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
        if not jar_dir:
            raise BackendError(
                "no LanguageTool configured: pass --languagetool-url URL (or set "
                f"{ENV_URL}, or languagetool_url in the config) for a running server, "
                "e.g. `docker run -d -p 8010:8010 erikvl87/languagetool` and "
                "--languagetool-url http://localhost:8010; or install Java 17+, unpack "
                "LanguageTool and set LTP_JAR_DIR_PATH to its folder")
        try:
            import language_tool_python  # noqa: F401
        except ImportError:
            raise BackendError("LTP_JAR_DIR_PATH is set but language-tool-python is not "
                               "installed: pip install 'adlint[grammar]'") from None
        try:
            tool = language_tool_python.LanguageTool("en-US")
        except Exception as exc:  # Java missing or too old, jar not found, start timeout
            raise BackendError(f"could not start the local LanguageTool in {jar_dir}: {exc}") from None
        self._local = tool
        url = getattr(tool, "url", None) or f"http://{tool.host}:{tool.port}/v2/"
        return url.rstrip("/").removesuffix("/v2")

    def start(self) -> None:
        """Make sure there is a URL to talk to (starting a local LanguageTool once)."""
        if self.failed:
            raise BackendError(self.failed)
        if self.url is None:
            try:
                self.url = self._start_local()
            except BackendError as exc:
                self.failed = str(exc)
                raise

    def check(self, text: str, language: str, disabled_rules, disabled_categories) -> tuple[list[Match], str]:
        if self.failed:
            raise BackendError(self.failed)
        import urllib.error
        import urllib.parse
        import urllib.request  # imported here: most runs never talk to LanguageTool

        try:
            self.start()
            form = {"data": json.dumps({"annotation": annotation(text)}), "language": language}
            if disabled_rules:
                form["disabledRules"] = ",".join(disabled_rules)
            if disabled_categories:
                form["disabledCategories"] = ",".join(disabled_categories)
            req = urllib.request.Request(
                self.url + "/v2/check", data=urllib.parse.urlencode(form).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded",
                         "Accept": "application/json", "User-Agent": "adlint"})
            try:
                with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                    body = resp.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
                raise BackendError(f"LanguageTool at {self.url} answered HTTP {exc.code}"
                                   + (f": {detail[0]}" if detail else "")) from None
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                raise BackendError(f"cannot reach LanguageTool at {self.url} ({self.origin}): "
                                   f"{reason}") from None
            return parse_reply(body, text)
        except BackendError as exc:
            self.failed = str(exc)  # one failure is enough: do not wait on every file
            raise

    def close(self) -> None:
        if self._local is not None:
            try:
                self._local.close()
            except Exception:
                pass
            self._local = None


_servers: dict[str, Server] = {}


def server_for(settings) -> Server:
    """The LanguageTool of this run: --languagetool-url, then the environment, then
    the config file, else a local one. One Server object (and so at most one local
    LanguageTool) per process and URL."""
    url, origin = getattr(settings, "languagetool_url", None), "--languagetool-url or config"
    if not url and os.environ.get(ENV_URL):
        url, origin = os.environ[ENV_URL], ENV_URL
    k = url or "local"
    if k not in _servers:
        _servers[k] = Server(url, origin if url else "local")
    return _servers[k]


# -- cached checks -------------------------------------------------------------

_VERSIONS = "server-versions"


def check_document(doc: Document, settings, language: str, disabled_rules, disabled_categories,
                   use_cache: bool = True) -> list[Match]:
    """LanguageTool's matches for the document's prose (offsets into doc.prose)."""
    server = server_for(settings)
    text = doc.prose
    store = Store("languagetool") if use_cache else None
    known = store.get(_VERSIONS) if store else None
    known = known if isinstance(known, dict) else {}
    entry = known.get(server.ident)
    version = entry[0] if entry and time.time() - entry[1] < 86400 else None
    k = key(text, language, version, sorted(disabled_rules), sorted(disabled_categories))
    if store is not None and version is not None:
        hit = store.get(k)
        if isinstance(hit, list):
            return hit
    matches, actual = server.check(text, language, disabled_rules, disabled_categories)
    if store is not None:
        if actual != version:
            known[server.ident] = (actual, time.time())
            store.put(_VERSIONS, known)
            k = key(text, language, actual, sorted(disabled_rules), sorted(disabled_categories))
        store.put(k, matches)
    return matches
