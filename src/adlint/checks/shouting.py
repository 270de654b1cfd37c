"""shouting: words in ALL CAPS (not acronyms) and runs of exclamation marks."""

from __future__ import annotations

import re
from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check

_CAPS_RUN = re.compile(r"(?<![\w])[A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+)+(?![\w])")
_BANGS = re.compile(r"[!¡]{2,}|(?:!\?|\?!)[!?]*")


class ShoutingCheck(Check):
    """`mode: caps` reports runs of two or more words in capitals with at least
    `min_letters` letters (so "US DC" or "HR" are not shouting); `mode: bangs`
    reports runs of exclamation marks ("!!", "?!")."""

    kind = "shouting"
    options = {"mode": (str, "caps"), "min_letters": (int, 8), "allow": (list, [])}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["mode"] not in ("caps", "bangs"):
            raise ValueError("'mode' must be caps or bangs")

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        pattern = _CAPS_RUN if self.opts["mode"] == "caps" else _BANGS
        allow = self.opts["allow"]
        for block in doc.blocks:
            for m in pattern.finditer(block.text):
                run = m.group()
                if self.opts["mode"] == "caps":
                    words = run.split()
                    if all(w in allow for w in words):
                        continue
                    if sum(c.isalpha() for c in run) < self.opts["min_letters"]:
                        continue
                yield self.finding(self.format(self.rule.message, match=" ".join(run.split())),
                                   block, m.start(), m.end(), doc)
