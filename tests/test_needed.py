"""checks.needed: the strings a raw pattern cannot match without. A prose whose
phrase_key lacks them must have no match of the pattern, in the prose or any block."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adlint.analysis.words import phrase_key
from adlint.checks import needed
from adlint.checks.patterns import UserPattern

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "md"

_SOURCES = [r"cover\s+letters?\s+(?:is|are)\s+required", r"(?:GPA|grade\s+point\s+average)\s+of",
            r"\bask(?:ed)?\s+for\s+\w+", r"(?-i:Only)\s+the\s+best", r"équipes? (?:\pL+, ){1,2}dynamiques?",
            r"(?:sk|ſk)ills?", r"[[:alpha:]]+ kit", r"(?:kelvin|KELVIN){1,2} ok", r"^\W*si\s+(?:[a-z]+)\s+ok",
            r"x{0,3}yes\.", r"(?:abc|ab)c?d\s+ıi"]
_LETTERS = list("coverlettsisarequiredGPAgradepointaveragfkOnlythbKkſıİIΣσ.’'- \n\t\u00a0ée")


def test_needs_of_rule_pack_shapes():
    assert needed.pattern_needs(_SOURCES[0]) == ["cover", "letter", "required"]  # "is" too short
    assert needed.pattern_needs(_SOURCES[1]) == [(["gpa"], ["grade", "point", "average"])]
    assert needed.pattern_needs(_SOURCES[4]) == ["quipe", "dynamique"]  # \pL read as any letter
    assert needed.pattern_needs(r"[[:alpha:]]+ kit") == ["kit"]  # the class ends at its "]"
    assert needed.pattern_needs(r"[]x\]]abc") == ["abc"]
    assert needed.pattern_needs(r"(?i)(?P<w>hard)(?-i:work)+?(?:ing){0,2}\.x{2}") == ["hard", "work"]
    assert needed.pattern_needs(r"foo(?=bar)") is None  # lookaround: RE2 has none; not read
    assert needed.pattern_needs(r"\Qa+b\E") is None and needed.pattern_needs(r"\x41bc") is None
    assert needed.pattern_needs(r"a{2,}bcd|x{2}yzw") == [(["bcd"], ["yzw"])]
    assert needed.pattern_needs(r"a{,3}bcd") is None  # a "{" of its own: not read
    assert needed.pattern_needs(r"abc\.def") == ["abc.def"]
    assert needed.pattern_needs(r"\d+\s*-\s*\d+") is None  # nothing to look for
    assert needed.needs([_SOURCES[1], r"\d+"]) is None  # one alternative asks for nothing
    need = needed.needs(_SOURCES[:2])
    assert needed.holds(need, "a grade point average of 3") and not needed.holds(need, "a grade of 3")


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_SOURCES), st.booleans(),
       st.text(alphabet=st.sampled_from(_LETTERS), max_size=60), st.text(alphabet=st.sampled_from(_LETTERS), max_size=60))
def test_a_match_is_never_ruled_out(source, case_sensitive, before, after):
    p = UserPattern([source], case_sensitive)
    sample = {0: "cover letter is required", 1: "GPA of", 3: "Only the best", 8: "si abc ok",
              9: "yes.", 10: "abcd ıi", 7: "KELVIN ok"}.get(_SOURCES.index(source), "")
    for text in (before + after, before + sample + after, before + sample.upper() + after,
                 before + sample.swapcase() + after):
        key = phrase_key(text)
        if p.need is None or key is None:
            continue
        if any(True for _ in p.finditer(text)):
            assert needed.holds(p.need, key), (source, text)


def test_the_first_sighting_asks_for_the_strings_then_the_set_answers():
    missing = UserPattern([r"transcripts?\s+(?:are\s+)?required"])
    present = UserPattern([r"references?\s+(?:are\s+)?required"])
    assert not missing.may_match("Send a CV.", lambda: phrase_key("Send a CV."))
    assert present.may_match("References? Not required.", lambda: "references? not required")
    # a Set holds them now: its answer, whatever the strings say
    assert not missing.may_match("Transcript? Required? No.", lambda: "transcript required")
    assert missing.may_match("Transcripts  required", lambda: None)


def _rule_patterns():
    from adlint.checks.term import TermCheck
    from adlint.rules import load_registry

    reg = load_registry()
    checks = [reg.check_for(r) for r in reg.all_rules()]
    return [c.user_pattern for c in checks if isinstance(c, TermCheck) and c.user_pattern]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the shared corpus (../shared/corpus)")
def test_no_corpus_ad_lacking_a_needed_string_has_a_match():
    from adlint.parse import parse

    patterns = [p for p in _rule_patterns() if p.need is not None]
    assert len(patterns) > 20
    ruled_out = 0
    for f in sorted(CORPUS.glob("*.md")):
        doc = parse(str(f), f.read_text(encoding="utf-8"), "markdown")
        key = phrase_key(doc.prose)
        if key is None:
            continue
        for p in patterns:
            if not needed.holds(p.need, key):
                ruled_out += 1
                assert not any(True for _ in p.finditer(doc.prose)), (f.name, p.source[:80])
                assert not any(True for b in doc.blocks for _ in p.finditer(b.text)), (f.name, p.source[:80])
    assert ruled_out > 1000
