"""term: flag words and phrases; substitution: flag them with a fixable replacement."""

from __future__ import annotations

import re
from typing import Iterable

from .. import detectors, patterns
from ..finding import Edit, Finding
from .base import Check, Context

_QUOTES_OPEN = "“‘«"
_QUOTES_CLOSE = "”’»"


def _quoted(text: str, i: int) -> bool:
    """Is text[i] inside quotation marks (within its block)?"""
    before = text[:i]
    if sum(before.count(q) for q in _QUOTES_OPEN) > sum(before.count(q) for q in _QUOTES_CLOSE):
        return True
    return before.count('"') % 2 == 1


class TermCheck(Check):
    """Report each occurrence of a listed word or phrase.

    Keys: `terms` (words/phrases), `patterns` (regular expressions, for forms a
    word list cannot say, such as "25-35 years old"), `exceptions` (phrases in
    which a match is fine, e.g. "native iOS" for "native"), `sentence_exceptions`
    (phrases that excuse every match in the same sentence, e.g. "with or without
    accommodation"), `unless` (a detector from adlint.detectors: no finding when
    the document has it, e.g. `pay-figure`), `inflect` (also match -s, -ed,
    -ing…), `case_sensitive`, `suggestions`.
    """

    kind = "term"
    options = {
        "terms": (list, []),
        "patterns": (list, []),
        "exceptions": (list, []),
        "sentence_exceptions": (list, []),
        "unless": ((str, type(None)), None),
        "inflect": (bool, True),
        "case_sensitive": (bool, False),
        "suggestions": (list, []),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        # the words of each term: a document without all the words of some term
        # cannot match (None: patterns, or terms with non-words; no shortcut)
        self.term_words = (None if options["patterns"]
                           else patterns.term_words(self.term_list()))
        self._compiled = None
        if options["patterns"]:
            self._compile_all()  # raw patterns: report a bad one when the pack loads
        if options["unless"] is not None:
            detectors.get(options["unless"])  # fail at load time on an unknown name

    def _compile_all(self):
        """Compile on first need: most documents never need most rules' patterns."""
        if self._compiled is None:
            raw = self.opts["patterns"]
            self._compiled = (
                self.compile(),
                patterns.UserPattern(raw, self.opts["case_sensitive"]) if raw else None,
                patterns.compile_terms(self.opts["exceptions"], inflect=True),
                patterns.compile_terms(self.opts["sentence_exceptions"], inflect=True))
        return self._compiled

    @property
    def pattern(self):
        return self._compile_all()[0]

    @property
    def user_pattern(self):
        return self._compile_all()[1]

    @property
    def exceptions(self):
        return self._compile_all()[2]

    @property
    def sentence_exceptions(self):
        return self._compile_all()[3]

    def term_list(self) -> list[str]:
        return self.opts["terms"]

    def compile(self):
        """The word-list terms as one regex (Python re: built from escaped words, so
        it cannot backtrack badly); raw `patterns` go to RE2 (UserPattern)."""
        alt = patterns.alternation(self.opts["terms"], self.opts["inflect"])
        if not alt:
            return None
        source = (patterns.first_char_guard(self.opts["terms"], self.opts["case_sensitive"])
                  + patterns.bounded(alt))
        return re.compile(source, 0 if self.opts["case_sensitive"] else re.IGNORECASE)

    def matches(self, doc):
        """(block, match) for every match not inside an exception."""
        unless = self.opts["unless"]
        checked_unless = False
        if self.term_words is not None and not patterns.may_match(self.term_words, doc_words(doc)):
            return  # none of the terms can occur in this document
        scanners = [p for p in (self.pattern, self.user_pattern) if p is not None]
        if not scanners:
            return
        for block in self.blocks(doc):
            found = [m for p in scanners for m in p.finditer(block.text)]
            if len(scanners) > 1:
                found.sort(key=lambda m: m.span())
            if not found:
                continue
            if unless and not checked_unless:
                if detectors.get(unless)(doc):
                    return
                checked_unless = True
            spans = ([m.span() for m in self.exceptions.finditer(block.text)]
                     if self.exceptions is not None else ())
            for m in found:
                s, e = m.span()
                if any(a <= s and e <= b for a, b in spans):
                    continue
                if self.sentence_exceptions is not None:
                    a, b = patterns.sentence_bounds(block.text, s, e)
                    if self.sentence_exceptions.search(block.text, a, b):
                        continue
                yield block, m

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        for block, m in self.matches(doc):
            word = m.group()
            yield self.finding(
                self.format(self.rule.message, match=" ".join(word.split())),
                block, m.start(), m.end(), doc,
                suggestions=[self.format(s, match=word) for s in self.opts["suggestions"]],
            )


def doc_words(doc) -> set[str]:
    """Word index of the whole document (see patterns.word_index), built once."""
    words = doc.cache.get("doc_words")
    if words is None:
        words = doc.cache["doc_words"] = patterns.word_index(doc.prose)
    return words


class SubstitutionCheck(TermCheck):
    """Report listed words with the word to use instead; fixable.

    Keys: `swap` (mapping of word or phrase to its replacement), plus the keys of
    `term`. A fix is offered only where it is safe: not in a quotation, a block
    quote or link text, and not when the replacement is empty.
    """

    kind = "substitution"
    options = {**TermCheck.options, "swap": (dict, {}), "fix": (bool, True)}
    fixable = True

    def term_list(self) -> list[str]:
        return list(self.opts["swap"])

    def compile(self):
        self.replacements = list(self.opts["swap"].values())
        groups = [[k] for k in self.opts["swap"]]
        if not groups:
            return None
        return patterns.compile_groups(groups, self.opts["inflect"], self.opts["case_sensitive"])

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        for block, m in self.matches(doc):
            word = m.group()
            replacement = patterns.match_case(word, self.replacements[int(m.lastgroup[1:])])
            f = self.finding(
                self.format(self.rule.message, match=" ".join(word.split()),
                            replacement=replacement),
                block, m.start(), m.end(), doc, suggestions=[replacement],
            )
            safe = (self.opts["fix"] and replacement and block.kind != "quote"
                    and not block.in_link(m.start(), m.end()) and not _quoted(block.text, m.start())
                    and "\n" not in word and f.text == word)
            if safe:
                f.fix = [Edit(f.start, f.end, replacement)]
            yield f
