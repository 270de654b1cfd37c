"""The parsed document: prose blocks that know where every character came from.

Position mapping lives here and nowhere else. A parser builds each block with a
`BlockBuilder`, adding text together with the source range it came from; rules
only ever ask a block for the source span of a slice of its text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass, field

#: Stands in for non-prose inside a block (inline code, URLs, template tags),
#: so that words on either side do not run together. Never part of a word.
PLACEHOLDER = "\ufffc"

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "quote")

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ALNUM = re.compile(r"[^\W_]")


class LineIndex:
    """Turns source offsets into 1-based (line, column), columns in code points."""

    def __init__(self, text: str):
        if "\r" in text:
            self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        else:  # each line's start after the last, in C loops: len + 1 summed
            self.starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))),
                                          initial=0))[:-1]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line_index0: int) -> int:
        """Offset of the start of a 0-based line (clamped to the last line)."""
        if line_index0 >= len(self.starts):
            return self.starts[-1]
        return self.starts[max(line_index0, 0)]


class Block:
    """A run of prose (heading, paragraph, list item, table cell, quote).

    The text is mapped to the source in segments: a *run* maps text characters
    one to one onto source characters; a *unit* maps a short piece of text (a
    decoded entity, an escape, a line break) onto a whole source range.
    """

    __slots__ = ("kind", "text", "heading", "level", "links", "_t", "_s", "_e", "_run")

    def __init__(self, kind, text, heading, level, links, t, s, e, run):
        self.kind: str = kind
        self.text: str = text
        self.heading: str | None = heading
        self.level: int = level
        self.links: list[tuple[int, int]] = links
        self._t, self._s, self._e, self._run = t, s, e, run

    def _seg(self, i: int) -> int:
        return bisect_right(self._t, i) - 1

    def source_start(self, i: int) -> int:
        k = self._seg(i)
        return self._s[k] + (i - self._t[k]) if self._run[k] else self._s[k]

    def source_end(self, j: int) -> int:
        """Source offset just after text character j-1."""
        k = self._seg(j - 1)
        return self._s[k] + (j - self._t[k]) if self._run[k] else self._e[k]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Source range [start, end) of text[i:j] (j > i)."""
        return self.source_start(i), self.source_end(j)

    def in_link(self, i: int, j: int) -> bool:
        return any(a <= i and j <= b for a, b in self.links)

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.text[:40]!r})"


def trimmed(text: str, i: int, j: int) -> tuple[int, int]:
    """text[i:j] without leading and trailing whitespace, as (start, end)."""
    while i < j and text[i].isspace():
        i += 1
    while j > i and text[j - 1].isspace():
        j -= 1
    return i, j


class BlockBuilder:
    """Accumulates text and its source mapping for one block."""

    # slots: a Markdown ad makes one builder per inline token
    __slots__ = ("kind", "heading", "level", "parts", "length", "t", "s", "e", "run", "links")

    def __init__(self, kind: str, heading: str | None = None, level: int = 0):
        self.kind = kind
        self.heading = heading
        self.level = level
        self.parts: list[str] = []
        self.length = 0
        self.t: list[int] = []
        self.s: list[int] = []
        self.e: list[int] = []
        self.run: list[bool] = []
        self.links: list[tuple[int, int]] = []

    def add_run(self, text: str, src_start: int) -> None:
        """Text copied verbatim from source[src_start:src_start+len(text)]."""
        if not text:
            return
        if self.run and self.run[-1] and self.e[-1] == src_start:
            # extend the previous run when both sides are contiguous
            self.e[-1] = src_start + len(text)
        else:
            self.t.append(self.length)
            self.s.append(src_start)
            self.e.append(src_start + len(text))
            self.run.append(True)
        self.parts.append(text)
        self.length += len(text)

    def add_unit(self, text: str, src_start: int, src_end: int) -> None:
        """Text that stands for the whole of source[src_start:src_end]."""
        if not text:
            return
        self.t.append(self.length)
        self.s.append(src_start)
        self.e.append(src_end)
        self.run.append(False)
        self.parts.append(text)
        self.length += len(text)

    def build(self, mask=None) -> Block | None:
        """The finished block, or None when it holds no words.

        `mask` may rewrite the text character for character (URLs to placeholders).
        """
        text = self.raw_text()
        return self.finish(mask(text) if mask is not None else text)

    def raw_text(self) -> str:
        """The text added so far, as added."""
        return "".join(self.parts)

    def finish(self, text: str) -> Block | None:
        """The finished block with `text`: raw_text() rewritten character for
        character (masked). None when it holds no words."""
        if not _ALNUM.search(text):  # [^\W_] is str.isalnum(), one C loop
            return None
        return Block(self.kind, text, self.heading, self.level, self.links,
                     self.t, self.s, self.e, self.run)


@dataclass
class Directive:
    """An inline suppression comment: adlint-disable, -enable, -disable-next-line…"""

    action: str  # disable | enable | disable-next-line | disable-line | disable-file
    rules: tuple[str, ...]  # empty: all rules
    line: int  # 1-based line of the comment
    end_line: int
    start: int  # source offsets of the comment
    end: int


@dataclass
class Metadata:
    """What a parser knows about a document besides its prose."""

    front_matter: dict | None = None  # Markdown/Jekyll front matter, parsed (None: none or broken)
    front_matter_error: str | None = None  # why front matter was ignored, shown as a note
    lang: str | None = None  # <html lang="…">
    title: str | None = None  # <title>
    title_span: tuple[int, int] | None = None  # source offsets of the <title> text
    meta: dict[str, str] = field(default_factory=dict)  # <meta name=… content=…>, names lower-cased
    images: list[dict] = field(default_factory=list)  # <img>: src, alt, offset, end
    links: list[str] = field(default_factory=list)  # every href of the page
    full_page: bool = False  # a complete HTML page (<html> or <body>), not a fragment

    def front_matter_fields(self) -> dict:
        """Front matter as a mapping ({} when there is none or it is not a mapping)."""
        return self.front_matter if isinstance(self.front_matter, dict) else {}

    def front_matter_items(self):
        """(dotted key, value) of every leaf of the front matter."""
        return leaves(self.front_matter_fields())


def leaves(fields: dict, prefix: str = ""):
    """(dotted key, value) of every leaf of a nested mapping: schema.org's
    `baseSalary: {value: {minValue: …}}` as `baseSalary.value.minValue`."""
    for k, v in fields.items():
        if not isinstance(k, str):
            continue
        if isinstance(v, dict):
            yield from leaves(v, f"{prefix}{k}.")
        else:
            yield f"{prefix}{k}", v


@dataclass
class Document:
    path: str
    format: str  # markdown | html | text
    source: str  # decoded text, BOM removed
    blocks: list[Block] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    directives: list[Directive] = field(default_factory=list)
    language: str = "en"
    language_source: str = "default"
    language_tag: str | None = None  # the tag as written ("en-GB"), for regional backends
    _lines: LineIndex | None = None
    _prose: str | None = field(default=None, repr=False)
    _block_starts: list[int] | None = field(default=None, repr=False)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines

    @property
    def prose(self) -> str:
        """Every block's text, joined by blank lines (computed once)."""
        if self._prose is None:
            self._prose = "\n\n".join(b.text for b in self.blocks)
        return self._prose

    @property
    def block_starts(self) -> list[int]:
        """Where each block's text starts in `prose`."""
        if self._block_starts is None:
            starts, pos = [], 0
            for b in self.blocks:
                starts.append(pos)
                pos += len(b.text) + 2
            self._block_starts = starts
        return self._block_starts

    def block_at(self, offset: int) -> int:
        """Index of the block whose text holds prose offset `offset` (or precedes it)."""
        return bisect_right(self.block_starts, offset) - 1
