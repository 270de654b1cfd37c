"""Gender coding: the Gaucher, Friesen & Kay (2011) word-stem measure.

The algorithm follows gender-decoder exactly: lower-cased ASCII word tokens
(apostrophes and other punctuation split words; a hyphenated word is split
unless it starts with a hyphenated stem), a token counts once for every stem it
starts with, score = feminine - masculine, and the verdict bands of the paper's
tool. Word lists are rules/data/<wordlist>.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import data

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def load_wordlist(name: str) -> dict:
    return data.load(name)


def verdict(feminine: int, masculine: int) -> str:
    score = feminine - masculine
    if score == 0:
        return "neutral" if feminine else "empty"
    if score > 3:
        return "strongly feminine-coded"
    if score > 0:
        return "feminine-coded"
    if score < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


_MEMO: dict[int, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
_STEMS: dict[int, object] = {}
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _stem_starts(doc, words: dict) -> dict[int, list[int]] | None:
    """Where a word piece may start with a stem, by block: each place a stem (ASCII
    letters in any case) follows something other than a letter, from one RE2-guided pass
    over the prose. Every counted piece starts at such a place (a token's start, or a
    hyphen's end), so only the tokens holding one need reading. None when some stem is
    not ASCII (then every token is read)."""
    pat = _STEMS.get(id(words), _STEMS)
    if pat is _STEMS:  # the word list's first document: its pattern, or None
        pat = _STEMS[id(words)] = _stem_pattern(words)
    if pat is None:
        return None
    out: dict[int, list[int]] = {}
    starts = doc.block_starts
    for m in pat.finditer(doc.prose):
        k = bisect_right(starts, m.start()) - 1
        out.setdefault(k, []).append(m.start() - starts[k])
    return out


def _stem_pattern(words: dict):
    """The pattern of _stem_starts for a word list, or None when some stem is not ASCII."""
    stems = sorted({*words["masculine"], *words["feminine"]}, key=lambda w: (-len(w), w))
    if not all(map(str.isascii, stems)):
        return None
    from .prefilter import Prefiltered

    return Prefiltered("(?<![A-Za-z])(?:" + "|".join(map(re.escape, stems)) + ")",
                       re.IGNORECASE | re.ASCII)


def _token_start(text: str, p: int) -> int:
    """The start of the _TOKEN that holds the letter at text[p]."""
    letters = _ASCII_LETTERS
    while True:
        while p > 0 and text[p - 1] in letters:
            p -= 1
        if p >= 2 and text[p - 1] == "-" and text[p - 2] in letters:
            p -= 1
            continue
        return p


def _tokens(doc, words: dict):
    """(block index, token match) of every token that may hold a coded word, in order."""
    found = _stem_starts(doc, words)
    if found is None:
        for k, block in enumerate(doc.blocks):
            for m in _TOKEN.finditer(block.text):
                yield k, m
        return
    for k in sorted(found):
        text = doc.blocks[k].text
        done = -1  # the end of the last token read
        for p in found[k]:
            if p < done:
                continue  # in the token just read
            m = _TOKEN.match(text, _token_start(text, p))
            if m is not None:
                done = m.end()
                yield k, m


class Analysis:
    def __init__(self):
        self.masculine: list[tuple] = []  # (block, start, end, word, stem)
        self.feminine: list[tuple] = []
        self.published = [0, 0]  # masculine, feminine stems counted without adlint's exceptions

    @property
    def published_verdict(self) -> str:
        """gender-decoder's verdict: every coded word counts."""
        return verdict(self.published[1], self.published[0])

    @property
    def verdict(self) -> str:
        return verdict(len(self.feminine), len(self.masculine))

    def summary(self) -> dict:
        return {"verdict": self.verdict,
                "masculine": [w for _, _, _, w, _ in self.masculine],
                "feminine": [w for _, _, _, w, _ in self.feminine]}


def analyse(doc, words: dict, exceptions: frozenset[str], exception_phrases) -> Analysis:
    masc, fem = tuple(words["masculine"]), tuple(words["feminine"])
    hyphenated = tuple(words.get("hyphenated", ()))
    not_coded = set(words.get("not_coded", ()))
    result = Analysis()
    memo = _MEMO.setdefault(id(words), {})  # word -> stems it starts with, shared across documents
    if len(memo) > 200_000:
        memo.clear()
    last = None
    for k, m in _tokens(doc, words):
        if k != last:
            last, block = k, doc.blocks[k]
            text = block.text
            skip = None  # the exception phrases' spans in the block, found when first asked
        token = m.group().lower()
        pieces = [(token, m.start())]
        if "-" in token and not token.startswith(hyphenated):
            pieces, pos = [], m.start()
            for part in token.split("-"):
                pieces.append((part, pos))
                pos += len(part) + 1
        for word, start in pieces:
            if not word or word in not_coded:
                continue
            hit = memo.get(word)
            if hit is None:
                hit = memo[word] = (tuple(s for s in masc if word.startswith(s)),
                                    tuple(s for s in fem if word.startswith(s)))
            if not (hit[0] or hit[1]):
                continue
            # the published algorithm counts every coded word; adlint's exceptions below
            result.published[0] += len(hit[0])
            result.published[1] += len(hit[1])
            end = start + len(word)
            if word in exceptions:
                continue
            if exception_phrases:
                if skip is None:
                    skip = [m.span() for m in exception_phrases.finditer(text)]
                if any(a <= start and end <= b for a, b in skip):
                    continue
            for stem in hit[0]:
                result.masculine.append((block, start, end, text[start:end], stem))
            for stem in hit[1]:
                result.feminine.append((block, start, end, text[start:end], stem))
    return result
