"""PatternSet: the raw patterns of the term rules in a few RE2 Sets. Its answer for a
pattern is "maybe" (True) or a definite "no match anywhere in this prose"."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adlint.analysis import prefilter
from adlint.analysis.prefilter import PatternSet


class _P:
    def __init__(self, source):
        self.source = source


def _set(patterns):
    ps = PatternSet(lambda p: "(?m)" + p.source)  # as checks.patterns gives anchored ones
    for p in patterns:
        assert ps.may_match(p, "first sight")  # unknown: maybe
    return ps


_WORDS = ["salary", "competitive", "benefits", "degree", "transcript", "cover letter",
          "under 30", "rock ?star", r"\d{2}\s*-\s*\d{2}", "(?i)ninja", "[A-Z]{4,}", "^Apply"]


@pytest.mark.parametrize("size", [1, 3, 10, 100])
def test_answers_no_only_where_the_pattern_matches_nowhere(size, monkeypatch):
    monkeypatch.setattr(prefilter, "SET_SIZE", size)
    patterns = [_P(w) for w in _WORDS]
    ps = _set(patterns)
    for prose in ["A competitive salary and a degree.", "Send your cover letter.",
                  "Ages 25 - 35 preferred", "We want a rockstar NINJA", "nothing here", "",
                  "x\nApply now", "Café — crème brûlée"]:
        for p in patterns:
            found = re.search(p.source, prose, re.M) is not None
            answer = ps.may_match(p, prose)
            assert answer or not found, (p.source, prose)
            if size > 1:  # the Sets answer exactly for these simple patterns
                assert answer == found, (p.source, prose, size)


def test_a_pattern_a_set_cannot_take_is_always_maybe():
    good, bad = _P("salary"), _P("(?P<x>")  # not a valid RE2 pattern
    ps = _set([good, bad])
    assert ps.may_match(bad, "no salary words") is True
    assert ps.may_match(good, "nothing") is False


def test_text_re2_cannot_read_is_maybe():
    p = _P("salary")
    ps = _set([p])
    assert ps.may_match(p, "lone surrogate \ud800 here") is True


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12, unique=True),
       st.text(alphabet=st.sampled_from(list("salrycompetivbn ADG23-5\n")), max_size=60))
def test_never_rules_out_a_match(sources, prose):
    patterns = [_P(s) for s in sources]
    ps = _set(patterns)
    for p in patterns:
        if re.search(p.source, prose, re.M):
            assert ps.may_match(p, prose)
