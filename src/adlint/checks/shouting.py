"""shouting: text in ALL CAPS (not acronyms, not labels) and runs of exclamation marks."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.prefilter import Prefiltered, compile_python
from ..analysis.words import WORD
from ..finding import Finding
from .base import Check

_CAPS_WORD = r"[A-Z][A-Z'’]+"
# capital words joined by spaces or light punctuation: one shouted sentence is one run
# ("GENDER NON-CONFORMING PEOPLE, WOMEN AND VETERANS" is one finding, not four)
_CAPS_RUN = compile_python(rf"(?<![\w])(?:{_CAPS_WORD}|[A-Z])(?:[ \t]*[,\-–—/&][ \t]*|[ \t]+)"
                       rf"(?:(?:{_CAPS_WORD}|[A-Z])(?:[ \t]*[,\-–—/&][ \t]*|[ \t]+))*{_CAPS_WORD}(?![\w])")
_BANGS = re.compile(r"[!¡]{2,}|(?:!\?|\?!)[!?]*")
#: the same, RE2-guided: which blocks can hold a run at all, in one pass over the prose
_GUIDED = {_CAPS_RUN: Prefiltered(_CAPS_RUN), _BANGS: Prefiltered(_BANGS)}


class ShoutingCheck(Check):
    """`mode: caps` reports runs of at least `min_words` words in capitals with at least
    `min_letters` letters (so "US DC" or "HR" are not shouting), except labels: a
    heading, or a short block (at most `label_words` words) that is all capitals or ends
    with a colon ("ABOUT THE ROLE", "BASIC REQUIREMENTS:"), and template placeholders: a
    run that starts with one of `placeholder_starts` ("ENTER POSITION SUMMARY …",
    "COPY AND PASTE …": text to fill in, whose fix is to replace it, not to re-case it). `mode: bangs` reports runs of exclamation marks ("!!", "?!")."""

    kind = "shouting"
    options = {"mode": (str, "caps"), "min_letters": (int, 8), "min_words": (int, 2),
               "label_words": (int, 0), "allow": (list, []), "placeholder_starts": (list, [])}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["mode"] not in ("caps", "bangs"):
            raise ValueError("'mode' must be caps or bangs")

    @cached_property
    def placeholders(self) -> tuple:
        """The words of each `placeholder_starts` entry."""
        return tuple(p.split() for p in self.opts["placeholder_starts"])

    def _label(self, block, run: str, end: int) -> bool:
        """A section label written in capitals: read as a heading, not as shouting."""
        limit = self.opts["label_words"]
        if not limit:
            return False
        if block.kind == "heading":
            return True
        line_start = block.text.rfind("\n", 0, end) + 1
        line_end = block.text.find("\n", end)
        line = block.text[line_start:len(block.text) if line_end < 0 else line_end].strip()
        return len(WORD.findall(line)) <= limit and (line.upper() == line or line.endswith(":"))

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        caps = self.opts["mode"] == "caps"
        pattern = _CAPS_RUN if caps else _BANGS
        allow = self.opts["allow"]
        maybe = _GUIDED[pattern].blocks_to_search(doc.prose, doc.block_starts)
        for k, block in enumerate(doc.blocks):
            if maybe is not None and k not in maybe:
                continue
            for m in pattern.finditer(block.text):
                run = m.group()
                if caps:
                    words = WORD.findall(run)
                    if all(w in allow for w in words) or len(words) < self.opts["min_words"]:
                        continue
                    if sum(c.isalpha() for c in run) < self.opts["min_letters"]:
                        continue
                    if self._label(block, run, m.end()):
                        continue
                    if any(words[:len(p)] == p for p in self.placeholders):
                        continue
                yield self.finding(self.format(self.rule.message, match=" ".join(run.split())),
                                   block, m.start(), m.end(), doc)
