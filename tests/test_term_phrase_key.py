"""The phrase test of the term rules (words.phrase_key): a literal term matched in any
case can only occur in a text whose key holds the term's key. Checked against the
term's own compiled pattern on text built to tell the two apart."""

from hypothesis import given, settings
from hypothesis import strategies as st

from adlint.analysis.words import phrase_key
from adlint.checks import patterns

#: case pairs re matches that str.lower does not join ("ſ"/"s", "ı"/"i", "K"/"k",
#: "İ", the Greek sigmas), apostrophes, white space of several kinds, accents
_LETTERS = list("seiSEIoO ſıKkİΣσςµμ’'-\u00a0\t\n\u2003é\u0301ÉsS")
_TEXT = st.text(alphabet=st.sampled_from(_LETTERS), max_size=40)
_TERM = st.text(alphabet=st.sampled_from(_LETTERS), min_size=1, max_size=8).filter(str.strip)


@settings(max_examples=600, deadline=None)
@given(_TERM, _TEXT, _TEXT)
def test_a_match_is_never_ruled_out(term, before, after):
    pattern = patterns.compile_terms([term], inflect=False)
    for text in (before + term + after, before + term.upper() + after,
                 before + " ".join(term.split()).swapcase() + after, before + after):
        if pattern is None or not pattern.search(text):
            continue
        key, text_key = phrase_key(term.strip()), phrase_key(text)
        assert key is None or text_key is None or key in text_key, (term, text)


def test_the_key_rules_out_words_apart():
    assert phrase_key("Only\n apply  IF you") == "only apply if you"
    assert "only apply if" not in phrase_key("Only candidates who apply: if you")
    assert phrase_key("Don’t waste") == "don't waste"
    assert phrase_key("a ſtrange case") is None and phrase_key("ΣΑΣ") is None


def _rule(terms, **options):
    from adlint.checks.term import TermCheck
    from adlint.rules import Rule, resolve_options

    rule = Rule(id="t/x", pack="t", name="x", kind="term", severity="warning", message="{match}")
    return TermCheck(rule, resolve_options(TermCheck, {"terms": terms, **options}, "test"))


@settings(max_examples=150, deadline=None)
@given(st.lists(_TERM.filter(lambda t: any(c.isalnum() for c in t)), min_size=1, max_size=4), st.lists(_TEXT, min_size=1, max_size=3))
def test_the_check_finds_what_it_found_without_the_test(terms, paragraphs):
    from adlint.analysis.facts import Facts
    from adlint.parse import parse

    doc = parse("x", "\n\n".join(p for p in paragraphs if p.strip()) or "x", "markdown")
    doc.language = "en"
    check = _rule(terms, inflect=False)
    assert check.term_keys is not None
    with_test = [(b.text, m.span()) for b, m in check.matches(doc, Facts(doc))]
    check.__dict__["term_keys"] = None  # the word index alone
    without = [(b.text, m.span()) for b, m in check.matches(doc, Facts(doc))]
    assert with_test == without
