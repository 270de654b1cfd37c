"""Fast paths must give what the plain code they replaced gave: each test here keeps the
plain version and compares the two on generated text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

#: letters and marks that tell the paths apart: curly quotes, dashes, letters beyond
#: ASCII, a digit that is a letter to `[^\W\d_]` ("²"), a combining accent, "İ", "ſ"
TRICKY = st.text(alphabet=st.sampled_from(list("the and You wïth ABC’'–-é²_9 \n\u0301İſKsdg")),
                 max_size=300)


def _plain_with_endings(words: set[str]) -> set[str]:
    out = set(words)
    for w in words:
        c, n = w[-1], len(w)
        if c in "sd":
            if n > 2 and w[-2] == "e":
                out.add(w[:-2])
            if n > 1:
                out.add(w[:-1])
        elif c == "g" and n > 3 and w.endswith("ing"):
            out.add(w[:-3])
        if "-" in w or "'" in w:
            out.update(p for p in re.split(r"[-']", w) if p)
    return out


@settings(max_examples=300, deadline=None)
@given(st.one_of(TRICKY, st.text(max_size=200)))
def test_word_index_is_the_plain_one(text):
    from adlint.analysis.words import WORD, NOT_WORD_BY_WORD, word_index, word_index_of

    words = set(WORD.findall(text.replace("’", "'").lower()))
    assert word_index(text) == _plain_with_endings(words)
    if not any(c in text for c in NOT_WORD_BY_WORD):
        assert word_index_of(WORD.findall(text)) == _plain_with_endings(words)


def test_word_memo_is_bounded():
    from adlint.analysis.words import WordMemo

    memo = WordMemo(len, most=3)
    assert [memo[w] for w in ("a", "bb", "ccc", "dddd", "bb")] == [1, 2, 3, 4, 2]
    assert len(memo) <= 3


@settings(max_examples=200, deadline=None)
@given(st.lists(TRICKY, min_size=1, max_size=6), st.sampled_from(["en", "fr"]))
def test_readability_counts_are_the_plain_ones(paragraphs, language):
    from adlint.analysis import readability, sentences, syllables, syllables_fr
    from adlint.parse import parse

    doc = parse("x", "\n\n".join(paragraphs), "markdown")
    sents = [s for b in doc.blocks for s in sentences.split_block(b, language)]
    got = readability.scores(language, sents)
    words = [w for s in sents for w in s.word_list]
    if not words:
        assert got is None
        return
    count = syllables_fr.count if language == "fr" else syllables.count
    assert got["syllables"] == sum(count(w) for w in words)
    if language == "fr":
        n_long = sum(1 for w in words if sum(ch.isalpha() for ch in w) > 6)
        wps = len(words) / len(sents)
        assert got["lix"] == round(wps + 100 * n_long / len(words), 1)


def _plain_chunk_stats(chunk: str):
    from adlint.analysis.language import _PLAIN_EN, _TOKEN, PLAIN_EN_CHUNK_SHARE

    words = _TOKEN.findall(chunk)
    if not all(map(str.isascii, words)):
        return None
    n = len(words)
    k = sum(w.lower() in _PLAIN_EN for w in words)
    if n >= 40 and k < PLAIN_EN_CHUNK_SHARE * n:
        return None
    return sum(map(len, words)), n, k


@settings(max_examples=500, deadline=None)
@given(st.one_of(TRICKY, st.text(max_size=300),
                 st.lists(st.sampled_from(["the", "you", "Our", "data", "x1", "—", "é"]), max_size=60)
                 .map(" ".join)))
def test_chunk_stats_are_the_plain_ones(chunk):
    from adlint.analysis.language import _chunk_stats

    assert _chunk_stats(chunk) == _plain_chunk_stats(chunk)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TRICKY, st.text(max_size=300)))
def test_letters_are_counted_as_the_regex_counts_them(text):
    from adlint.analysis.language import _LETTER, _count_letters

    assert _count_letters(text) == len(_LETTER.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["you", "You", "YOUR", "yours", "yourself", "yourſelf",
                                           "yourselves", "_you", "éyou", "you2", "your’s", "\n\n"]),
                          TRICKY), max_size=20).map(" ".join))
def test_you_count_is_the_plain_one(text):
    from adlint.analysis.address import you_count
    from adlint.parse import parse

    plain = re.compile(r"(?<!\w)(?:you|your|yours|yourself)(?!\w)", re.IGNORECASE)
    doc = parse("x", text, "markdown")
    assert you_count(doc) == sum(len(plain.findall(b.text)) for b in doc.blocks)


def _sample_paragraphs():
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "evaluation" / "langid-samples"
    return sorted({p.strip() for f in sorted(folder.glob("*.txt"))
                   for p in f.read_text(encoding="utf-8").split("\n") if p.strip()})


PARAGRAPHS = _sample_paragraphs()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=14),
       st.sampled_from([(), (0.8,), (0.9,), (0.8, 0.9), (0.6, 0.7, 0.95)]))
def test_a_vote_stopped_early_answers_as_the_whole_vote(paragraphs, sides):
    """The vote stops reading chunks once the rest cannot change its answer: the same
    winner, on the same side of every confidence the caller compares it with."""
    from adlint.analysis.language import MIN_CONFIDENCE, _vote

    text = "\n\n".join(paragraphs)
    whole = _vote(text)
    early = _vote(text, sides)
    assert early[0] == whole[0] and early[2] == whole[2]
    for side in (MIN_CONFIDENCE, *sides):
        assert (early[1] >= side) == (whole[1] >= side)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from(list("aeiouyxtsdg’'-9²é")), max_size=12),
                 st.text(max_size=12)))
def test_syllables_of_a_word_without_letters(word):
    from adlint.analysis import syllables

    w = word.lower().replace("’", "'")
    if "-" not in w and not any(ch.isalpha() for ch in w):
        assert syllables.count(word) == (1 if w else 0)
    else:
        assert syllables.count(word) >= 0
