"""Check kinds: term, substitution and metric, through the built-in starter rules."""

from adlint.checks.term import SubstitutionCheck, TermCheck
from adlint.rules import Rule, resolve_options
from adlint.parse import parse
from adlint.analysis.facts import Facts

from conftest import found, lint


def run_rule(kind_cls, text, **options):
    rule = Rule(id="t/x", pack="t", name="x", kind=kind_cls.kind, severity="warning",
                message="{match}|{replacement}")
    chk = kind_cls(rule, resolve_options(kind_cls, options, "test"))
    doc = parse("x", text, "markdown")
    return list(chk.check(doc, Facts(doc)))


def test_term_word_boundaries_and_inflections():
    got = run_rule(TermCheck, "Ninjas, a ninja-like team, not a ninjago fan.", terms=["ninja"])
    assert [f.text for f in got] == ["Ninjas", "ninja"]


def test_term_case_sensitive():
    got = run_rule(TermCheck, "Go to Reading or go reading.", terms=["Reading"], case_sensitive=True)
    assert [f.text for f in got] == ["Reading"]


def test_term_exceptions_and_look_alikes():
    text = "You build native iOS apps. You are a native English speaker."
    assert [f[5] for f in found(text, rule="inclusive/native-speaker")] == ["native English speaker"]
    assert found("We build native iOS and native Android apps in a cloud-native stack.") == []


def test_term_phrase_across_lines_in_a_list_item():
    assert [f[5] for f in found("- You will hit\n  the ground running\n")] == [
        "hit\n  the ground running"]


def test_substitution_preserves_case_and_is_fixable():
    got = run_rule(SubstitutionCheck, "The Chairman and the CHAIRMAN and the chairman.",
                   swap={"chairman": "chair"}, inflect=False)
    assert [(f.text, f.suggestions[0], f.fix[0].replacement) for f in got] == [
        ("Chairman", "Chair", "Chair"), ("CHAIRMAN", "CHAIR", "CHAIR"), ("chairman", "chair", "chair")]


def test_substitution_never_fixes_quotes_or_link_text():
    got = run_rule(SubstitutionCheck, 'He said "the chairman" and [chairman](x)\n\n> chairman\n',
                   swap={"chairman": "chair"})
    assert len(got) == 3 and all(f.fix is None for f in got)


def test_metric_threshold_is_document_level():
    long_ad = "We are hiring. " * 500
    res = lint(long_ad)
    too_long = [f for f in res.findings if f.rule == "structure/too-long"]
    assert len(too_long) == 1 and too_long[0].start is None
    assert (too_long[0].line, too_long[0].column, too_long[0].end_line, too_long[0].end_column) == (1, 1, 1, 1)
    assert res.metrics["words"] == 1500
    assert not [f for f in lint("We are hiring. " * 100).findings if f.rule == "structure/too-long"]


def test_rule_options_from_config_change_thresholds():
    text = "We are hiring. " * 100
    res = lint(text, rules={"structure/too-long": {"max": 200}})
    assert [f.message for f in res.findings if f.rule == "structure/too-long"] == [
        "The ad is 300 words long: most candidates skim; aim for at most 200 words."]


def test_french_ads_skip_english_rules_and_say_so():
    # English-only rules are skipped; a rule with a French version (jargon.fr.yaml) runs it
    text = "Nous cherchons une personne pour notre équipe. Vous serez un vrai ninja et un guru.\n"
    res = lint(text)
    assert res.language == "fr"
    assert [(f.rule, f.text) for f in res.findings] == [("jargon/rockstar", "ninja"),
                                                          ("jargon/rockstar", "guru")]
    assert res.findings[0].message.startswith("« ninja » est un titre creux")
    assert "jargon/self-starter" in res.skipped_rules and "jargon/rockstar" not in res.skipped_rules


def test_language_from_front_matter_and_config():
    assert lint("---\nlang: fr\n---\nWe want a guru.\n").language == "fr"
    assert lint("We want a guru.", language="de").findings == []
    assert lint("We want a guru.", language="en").findings
