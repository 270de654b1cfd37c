"""gender-coded: the Gaucher, Friesen & Kay (2011) word-stem measure.

The algorithm follows gender-decoder exactly: lower-cased ASCII word tokens
(apostrophes and other punctuation split words; a hyphenated word is split
unless it starts with a hyphenated stem), a token counts once for every stem it
starts with, score = feminine - masculine, and the verdict bands of the paper's
tool. adlint differs only by the `exceptions` the rule lists (tokens that are
structure, not tone, in job ads), each with its reason in the rule file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..finding import Finding
from .base import Check, Context

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> dict:
    import yaml

    from ..rules import builtin_rules_dir

    with open(builtin_rules_dir() / "data" / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


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


class Analysis:
    def __init__(self):
        self.masculine: list[tuple] = []  # (block, start, end, word, stem)
        self.feminine: list[tuple] = []

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
    not_coded = set(words.get("not_coded", ())) | exceptions
    result = Analysis()
    memo = _MEMO.setdefault(id(words), {})  # word -> stems it starts with, shared across documents
    if len(memo) > 200_000:
        memo.clear()
    for block in doc.blocks:
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
                end = start + len(word)
                if skip and any(a <= start and end <= b for a, b in skip):
                    continue
                hit = memo.get(word)
                if hit is None:
                    hit = memo[word] = (tuple(s for s in masc if word.startswith(s)),
                                        tuple(s for s in fem if word.startswith(s)))
                for stem in hit[0]:
                    result.masculine.append((block, start, end, text[start:end], stem))
                for stem in hit[1]:
                    result.feminine.append((block, start, end, text[start:end], stem))
    return result


class GenderCodedCheck(Check):
    """Report a masculine-coded ad (`report: document`) or the masculine-coded
    words of one (`report: words`), with alternatives from `alternatives`
    (stem -> suggestion). `exceptions` are tokens never counted; `exception_phrases`
    are phrases whose words are never counted (e.g. "all kinds of")."""

    kind = "gender-coded"
    options = {
        "wordlist": (str, "gender-coded-words"),
        "report": (str, "document"),
        "exceptions": (list, []),
        "exception_phrases": (list, []),
        "alternatives": (dict, {}),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["report"] not in ("document", "words"):
            raise ValueError("'report' must be document or words")
        from .. import patterns

        self.words = load_wordlist(options["wordlist"])
        self.exceptions = frozenset(w.lower() for w in options["exceptions"])
        self.phrases = patterns.compile_terms(options["exception_phrases"])

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        key = ("gender", self.opts["wordlist"], self.exceptions, tuple(self.opts["exception_phrases"]))
        analysis = ctx.cache.get(key)
        if analysis is None:
            analysis = ctx.cache[key] = analyse(doc, self.words, self.exceptions, self.phrases)
            ctx.set_metric("gender_coding", analysis.summary())
        v = analysis.verdict
        if "masculine" not in v:
            return
        if self.opts["report"] == "document":
            words = sorted({w.lower() for _, _, _, w, _ in analysis.masculine})
            yield self.finding(self.format(
                self.rule.message, verdict=v, masculine=len(analysis.masculine),
                feminine=len(analysis.feminine), words=", ".join(words[:8])))
            return
        alternatives = self.opts["alternatives"]
        for block, start, end, word, stem in analysis.masculine:
            alt = alternatives.get(stem)
            yield self.finding(self.format(self.rule.message, match=word, verdict=v,
                                           alternative=alt or "a neutral word"),
                               block, start, end, doc, suggestions=[alt] if alt else [])
