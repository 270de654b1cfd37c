"""Word lists (and rule packs' raw patterns) to regular expressions.

Rule packs give words and phrases, not regexes: a list compiles to one
alternation with word boundaries, so user data cannot produce a pattern that
backtracks catastrophically, and a pack costs one scan per block.
"""

from __future__ import annotations

import re

from ..analysis.prefilter import Prefiltered

#: Optional English inflection endings added to each word of a term.
SUFFIX = r"(?:s|es|ed|d|ing)?"
_SPACE = re.compile(r"\s+")
_APOSTROPHE = re.compile("['’]")


def phrase(term: str, inflect: bool = False) -> str:
    """Regex source for one word or phrase; spaces match any whitespace run,
    including line breaks, and straight and curly apostrophes are equivalent."""
    words = _SPACE.split(term.strip())
    parts = []
    for w in words:
        p = _APOSTROPHE.sub("['’]", re.escape(w))  # one class, whichever was written
        if inflect and w[-1:].isalpha():
            p += SUFFIX
        parts.append(p)
    return r"\s+".join(parts)


def alternation(terms, inflect: bool = False) -> str:
    # longest first; ties in a fixed order (not the set's, which changes from run to
    # run): the pattern is the same in every process and its RE2 pre-filter is indexed
    alts = sorted({phrase(t, inflect) for t in terms if t and t.strip()}, key=lambda a: (-len(a), a))
    return "|".join(alts)


def bounded(source: str) -> str:
    return r"(?<!\w)(?:" + source + r")(?!\w)"


def first_char_guard(terms, case_sensitive: bool = False) -> str:
    """A lookahead on the characters terms can start with: it lets the regex
    engine reject most positions at once instead of trying every alternative."""
    chars = set()
    for t in terms:
        t = t.strip()
        if not t:
            continue
        c = t[0]
        chars.add(c)
        if not case_sensitive:
            chars.update({c.lower(), c.upper()})
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def compile_terms(terms, inflect: bool = False, case_sensitive: bool = False) -> re.Pattern | None:
    alt = alternation(terms, inflect)
    if not alt:
        return None
    return Prefiltered(first_char_guard(terms, case_sensitive) + bounded(alt),
                       0 if case_sensitive else re.IGNORECASE)


def compile_groups(groups: list[list[str]], inflect: bool = False,
                   case_sensitive: bool = False) -> re.Pattern:
    """One pattern whose named group g<k> tells which of the term groups matched."""
    alts = []
    for k, terms in enumerate(groups):
        alt = alternation(terms, inflect)
        if alt:
            alts.append(f"(?P<g{k}>{alt})")
    return Prefiltered(bounded("|".join(alts)), 0 if case_sensitive else re.IGNORECASE)


def match_case(template: str, replacement: str) -> str:
    """Give replacement the capitalisation of template: Chairman -> Chair."""
    if len(template) > 1 and template.isupper():
        return replacement.upper()
    if template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# -- user-written regular expressions ---------------------------------------------

class UserPattern:
    """Raw `patterns` from rule packs, run by RE2: linear time whatever the
    pattern, so a shared pack cannot hang adlint with `(a+)+$`. Matches must start
    and end at word edges, like word-list terms; RE2 has no lookbehind, so that
    is checked here (a rejected match is retried one character later)."""

    def __init__(self, sources: list[str], case_sensitive: bool = False):
        import re2

        options = re2.Options()
        options.log_errors = False
        options.case_sensitive = case_sensitive
        for s in sources:
            try:
                re2.compile(s, options)
            except Exception as exc:
                detail = str(exc.args[0] if exc.args else exc)
                if detail.startswith("b'") or detail.startswith('b"'):
                    detail = detail[2:-1]
                raise ValueError(f"pattern {s!r} is not valid RE2 syntax ({detail}); rule "
                                 "pack patterns use RE2: no lookaround or backreferences")
        self.regex = re2.compile("|".join(f"(?:{s})" for s in sources), options)

    def finditer(self, text: str):
        from ..analysis.prefilter import encoded

        data, ascii_ = encoded(text)
        if data is None:  # lone surrogates: RE2 reads the str itself
            yield from self._finditer_str(text)
            return
        # the bytes once (shared with the other patterns), not once per search
        from re2._re2 import BytesToCharLen

        n, nb = len(text), len(data)
        search = self.regex.search
        bpos = 0
        while bpos <= nb:
            m = search(data, bpos)
            if m is None:
                return
            bs, be = m.span()
            s, e = (bs, be) if ascii_ else (BytesToCharLen(data, 0, bs), BytesToCharLen(data, 0, be))
            if e > s and not (s > 0 and _is_word(text[s - 1])) and not (e < n and _is_word(text[e])):
                yield Hit(s, e, text[s:e], m.lastgroup)
                bpos = be
            else:  # one character on
                bpos = bs + (1 if ascii_ or s >= n else len(text[s].encode("utf-8")))

    def _finditer_str(self, text: str):
        pos, n = 0, len(text)
        search = self.regex.search
        while pos <= n:
            m = search(text, pos)
            if m is None:
                return
            s, e = m.span()
            if e > s and not (s > 0 and _is_word(text[s - 1])) and not (e < n and _is_word(text[e])):
                yield m
                pos = e
            else:
                pos = s + 1


class Hit:
    """A match as callers read it (start, end, span, group, lastgroup), at str offsets:
    a UserPattern match, or a prose-wide match moved into its block."""

    __slots__ = ("_s", "_e", "_text", "lastgroup")

    def __init__(self, s: int, e: int, text: str, lastgroup: str | None):
        self._s, self._e, self._text, self.lastgroup = s, e, text, lastgroup

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def span(self) -> tuple[int, int]:
        return self._s, self._e

    def group(self) -> str:
        return self._text


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
