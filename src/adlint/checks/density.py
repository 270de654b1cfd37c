"""Whole-ad measures of hollow wording.

density: buzzwords and bare trait bullets ("Self-driven, proactive") counted over the
whole ad, reported once when there are too many of them (never on a single word).
perks: office perks offered as culture (beer, ping pong, free snacks) in an ad that
names no concrete benefit (the `benefits` element of the analysis is missing).
The words are the rules' options.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.words import WORD
from ..finding import Finding
from . import patterns
from .base import Check


def _quote_list(items: list[str]) -> str:
    return ", ".join(f"“{t}”" for t in items)


class _Terms(Check):
    """Shared keys: `terms` (words and phrases, with inflections) and `exceptions`
    (phrases in which a term is fine)."""

    options = {"terms": (list, []), "exceptions": (list, [])}

    @cached_property
    def terms(self):
        return patterns.compile_terms(self.opts["terms"], inflect=True)

    @cached_property
    def exceptions(self):
        return patterns.compile_terms(self.opts["exceptions"], inflect=True)

    def matches(self, text: str):
        if self.terms is None:
            return
        spans = ([m.span() for m in self.exceptions.finditer(text)]
                 if self.exceptions is not None else ())
        for m in self.terms.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                yield m


class DensityCheck(_Terms):
    """Too many buzzwords for the length of the ad, reported once for the whole ad.

    Keys: `terms`, `exceptions`, `trait_words` (personality labels; a list item of at most
    `max_trait_words` words made only of them and `trait_joiners` — "Self-driven,
    proactive, outcome-oriented" — counts once). Reported when there are `min_count` or
    more at `min_rate_for_count` or more per 100 words (a long ad may use a few), or
    `min_count_for_rate` or more at `max_per_100_words` or more per 100 words (a short
    ad); `max_examples` is how many to quote. Message: `{count}`,
    `{per_100}`, `{words}`, `{examples}`.
    """

    kind = "density"
    options = {**_Terms.options, "trait_words": (list, []), "trait_joiners": (list, []),
               "max_trait_words": (int, 4), "min_count": (int, 6),
               "min_rate_for_count": ((int, float), 1.0),
               "max_per_100_words": ((int, float), 1.5), "min_count_for_rate": (int, 4),
               "max_examples": (int, 4)}

    @cached_property
    def traits(self):
        return patterns.compile_terms(self.opts["trait_words"], inflect=False)

    @cached_property
    def joiners(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.opts["trait_joiners"])

    def trait_bullet(self, text: str) -> bool:
        """Is this list item only personality labels ("Proactive, self-driven")?"""
        words = WORD.findall(text)
        if not words or len(words) > self.opts["max_trait_words"] or self.traits is None:
            return False
        rest = self.traits.sub(" ", text)
        if rest == text:
            return False
        return all(w.lower() in self.joiners for w in WORD.findall(rest))

    def found(self, doc) -> list[str]:
        """Each buzzword and trait bullet of the ad, in order."""
        out = []
        for block in doc.blocks:
            if block.kind == "list_item" and self.trait_bullet(block.text):
                out.append(" ".join(block.text.split()))
                continue
            out.extend(" ".join(m.group().split()) for m in self.matches(block.text))
        return out

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        found = self.found(doc)
        count = len(found)
        if not count:
            return
        words = facts.metric("words") or 0
        rate = 100 * count / words if words else 0.0
        many = count >= self.opts["min_count"] and rate >= self.opts["min_rate_for_count"]
        dense = count >= self.opts["min_count_for_rate"] and rate >= self.opts["max_per_100_words"]
        if not (many or dense):
            return
        examples, seen = [], set()
        for t in found:
            if t.lower() not in seen:
                seen.add(t.lower())
                examples.append(t)
        yield self.finding(self.format(
            self.rule.message, count=count, per_100=f"{rate:.1f}", words=words,
            examples=_quote_list(examples[:self.opts["max_examples"]])))


class PerksCheck(_Terms):
    """Office perks (`terms`: beer, ping pong, free snacks) in an ad that names no
    concrete benefit, reported once, on the first perk. Ads in languages without
    element data, and ads under `min_words` words, are not judged. Message: `{match}`
    (the first perk), `{perks}` (each perk named, quoted)."""

    kind = "perks"
    options = {**_Terms.options, "min_words": (int, 50)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        # what the ad is first (every lint computes the elements and the word count):
        # most ads name benefits, and their blocks need no reading
        found = facts.elements
        if found is None or found.get("benefits") is not None:
            return  # not judged in this language, or the ad names real benefits
        if (facts.metric("words") or 0) < self.opts["min_words"] or self.terms is None:
            return
        maybe = self.terms.blocks_to_search(doc.prose, doc.block_starts)
        first, named = None, []
        for k, block in enumerate(doc.blocks):
            if maybe is not None and k not in maybe:
                continue
            for m in self.matches(block.text):
                if first is None:
                    first = (block, m)
                t = " ".join(m.group().split())
                if t.lower() not in (n.lower() for n in named):
                    named.append(t)
        if first is None:
            return
        block, m = first
        yield self.finding(
            self.format(self.rule.message, match=" ".join(m.group().split()),
                        perks=_quote_list(named)),
            block, m.start(), m.end(), doc)
