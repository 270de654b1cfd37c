"""Gender coding: the Gaucher, Friesen & Kay (2011) word-stem measure.

The algorithm follows gender-decoder exactly: lower-cased ASCII word tokens
(apostrophes and other punctuation split words; a hyphenated word is split
unless it starts with a hyphenated stem), a token counts once for every stem it
starts with, score = feminine - masculine, and the verdict bands of the paper's
tool. Word lists are rules/data/<wordlist>.yaml.
"""

from __future__ import annotations

import re

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


def _coded_blocks(doc, words: dict) -> set[int] | None:
    """Indexes of the blocks where some stem may occur (in any case), from one RE2 pass
    over the prose that goes on from the next block once a block has one: a word can
    start with a stem only there, so the token loop reads no other block (None: read
    every block)."""
    pat = _STEMS.get(id(words))
    if pat is None:
        from .prefilter import Prefiltered

        stems = sorted({*words["masculine"], *words["feminine"]}, key=lambda w: (-len(w), w))
        pat = _STEMS[id(words)] = Prefiltered(re.compile("|".join(map(re.escape, stems)),
                                                         re.IGNORECASE))
    return pat.blocks_to_search(doc.prose, doc.block_starts)


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
    coded = _coded_blocks(doc, words)
    for k, block in enumerate(doc.blocks):
        if coded is not None and k not in coded:
            continue
        text = block.text
        skip = [m.span() for m in exception_phrases.finditer(text)] if exception_phrases else ()
        for m in _TOKEN.finditer(text):
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
                if word in exceptions or (skip and any(a <= start and end <= b for a, b in skip)):
                    continue
                for stem in hit[0]:
                    result.masculine.append((block, start, end, text[start:end], stem))
                for stem in hit[1]:
                    result.feminine.append((block, start, end, text[start:end], stem))
    return result
