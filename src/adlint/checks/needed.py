"""The strings a rule pack's raw pattern cannot match without: a prose that lacks them
needs no RE2 pass for the pattern.

A pattern's need is a list of conditions that must all hold (an empty list: none):
a string that must occur in the prose's words.phrase_key, or a tuple of
alternatives, each a list of conditions, one of which must hold ("(?:GPA|grade
point average)"). Strings are runs of printable ASCII other than white space and
apostrophes, lower-cased: in a prose whose phrase_key is not None, each of them
occurs in the key wherever the pattern (in any case) matches its characters.

Sources are read by a small reader of RE2's syntax, just enough to find the literal
characters a match must hold (Python's own parser cost several times more, at every
cold start): a source reads as alternatives, each a list of items: a character ("c",
the character), anything else of one character or none ("."), a group ("g", its
alternatives) or a repeat ("r", fewest, item). What the reader does not know (\\Q,
\\x, octal escapes, lookaround, possessive repeats) means no need.
"""

from __future__ import annotations

import re

#: a run shorter than this is not worth a search of the prose
_SHORTEST = 3


def _plain(c: str) -> bool:
    return "!" <= c <= "~" and c != "'"  # printable ASCII, no space or '


def _need(seq: list) -> list:
    out, run = [], []

    def flush():
        if len(run) >= _SHORTEST:
            out.append("".join(run).lower())
        run.clear()

    for item in seq:
        if item[0] == "c" and _plain(item[1]):
            run.append(item[1])
            continue
        flush()
        if item[0] == "g":
            out.extend(_alternatives_need(item[1]))
        elif item[0] == "r" and item[1] >= 1:
            out.extend(_need([item[2]]))
        # anything else (classes, any character, anchors, optional items) asks for nothing
    flush()
    return out


def _alternatives_need(alts: list) -> list:
    if len(alts) == 1:
        return _need(alts[0])
    needs = [_need(a) for a in alts]
    return [tuple(needs)] if all(needs) else []


def pattern_needs(source: str, case_sensitive: bool = False) -> list | None:
    """The need of one RE2 source; None: it asks for nothing that can be told, or the
    reader does not know its syntax. (Strings are lower-case whatever the case.)"""
    try:
        need = _alternatives_need(read(source))
    except (_Unknown, RecursionError):
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


# -- the reader ------------------------------------------------------------------------

class _Unknown(Exception):
    pass


_COUNT = re.compile(r"\{(\d+)(?:,\d*)?\}")
_GROUP_FLAGS = re.compile(r"\(\?([imsU]*(?:-[imsU]*)?)([:)])")
_NAMED = re.compile(r"\(\?P?<[A-Za-z_][A-Za-z0-9_]*>")
_ANY = (".",)


def read(source: str) -> list:
    """The alternatives of source (see the module's docstring)."""
    out, i = _alternatives(source, 0)
    if i != len(source):
        raise _Unknown(i)  # an unmatched ")"
    return out


def _alternatives(s: str, i: int) -> tuple[list, int]:
    alts, seq, n = [], [], len(s)
    while i < n:
        c = s[i]
        if c == ")":
            break
        if c == "|":
            alts.append(seq)
            seq, i = [], i + 1
            continue
        if c == "(":
            item, i = _group(s, i)
            if item is None:
                continue  # (?i): flags for what follows, no item
        elif c == "[":
            item, i = _ANY, _class_end(s, i + 1)
        elif c == "\\":
            item, i = _escape(s, i)
        elif c in "*+?":
            i = _repeat(seq, 1 if c == "+" else 0, s, i + 1)
            continue
        elif c == "{":
            m = _COUNT.match(s, i)
            if m is None:
                raise _Unknown(i)  # a "{" of its own, "{,3}": left alone
            i = _repeat(seq, int(m.group(1)), s, m.end())
            continue
        elif c in ".^$":
            item, i = _ANY, i + 1
        else:
            item, i = ("c", c), i + 1
        seq.append(item)
    alts.append(seq)
    return alts, i


def _repeat(seq: list, fewest: int, s: str, i: int) -> int:
    if not seq:
        raise _Unknown(i)
    seq[-1] = ("r", fewest, seq[-1])
    if i < len(s) and s[i] == "?":  # lazy
        return i + 1
    if i < len(s) and s[i] in "+*{":  # possessive, or a repeat of a repeat
        raise _Unknown(i)
    return i


def _group(s: str, i: int):
    if s.startswith("(?", i):
        m = _GROUP_FLAGS.match(s, i)
        if m is not None and m.group(2) == ")":
            return None, m.end()
        if m is None:
            m = _NAMED.match(s, i)
        if m is None:
            raise _Unknown(i)  # lookaround, (?x), (?P=name)...
        start = m.end()
    else:
        start = i + 1
    alts, j = _alternatives(s, start)
    if j >= len(s):
        raise _Unknown(j)  # no ")"
    return ("g", alts), j + 1


def _class_end(s: str, i: int) -> int:
    """The index after the class whose members start at i."""
    n = len(s)
    if i < n and s[i] == "^":
        i += 1
    if i < n and s[i] == "]":
        i += 1  # a "]" first is a member
    while i < n:
        c = s[i]
        if c == "]":
            return i + 1
        if c == "\\":
            i += 2
        elif s.startswith("[:", i):
            j = s.find(":]", i + 2)
            if j < 0:
                raise _Unknown(i)
            i = j + 2
        else:
            i += 1
    raise _Unknown(i)


def _escape(s: str, i: int):
    if i + 1 >= len(s):
        raise _Unknown(i)
    c = s[i + 1]
    if not c.isascii():
        return ("c", c), i + 2
    if not c.isalnum():
        return ("c", c), i + 2  # \. \( \- \  ...
    if c in "pP":
        if s.startswith("{", i + 2):
            j = s.find("}", i + 3)
            if j < 0:
                raise _Unknown(i)
            return _ANY, j + 1
        return _ANY, i + 3
    if c in "dDwWsSbBAzntrfv":
        return _ANY, i + 2
    raise _Unknown(i)  # \Q, \x, \C, octal...
