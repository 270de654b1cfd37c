"""Word lists (and rule packs' raw patterns) to regular expressions.

Rule packs give words and phrases, not regexes: a list compiles to one
alternation with word boundaries, so user data cannot produce a pattern that
backtracks catastrophically, and a pack costs one scan per block.
"""

from __future__ import annotations

import re
from functools import cached_property, partial

from ..analysis.prefilter import PatternSet, Prefiltered, blocks_matched, encoded
from . import needed

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

#: what makes a pattern's matches depend on more than the lines around them: \A and \z
#: (the text's start and end, not a line's) and an inline flag group clearing m
_NOT_PER_LINE = re.compile(r"\\[Az]|\(\?[imsU]*-[imsU]*m")


def line_program(source: str, case_sensitive: bool):
    """An RE2 pattern's program for a whole prose, ^ and $ at every line's start and end
    (so at every block's): a superset of its matches in each block searched alone (a
    Match partial for blocks_matched). None where it is not one (\\A, \\z or a group
    clearing m in the pattern), or where the pattern matches the empty string."""
    import re2

    if _NOT_PER_LINE.search(source):
        return None
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    try:
        regex = re2.compile("(?m)" + source, options)
    except Exception:
        return None
    if regex.search("") is not None:
        return None
    return partial(regex._regexp.Match, re2._Anchor.UNANCHORED)


_LINE_PROGRAMS: dict[int, tuple] = {}


def re2_blocks(regexes, prose: str, starts: list[int]) -> set[int] | None:
    """The blocks (texts at `starts` in `prose`) in which one of the RE2 `regexes`
    (compiled rule-pack patterns), searched in the block's text alone, may match, from
    one pass over the prose each; None: search every block."""
    out: set[int] = set()
    for r in regexes:
        hit = _LINE_PROGRAMS.get(id(r))
        if hit is None or hit[0] is not r:
            hit = _LINE_PROGRAMS[id(r)] = (r, line_program(r.pattern, r.options.case_sensitive))
        found = blocks_matched(hit[1], prose, starts)
        if found is None:
            return None
        out |= found
    return out


def validate_re2(sources: list[str], case_sensitive: bool = False):
    """Raise ValueError for a source that is not valid RE2; the RE2 options to compile
    them with. Each source is compiled once per rule index (the index remembers those
    that were valid: compiling each again at every start is a twentieth of a one-ad run)."""
    import re2

    from .. import rule_index

    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    for s in sources:
        key = f"{case_sensitive} {s}"
        if rule_index.get("re2-valid", key):
            continue
        try:
            re2.compile(s, options)
            rule_index.put("re2-valid", key, True)
        except Exception as exc:  # re2.error has no stable type across versions
            detail = str(exc.args[0] if exc.args else exc)
            if detail.startswith("b'") or detail.startswith('b"'):
                detail = detail[2:-1]
            raise ValueError(f"pattern {s!r} is not valid RE2 syntax ({detail}); rule "
                             "pack patterns use RE2: no lookaround or backreferences") from None
    return options


class UserPattern:
    """Raw `patterns` from rule packs, run by RE2: linear time whatever the
    pattern, so a shared pack cannot hang adlint with `(a+)+$`. Matches must start
    and end at word edges, like word-list terms; RE2 has no lookbehind, so that
    is checked here (a rejected match is retried one character later)."""

    def __init__(self, sources: list[str], case_sensitive: bool = False):
        self._options = validate_re2(sources, case_sensitive)
        self.sources = list(sources)
        self.source = "|".join(f"(?:{s})" for s in sources)
        self.case_sensitive = case_sensitive
        # ^ or $: run block by block (TermCheck.anchored says the same)
        self.anchored = any("^" in p.replace("[^", "") or "$" in p for p in sources)

    # compiled on first search: the Sets of raw patterns (PatternSet) rule most of them
    # out of a document, and one ad needs few
    @cached_property
    def regex(self):
        import re2

        return re2.compile(self.source, self._options)

    @cached_property
    def _spans(self):
        """Without named groups (lastgroup is always None) the program is called directly:
        one call a search, no match object (a pattern run block by block is searched
        thousands of times in a run)."""
        import re2

        regex = self.regex
        return None if regex.groupindex else partial(regex._regexp.Match, re2._Anchor.UNANCHORED)

    @cached_property
    def _prose_spans(self):
        return line_program(self.source, self.case_sensitive)

    def blocks_to_search(self, prose: str, starts: list[int]) -> set[int] | None:
        """Indexes of the blocks (text at `starts` in `prose`, joined by blank lines) in
        which a block-by-block search may match, from one pass over the prose; None: search
        every block. A match in a block is a match at the same place in the prose with ^
        and $ per line, so a block where no such match starts has none of its own."""
        return blocks_matched(self._prose_spans, prose, starts)

    @cached_property
    def need(self) -> list | None:
        """The strings the pattern cannot match without (checks.needed); None: none."""
        return needed.needs(self.sources, self.case_sensitive)

    def may_match(self, prose: str, key=None) -> bool:
        """False when one search of the prose rules this pattern out: no match in the
        prose (with ^ and $ per line when anchored, so none in any of its blocks alone).
        The raw patterns of all term rules are looked for in one RE2 Set pass per prose;
        until a Set holds the pattern, the prose must hold the strings it needs (`key`:
        a callable giving the prose's words.phrase_key, or None: not known)."""
        answer = _SETS.answer(self, prose)
        if answer is not None:
            return answer
        need = self.need
        if need is None or key is None:
            return True
        key = key()
        return key is None or needed.holds(need, key)

    def finditer(self, text: str):
        data, ascii_ = encoded(text)
        if data is None:  # lone surrogates: RE2 reads the str itself
            yield from self._finditer_str(text)
            return
        # the bytes once (shared with the other patterns), not once per search
        n, nb = len(text), len(data)
        search, spans = self.regex.search, self._spans
        bpos = 0
        while bpos <= nb:
            if spans is not None:
                m = None
                bs, be = spans(data, bpos, nb)[0]
                if bs < 0:
                    return
            else:
                m = search(data, bpos)
                if m is None:
                    return
                bs, be = m.span()
            s, e = (bs, be) if ascii_ else (_char_len(data, 0, bs), _char_len(data, 0, be))
            if e > s and not (s > 0 and _is_word(text[s - 1])) and not (e < n and _is_word(text[e])):
                yield Hit(s, e, text[s:e], m.lastgroup if m is not None else None)
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


def _set_source(p: UserPattern) -> str | None:
    """p's source for the RE2 Set of raw patterns (analysis.prefilter.PatternSet): the
    combined pattern, with ^ and $ per line when p is anchored (a superset of its matches
    in each block searched alone); None: no Set answer for p (\\A, \\z or a group
    clearing m in an anchored pattern)."""
    source = p.source
    if p.anchored:
        if _NOT_PER_LINE.search(source):
            return None
        source = "(?m)" + source
    return source if p.case_sensitive else "(?i)" + source


_SETS = PatternSet(_set_source)


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


def _char_len(data: bytes, start: int, end: int) -> int:
    from re2._re2 import BytesToCharLen

    return BytesToCharLen(data, start, end)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
