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


def _ask_all(ps, patterns, prose):
    return [ps.may_match(p, prose) for p in patterns]


@pytest.mark.parametrize("size", [1, 3, 10])
def test_patterns_that_join_later_get_sets_of_their_own(size, monkeypatch):
    monkeypatch.setattr(prefilter, "SET_SIZE", size)
    first, later = [_P(w) for w in _WORDS[:7]], [_P(w) for w in _WORDS[7:]]
    ps = _set(first)
    _ask_all(ps, first, "a prose")  # the first wave's Sets
    sets_before = ps.built[0]
    for p in later:
        assert ps.may_match(p, "a prose")  # unknown: maybe
    for prose in ["A competitive salary and a degree.", "We want a rockstar NINJA",
                  "Ages 25 - 35 preferred", "x\nApply now", "nothing here"]:
        for p, answer in zip(first + later, _ask_all(ps, first + later, prose)):
            found = re.search(p.source, prose, re.M) is not None
            assert answer or not found, (p.source, prose)
            if size > 1:
                assert answer == found, (p.source, prose, size)
    sets, members, dealt = ps.built
    assert dealt == len(_WORDS) and len(members) == len(_WORDS)
    fewest = -(-len(_WORDS) // size)
    assert len(sets) <= fewest + 1
    if len(sets) > len(sets_before) and sets[0] is sets_before[0]:  # kept, not rebuilt
        assert {m[1] for m in members.values()} == set(range(len(sets)))


def test_one_pattern_at_a_time_never_makes_more_than_one_extra_set(monkeypatch):
    monkeypatch.setattr(prefilter, "SET_SIZE", 3)
    ps, patterns, kept = PatternSet(lambda p: p.source), [], 0
    for k in range(20):
        before = ps.built[0]
        patterns.append(_P(f"word{k}\\b"))
        assert ps.may_match(patterns[-1], f"prose {k}")
        answers = _ask_all(ps, patterns, f"has word{k} and word0")
        assert answers == [j in (0, k) for j in range(len(patterns))]
        assert len(ps.built[0]) <= -(-len(patterns) // 3) + 1
        kept += bool(before) and ps.built[0][0] is before[0]
    assert kept >= 5  # the Sets built before were mostly kept, not rebuilt


def test_no_answer_until_a_set_holds_the_pattern():
    ps = PatternSet(lambda p: p.source)
    p = _P("salary")
    assert ps.answer(p, "first prose") is None  # it joins the Sets for the next prose
    assert ps.answer(p, "no pay stated") is False
    assert ps.answer(p, "a salary of 50k") is True
