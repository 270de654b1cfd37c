"""The term rules' quick rejection (analysis.words.term_words and may_match over a
document's word index) never rules out a term that matches."""

from hypothesis import given, settings
from hypothesis import strategies as st

from adlint.analysis.words import may_match, term_words, word_index
from adlint.checks.patterns import compile_terms

_CHARS = list("abs he/()%·,.'’-éÉ24 7?!&+#İΣ")
_TERM = st.text(alphabet=st.sampled_from(_CHARS), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TERM, min_size=1, max_size=4), st.text(alphabet=st.sampled_from(_CHARS + ["\n"]), max_size=80),
       st.booleans())
def test_a_matching_term_is_never_ruled_out(terms, text, inflect):
    pattern = compile_terms(terms, inflect=inflect)
    words = term_words(terms)
    if pattern is None or words is None:
        return
    if pattern.search(text):
        assert may_match(words, word_index(text))


def test_terms_with_punctuation_are_ruled_out_by_their_words():
    words = term_words(["he/she", "available 24/7", "jeune diplômé(e)", "top 1%"])
    assert words is not None
    assert not may_match(words, word_index("We hire people who are available at weekends."))
    assert may_match(words, word_index("Must be available 24/7."))
    assert may_match(words, word_index("Il ou elle sera jeune diplômé(e)."))
    assert term_words(["!!!"]) is None  # no word: nothing to look for


def test_the_literal_term_still_matches_where_its_words_occur():
    pattern = compile_terms(["he/she"])
    assert pattern.search("he/she will report to the manager")
    assert may_match(term_words(["he/she"]), word_index("he/she will report to the manager"))
