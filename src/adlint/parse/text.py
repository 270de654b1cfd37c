"""Plain text to prose blocks.

Plain-text ads (a third of job-board exports) carry their structure in the lines:

* Lines are grouped by blank lines. Directive lines (`adlint-disable…`) are not
  prose and end a group too.
* Lines join into one logical line when the first runs on into the next: the
  next starts in lower case or with "And"/"But"/"Or", the first ends with a
  comma or a word a phrase cannot end with ("of", "the", "and"), an indented line
  continues a bulleted one, or, in prose that is hard-wrapped (shown by one of
  the joins above), a line as wide as the others ends without punctuation.
* A label is a heading: a line in capitals ("RESPONSIBILITIES", "WHAT WE OFFER")
  or a line of at most eight words ending in ":" ("What you'll do:"), anywhere
  in a group; or, first in its group, a short capitalised line without final
  punctuation ("Job details", "About Prairie Paws") with something under it.
  A line that continues the sentence above, or has nothing after it in the
  document, is no label. A longer line ending in ":" is a paragraph that
  introduces what follows the same way a label does.
* A line starting with a bullet ("-", "*", "•", "·", "–", "1.", "1)", "a)", or an
  emoji when two or more lines of the group start with one) is a list item; the
  bullet is not prose.
* Under a label (in its group, or in the group after a label standing alone),
  two or more logical lines are one list item each, no bullet needed; a line
  with several sentences and more than 30 words is a paragraph. Under a
  capitalised line, lines holding two sentences make a paragraph. Without a
  label, three or more short lines that do not end like sentences are a list.
  One-line groups under a label standing alone are a list with blank lines.
* A "Label: value" line ("Location: Denver, CO") is a paragraph of its own.
* Everything else is paragraphs, their lines joined by "\n".

Every block character maps to its source offset; a line break inside a block
maps to the line break it stands for.
"""

from __future__ import annotations

import re
import unicodedata

from ..document import BlockBuilder, Document, LineIndex
from . import common

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
#: bullets that always start a list item
_BULLET = re.compile(r"[ \t]*[-*+•‣◦▪·●○■□►▸➤➢✓✔✗–—][ \t]+")
#: numbered and lettered items; they yield to a sentence that runs on ("more than\n200. We")
_NUMBER = re.compile(r"[ \t]*(?:\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+")
_INDENT = re.compile(r"[ \t]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: "Location: Denver, CO", "Salary: $20–$24 an hour" (a short label, then a value)
_LABEL_VALUE = re.compile(r"[^\W\d_][^:.!?]{0,40}?:[ \t]+\S")
_STOP = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+\S)")
_CONJUNCTION = re.compile(r"(?:And|But|Or|Nor)\b")

_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’)]"
#: words a phrase does not end with: a line ending in one runs on to the next
_OPEN_WORDS = frozenset("""
a an the and or nor but of to for with in on at by from into onto as than that which who whose
whom is are was were be been will would can could should may might must has have had our your
their its his her my this these those such not if when while where whether because including
like via per within without between through during toward towards across upon
""".split())
_ABBREVIATIONS = frozenset("""
e.g i.e etc vs dr mr mrs ms mx prof st inc ltd co corp jr sr no approx dept a.m p.m ph.d u.s
u.k ave blvd
""".split())
#: small words that stay lower case in a Title-Case heading
_SMALL = frozenset("with from into onto over than that your about upon".split())

_LABEL_WORDS = 8  # a label has at most this many words
_ITEM_WORDS = 30  # an unbulleted list item has at most this many words


class _Line:
    __slots__ = ("start", "content", "lead", "body", "bullet", "indent", "after_blank")

    def __init__(self, start: int, content: str):
        self.start = start  # source offset of the line
        self.content = content  # the line, masked, without its line break
        self.indent = _INDENT.match(content).end()
        self.after_blank = False  # gathered across a blank line: never joins the line before
        m = _BULLET.match(content)
        self.bullet = "hard" if m else None
        if m is None:
            m = _NUMBER.match(content)
            self.bullet = "number" if m else None
        if m is None:
            end = _symbol_bullet(content, self.indent)
            self.bullet = "symbol" if end else None
            self.lead = end or self.indent
        else:
            self.lead = m.end()
        self.body = content[self.lead:].rstrip()
        if not self.body:  # a bare bullet: read the line as it is
            self.bullet, self.lead = None, self.indent
            self.body = content[self.lead:].rstrip()

    def unbullet(self) -> None:
        self.bullet, self.lead = None, self.indent
        self.body = self.content[self.lead:].rstrip()


def _symbol_bullet(content: str, i: int) -> int:
    """End of an emoji or dingbat used as a bullet ("✅ Health insurance"), or 0."""
    n = len(content)
    if i >= n or unicodedata.category(content[i]) != "So":
        return 0
    j = i + 1
    while j < n and (content[j] in "\ufe0f\u200d" or unicodedata.category(content[j]) in ("So", "Sk")):
        j += 1
    k = j
    while k < n and content[k] in " \t":
        k += 1
    return k if k > j and k < n else 0


def _words(text: str) -> int:
    return len(text.split())


def _inner_stop(body: str) -> bool:
    """Does a sentence end inside the line ("…in it. Our hospital…")?"""
    for m in _STOP.finditer(body):
        nxt = body[m.end():].lstrip()
        if not nxt or nxt[0].islower():
            continue
        if m.group()[0] == "." and len(m.group().rstrip(_CLOSERS)) == 1:
            i = m.start()
            while i > 0 and (body[i - 1].isalpha() or body[i - 1] == "."):
                i -= 1
            token = body[i:m.start()]
            if len(token) == 1 or token.lower() in _ABBREVIATIONS or "." in token:
                continue  # an initial or an abbreviation
        return True
    return False


def _ends_sentence(body: str) -> bool:
    return body.rstrip(_CLOSERS)[-1:] in tuple(_SENTENCE_END)


def _ends_open(body: str) -> bool:
    """Does the line stop where a phrase cannot ("…run by the", "…nights,")?"""
    last = body[-1]
    if last in ",&+/(" or (last in "-–" and len(body) > 1 and body[-2].isalpha()):
        return True
    return body.split()[-1] in _OPEN_WORDS  # in lower case: "Class A" is no article


def _starts_lower(body: str) -> bool:
    return body[0].islower()


def _caps(body: str) -> bool:
    """A label in capitals: "ABOUT THE ROLE", "BENEFITS:" (not "APPLY NOW.")."""
    cased = [c for c in body if c.isupper() or c.islower()]
    if len(cased) < 2 or any(c.islower() for c in cased):
        return False
    if _words(body) > _LABEL_WORDS or body[-1] in ".!?,;" or _inner_stop(body):
        return False
    m = _LABEL_VALUE.match(body)  # "SALARY: $20" is a value; "OBJECTIVE 2: COACH" a label
    return not m or not any(c.isdigit() or unicodedata.category(c) == "Sc" for c in body[m.end() - 1:])


def _colon(body: str) -> bool:
    """A label ending in a colon: "Requirements:", "What you'll do:"."""
    return (body.endswith(":") and _words(body[:-1]) <= _LABEL_WORDS
            and any(c.isalpha() for c in body) and not _inner_stop(body))


def _weak(body: str, strict: bool) -> bool:
    """A short capitalised line without final punctuation ("Job details", "About Us").
    `strict`: also Title Case or at most four words, for a label over unbulleted lines."""
    if not body[0].isupper() or body[-1] in ".!?,;:" or _inner_stop(body):
        return False
    n = _words(body)
    if n > _LABEL_WORDS or _LABEL_VALUE.match(body):
        return False
    if not strict or n <= 4:
        return True
    return all(w[0].isupper() for w in _WORD.findall(body) if len(w) >= 4 and w.lower() not in _SMALL)


def _label_value(body: str) -> bool:
    m = _LABEL_VALUE.match(body)
    return bool(m) and _words(m.group()) <= 6


def parse_text(path: str, source: str) -> Document:
    masked = common.mask_templates(source)
    lines = LineIndex(source)
    doc = Document(path=path, format="text", source=source, _lines=lines)
    doc.directives = common.find_directives(masked, lines, plain=True)
    directive_lines = {d.line for d in doc.directives}

    # group lines into runs separated by blank lines and directives
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    lineno = 0
    for m in _LINE.finditer(masked):
        if m.start() >= len(masked) and not m.group(0):
            break
        lineno += 1
        content = m.group(1)
        if content.strip() and lineno not in directive_lines:
            current.append(_Line(m.start(), content))
        elif current:
            groups.append(current)
            current = []
        if not m.group(2):
            break
    if current:
        groups.append(current)

    heading: str | None = None
    for kind, chain in _Reader(groups).blocks():
        b = BlockBuilder(kind, None if kind == "heading" else heading, 2 if kind == "heading" else 0)
        for k, ln in enumerate(chain):
            if k:
                # the line break before this line joins the two lines
                prev = chain[k - 1]
                b.add_unit("\n", prev.start + len(prev.content), ln.start)
            b.add_run(ln.body, ln.start + ln.lead)
        blk = b.build(common.mask_urls)
        if blk is None:
            continue
        if kind == "heading":
            heading = blk.text.strip().rstrip(":").strip()
        doc.blocks.append(blk)
    return doc


class _Reader:
    """Reads the groups of lines into (kind, [lines]) blocks."""

    def __init__(self, groups: list[list[_Line]]):
        self.groups = groups
        self.out: list[tuple[str, list[_Line]]] = []

    def blocks(self) -> list[tuple[str, list[_Line]]]:
        under: str | None = None  # the previous group ended with a label of this kind
        g = 0
        n = len(self.groups)
        while g < n:
            group = self.groups[g]
            if under == "strong" and self._phrase_alone(group):
                # a list with a blank line between items: gather the one-line groups
                run = [group[0]]
                while g + 1 < n and self._phrase_alone(self.groups[g + 1]):
                    g += 1
                    ln = self.groups[g][0]
                    ln.after_blank = True
                    run.append(ln)
                if len(run) > 1:
                    self._run(run, under)
                    under = None
                    g += 1
                    continue
            under = self._group(group, under, last=g + 1 >= n)
            g += 1
        return self.out

    @staticmethod
    def _phrase_alone(group: list[_Line]) -> bool:
        """A group of one short line that is not a label and does not end like a sentence."""
        if len(group) != 1:
            return False
        body = group[0].body
        return not (_caps(body) or body.endswith(":") or _ends_sentence(body) or _inner_stop(body)
                    or _words(body) > _ITEM_WORDS)

    def _group(self, group: list[_Line], under: str | None, last: bool) -> str | None:
        """Read one group; returns the kind of label it ends with, if any."""
        if sum(1 for ln in group if ln.bullet == "symbol") < 2:
            for ln in group:
                if ln.bullet == "symbol":
                    ln.unbullet()
        caps = [ln.bullet is None and _caps(ln.body) for ln in group]
        if sum(caps) >= 3 and 2 * sum(caps) > len(group):
            caps = [False] * len(group)  # text all in capitals: capitals are not labels
        n = len(group)
        # where labels are: (index, "strong" | "weak" | "intro")
        labels: list[tuple[int, str]] = []
        for i, ln in enumerate(group):
            if ln.bullet is not None or (i and (_ends_open(group[i - 1].body) or _starts_lower(ln.body)
                                                or _CONJUNCTION.match(ln.body))):
                continue  # a line that continues the sentence above is no label
            has_after = i + 1 < n or not last
            if not has_after:
                continue
            if caps[i] and (i == 0 or self._caps_heading(group, caps, i)):
                labels.append((i, "strong"))
            elif _colon(ln.body):
                labels.append((i, "strong"))
            elif ln.body.endswith(":"):
                labels.append((i, "intro"))
            elif i == 0 and (not under or (under == "weak" and n == 1)) and self._weak_start(group):
                labels.append((i, "weak"))
        # read the runs between labels
        pos = 0
        kind = under
        for i, label in labels:
            if i > pos:
                self._run(group[pos:i], kind)
            self.out.append(("paragraph" if label == "intro" else "heading", [group[i]]))
            kind = "strong" if label == "intro" else label
            pos = i + 1
        if pos < n:
            self._run(group[pos:], kind)
            return "strong" if group[-1].bullet is None and group[-1].body.endswith(":") else None
        return kind if labels else None

    @staticmethod
    def _caps_heading(group: list[_Line], caps: list[bool], i: int) -> bool:
        """A line in capitals inside a group is a label unless it is one of a run of
        capitals or a short acronym ("BLS", "CDL" in a list of certificates)."""
        if i + 1 < len(group) and caps[i + 1]:
            return False
        if caps[i - 1] and _words(group[i - 1].body) == 1:
            return False
        body = group[i].body.rstrip(":")
        return _words(body) > 1 or sum(c.isalpha() for c in body) >= 5

    @staticmethod
    def _weak_start(group: list[_Line]) -> bool:
        first = group[0]
        if len(group) == 1:
            return _weak(first.body, strict=False)
        nxt = group[1]
        if _ends_open(first.body):
            return False
        if nxt.bullet is not None:
            return _weak(first.body, strict=False)
        if _starts_lower(nxt.body) or _CONJUNCTION.match(nxt.body):
            return False
        if len(first.body) >= 40 and any(_ends_open(a.body) or _starts_lower(b.body)
                                         for a, b in zip(group[1:], group[2:])):
            return False  # the first line of hard-wrapped prose, as wide as the others
        return _weak(first.body, strict=True)

    def _run(self, run: list[_Line], under: str | None) -> None:
        """Read lines under a label of kind `under` (or none) into blocks."""
        lower_items = bool(under) and run[0].bullet is None and _starts_lower(run[0].body)
        joins: list[bool] = []
        item = run[0] if run[0].bullet is not None else None  # the bulleted line of this chain
        for a, b in zip(run, run[1:]):
            joins.append(self._joins(a, b, lower_items, item))
            if not joins[-1]:
                item = b if b.bullet is not None else None
        if any(joins) and not lower_items:
            # hard-wrapped prose: a long line without closing punctuation runs on
            plain = [ln for ln in run if ln.bullet is None]
            width = max((len(ln.body) for ln in plain), default=0)
            for i in range(len(run) - 1):
                a, b = run[i], run[i + 1]
                if (not joins[i] and a.bullet is None and b.bullet is None and not b.after_blank
                        and a.body[-1] not in _SENTENCE_END + ":;"
                        and len(a.body) >= max(40, 0.75 * width) and not _label_value(b.body)):
                    joins[i] = True
        chains: list[list[_Line]] = [[run[0]]]
        for i, ln in enumerate(run[1:]):
            if joins[i]:
                if ln.bullet is not None:
                    ln.unbullet()  # "more than\n200. We…"
                chains[-1].append(ln)
            else:
                chains.append([ln])
        # a line ending in ":" introduces what follows ("…responsibilities that include:")
        first = 0
        for k, chain in enumerate(chains[:-1]):
            if chain[0].bullet is None and chain[-1].body.endswith(":"):
                self._chains(chains[first:k + 1], under)
                under, first = "strong", k + 1
        self._chains(chains[first:], under)

    def _chains(self, chains: list[list[_Line]], under: str | None) -> None:
        """Logical lines (chains of joined lines) into blocks."""

        def body(chain: list[_Line]) -> str:
            return " ".join(ln.body for ln in chain)

        plain = [c for c in chains if c[0].bullet is None and not _label_value(c[0].body)]
        if under == "strong":
            listing = len(chains) >= 2
        elif under == "weak":
            # under a capitalised line: one sentence or phrase a line, none wrapped
            listing = (len(chains) >= 2 and all(len(c) == 1 for c in chains)
                       and not any(_inner_stop(body(c)) for c in plain))
        else:
            # under nothing at all: three or more phrases, one a line, none ending
            # like a sentence ("Prairie Paws Animal Hospital\nLincoln, NE 68516\n…")
            listing = (len(chains) >= 3 and all(len(c) == 1 for c in chains)
                       and not any(_ends_sentence(c[-1].body) or _inner_stop(body(c))
                                   or _words(body(c)) > _ITEM_WORDS for c in plain))
        paragraph: list[_Line] = []
        for chain in chains:
            if chain[0].bullet is not None:
                kind = "list_item"
            elif _label_value(chain[0].body) or chain[-1].body.endswith(":"):
                kind = "paragraph"  # a field ("Location: Denver, CO") or what introduces a list
            elif listing:
                text = body(chain)
                kind = "list_item" if _words(text) <= _ITEM_WORDS or not _inner_stop(text) else "paragraph"
            else:
                if paragraph and chain[0].after_blank:
                    self.out.append(("paragraph", paragraph))
                    paragraph = []
                paragraph.extend(chain)
                continue
            if paragraph:
                self.out.append(("paragraph", paragraph))
                paragraph = []
            self.out.append((kind, chain))
        if paragraph:
            self.out.append(("paragraph", paragraph))

    @staticmethod
    def _joins(a: _Line, b: _Line, lower_items: bool, item: _Line | None) -> bool:
        """Does line a run on into line b?"""
        if b.after_blank or b.bullet == "hard" or a.body.endswith(":"):
            return False
        if _ends_open(a.body):
            return True
        if b.bullet is not None:
            return False
        if item is not None and b.indent > item.indent:
            return True  # an indented line under a bullet continues its item
        if _starts_lower(b.body):
            return not lower_items
        return bool(_CONJUNCTION.match(b.body))
