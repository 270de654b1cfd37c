"""What every format shares: template tags, front matter, URLs and directives.

Masking replaces characters one for one, so offsets never move: a masked
region keeps its line breaks and has every other character replaced.
"""

from __future__ import annotations

import re

from ..analysis.prefilter import Prefiltered
from ..document import PLACEHOLDER, Directive, LineIndex

# Liquid (Jekyll) and Go templates (Hugo). Bounded so that an unclosed tag costs
# a bounded scan, not a quadratic one.
TEMPLATE = re.compile(
    # {% comment %} … {% endcomment %}, also as "{% comment ------ %}" banners
    r"\{%-?\s*comment\b[^%]{0,200}%\}.{0,200000}?\{%-?\s*endcomment\b[^%]{0,200}%\}"
    r"|\{%.{0,2000}?%\}"
    r"|\{\{.{0,2000}?\}\}",
    re.DOTALL,
)

# RE2-guided (analysis/prefilter.py): Python alone tries the e-mail and domain
# alternatives at every letter of every block
URL = Prefiltered(re.compile(
    r"(?:\b(?:https?|ftp)://|\bmailto:|\bwww\.)[^\s<>\"'`]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|ca|co|uk|us|dev|app|jobs|ai)\b(?:/[^\s<>\"'`]*)?",
    re.IGNORECASE,
))
_URL_TRAIL = ".,;:!?)]}'\""

DIRECTIVE_WORDS = r"adlint-(disable-next-line|disable-line|disable-file|disable|enable)\b"
HTML_DIRECTIVE = re.compile(r"<!--\s*" + DIRECTIVE_WORDS + r"(.*?)-->", re.DOTALL)
TEXT_DIRECTIVE = re.compile(r"^[ \t]*(?:#|//)?[ \t]*" + DIRECTIVE_WORDS + r"([^\r\n]*)(?=\r|\n|\Z)",
                            re.MULTILINE)  # not `$`: it does not end a line before "\r\n"

# The body (group 2) is taken line by line, not character by character (.*?\r?\n,
# which tried the closing at every character): the fewest lines, at least one, that
# a closing line follows; else none ("---" right after the opening line)
FRONT_MATTER = re.compile(
    r"\A(---|\+\+\+)[ \t]*\r?\n((?:(?:[^\n]*\n)+?)?)(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)")


_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


def _blank(seg: str, char: str) -> str:
    """seg with every character but line breaks replaced by char (\n alone: line by
    line in C, not a regex substitution per character)."""
    if "\n" not in seg and "\r" not in seg:  # a template tag, most often
        return char * len(seg)
    if "\r" in seg:
        return _NOT_LINE_BREAK.sub(char, seg)
    return "\n".join(char * len(line) for line in seg.split("\n"))


def mask(text: str, start: int, end: int, char: str = PLACEHOLDER) -> str:
    """text with text[start:end] replaced character for character, line breaks kept."""
    return text[:start] + _blank(text[start:end], char) + text[end:]


def mask_all(text: str, pattern: re.Pattern, char: str = PLACEHOLDER) -> str:
    """text with each match of pattern replaced character for character, line
    breaks kept (text itself where nothing matches)."""
    return pattern.sub(lambda m: _blank(m.group(), char), text)


def mask_templates(text: str) -> str:
    if "{%" not in text and "{{" not in text:
        return text
    return mask_all(text, TEMPLATE)


def mask_urls(text: str) -> str:
    """Replace URLs and e-mail addresses in block text with placeholders."""
    if "." not in text and "@" not in text and ":" not in text:
        return text
    out = []
    last = 0
    for m in URL.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in _URL_TRAIL:
            e -= 1
        out.append(text[last:s])
        out.append(PLACEHOLDER * (e - s))
        last = e
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def mask_urls_each(texts: list[str]) -> list[str]:
    """[mask_urls(t) for t in texts], from one search over them all (a document's
    blocks: one RE2 pass instead of one per block). No URL spans white space, so
    none spans the blank line that joins two texts, and masking keeps lengths."""
    joined = "\n\n".join(texts)
    masked = mask_urls(joined)
    if masked is joined:  # no URL anywhere
        return texts
    out, pos = [], 0
    for t in texts:
        out.append(masked[pos:pos + len(t)])
        pos += len(t) + 2
    return out


def split_front_matter(text: str) -> tuple[dict, str, str | None]:
    """Parse and mask YAML (---) or TOML (+++) front matter.

    Returns (fields, masked text, error message or None).
    """
    m = FRONT_MATTER.match(text)
    if not m or (m.group(1) == "+++") != (m.group(3) == "+++"):
        return {}, text, None
    body = m.group(2)
    fields: object = {}
    error = None
    try:
        if m.group(1) == "+++":
            from ..config import toml_loads

            fields = toml_loads(body)
        else:
            from ..yaml_load import load as yaml_load  # yaml.load's value or error

            fields = yaml_load(body) or {}
    except Exception as exc:  # any parse error: the document is still linted
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        error = f"front matter could not be parsed ({first}); its fields are ignored"
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    return fields, mask(text, 0, m.end(), " "), error


def _rule_list(words: str) -> tuple[str, ...]:
    words = words.replace("--", " ").strip()
    return tuple(w for w in re.split(r"[\s,]+", words) if w)


def find_directives(text: str, lines: LineIndex, plain: bool = False) -> list[Directive]:
    if "adlint-" not in text:
        return []
    pattern = TEXT_DIRECTIVE if plain else HTML_DIRECTIVE
    found = []
    for m in pattern.finditer(text):
        line, _ = lines.position(m.start())
        end_line, _ = lines.position(m.end())
        found.append(Directive(m.group(1), _rule_list(m.group(2)), line, end_line,
                               m.start(), m.end()))
    return found
