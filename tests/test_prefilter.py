"""The RE2 pre-filter finds exactly what the Python pattern finds."""

from __future__ import annotations

import re
import sys

import pytest

from adlint.analysis import prefilter
from adlint.analysis.prefilter import Prefiltered, superset

ALL_CHARS = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_fold_table_covers_python_ignorecase():
    for c in (chr(i) for i in range(32, 127)):
        got = set(re.findall(re.escape(c), ALL_CHARS, re.IGNORECASE))
        expected = {c, c.lower(), c.upper()} | set(prefilter._FOLD_EXTRA.get(c.lower(), ""))
        assert got <= expected, c


def _bytes_of(source: str) -> set[int]:
    """The bytes a one-character superset source matches."""
    regex = prefilter.compile_superset(source)
    return {b for b in range(256) if regex.fullmatch(bytes([b])) is not None}


def _latin1_image(chars) -> set[int]:
    return set(prefilter.latin1("".join(chars)))


@pytest.mark.parametrize("category", [r"\w", r"\d", r"\s", r"\W", r"\D", r"\S"])
def test_category_classes_hold_python_categories(category):
    """Every character of the category reads as a byte of its class: itself up to
    U+00FF, the stand-in beyond; and up to U+00FF the class holds nothing more."""
    found = re.findall(category, ALL_CHARS)
    mine = _bytes_of(superset(re.compile(category)))
    assert _latin1_image(found) <= mine
    assert mine - {prefilter.STAND_IN} == {ord(c) for c in found if c <= "\xff"} - {prefilter.STAND_IN}


#: one-character patterns: every literal up to U+00FF, letters and marks beyond (Polish,
#: Turkish, Hebrew, CJK, emoji), ranges across U+00FF, classes and negated classes
ATOMS_1 = ([re.escape(chr(i)) for i in range(256)]
           + ["ł", "Ł", "ś", "İ", "ı", "ſ", "K", "ש", "日", "🚀", "’", "\ufffc", "[a-z]", "[A-Z]", "[h-l]",
              "[r-t]", "[à-ÿ]", "[ą-ż]", "[\x00-\u0101]", "[^\x00-\u0101]", "[^\x80]", "[^ł]", "[^\xff-ł]",
              r"[^.!?\n]", r"[^\s.]", r"[^\W_]", r"[^\d\w]", "[^a-z]", "[^İ]", r"[’'\-]", r"[\w&.-]", r"[^\x00-\x7f]",
              "."])


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_each_character_class_holds_every_character_it_matches_as_latin1_reads_it(flags):
    """The stand-in mapping is sound: a character the Python pattern matches (any code
    point) reads as a byte its superset matches, so the superset can match wherever the
    pattern does in the Latin-1 text, whatever the text holds beyond U+00FF."""
    for atom in ATOMS_1:
        pat = re.compile(atom, flags)
        found = pat.findall(ALL_CHARS)
        sup = superset(pat)
        assert sup is not None, atom
        assert _latin1_image(found) <= _bytes_of(sup), (atom, sup)


PATTERNS = [
    r"\bdental\b", r"(?<!\w)(?:k8s|kubernetes)(?!\w)", r"^\W*(?:\d+\.\s*)?(?:provide|lead)\b",
    r"\b\d+ (?:days|weeks) (?:of )?(?:paid )?(?:vacation|PTO)", r"(?-i:[A-Z][\w&.-]*) team",
    r"[^\W_]+(?:['’\-][^\W_]+)*", r"(?m:^)apply", r"skills?(?= and)", r"(a)b\1", r"x{2,1500}y",
    r"(?P<g0>ninja|rock\s*star)|(?P<g1>guru)", r"[a-f]{2}-[^x]", r"ı|İ|ſ|é",
    # wide repeats: the superset stops before them (or loops instead of counting)
    r"\b(?:apply|send)\b[^.!?]{0,100}\bby \d", r"(?:pa.*)?(?:days|vacation)", r"a(?:b[^c]{0,20}d|e)f",
    r"(?:\w+ ){0,4}?(?:team|plans)", r"^[^\n:]{2,60}:", r"(d)?e(?(1)n|[^x]{0,30}a)", r"[\w ,'-]{0,40}team",
    r"(?:[A-Z]\w* ){2,}team", r"[^İ]{3,20}s", r"(?:ab|[^.]){10,}", r"(\w)(?:.{0,9}\1)?x",
    r"(?:apply.*|send|your(?: own)?) (?:dental|vacation)", r"(?:ab[^.]{2,20}|c)-?(?:xf|aef|d)",
    # beyond U+00FF (each such character reads as the stand-in in the superset's text)
    r"łódź|kraków|gęślą", r"[ąęłż]\w+", r"[^ł ]{2,4}ł", r"東京|オフィス", r"ש\w+ \w+", r"[\u0100-\u017f]+",
    r"[^\x00-\xff]+ (?:remote|dental)", r"don[’']t", r"\x80+", r"[^\x80\s]{3}", r"café|résumé|naïve",
    # alternatives sharing prefixes, one another's prefix, optional and repeated tails
    r"dental(?: plan| cover)?|dentals?\b|den\b", r"(?:a|ab)c|ab+|abx?(?=\s)", r"(?:gu|guru)(?:s|\w+)?",
    r"(?:paid (?:days|vacation)|paid)\b|days?(?: of)?", r"(?:ab|a)(?:c|cd)*-",
]
TEXTS = [
    "We offer dental, DENTAL and Dental plans; accidental dentals.", "Ninja rockstar guru gurus",
    "1. Provide care\n- lead the team\n  2. provide", "25 days of paid vacation, 3 weeks PTO",
    "Our Acme-Co. team and the Big Data team", "don't self-starter _x_ São Paulo ½ ٣",
    "Kubernetes, K8S, k8s-ish, KUBERNETES", "İstanbul ıs ſkills and skills and abab",
    "x" * 1600 + "y", "ab-c ab-x ff-x", "dıgital résumé ÉTÉ", "",
    "Please apply by 3 May. Send your CV, letter and portfolio by 4 June", "abxxdf aef abcdf",
    "Headline: body\nnot: a label here: no", "dental plan and vacation days, paid days",
    # 3- and 4-byte characters before and between matches (offsets converted both ways)
    "🚀 Ninja — dental 𝔡ental, ‘guru’ 🚀🚀 apply by 5 vacation days",
    # Polish, Hebrew, CJK, emoji, accents, the stand-in byte's own character, a lone surrogate
    "Zażółć gęślą jaźń — Łódź, KRAKÓW, łódź i Gdańsk; don’t don't",
    "שלחו קורות חיים ל-jobs@example.com, משרה מלאה", "東京 オフィス 勤務 🚀 remote 日本語 dental",
    "Café, São Paulo, RÉSUMÉ, naïve Ærø façade ÿ µ ß", "\x80\x80 x\x80y ł\x80 ’dental",
    "\ud800 dental \udfff vacation days",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_same_matches(source, flags):
    pat = re.compile(source, flags)
    pf = Prefiltered(pat)
    for text in TEXTS:
        for pos in (0, 3):
            assert [m.span() for m in pf.finditer(text, pos)] == [m.span() for m in pat.finditer(text, pos)]
            a, b = pf.search(text, pos), pat.search(text, pos)
            assert (a and a.span()) == (b and b.span())
            assert pf.findall(text, pos) == pat.findall(text, pos)
        a, b = pf.search(text, 2, 20), pat.search(text, 2, 20)
        assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_superset_matches_at_every_start_of_a_match(source, flags):
    pat = re.compile(source, flags)
    sup = superset(pat)
    if sup is None:
        return
    regex = prefilter.compile_superset(sup)
    for text in TEXTS:
        data = prefilter.latin1(text)
        for i in range(len(text) + 1):
            if pat.match(text, i) is not None:
                m = regex.search(data, i)
                assert m is not None and m.start() == i, (sup, text, i)


def test_the_superset_keeps_only_what_decides_where_matches_start():
    """Alternatives share their prefixes, and at the end, what may be absent goes and
    an alternative another starts with stands for both: the starts are the same."""
    assert superset(r"\bbenefits?\b|benefit package|bonus(?:es)*", re.I) == superset(r"benefit|bonus", re.I)
    assert superset(r"bonus(?:es)+", re.I) == superset(r"bonuses", re.I)  # one copy
    assert superset(r"(?:x|xy)z", re.I) != superset(r"xz", re.I)  # not at the end: "xyz" needs y


def test_a_source_compiles_only_when_needed_and_fails_early():
    pf = Prefiltered(r"\bdental\b", re.IGNORECASE)
    assert pf.search("no match here") is None and pf._pat is None
    assert pf.search("Dental cover").span() == (0, 6)
    with pytest.raises(re.error):
        Prefiltered(r"(unclosed")


def test_other_attributes_are_the_patterns():
    pat = re.compile(r"\bx\b", re.IGNORECASE)
    pf = Prefiltered(pat)
    assert pf.pattern == pat.pattern and pf.flags == pat.flags
    assert pf.sub("y", "a x b") == "a y b"


@pytest.mark.parametrize("sources", [
    [r"^(?:a|an)\s+(?:leading|reputable)\s+company"], [r"cover\s+letters?$", r"^two\s+references"],
    [r"(?i)^entre \d{2} et \d{2} ans"], [r"\Aapply now"], [r"(?-m:^)apply"], [r"x*"],
])
def test_blocks_left_out_of_a_block_by_block_search_have_no_match(sources):
    """A raw pattern with ^ or $ runs block by block, only in the blocks one pass over
    the prose can match (checks/term.py): the others have no match of their own."""
    from adlint.checks.patterns import UserPattern

    blocks = ["A leading company", "a reputable  company hires", "Send a cover letter",
              "two references\nand a cover letter", "entre 25 et 35 ans", "Entre 20 et 30 ans, é",
              "apply now", "x", "We are a leading company", "no match here ’"]
    pat = UserPattern(sources)
    starts, pos = [], 0
    for b in blocks:
        starts.append(pos)
        pos += len(b) + 2
    maybe = pat.blocks_to_search("\n\n".join(blocks), starts)
    for k, b in enumerate(blocks):
        if maybe is not None and k not in maybe:
            assert not list(pat.finditer(b)), (k, b)
    assert maybe is None or maybe  # every source here matches some block


@pytest.mark.parametrize("source", PATTERNS + [r"\Aprovide", r"(?m)^- lead", r"ſ\Z", r"dental$"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_blocks_left_out_of_a_prefiltered_search_have_no_match(source, flags):
    """blocks_to_search reads the prose once: a block it leaves out has no match of its
    own, with ^ and \\A at each block's start (elements.py searches block by block)."""
    pat = re.compile(source, flags)
    blocks = [t for t in TEXTS if t] + ["provide", "Provide it", "dental"]
    starts, pos = [], 0
    for b in blocks:
        starts.append(pos)
        pos += len(b) + 2
    maybe = Prefiltered(pat).blocks_to_search("\n\n".join(blocks), starts)
    for k, b in enumerate(blocks):
        if maybe is not None and k not in maybe:
            assert pat.search(b) is None, (k, b)


def test_blocks_left_out_of_an_re2_search_have_no_match():
    """re2_blocks (experience.py's years and technologies) reads the prose once: a block
    it leaves out has no match of its own; \\A keeps every block searched."""
    from adlint.checks.patterns import re2_blocks
    from adlint.checks.title import compile_re2

    blocks = ["10+ years of Kubernetes", "no years here", "Experience: 4 years", "years",
              "5 yrs Rust\nand more", "’ 3 years"]
    starts, pos = [], 0
    for b in blocks:
        starts.append(pos)
        pos += len(b) + 2
    prose = "\n\n".join(blocks)
    regexes = compile_re2([r"(?P<years>\d+)\+?\s*(?:years?|yrs)\b", r"^experience:"], False)
    maybe = re2_blocks(regexes, prose, starts)
    assert maybe == {0, 2, 4, 5}
    for k, b in enumerate(blocks):
        if k not in maybe:
            assert not any(r.search(b) for r in regexes)
    assert re2_blocks(compile_re2([r"\Ayears"], False), prose, starts) is None


@pytest.mark.parametrize("source", PATTERNS + [r"(?P<years>\d+)\s+(?P<unit>years?)", "x"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_a_program_from_the_rule_index_is_the_compilers(source, flags):
    """compile_python keeps Python's compiled program in the rule index: the pattern it
    rebuilds, the first time and from the index, is the one re.compile gives."""
    first = prefilter.compile_python(source, flags)
    again = prefilter.compile_python(source, flags)  # from the index's entry
    expected = re.compile(source, flags)
    assert first == expected and again == expected
    assert again.groupindex == expected.groupindex and again.groups == expected.groups
    with pytest.raises(re.error):
        prefilter.compile_python("(unclosed", flags)


ATOMS = [r"a", r"b", r"A", r"\.", r" ", r"[^.]", r"[^A.]", r"[^ı]", r"[^\s.]", r"[^a-c]", r"[^\d]", r"[^a\n]", r"\w", r"\s", r"[ab]", r".", r"\d", r"ı",
         "ł", "’", "\x80", "[^\x80]", "[^ł]", "[ł-ż]"]
QUANTIFIERS = ["", "?", "*", "+", "{0,20}", "{2,12}", "{1,3}", "*?", "{0,9}?"]


def _patterns():
    from hypothesis import strategies as st

    atom = st.sampled_from(ATOMS)
    return st.recursive(
        atom, lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            # no repeat inside a repeat: Python's backtracking could take years
            st.tuples(inner.filter(lambda x: not any(q in x for q in "*+{")), st.sampled_from(QUANTIFIERS))
            .map(lambda t: f"(?:{t[0]}){t[1]}"),
            st.tuples(st.sampled_from([r"\b", "^", "(?=a)", "(?!b)", "(?<!a)"]), inner).map("".join)),
        max_leaves=8)


def test_the_superset_matches_wherever_the_pattern_does():
    """Every position where the Python pattern matches is one where its RE2 superset
    does (the superset may stop before a wide repeat: starts are all it must keep), and
    Prefiltered finds exactly what the pattern finds."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    # "\x80" is the stand-in itself; "ł", "’" and "🚀" read as it
    texts = st.text(alphabet="abcA. \n1ıéİ\x1c\x85\x80ł’🚀", max_size=60)

    @settings(max_examples=500, deadline=None)
    @given(_patterns(), st.sampled_from([0, re.IGNORECASE]), st.data())
    def check(source, flags, data):
        pat = re.compile(source, flags)
        try:  # mostly texts with a match
            text = data.draw(st.one_of(st.from_regex(pat).filter(lambda t: len(t) < 200), texts))
        except Exception:  # a pattern hypothesis cannot generate from
            text = data.draw(texts)
        sup = superset(pat)
        if sup is not None:
            regex, data = prefilter.compile_superset(sup), prefilter.latin1(text)
            for i in range(len(text) + 1):
                if pat.match(text, i) is not None:
                    m = regex.search(data, i)
                    assert m is not None and m.start() == i, (sup, i)
        pf = Prefiltered(pat)
        assert [m.span() for m in pf.finditer(text)] == [m.span() for m in pat.finditer(text)]
        a, b = pf.search(text, 1), pat.search(text, 1)
        assert (a and a.span()) == (b and b.span())

    check()


@pytest.mark.parametrize("cls", [r"[\w ,'-]", r"[^.!?]", r"[^\W\d]", r"[\s\w]", r"[a-z ]", r"[^\S]",
                                 r"[^ ]", r"[A-Z ]", r"[\D]", r"[^\d\s]", r"[ a]", r"[^a]"])
def test_a_loose_class_holds_a_letter_and_a_space(cls):
    """_loose (a run the superset stops before) reads the class as Python does."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # Python 3.10
        import sre_parse
    items = sre_parse.parse(cls)
    if items[0][0] is not sre_parse.IN:  # [^ ]: a NOT_LITERAL, never loose
        assert not prefilter._loose(items)
        return
    for ch in " a":
        assert prefilter._holds(items[0][1], ch) == bool(re.fullmatch(cls, ch)), ch
    assert prefilter._loose(items) == bool(re.fullmatch(cls, " ") and re.fullmatch(cls, "a"))
