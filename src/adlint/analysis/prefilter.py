"""Python regexes with an RE2 pre-filter: same matches, found faster.

A big Python alternation (an element's phrases, a word list) tries every
alternative at every position of an ad. `Prefiltered` wraps such a pattern
with a *superset* pattern for RE2, built from the Python pattern's own parse
tree: lookarounds and word boundaries dropped, classes widened, case folding
spelt out. Wherever the Python pattern can match, the superset matches too, so
RE2 (one linear pass, no backtracking) finds the candidate positions and the
exact Python pattern is tried only there. `search`, `finditer` and `findall`
return exactly what the Python pattern's own methods return; a pattern the
translation cannot handle (or RE2 cannot compile) runs as before.

The superset runs in RE2's Latin-1 mode over the text as `latin1` gives it: each
character beyond U+00FF read as one byte (a stand-in, or the letter four of them fold
to), so a byte's offset is its character's, and a class is a set of bytes (UTF-8
classes of every character beyond ASCII made programs several times bigger). Each
class of the superset holds the byte of every character its Python class may match.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from functools import lru_cache, partial

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: what every character beyond U+00FF reads as in the superset's text (a C1 control:
#: text seldom holds one, so few candidates come of it)...
STAND_IN = 0x80
_BYTES = frozenset(range(256))
_ANY = r"(?s:.)"
_NOT_NL = r"[^\x0a]"
#: characters beyond c.lower() and c.upper() that Python's IGNORECASE matches for an
#: ASCII letter (checked over every code point in tests/test_prefilter.py)
_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
#: ...but these, read as the letter they fold to: "[Ii]" for an "i" with IGNORECASE is a
#: letter for RE2, "[Ii\x80]" a class (a tenth more to compile)
_IMAGE = {ch: letter for letter, chars in _FOLD_EXTRA.items() for ch in chars}
_IMAGE_BYTES = frozenset(map(ord, _FOLD_EXTRA))


class _Untranslatable(Exception):
    pass


def _byte(code: int) -> str:
    return chr(code) if code < 128 and chr(code).isalnum() else f"\\x{code:02x}"


@lru_cache(maxsize=None)  # a few hundred distinct classes over tens of thousands of uses
def _class(codes: frozenset) -> str:
    """RE2 source of a class of bytes (not empty): a byte, [ranges] or [^ranges]."""
    if len(codes) == 1:
        return _byte(next(iter(codes)))
    if codes == _BYTES:
        return _ANY
    negate = len(codes) > 128
    ranges, lo = [], None
    for b in range(257):
        inside = b < 256 and ((b in codes) != negate)
        if inside and lo is None:
            lo = b
        elif not inside and lo is not None:
            ranges.append(_byte(lo) if b - 1 == lo else f"{_byte(lo)}-{_byte(b - 1)}")
            lo = None
    return ("[^" if negate else "[") + "".join(ranges) + "]"


def _latin1(chars) -> frozenset:
    """The superset's bytes for these characters: each up to U+00FF, the stand-in beyond."""
    return frozenset(ord(c) if c <= "\xff" else ord(_IMAGE.get(c, "\x80")) for c in chars)


#: Python's own test of a category (re's \w, \s and \d are str's isalnum (or "_"),
#: isspace and isdecimal): for _holds, and the categories' bytes
_CATEGORY_TEST = {
    C.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    C.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
    C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    C.CATEGORY_DIGIT: str.isdecimal, C.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
}
#: a category's bytes: its characters up to U+00FF, and the stand-in (each holds
#: characters beyond: "é" in \w, U+2003 in \s, "٣" in \d, "’" in \W, \S and \D)
_CATEGORY = {av: _latin1(filter(test, [*map(chr, range(256)), *_IMAGE])) | {STAND_IN}
             for av, test in _CATEGORY_TEST.items()}
_NEGATED = {C.CATEGORY_NOT_DIGIT: C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD: C.CATEGORY_WORD,
            C.CATEGORY_NOT_SPACE: C.CATEGORY_SPACE}


@lru_cache(maxsize=None)  # a few hundred distinct letters over tens of thousands of uses
def _fold(code: int, icase: bool) -> frozenset | None:
    """The superset's bytes for the character `code`, or None for any."""
    c = chr(code)
    if not icase or c.lower() == c.upper() == c:
        return _latin1(c)
    if code < 128:
        return _latin1({c.lower(), c.upper()} | set(_FOLD_EXTRA.get(c.lower(), "")))
    return None  # a cased non-ASCII letter: leave it to Python


def _in(items, icase: bool) -> str:
    if items and items[0][0] is C.NEGATE:
        negated = [av for op, av in items[1:] if op is C.CATEGORY and av in _NEGATED]
        if negated:  # [^\W_] holds only word characters
            return _class(_CATEGORY[_NEGATED[negated[0]]])
        # [^.!?\n]: every byte but those Python's class leaves out too (with IGNORECASE
        # it leaves out their other cases as well), and the stand-in; a sentence's end
        # keeps "[^.!?]{2,5}" short where (?s:.) would not (a long run ends the
        # sequence: _repeat)
        out = set()
        for op, av in items[1:]:
            if op is C.LITERAL:
                out.add(av)
            elif op is C.RANGE:
                out.update(range(av[0], min(av[1], 255) + 1))
            elif op is C.CATEGORY and av in _CATEGORY:
                out |= _CATEGORY[av]
        return _class(_BYTES - out | {STAND_IN} | _IMAGE_BYTES)
    codes: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            m = _fold(av, icase)
            if m is None:
                return _ANY
            codes |= m
        elif op is C.RANGE:
            lo, hi = av
            if icase and (hi >= 128 or hi - lo > 128):
                return _ANY
            if icase:
                for code in range(lo, hi + 1):
                    codes |= _fold(code, True)
            else:
                codes.update(range(lo, min(hi, 255) + 1))
                if hi > 255:
                    codes.add(STAND_IN)
                    codes |= _latin1(c for c in _IMAGE if lo <= ord(c) <= hi)
        elif op is C.CATEGORY and av in _CATEGORY:
            codes |= _CATEGORY[av]
        else:
            return _ANY
    return _class(frozenset(codes))


#: a repeat of more than this many is a count RE2's DFA would track state by state
_WIDE = 8
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


#: the flags as plain ints: a RegexFlag's & is a Python-level enum call
_IGNORECASE, _DOTALL, _MULTILINE = int(re.IGNORECASE), int(re.DOTALL), int(re.MULTILINE)


def _items(sub, flags: int) -> list:
    return [(op, av, flags) for op, av in sub]


def _sequence(items: list, lines: bool, tail: bool = False) -> tuple[list[str], bool]:
    """RE2 source for a sequence of (op, av, flags) items, as a list of atoms (each a
    piece of source that stands alone: a class, a group, a repeat), and whether it was
    cut short. `tail`: nothing of the superset follows the sequence.

    A pre-filter needs only where matches start: a prefix of the sequence matches
    wherever the whole does. So the source stops before a long wildcard (".*",
    "(?s:.){0,100}": each match would run to the text's end), and counts become loops
    ("[^.]{0,100}" → "[^.]*"): a count makes RE2's DFA build a state per byte, and give
    up for its slow NFA, where a loop takes a state or two. At the tail, what may be
    absent goes ("benefits?" → "benefit") and a repeat keeps one copy: the starts are
    the same. (Stopping after a few characters of each alternative as well saves RE2
    compiling and building states, but costs more in candidates over a few hundred ads
    than it saves.)"""
    out: list[str] = []
    i = 0
    while i < len(items):
        op, av, flags = items[i]
        icase = bool(flags & _IGNORECASE)
        if op is C.SUBPATTERN or op is _ATOMIC:  # a group: its items take its place
            sub, sub_flags = (av[3], (flags | av[1]) & ~av[2]) if op is C.SUBPATTERN else (av, flags)
            items, i = _items(sub, sub_flags) + items[i + 1:], 0
            continue
        if op is C.LITERAL:
            m = _fold(av, icase)
            out.append(_ANY if m is None else _class(m))
        elif op is C.NOT_LITERAL:
            out.append(_ANY)
        elif op is C.ANY:
            out.append(_ANY if flags & _DOTALL else _NOT_NL)
        elif op is C.IN:
            out.append(_in(av, icase))
        elif op is C.BRANCH or op is C.GROUPREF_EXISTS:
            atoms, cut = _branch(av[1] if op is C.BRANCH else [av[1], av[2] or []], flags, items[i + 1:],
                                 lines, tail and _nothing(items[i + 1:]))
            out += atoms
            if cut:
                return out, True
        elif op in _REPEATS:
            if tail and _nothing(items[i + 1:]):  # the last: the starts of one copy, or none
                if av[0] >= 1:
                    out += _sequence(_items(av[2], flags), lines, True)[0]
                break
            atoms, cut = _repeat(av, flags, items[i + 1:], lines, tail)
            out += atoms
            if cut:
                return out, True
        elif op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            # RE2, like Python, reads the whole text as context: ^ never matches
            # at a search's start position unless that is a line's (or the text's) start
            # (lines: a block's start, wherever its text is searched alone, is a line's)
            multiline = lines or (flags & _MULTILINE and av is C.AT_BEGINNING)
            out.append("(?m:^)" if multiline else "^")
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            pass  # zero-width: dropping it only lets more through
        elif op is C.GROUPREF:
            return out, True  # any text, of any length: stop before it
        else:
            raise _Untranslatable(op)
        i += 1
    return out, False


def _nothing(items: list) -> bool:
    """Do these items add nothing to the superset (zero-width tests it drops)?"""
    return all(op in (C.AT, C.ASSERT, C.ASSERT_NOT)
               and not (op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING))
               for op, av, _ in items)


def _branch(branches, flags: int, rest: list, lines: bool, tail: bool) -> tuple[list[str], bool]:
    """Alternatives (the items after them are `rest`; `tail`: nothing follows those),
    and whether the sequence stops after them. When some are cut short ("apply" of
    "(?:apply.*|send) your CV"), the others go on with what follows them ("send your
    CV")."""
    parts = [_sequence(_items(s, flags), lines, tail) for s in branches]
    if not any(cut for _, cut in parts):
        return _alternation([atoms for atoms, _ in parts], tail), False
    alternatives = [atoms for atoms, cut in parts if cut]
    whole = [atoms for atoms, cut in parts if not cut]
    if whole:
        alternatives.append(_alternation(whole, tail) + _sequence(rest, lines, tail)[0])
    return _alternation(alternatives, True), True


def _alternation(alternatives: list[list[str]], tail: bool) -> list[str]:
    """Atoms matching any of the alternatives (lists of atoms), as a trie: RE2 reads
    each prefix they share once, and its DFA starts from a few first atoms, not
    hundreds. (A match's start is the same in any order: the leftmost.) With `tail`
    (nothing follows them), an alternative another starts with stands for both:
    "benefit" for "benefit|benefits package"."""
    trie: dict = {}
    for atoms in alternatives:
        node = trie
        for atom in atoms:
            if tail and None in node:
                break  # a shorter alternative ends here
            node = node.setdefault(atom, {})
        else:
            if tail:
                node.clear()
            node[None] = {}
    return _render(trie)


def _render(node: dict) -> list[str]:
    out: list[str] = []
    while len(node) == 1:
        (atom, node), = node.items()
        if atom is None:
            return out
        out.append(atom)
    alternatives = ["" if atom is None else atom + "".join(_render(child)) for atom, child in node.items()]
    out.append("(?:" + "|".join(alternatives) + ")")
    return out


def _repeat(av, flags: int, rest: list, lines: bool, tail: bool) -> tuple[list[str], bool]:
    """A repeat (the items after it are `rest`; `tail`: nothing follows those) as RE2
    atoms, and whether the sequence stops after it. Counts become loops ("(?:\\w+ ){0,4}"
    → "(?:\\w+ )*"), which RE2's DFA runs in a few states, but for small ones ("\\d{1,3}",
    "(?:-\\d{3}){2}": a loop would run on over the text that follows); a long run of a
    wildcard, or of a class of words and spaces ("[\\w ,'-]{0,40}", "[^.!?]{0,100}"),
    ends the sequence."""
    lo, hi, p = av
    atoms, cut = _sequence(_items(p, flags), lines)
    body = "".join(atoms)
    wildcard = body in (_ANY, _NOT_NL) or _loose(p)
    wide = hi is C.MAXREPEAT or hi > _WIDE
    if not cut and not (wildcard and wide):
        one_class = len(p) == 1 and p[0][0] in (C.LITERAL, C.IN)
        if hi <= 1 or (not wide and (one_class or wildcard or hi <= 3)):
            return [f"(?:{body}){{{lo},{hi}}}"], False
        return [f"(?:{body}){{{min(lo, _WIDE)},}}"], False
    # stop here: after one copy of the body, or, when it may be absent, after the body
    # or what follows it ("(?:x.*)?y": x or y)
    if lo >= 1:
        return atoms, True
    after, _ = _sequence(rest, lines, tail)
    if not after or wildcard:
        return [], True
    return _alternation([atoms, after], True), True


def _holds(items, ch: str) -> bool:
    """Does the class (its IN items) hold ch, a character without other cases (" ")
    or one of its cases ("a": a class holds a letter's other case too with IGNORECASE)?
    A category it does not know holds nothing: the class is not loose."""
    code, negate, hit = ord(ch), False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= av == code
        elif op is C.RANGE:
            hit |= av[0] <= code <= av[1]
        elif op is C.CATEGORY and av in _CATEGORY_TEST:
            hit |= _CATEGORY_TEST[av](ch)
    return hit != negate


def _loose(p) -> bool:
    """A class of words and the spaces between them ("[\\w ,'-]", "[^.!?]"): a run of it
    is most of a sentence, and each such run a pattern's alternatives carry multiplies
    the states of RE2's DFA, as a wildcard would."""
    return len(p) == 1 and p[0][0] is C.IN and _holds(p[0][1], " ") and _holds(p[0][1], "a")


def _translate(sub, flags: int, lines: bool = False) -> str:
    return "".join(_sequence(_items(sub, flags), lines, True)[0])


def superset(pattern: re.Pattern | str, flags: int = 0, lines: bool = False) -> str | None:
    """RE2 source matching wherever `pattern` matches (at least), or None. A
    source that is not a valid regex raises re.error, as re.compile would. With
    `lines`, ^ and \\A match at every line's start: a superset of the matches in
    any line-aligned piece of the text searched alone."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if isinstance(pattern, bytes):
        return None
    tree = sre_parse.parse(pattern, flags)
    try:
        return _translate(tree, int(tree.state.flags), lines)
    except (_Untranslatable, RecursionError):
        return None


_NOT_BUILT = object()
_ENCODED: dict[int, tuple[str, bytes | None, bool]] = {}


def encoded(text: str) -> tuple[bytes | None, bool]:
    """(UTF-8 bytes, all ASCII?) of text, shared by every pattern: a document's prose
    is searched by dozens of patterns in turn. None for text with lone surrogates."""
    hit = _ENCODED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1], hit[2]
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if len(_ENCODED) >= 256:  # a document's prose and its blocks (searched block by block)
        _ENCODED.clear()
    _ENCODED[id(text)] = (text, data, data is not None and len(data) == len(text))
    return data, data is not None and len(data) == len(text)


def compile_python(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags), the compiled program kept in the rule index: Python's
    regex compiler takes a tenth of a second over the big alternations of a run, and
    every start (one ad, each worker) paid it again; the program is rebuilt from its list
    in microseconds. The pattern is the one re.compile gives (Pattern.__eq__ compares
    source, flags and program): this is re._compiler.compile, its program kept."""
    from .. import rule_index

    flags = int(flags)
    if flags & re.DEBUG:
        return re.compile(source, flags)
    key = f"{flags} {source}"
    entry = rule_index.get("sre", key)
    if entry is None:
        try:
            from re import _compiler, _parser

            tree = _parser.parse(source, flags)
            entry = (int(flags | tree.state.flags), [int(x) for x in _compiler._code(tree, flags)],
                     tree.state.groups - 1, dict(tree.state.groupdict))
        except Exception:  # an invalid source raises re.compile's own error
            return re.compile(source, flags)
        rule_index.put("sre", key, entry)
    try:
        import _sre

        all_flags, code, groups, groupindex = entry
        indexgroup = [None] * (groups + 1)
        for name, i in groupindex.items():
            indexgroup[i] = name
        return _sre.compile(source, all_flags, code, groups, groupindex, tuple(indexgroup))
    except Exception:  # a program of another layout: compile it
        return re.compile(source, flags)


_STAND_INS = "adlint-stand-in"


_HAS_IMAGE = re.compile("[" + "".join(_IMAGE) + "]").search


def _stand_ins(e: UnicodeEncodeError) -> tuple[str, int]:
    run = e.object[e.start:e.end]
    if _HAS_IMAGE(run):
        return "".join(_IMAGE.get(ch, "\x80") for ch in run), e.end
    return "\x80" * len(run), e.end


codecs.register_error(_STAND_INS, _stand_ins)
_LATIN1: dict[int, tuple[str, bytes]] = {}


def latin1(text: str) -> bytes:
    """The bytes the superset programs read for text: each character up to U+00FF as
    itself, "İ", "ı", "K" (Kelvin) and "ſ" as "i", "i", "k" and "s", each other beyond
    (lone surrogates too) as STAND_IN; shared by every pattern, as encoded() is."""
    hit = _LATIN1.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    data = text.encode("latin-1", _STAND_INS)
    if len(_LATIN1) >= 256:
        _LATIN1.clear()
    _LATIN1[id(text)] = (text, data)
    return data


def compile_superset(source: str):
    """RE2's regex for a superset source (Latin-1: it reads latin1(text)); re2.error
    when it cannot compile."""
    import re2

    options = re2.Options()
    options.log_errors = False
    options.encoding = re2.Options.Encoding.LATIN1
    return re2.compile(source.encode("latin-1"), options)


_PROGRAMS: dict[str, object] = {}


def _program(source: str):
    """RE2's compiled program for a superset source, called directly (one call a search,
    no match object), or None: it cannot compile, or it matches the empty string
    (candidates everywhere, no gain). Patterns of the same source share one."""
    hit = _PROGRAMS.get(source, _NOT_BUILT)
    if hit is not _NOT_BUILT:
        return hit
    import re2

    try:
        regex = compile_superset(source)
    except Exception:  # re2.error; too big for RE2's memory budget
        regex = None
    if regex is None or regex.search(b"") is not None:
        program = None
    else:
        program = partial(regex._regexp.Match, re2._Anchor.UNANCHORED)
    _PROGRAMS[source] = program
    return program


def blocks_matched(program, prose: str, starts: list[int]) -> set[int] | None:
    """Indexes of the blocks (texts at `starts` in `prose`) in which `program` (an RE2
    Match partial of a UTF-8 regex) finds a match start; None without a program or
    for text RE2 cannot read (lone surrogates)."""
    data, ascii_ = encoded(prose) if isinstance(prose, str) else (None, False)
    if program is None or data is None:
        return None
    from re2._re2 import BytesToCharLen, CharLenToBytes

    out: set[int] = set()
    nb, last = len(data), len(starts) - 1
    bpos = last_b = last_c = 0  # offsets move forward only: converted from the last pair
    while bpos <= nb:
        b = program(data, bpos, nb)[0][0]
        if b < 0:
            break
        if ascii_:
            c = b
        else:
            c = last_c + BytesToCharLen(data, last_b, b)
            last_b, last_c = b, c
        k = bisect_right(starts, c) - 1
        out.add(k)
        if k >= last:
            break
        # one start is enough: go on from the next block
        if ascii_:
            bpos = starts[k + 1]
        else:
            bpos = last_b + CharLenToBytes(data, last_b, starts[k + 1] - last_c)
            last_b, last_c = bpos, starts[k + 1]
    return out


class Prefiltered:
    """A Python pattern whose search, finditer and findall are RE2-guided; every
    other attribute is the compiled pattern's own. Given a source, the Python
    pattern is compiled only when RE2 first finds a candidate (a short run never
    compiles most of them)."""

    __slots__ = ("_pat", "_re2", "_source", "_flags", "_lines")

    def __init__(self, pat: re.Pattern | str, flags: int = 0):
        self._re2 = _NOT_BUILT  # built on first use: most patterns never run in a short run
        self._lines = _NOT_BUILT  # the program of blocks_to_search, the same way
        if isinstance(pat, re.Pattern):
            self._pat, self._source, self._flags = pat, pat.pattern, pat.flags
        else:
            self._pat, self._source, self._flags = None, pat, flags
            self._superset()  # a bad source raises here, as re.compile would

    @property
    def pat(self) -> re.Pattern:
        if self._pat is None:
            self._pat = compile_python(self._source, self._flags)
        return self._pat

    @property
    def pattern(self) -> str:
        return self._source

    def __getattr__(self, name):
        return getattr(self.pat, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._source!r})"

    def _superset(self) -> str | None:
        from .. import rule_index

        key = f"{self._flags} {self._source}"
        source = rule_index.get("superset", key)
        if source is None:
            source = superset(self._source, self._flags) or ""
            rule_index.put("superset", key, source)
        return source or None

    def _build(self):
        source = self._superset()
        self._re2 = _program(source) if source is not None else None
        return self._re2

    def _build_lines(self):
        from .. import rule_index

        key = f"{self._flags} {self._source}"
        source = rule_index.get("superset-lines", key)
        if source is None:
            source = superset(self._source, self._flags, lines=True) or ""
            rule_index.put("superset-lines", key, source)
        self._lines = _program(source) if source else None
        return self._lines

    def blocks_to_search(self, prose: str, starts: list[int]) -> set[int] | None:
        """Indexes of the blocks (texts at `starts` in `prose`, joined by line breaks)
        whose own search may match, from one RE2 pass over the prose; None: search every
        block. Where the pattern matches in a block searched alone, the superset with ^ at
        every line's start matches at the same place in the prose: a block in which no
        such match starts has none."""
        program = self._lines if self._lines is not _NOT_BUILT else self._build_lines()
        if program is None or not isinstance(prose, str):
            return None
        data = latin1(prose)
        out: set[int] = set()
        n, last, pos = len(data), len(starts) - 1, 0
        while pos <= n:
            c = program(data, pos, n)[0][0]
            if c < 0:
                break
            k = bisect_right(starts, c) - 1
            out.add(k)
            if k >= last:
                break
            pos = starts[k + 1]  # one start is enough: go on from the next block
        return out

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        regex = self._re2 if self._re2 is not _NOT_BUILT else self._build()
        n = len(text)
        endpos = n if endpos is None else max(0, min(endpos, n))
        pos = max(0, min(pos, n))
        if regex is None or not isinstance(text, str):
            return self.pat.search(text, pos, endpos)
        data = latin1(text)  # a byte's offset is its character's
        while pos <= endpos:
            c = regex(data, pos, endpos)[0][0]
            if c < 0:
                return None
            m = self.pat.match(text, c, endpos)
            if m is not None:
                return m
            pos = c + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        regex = self._re2 if self._re2 is not _NOT_BUILT else self._build()
        n = len(text)
        endpos = n if endpos is None else max(0, min(endpos, n))
        pos = max(0, min(pos, n))
        if regex is None or not isinstance(text, str):
            yield from self.pat.finditer(text, pos, endpos)
            return
        data = latin1(text)
        match = None
        while pos <= endpos:
            c = regex(data, pos, endpos)[0][0]
            if c < 0:
                return
            if match is None:
                match = self.pat.match
            m = match(text, c, endpos)
            if m is None:
                pos = c + 1
            else:
                yield m  # never empty: the superset cannot match the empty string
                pos = m.end()

    def findall(self, text: str, pos: int = 0, endpos: int | None = None):
        if self.pat.groups:
            return self.pat.findall(text, pos, len(text) if endpos is None else endpos)
        return [m.group() for m in self.finditer(text, pos, endpos)]


def compile(source: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(source, flags)


#: raw patterns per RE2 Set (PatternSet): a Set's DFA grows with the product of its
#: patterns' states; past a dozen or so it outgrows RE2's memory budget, is thrown away
#: and rebuilt again and again (37 patterns in one Set: 1,570 M instructions over half
#: of corpus/md; in four: 580 M; each in its own: 1,460 M)
SET_SIZE = 10


class PatternSet:
    """The raw patterns of the term rules (checks.patterns.UserPattern) in a few RE2
    Sets: one pass of a Set over a prose tells which of its patterns match somewhere
    in it (most match nowhere), instead of a scan each.
    A pattern joins a Set the first time it is asked about (no answer then: `answer`
    gives None, `may_match` "maybe");
    the patterns that joined go into new Sets for the next prose, beside the Sets
    built before (whose DFAs, grown over the proses seen so far, are kept: a batch's
    French rules join at its first French ad), until there would be more than one Set
    beyond the fewest that hold them all (then all are dealt afresh). The patterns are
    dealt round the new Sets in turn (SET_SIZE each at most), and a Set passes over a
    prose only when one of its patterns is asked about. Index 0 of each Set is \\A,
    which matches every text: a pass whose answer lacks it (RE2 out of memory) rules
    nothing out.
    State is replaced whole, never changed in place (threads of `adlint serve`)."""

    def __init__(self, source_of):
        self.source_of = source_of  # a pattern's source for the Set, or None: no answer
        # every pattern asked about, by id, in the order they joined (each is kept, so
        # its id is never another's: entries are only ever added at the end)
        self.known: dict[int, object] = {}
        # (Sets, id -> (pattern, Set number, index), how many of known were dealt)
        self.built: tuple = ([], {}, 0)
        # (prose, built, Set number -> indexes found in the prose, or None: no answer)
        self.last: tuple = (None, None, {})

    def _build(self, known: dict, built: tuple) -> tuple:
        """built with the patterns of known that joined since it was built."""
        sets, members, dealt = built
        new = self._usable(list(known.items())[dealt:])
        if len(sets) + _sets_for(len(new)) > _sets_for(len(members) + len(new)) + 1:
            sets, members, new = [], {}, self._usable(list(known.items()))  # too many small Sets
        sets, members = list(sets), dict(members)
        n = _sets_for(len(new))
        for g in range(n):
            made = self._compiled(new[g::n], len(sets))
            if made is not None:
                sets.append(made[0])
                members.update(made[1])
        return sets, members, len(known)

    def _usable(self, items) -> list:
        usable = [(key, p, self.source_of(p)) for key, p in items]
        return [u for u in usable if u[2] is not None]

    @staticmethod
    def _compiled(group: list, number: int) -> tuple | None:
        """(Set, id -> (pattern, number, index)) of a group of (id, pattern, source);
        None when RE2 cannot build the Set."""
        import re2

        options = re2.Options()
        options.log_errors = False
        try:
            s = re2.Set.SearchSet(options)
            s.Add(r"\A")  # matches every text (at its start)
            index, added = 1, {}
            for key, p, source in group:
                try:
                    s.Add(source)
                except Exception:
                    continue
                added[key] = (p, number, index)
                index += 1
            s.Compile()
        except Exception:
            return None
        return s, added

    def may_match(self, p, prose: str) -> bool:
        return self.answer(p, prose) is not False

    def answer(self, p, prose: str) -> bool | None:
        """Does p match somewhere in prose (False: nowhere)? None: no Set holds p yet
        (it joins them for the next prose)."""
        if self.known.get(id(p)) is not p:
            known = dict(self.known)
            known[id(p)] = p
            self.known = known
            return None
        last = self.last
        if last[0] is not prose:
            built = self.built
            if built[2] != len(self.known):
                built = self.built = self._build(dict(self.known), built)
            last = self.last = (prose, built, {})
        hit = last[1][1].get(id(p))
        if hit is None or hit[0] is not p:
            return None
        _, k, index = hit
        found = last[2].get(k, False)
        if found is False:
            found = last[2][k] = _set_matches(last[1][0][k], prose)
        return found is None or index in found


def _sets_for(patterns: int) -> int:
    """The fewest Sets of at most SET_SIZE that hold this many patterns."""
    return -(-patterns // SET_SIZE)


def _set_matches(s, prose: str) -> set[int] | None:
    """The indexes of a Set's patterns that match in prose; None: no answer (text RE2
    cannot read, or RE2 out of memory)."""
    data = encoded(prose)[0]
    if data is None:
        return None
    try:
        found = set(s.Match(data) or ())
    except Exception:
        return None
    return found if 0 in found else None
