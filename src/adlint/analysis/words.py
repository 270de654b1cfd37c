"""Words: the one tokeniser every rule and measure shares."""

from __future__ import annotations

import re
from itertools import chain

#: A word: letters or digits, with inner apostrophes and hyphens ("don't", "self-starter").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

_ENDINGS = ("ing", "es", "ed", "s", "d")
_INNER = re.compile(r"[-']")


def count(text: str, start: int = 0, end: int | None = None) -> int:
    return len(WORD.findall(text, start, len(text) if end is None else end))


def count_upto(text: str, most: int) -> int:
    """The number of words of text, or most + 1 when there are more (a long paragraph
    is not tokenised to its end to learn that it is not a short label)."""
    n = 0
    for _ in WORD.finditer(text):
        n += 1
        if n > most:
            break
    return n


def word_index(text: str) -> set[str]:
    """Lower-case words of text, each also without an inflection ending, so that
    a term's first word is in the index whenever the term can match."""
    return _with_endings(set(WORD.findall(text.replace("’", "'").lower())))


#: the letters that lower-case differently in a text than word by word: "İ" to two
#: characters (one not a word character), "Σ" to "ς" or "σ" by what follows it
NOT_WORD_BY_WORD = ("\u0130", "\u03a3")


def word_index_of(tokens) -> set[str]:
    """word_index of a text whose WORD tokens are `tokens`, in which no letter of
    NOT_WORD_BY_WORD occurs (every other character lower-cases to one character of the
    same kind: the tokens lower-cased are the lower-cased text's tokens)."""
    if not tokens:
        return set()
    # each distinct token once: an ad repeats its words (half of its tokens are repeats)
    return _with_endings(set(" ".join(set(tokens)).replace("’", "'").lower().split(" ")))


def _forms(w: str) -> tuple[str, ...]:
    """The index entries a lower-case word adds besides itself: the word without an
    inflection ending (the _ENDINGS, tested by the last letter first) and the parts of
    a word with inner hyphens or apostrophes."""
    out = []
    c, n = w[-1], len(w)
    if c == "s" or c == "d":
        if n > 2 and w[-2] == "e":
            out.append(w[:-2])
        if n > 1:
            out.append(w[:-1])
    elif c == "g":
        if n > 3 and w.endswith("ing"):
            out.append(w[:-3])
    if "-" in w or "'" in w:  # "self-starter" as text, "self" as a term
        out.extend(p for p in _INNER.split(w) if p)
    return tuple(out)


class WordMemo(dict):
    """word -> fn(word), filled on first use and kept across documents: an ad's words
    are mostly words earlier ads used, and `map(memo.__getitem__, words)` looks them up
    in C, where a cached function would be called in Python word by word."""

    def __init__(self, fn, most: int = 200_000):
        super().__init__()
        self.fn = fn
        self.most = most

    def __missing__(self, word: str):
        if len(self) >= self.most:  # bounded: an editor session sends ever-new words
            self.clear()
        value = self[word] = self.fn(word)
        return value


_FORMS = WordMemo(_forms)


def _with_endings(words: set[str]) -> set[str]:
    """`words` (a set of its own, filled in place) and their _forms."""
    words.update(tuple(chain.from_iterable(map(_FORMS.__getitem__, words))))
    return words


def term_words(terms) -> tuple[frozenset[str], ...] | None:
    """The lower-case words of every term, or None when some term has no word at all
    (then no word index can rule the terms out). A term's other characters ("he/she",
    "24/7", "diplômé(e)") are matched literally, so the text holds its words as words
    of their own too."""
    out = []
    for t in terms:
        t = t.strip().replace("’", "'")
        if not t:
            continue
        words = WORD.findall(t.lower())
        if not words:
            return None
        out.append(frozenset(words))
    return tuple(out)


#: the characters (besides ASCII i and s) whose case re's IGNORECASE matches otherwise
#: than str.lower: "İ" lower-cases to two characters, "Σ" by what follows it, and the
#: others share a letter's case class with another character ("ſ" matches "s", "ϐ"
#: matches "β": re._casefix)
_CASE_APART = re.compile(
    "[\xb5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c"
    "\u03a0\u03a1\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0"
    "\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5"
    "\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a"
    "\u0462\u0463\u1c80-\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b"
    "\ufb05\ufb06]")


def phrase_key(text: str) -> str | None:
    """text in lower case, straight apostrophes, white space runs as one space: a term
    matched case-insensitively (words apart by any white space, either apostrophe) can
    only occur in a text whose phrase_key holds the term's. None: text with a letter
    of _CASE_APART (no such test)."""
    if not text.isascii() and _CASE_APART.search(text):
        return None
    return " ".join(text.replace("’", "'").lower().split())


def may_match(term_sets, index: set[str]) -> bool:
    """Can any term occur in a text with this word index? (All its words must.)"""
    return any(ws <= index for ws in term_sets)
