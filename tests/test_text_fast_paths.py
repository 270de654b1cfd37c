"""Fast paths of the text measures (sentences, repeats, readability, syllables, gender,
language) against the plain code they replaced, kept here, on generated text."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: pieces that exercise the sentence splitter: abbreviations of both languages, initials,
#: words of every length before a full stop, closing quotes, labels, blanks of all kinds
PIECES = ["e.g.", "Dr.", "U.S.", "c.-à-d.", "c\u2011à\u2011d.", "p. ex.", "paragr.", "téléc.", "xparagr.", "art.", "M.", "J.",
          "Smith", "We", "the", "approx.", "engineering.", "Teamwork.", "abcdefg.", "bcdefgh.",
          "Ünïcödé.", "İstanbul.", "x²", "½.", "etc.", "...", "!", "?!", "…", '."', ".’)", ".]",
          "Skills:", "Competent in: Python", "  Label: value", "\tNote: x", "(", ",", ";",
          "don't", "self-starter", "_", "5.5", " ", " ", "  ", "\n", "\n", "\n\n", "\u00a0",
          "\u2003", "\r", "a", "B", "zz"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# -- sentences: the splitter as it was ------------------------------------------------

def _plain_trimmed(text, i, j):
    while i < j and text[i].isspace():
        i += 1
    while j > i and text[j - 1].isspace():
        j -= 1
    return i, j


def _abbrev_en():
    from adlint.analysis.sentences import _ABBREV

    return _ABBREV


def _plain_ends_sentence(text, m, abbrev):
    from adlint.analysis.sentences import _STARTERS, _word_before_is_abbreviation

    # the letter-by-letter reading of the word before a full stop, without the shortcut
    if m.group()[0] == "." and len(m.group().rstrip("\"'”’)]")) == 1 \
            and _word_before_is_abbreviation(text, m.start(), abbrev):
        nxt_word = text[m.end():m.end() + 12].split(None, 1)
        return bool(nxt_word) and abbrev is _abbrev_en() and nxt_word[0].strip("’'") in _STARTERS
    nxt = text[m.end():m.end() + 3].lstrip()
    return not (nxt and nxt[0].islower())


def _plain_line_breaks(text):
    from adlint.analysis.sentences import _LABEL

    out = []
    pos = text.find("\n")
    while pos != -1:
        line_start = text.rfind("\n", 0, pos) + 1
        line = text[line_start:pos].rstrip()
        nxt = text[pos + 1:].lstrip(" \t")
        if line.endswith(":") or (line and line[-1] not in ",;(" and (_LABEL.match(nxt) or _LABEL.match(line))):
            out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


def _plain_split(text, language):
    """(start, end, words, tokens) of each sentence, as the splitter gave them."""
    from adlint.analysis.sentences import _ABBREV_FR, _END
    from adlint.analysis.words import WORD

    abbrev = _ABBREV_FR if language == "fr" else _abbrev_en()
    ends = [m.end() for m in _END.finditer(text) if _plain_ends_sentence(text, m, abbrev)]
    if "\n" in text:
        ends = sorted(set(ends) | set(_plain_line_breaks(text)))
    out = []
    for i, j in zip([0, *ends], [*ends, len(text)]):
        i, j = _plain_trimmed(text, i, j)
        tokens = WORD.findall(text, i, j)
        if tokens:
            out.append((i, j, len(tokens), tokens))
    return out


def _split(text, language):
    from adlint.analysis.sentences import Sentence, split_block
    from adlint.document import Block

    block = Block("paragraph", text, None, 0, [], None, None, None, None)
    got = split_block(block, language)
    for s in got:  # the dataclass the fast constructor fills is the one __init__ makes
        assert s == Sentence(block, s.start, s.end, s.words, s.tokens)
        assert s.text == text[s.start:s.end]
    return [(s.start, s.end, s.words, s.tokens) for s in got]


@settings(max_examples=1500, deadline=None)
@given(TEXT, st.sampled_from(["en", "fr", None]))
def test_sentences_are_the_plain_splitter_s(text, language):
    assert _split(text, language) == _plain_split(text, language)


def test_sentences_examples():
    for text in ["Join the U.S. We ship. See e.g. the docs.", "Voir l'art. 5 du code. Fin.",
                 "Skills:\nPython\nGo", "Salary: 5k\nBenefits: none", "engineering. Next one",
                 "A. B. Smith went. Then", "x" * 30 + ". Y", "Dr. Who. approx. ten. Done!  \n "]:
        for language in ("en", "fr"):
            assert _split(text, language) == _plain_split(text, language)


# -- sentences: the one-sentence fast path and the Latin-1 word text -----------------

#: what _word_text must get right: Latin-1 letters and digits, marks inside, beside
#: blanks and each other, underscores, Latin-1 blanks and non-letters, curly quotes
WORD_PIECES = ["a", "Zé", "ß", "9", "²", "½", "ª", "'", "-", "’", "--", "_", " ", "\u00a0", "\u0085",
               "\u00ad", "«", "·", "\t", "\n", ".", "!", "?", "e.g.", "don't", "self-starter", "U.S.",
               "“", "\ufffc", "x\u0301", "İ"]
WORD_TEXT = st.lists(st.sampled_from(WORD_PIECES), max_size=30).map("".join)


def _full_split(text, language):
    """split_block's full logic with the regex's tokens: no fast path."""
    from adlint.analysis.sentences import _split
    from adlint.document import Block

    block = Block("paragraph", text, None, 0, [], None, None, None, None)
    return [(s.start, s.end, s.words, s.tokens) for s in _split(block, text, language, None)]


@settings(max_examples=1500, deadline=None)
@given(WORD_TEXT)
def test_word_text_splits_as_the_word_regex(text):
    from adlint.analysis.sentences import _word_text
    from adlint.analysis.words import WORD

    words = _word_text(text)
    if words is not None:
        assert len(words) == len(text)
        cuts = [0, *(i for i, c in enumerate(text) if c.isspace()), len(text)]
        for i, j in zip(cuts, cuts[1:]):  # any slice between blanks
            assert words[i:j].split() == WORD.findall(text, i, j)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(TEXT, WORD_TEXT), st.sampled_from(["en", "fr", None]))
def test_the_fast_split_is_the_full_split(text, language):
    assert _split(text, language) == _full_split(text, language)


def test_the_fast_paths_are_taken():
    from adlint.analysis.sentences import _one_line_no_end, _word_text

    assert _word_text("Self-starter, don't wait: 5 years' Python.") is None  # "years' "
    assert _word_text("Un poste à temps plein, au Québec.").split() == ["Un", "poste", "à", "temps",
                                                                     "plein", "au", "Québec"]
    assert _word_text("We’re hiring") is None  # not Latin-1
    assert _one_line_no_end("Five years of Python.") and not _one_line_no_end("Go. Now")
    assert not _one_line_no_end("e.g. Python") and not _one_line_no_end("Go\nNow")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the shared corpus (../shared/corpus)")
def test_the_fast_split_is_the_full_split_on_the_corpus():
    from adlint.analysis.language import identify
    from adlint.analysis.sentences import split_block
    from adlint.parse import format_for, parse

    files = sorted(p for p in CORPUS.rglob("*") if format_for(str(p)))
    assert files
    for path in files:
        doc = parse(str(path), path.read_text(encoding="utf-8", errors="replace"), format_for(str(path)))
        language = identify(doc, None)[0]
        for b in doc.blocks:
            got = [(s.start, s.end, s.words, s.tokens) for s in split_block(b, language)]
            assert got == _full_split(b.text, language), (str(path), b.text[:80])


# -- syllables: the French count's letter test --------------------------------------

def _plain_fr_count(word):
    """syllables_fr.count with the letter test as it was (a generator over the word)."""
    from adlint.analysis import syllables_fr

    if 2 <= len(word) <= 4 and word.isalpha() and word.isupper():
        return len(word)
    w = word.lower().replace("’", "'")
    if "'" in w:
        return sum(_plain_fr_count(p) for p in w.split("'") if p and p not in syllables_fr._ELIDED) or 1
    if "-" in w:
        return sum(_plain_fr_count(p) for p in w.split("-") if p)
    if not any(ch.isalpha() for ch in w):
        return 1 if w else 0
    return syllables_fr.heuristic(w)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeéiïouyqgl’'-5²½ⅫTIEDSnt\u0301")), max_size=12))
def test_french_syllables_are_the_plain_count(word):
    from adlint.analysis import syllables_fr

    syllables_fr.count.cache_clear()
    assert syllables_fr.count(word) == _plain_fr_count(word)
