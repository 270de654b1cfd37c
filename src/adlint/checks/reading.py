"""Readability kinds: reading grade of the whole ad, long sentences, long paragraphs."""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.words import WORD
from ..document import trimmed
from ..finding import Finding
from . import patterns
from .base import Check


class ReadingGradeCheck(Check):
    """The Flesch-Kincaid grade of the whole ad is above `max_grade`.

    Ads shorter than `min_words` are not judged (the formula is unstable on a
    few sentences). Message fields: {grade}, {max_grade}, {ease}, {words_per_sentence}.
    """

    kind = "reading-grade"
    options = {"max_grade": ((int, float), 10), "min_words": (int, 100)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        s = facts.readability
        if not s or s["grade"] is None or facts.metric("words") < self.opts["min_words"]:
            return
        if s["grade"] > self.opts["max_grade"]:
            yield self.finding(self.format(
                self.rule.message, grade=s["grade"], max_grade=self.opts["max_grade"],
                ease=s["flesch_reading_ease"], words_per_sentence=s["avg_sentence_length"]))


class ReadingEaseCheck(Check):
    """The reading ease of the whole ad (Flesch's scale; Kandel & Moles' constants for
    French) is below `min_ease`, or its sentences average more than
    `max_sentence_length` words: either says the ad reads hard. Ads shorter than
    `min_words` are not judged. Message fields: {ease}, {min_ease}, {words_per_sentence},
    {max_sentence_length}, {lix}, {why}."""

    kind = "reading-ease"
    options = {"min_ease": ((int, float), 40), "max_sentence_length": ((int, float), 0),
               "min_words": (int, 100), "why_ease": (str, ""), "why_length": (str, "")}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        s = facts.readability
        if not s or facts.metric("words") < self.opts["min_words"]:
            return
        ease = facts.metric("flesch_reading_ease")
        wps = facts.metric("avg_sentence_length")
        lix = facts.metric("lix")
        o = self.opts
        why = []
        if ease < o["min_ease"]:
            why.append(self.format(o["why_ease"], ease=ease, min_ease=o["min_ease"]))
        if o["max_sentence_length"] and wps > o["max_sentence_length"]:
            why.append(self.format(o["why_length"], words_per_sentence=wps,
                                   max_sentence_length=o["max_sentence_length"]))
        if why:
            yield self.finding(self.format(
                self.rule.message, ease=ease, min_ease=o["min_ease"], words_per_sentence=wps,
                max_sentence_length=o["max_sentence_length"], lix=lix, why="; ".join(why)))


class LongSentenceCheck(Check):
    """A sentence of more than `max_words` words, reported on the sentence."""

    kind = "long-sentence"
    options = {"max_words": (int, 30)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        limit = self.opts["max_words"]
        for s in facts.sentences:
            if s.words > limit:
                yield self.finding(self.format(self.rule.message, words=s.words, max_words=limit),
                                   s.block, s.start, s.end, doc)


class LongParagraphCheck(Check):
    """A paragraph of more than `max_words` words, reported on the paragraph; legal
    boilerplate (a paragraph with one of `skip_phrases`, such as an equal-opportunity
    statement) is left alone: the writer often may not shorten it."""

    kind = "long-paragraph"
    options = {"max_words": (int, 80), "skip_phrases": (list, [])}

    @cached_property
    def boilerplate(self):
        return patterns.compile_terms(self.opts["skip_phrases"])

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        limit = self.opts["max_words"]
        for b in doc.blocks:
            if b.kind not in ("paragraph", "quote"):
                continue
            n = facts.block_words(b)
            if n > limit and not (self.boilerplate is not None and self.boilerplate.search(b.text)):
                i, j = trimmed(b.text, 0, len(b.text))
                yield self.finding(self.format(self.rule.message, words=n, max_words=limit),
                                   b, i, j, doc)
