"""gender-coded: the Gaucher, Friesen & Kay (2011) word-stem measure, as a rule.

The algorithm follows gender-decoder exactly: lower-cased ASCII word tokens
(apostrophes and other punctuation split words; a hyphenated word is split
unless it starts with a hyphenated stem), a token counts once for every stem it
starts with, score = feminine - masculine, and the verdict bands of the paper's
tool. adlint differs only by the `exceptions` the rule lists (tokens that are
structure, not tone, in job ads), each with its reason in the rule file.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from . import patterns
from .base import Check


class GenderCodedCheck(Check):
    """Report a masculine-coded ad (`report: document`) or the masculine-coded
    words of one (`report: words`), with alternatives from `alternatives`
    (stem -> suggestion). `exceptions` are tokens never counted; `exception_phrases`
    are phrases whose words are never counted (e.g. "all kinds of"); `min_words`: the
    fewest masculine-coded words (after exceptions) that make a finding."""

    kind = "gender-coded"
    options = {
        "wordlist": (str, "gender-coded-words"),
        "report": (str, "document"),
        "exceptions": (list, []),
        "exception_phrases": (list, []),
        "alternatives": (dict, {}),
        "min_words": (int, 1),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["report"] not in ("document", "words"):
            raise ValueError("'report' must be document or words")

    @cached_property
    def exceptions(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.opts["exceptions"])

    @cached_property
    def phrases(self):
        return patterns.compile_terms(self.opts["exception_phrases"])

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        analysis = facts.gender(self.opts["wordlist"], self.exceptions, self.phrases)
        v = analysis.verdict
        if "masculine" not in v or len(analysis.masculine) < self.opts["min_words"]:
            return
        if self.opts["report"] == "document":
            words = sorted({w.lower() for _, _, _, w, _ in analysis.masculine})
            yield self.finding(self.format(
                self.rule.message, verdict=v, masculine=len(analysis.masculine),
                feminine=len(analysis.feminine), words=", ".join(words[:8])))
            return
        alternatives = self.opts["alternatives"]
        for block, start, end, word, stem in analysis.masculine:
            alt = alternatives.get(stem)
            yield self.finding(self.format(self.rule.message, match=word, verdict=v,
                                           alternative=alt or "a neutral word"),
                               block, start, end, doc, suggestions=[alt] if alt else [])
