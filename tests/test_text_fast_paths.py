"""Fast paths of the text measures (sentences, repeats, readability, syllables, gender,
language) against the plain code they replaced, kept here, on generated text."""

from hypothesis import given, settings
from hypothesis import strategies as st

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
