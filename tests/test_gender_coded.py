"""The Gaucher et al. (2011) measure: published algorithm plus listed exceptions."""

from adlint.analysis.gender import analyse, load_wordlist, verdict
from adlint.parse import parse
from adlint.checks import patterns

from conftest import lint


def plain(text):
    """The published algorithm, with no adlint exceptions."""
    doc = parse("x", text, "markdown")
    return analyse(doc, load_wordlist("gender-coded-words"), frozenset(), None)


def test_verdict_bands():
    assert verdict(0, 0) == "empty"
    assert verdict(2, 2) == "neutral"
    assert verdict(3, 0) == "feminine-coded"
    assert verdict(4, 0) == "strongly feminine-coded"
    assert verdict(0, 1) == "masculine-coded"
    assert verdict(0, 4) == "strongly masculine-coded"


def test_stems_are_prefixes_counted_per_stem_and_hyphens():
    a = plain("A dominant, self-confident leader. Co-operative. Well-known. SharePoint sharing.")
    # "dominant" starts with both `domina` and `dominant`; "leader" with `lead`
    assert [w for *_, w, s in a.masculine] == ["dominant", "dominant", "self-confident", "leader"]
    # hyphenated stems match whole words; other hyphenated words are split; sharepoint is not coded
    assert [w for *_, w, s in a.feminine] == ["Co-operative", "sharing"]


def test_metrics_and_document_finding():
    res = lint("We want a competitive, driven, decisive leader who dominates.", select=("gender-coded",))
    gc = res.metrics["gender_coding"]
    assert gc["verdict"] == "strongly masculine-coded"
    assert gc["masculine"] == ["competitive", "driven", "decisive", "leader", "dominates"]
    assert gc["feminine"] == []
    rules = [f.rule for f in res.findings]
    assert rules.count("gender-coded/masculine-coded") == 1
    assert rules.count("gender-coded/masculine-word") == 5
    word = [f for f in res.findings if f.rule == "gender-coded/masculine-word"][0]
    assert word.severity == "info" and word.text == "competitive" and word.suggestions


def test_feminine_or_neutral_ads_get_no_finding():
    res = lint("You will support the team, share what you learn and collaborate with others.",
               select=("gender-coded",))
    assert res.metrics["gender_coding"]["verdict"] == "feminine-coded"  # 3 words: support, share, collab
    assert not [f for f in res.findings if f.rule.startswith("gender-coded")]


def test_job_ad_structure_exceptions():
    text = "## Responsibilities\n\nAs an analyst you will do all kinds of work."
    assert [w for *_, w, _ in plain(text).feminine] == ["Responsibilities", "kinds"]
    assert [w for *_, w, _ in plain(text).masculine] == ["analyst"]
    res = lint(text, select=("gender-coded",))
    assert res.metrics["gender_coding"] == {"verdict": "empty", "masculine": [], "feminine": [],
                                            "published_verdict": "feminine-coded"}


def test_tokens_read_are_those_every_token_gives(monkeypatch):
    """analyse reads only the tokens where a stem may start (one RE2-guided pass); the
    analysis is the one of reading every token, hyphens, apostrophes, case and letters
    that fold to ASCII ones (the Kelvin sign, a long s) included."""
    from adlint.analysis import gender

    words = load_wordlist("gender-coded-words")
    text = ("# Lead-Developer\n\nA self-reliant, co-operative and head-strong leader; "
            "LEADING with-out ego--and COMPETITIVE pay. We're an ambitious, ſtrong, "
            "\u212aind, loyal-ish team-player: non-decisive, re-lead, x-y-competent.\n\n"
            "- inter-personal, inter--dependent, -driven, analytical' and 'active'\n")
    doc = parse("ad.md", text, "markdown")
    fast = analyse(doc, words, frozenset(), None)
    monkeypatch.setattr(gender, "_stem_starts", lambda doc, words: None)
    slow = analyse(doc, words, frozenset(), None)
    assert fast.masculine and fast.feminine
    assert [t[1:] for t in fast.masculine] == [t[1:] for t in slow.masculine]
    assert [t[1:] for t in fast.feminine] == [t[1:] for t in slow.feminine]
    assert fast.published == slow.published
