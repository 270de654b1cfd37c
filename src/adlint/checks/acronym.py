"""acronym: acronyms used without being spelled out anywhere in the ad."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check

_ACRONYM = re.compile(r"(?<![\w&./-])([A-Z][A-Z&]*[A-Z])(s?)(?![\w&/]|-\w|\.\w)")
_CAPS_WORD_END = re.compile(r"(?<![\w])[A-Z]{2,}[:,]?$")
_CAPS_WORD_START = re.compile(r"[A-Z]{2,}(?![\w])")
class AcronymCheck(Check):
    """Report the first use of each acronym that the ad never spells out.

    An acronym counts as explained when the ad writes "(ABC)" or "ABC (…)"
    anywhere. `allow` lists acronyms every reader knows, `emphasis` words written in
    capitals for emphasis ("must include ALL of"); the shared vocabulary
    (`[tool.adlint.vocabulary] accept`) is honoured too. Blocks written mostly in
    capitals are left to the shouting rule.
    """

    kind = "acronym"
    options = {"allow": (list, []), "emphasis": (list, []), "max_length": (int, 7)}

    @cached_property
    def skip(self) -> frozenset[str]:
        return frozenset(self.opts["allow"]) | frozenset(self.opts["emphasis"])

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        vocabulary = getattr(facts.settings, "vocabulary", ()) or ()
        skip = self.skip | frozenset(vocabulary) if vocabulary else self.skip
        first: dict[str, tuple] = {}
        explained: set[str] = set()
        for block in doc.blocks:
            text = block.text
            if not _ACRONYM.search(text):
                continue
            letters = sum(map(str.isalpha, text))
            if letters and sum(map(str.isupper, text)) > 0.6 * letters:
                continue
            for m in _ACRONYM.finditer(text):
                word = m.group(1)
                if sum(c.isupper() for c in word) < 2 or len(word) > self.opts["max_length"]:
                    continue
                if word in skip:
                    continue
                before, after = text[:m.start()].rstrip(), text[m.end():].lstrip()
                if _CAPS_WORD_END.search(before) or _CAPS_WORD_START.match(after):
                    continue  # part of a run of capitals: shouting, not an acronym
                if before.endswith("(") and after.startswith(")"):
                    explained.add(word)
                elif after.startswith("(") and not after.startswith("()"):
                    explained.add(word)
                if word not in first:
                    first[word] = (block, m.start(1), m.end(1))
        for word, (block, s, e) in first.items():
            if word in explained:
                continue
            yield self.finding(self.format(self.rule.message, match=word), block, s, e, doc)
