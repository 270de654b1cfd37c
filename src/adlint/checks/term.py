"""term: flag words and phrases; substitution: flag them with a fixable replacement."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cached_property, lru_cache
from typing import Iterable

from ..analysis import data
from ..analysis.facts import Facts
from ..analysis.words import WORD, may_match, phrase_key, term_words
from ..finding import Edit, Finding
from . import patterns
from .patterns import Hit as _Hit
from .base import Check

_PAIR = re.compile(r"\s*(?:and|or|&|/)\s*", re.IGNORECASE)
_QUOTES_OPEN = "“‘«"
_QUOTES_CLOSE = "”’»"


def _fact_names(value) -> list:
    """A rule's `unless` or `only_if`: none, one fact's name, or a list of them."""
    return [] if value is None else value if isinstance(value, list) else [value]


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces, list dashes, emoji and closing punctuation a
    whole-line pattern takes in at its ends ("- 🎉 Motivated and curious." reports
    "Motivated and curious"); a span with nothing else is kept as it is."""
    a, b = start, end
    while a < b and (text[a].isspace() or text[a] in "-–—•*·"
                     or unicodedata.category(text[a]) in ("So", "Sk")):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,:!?"):
        b -= 1
    return (a, b) if a < b else (start, end)


def _quoted(text: str, i: int) -> bool:
    """Is text[i] inside quotation marks (within its block)?"""
    before = text[:i]
    if sum(before.count(q) for q in _QUOTES_OPEN) > sum(before.count(q) for q in _QUOTES_CLOSE):
        return True
    return before.count('"') % 2 == 1


class _Negation:
    def __init__(self, d: dict):
        self.window = int(d.get("window", 6))
        self.before = data.phrase_re(data.alternation(d["before"]))
        self.after = data.phrase_re(data.alternation(d["after"]))


@lru_cache(maxsize=None)
def _negation(language: str) -> _Negation | None:
    d = data.load("negation", language)
    return _Negation(d) if d else None


def negated(text: str, a: int, s: int, e: int, b: int, language: str) -> bool:
    """Does the sentence text[a:b] negate the match text[s:e]?"""
    neg = _negation(language) or _negation("en")
    words = list(WORD.finditer(text, a, s))[-neg.window:]
    lo = words[0].start() if words else s
    if neg.before.search(text, lo, s):
        return True
    return bool(neg.after.search(text[e:b]))


class TermCheck(Check):
    """Report each occurrence of a listed word or phrase.

    Keys: `terms` (words/phrases), `patterns` (regular expressions, for forms a
    word list cannot say, such as "25-35 years old"), `exceptions` (phrases in
    which a match is fine, e.g. "native iOS" for "native"), `sentence_exceptions`
    (phrases that excuse every match in the same sentence, e.g. "with or without
    accommodation"), `unless` (a named fact, or a list of them: no finding when the
    document has any, e.g. `pay-figure`: the ad states pay), `only_if` (a named fact, or a list of them: no
    finding unless the document has each), `negation` (no finding when the sentence
    negates the match: "we never ask for your salary history"; cues in
    rules/data/negation.<lang>.yaml), `skip_sections` (parts of the ad where the words
    mean something else, e.g. `responsibilities` for self-praise: a duty's quality bar),
    `inflect` (also match -s, -ed, -ing…), `case_sensitive`, `suggestions`.
    """

    kind = "term"
    options = {
        "terms": (list, []),
        "patterns": (list, []),
        "exceptions": (list, []),
        "sentence_exceptions": (list, []),
        "unless": ((str, list, type(None)), None),
        "only_if": ((str, list, type(None)), None),
        "negation": (bool, False),
        "skip_sections": (list, []),
        "inflect": (bool, True),
        "case_sensitive": (bool, False),
        "suggestions": (list, []),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["patterns"]:
            self.user_pattern  # raw patterns: report a bad one when the pack loads
        for key in ("unless", "only_if"):
            for name in _fact_names(options[key]):
                if (not isinstance(name, str) or name not in Facts.FLAGS):
                    raise ValueError(f"unknown fact {name!r} for {key!r} "
                                     f"(known: {', '.join(sorted(Facts.FLAGS))})")

    def term_list(self) -> list[str]:
        return self.opts["terms"]

    # compiled on first need (most documents never need most rules' patterns);
    # cached_property stores on the instance once, the same for every document
    @cached_property
    def term_words(self):
        """The words of each listed term: a document without all the words of some term
        cannot match the word list (None: a term with non-words; no shortcut). Raw
        `patterns` are ruled out separately (UserPattern.may_match)."""
        return term_words(self.term_list())

    @cached_property
    def term_keys(self) -> tuple[str | None, ...] | None:
        """The phrase_key of each term (as term_words lists them) where the word list
        compiles to literal phrases matched in any case (no inflection): a document whose
        prose's key holds none of them has no match. None: no such test."""
        if self.opts["inflect"] or self.opts["case_sensitive"] or self.term_words is None:
            return None
        return tuple(phrase_key(t.strip()) for t in self.term_list() if t.strip())

    def _list_may_match(self, facts: Facts) -> bool:
        """May the word list match? Only where all the words of one of its terms occur
        (the word index) and, for literal phrases, the phrase itself (its key)."""
        keys = self.term_keys
        if keys is None:
            return may_match(self.term_words, facts.word_index)
        index, text = facts.word_index, None
        for words, key in zip(self.term_words, keys):
            if words <= index:
                if key is None:
                    return True
                if text is None:
                    text = facts.prose_key
                    if text is None:
                        return True
                if key in text:
                    return True
        return False

    @cached_property
    def pattern(self):
        """The word-list terms as one regex (Python re: built from escaped words, so
        it cannot backtrack badly); raw `patterns` go to RE2 (UserPattern)."""
        return patterns.compile_terms(self.opts["terms"], self.opts["inflect"],
                                      self.opts["case_sensitive"])

    @cached_property
    def user_pattern(self):
        raw = self.opts["patterns"]
        return patterns.UserPattern(raw, self.opts["case_sensitive"]) if raw else None

    @cached_property
    def exceptions(self):
        return patterns.compile_terms(self.opts["exceptions"], inflect=True)

    @cached_property
    def sentence_exceptions(self):
        return patterns.compile_terms(self.opts["sentence_exceptions"], inflect=True)

    @cached_property
    def anchored(self) -> bool:
        """Raw patterns with ^ or $ are run block by block (an anchor means a block's
        start or end); everything else in one pass over the whole prose."""
        return any("^" in p.replace("[^", "") or "$" in p for p in self.opts["patterns"])

    def _found(self, doc, scanners, facts: Facts) -> dict[int, list]:
        """Matches by block index, offsets in the block's text. One scan of the whole
        prose per pattern (blocks are joined by blank lines, so no term crosses one)."""
        prose, starts, blocks = doc.prose, doc.block_starts, doc.blocks
        found: dict[int, list] = {}
        for p in scanners:
            if p is self.user_pattern and not p.may_match(prose, lambda: facts.prose_key):
                continue  # one Set pass over the prose (shared by the rules) rules it out
            if p is self.user_pattern and self.anchored:
                maybe = p.blocks_to_search(prose, starts)
                for k, b in enumerate(blocks):
                    if maybe is not None and k not in maybe:
                        continue
                    for m in p.finditer(b.text):
                        found.setdefault(k, []).append(_Hit(m.start(), m.end(), m.group(), None))
                continue
            for m in p.finditer(prose):
                k = bisect_right(starts, m.start()) - 1
                i, j = m.start() - starts[k], m.end() - starts[k]
                if j <= len(blocks[k].text):
                    found.setdefault(k, []).append(_Hit(i, j, m.group(), m.lastgroup))
        if len(scanners) > 1:  # a word-list term and a pattern may find the same words
            for k, hits in found.items():
                hits.sort(key=lambda m: (m.start(), -m.end()))
                found[k] = [m for i, m in enumerate(hits)
                            if not any(o.start() <= m.start() < o.end() for o in hits[:i])]
        return found

    def matches(self, doc, facts: Facts):
        """(block, match) for every match not inside an exception."""
        scanners = []
        # the word list only where all the words of one of its terms occur (and, for
        # literal phrases, one of the phrases)
        if self.term_words is None or self._list_may_match(facts):
            if self.pattern is not None:
                scanners.append(self.pattern)
        if self.user_pattern is not None:
            scanners.append(self.user_pattern)
        if not scanners:
            return
        found = self._found(doc, scanners, facts)
        if not found:
            return
        unless, only_if = self.opts["unless"], self.opts["only_if"]
        if any(facts.flag(n) for n in _fact_names(unless)):
            return
        if not all(facts.flag(n) for n in _fact_names(only_if)):
            return
        skip = frozenset(self.opts["skip_sections"])
        sections = facts.sections if skip else None
        for k in sorted(found):
            block = doc.blocks[k]
            if skip and sections[k] in skip:
                continue
            spans = ([m.span() for m in self.exceptions.finditer(block.text)]
                     if self.exceptions is not None else ())
            for m in found[k]:
                s, e = m.span()
                if any(a <= s and e <= b for a, b in spans):
                    continue
                if self.sentence_exceptions is not None or self.opts["negation"]:
                    a, b = facts.sentence_bounds(block, s, e)
                    if (self.sentence_exceptions is not None
                            and self.sentence_exceptions.search(block.text, a, b)):
                        continue
                    if self.opts["negation"] and negated(block.text, a, s, e, b, doc.language):
                        continue
                yield block, m

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        for block, m in self.matches(doc, facts):
            start, end = _word_span(block.text, m.start(), m.end())
            word = block.text[start:end]
            yield self.finding(
                self.format(self.rule.message, match=" ".join(word.split())),
                block, start, end, doc,
                suggestions=[self.format(s, match=word) for s in self.opts["suggestions"]],
            )


class SubstitutionCheck(TermCheck):
    """Report listed words with the word to use instead; fixable.

    Keys: `swap` (mapping of word or phrase to its replacement), `swap_data` (the
    name of a data file in rules/data whose `swap` mapping comes first, shared with
    other rules), plus the keys of `term`. A fix is offered only where it is safe:
    not in a quotation, a block quote or link text, and not when the replacement is
    empty.
    """

    kind = "substitution"
    options = {**TermCheck.options, "swap": (dict, {}), "swap_data": ((str, type(None)), None),
               "fix": (bool, True)}
    fixable = True

    def __init__(self, rule, options):
        if options["swap_data"] is not None and data.load(options["swap_data"]) is None:
            raise ValueError(f"swap_data: no data file rules/data/{options['swap_data']}.yaml")
        super().__init__(rule, options)

    @cached_property
    def swaps(self) -> dict[str, str]:
        shared = data.load(self.opts["swap_data"])["swap"] if self.opts["swap_data"] else {}
        return {**shared, **self.opts["swap"]}

    def term_list(self) -> list[str]:
        return list(self.swaps)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swaps.values())

    @cached_property
    def pattern(self):
        groups = [[k] for k in self.swaps]
        if not groups:
            return None
        return patterns.compile_groups(groups, self.opts["inflect"], self.opts["case_sensitive"])

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        pending = list(self.matches(doc, facts))
        k = 0
        while k < len(pending):
            block, m = pending[k]
            start, end = m.start(), m.end()
            replacement = patterns.match_case(m.group(), self.replacements[int(m.lastgroup[1:])])
            # "salesmen and saleswomen" is one "salespeople", not "salespeople and salespeople"
            if k + 1 < len(pending) and pending[k + 1][0] is block:
                m2 = pending[k + 1][1]
                other = self.replacements[int(m2.lastgroup[1:])]
                if (other.lower() == replacement.lower()
                        and _PAIR.fullmatch(block.text, end, m2.start())):
                    end = m2.end()
                    k += 1
            k += 1
            word = block.text[start:end]
            f = self.finding(
                self.format(self.rule.message, match=" ".join(word.split()),
                            replacement=replacement),
                block, start, end, doc, suggestions=[replacement],
            )
            safe = (self.opts["fix"] and replacement and block.kind != "quote"
                    and not block.in_link(start, end) and not _quoted(block.text, start)
                    and "\n" not in word and f.text == word)
            if safe:
                f.fix = [Edit(f.start, f.end, replacement)]
            yield f
