"""Words: the one tokeniser every rule and measure shares."""

from __future__ import annotations

import re

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
    return _with_endings(set(" ".join(tokens).replace("’", "'").lower().split(" ")))


def _with_endings(words: set[str]) -> set[str]:
    out = set(words)
    add = out.add
    for w in words:  # the _ENDINGS, tested by the last letter first
        c, n = w[-1], len(w)
        if c == "s":
            if n > 2 and w[-2] == "e":
                add(w[:-2])
            if n > 1:
                add(w[:-1])
        elif c == "d":
            if n > 2 and w[-2] == "e":
                add(w[:-2])
            if n > 1:
                add(w[:-1])
        elif c == "g":
            if n > 3 and w.endswith("ing"):
                add(w[:-3])
        if "-" in w or "'" in w:  # "self-starter" as text, "self" as a term
            out.update(p for p in _INNER.split(w) if p)
    return out


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


def may_match(term_sets, index: set[str]) -> bool:
    """Can any term occur in a text with this word index? (All its words must.)"""
    return any(ws <= index for ws in term_sets)
