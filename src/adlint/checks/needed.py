"""The strings a rule pack's raw pattern cannot match without: a prose that lacks them
needs no RE2 pass for the pattern.

A pattern's need is a list of conditions that must all hold (an empty list: none):
a string that must occur in the prose's words.phrase_key, or a tuple of
alternatives, each a list of conditions, one of which must hold ("(?:GPA|grade
point average)"). Strings are runs of printable ASCII other than white space and
apostrophes, lower-cased: in a prose whose phrase_key is not None, each of them
occurs in the key wherever the pattern (in any case) matches its characters.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

import re

#: a run shorter than this is not worth a search of the prose
_SHORTEST = 3
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


def _plain(code: int) -> bool:
    return 0x21 <= code <= 0x7E and code != 0x27  # printable ASCII, no space or '


def _sequence(items) -> list:
    out, run = [], []

    def flush():
        if len(run) >= _SHORTEST:
            out.append("".join(run).lower())
        run.clear()

    for op, av in items:
        if op is C.LITERAL and _plain(av):
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            out.extend(_sequence(av[3]))
        elif op is _ATOMIC:
            out.extend(_sequence(av))
        elif op in _REPEATS:
            if av[0] >= 1:
                out.extend(_sequence(av[2]))
        elif op is C.BRANCH:
            alternatives = [_sequence(b) for b in av[1]]
            if all(alternatives):
                out.append(tuple(alternatives))
        # anything else (classes, any character, anchors) asks for no string
    flush()
    return out


_POSIX = re.compile(r"\[:\^?[A-Za-z]+:\]")
#: an escape, \pL or \p{Greek} among them (which Python's parser does not know)
_UNICODE_CLASS = re.compile(r"\\(?:[pP](?:\{[^}]*\}|[A-Za-z])|.)", re.DOTALL)


def _any(m: re.Match) -> str:
    r"""\pL as "." (one character, asking for no string; in a class, a "." among its
    members: classes ask for no string either way); other escapes as they are."""
    return "." if m.group()[1] in "pP" else m.group()


def pattern_needs(source: str, case_sensitive: bool = False) -> list | None:
    """The need of one RE2 source (read by Python's parser, which agrees with RE2's on
    the literals of what both accept); None: it asks for nothing that can be told, or
    Python reads it otherwise (POSIX classes) or not at all (\\pL, \\z...)."""
    if _POSIX.search(source):  # [[:alpha:]]: a class to RE2, a class and a "]" to Python
        return None
    try:
        tree = sre_parse.parse(_UNICODE_CLASS.sub(_any, source),
                               0 if case_sensitive else re.IGNORECASE)
        need = _sequence(tree)
    except Exception:  # re.error, RecursionError: no need known
        return None
    return need or None


def _kept(source: str, case_sensitive: bool) -> list | None:
    """pattern_needs, kept in the rule index (Python's parser takes about 10 ms over
    the built-in packs' patterns, at every start)."""
    from .. import rule_index

    key = f"{case_sensitive} {source}"
    need = rule_index.get("needs", key)
    if need is None:
        need = pattern_needs(source, case_sensitive) or False
        rule_index.put("needs", key, need)
    return need or None


def needs(sources: list[str], case_sensitive: bool = False) -> list | None:
    """The need of the alternation of sources (one of them must match); None: none."""
    alternatives = [_kept(s, case_sensitive) for s in sources]
    if not alternatives or any(a is None for a in alternatives):
        return None
    return [tuple(alternatives)] if len(alternatives) > 1 else alternatives[0]


def holds(need: list, key: str) -> bool:
    """Does the prose whose phrase_key is `key` meet the need?"""
    for c in need:
        if c.__class__ is str:
            if c not in key:
                return False
        elif not any(holds(a, key) for a in c):
            return False
    return True
