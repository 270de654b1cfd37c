"""repeats: the same requirement or sentence twice in one ad.

Every sentence of at least `min_words` words (bullets, paragraphs, table cells; not
headings) is compared with the sentences before it by the Jaccard overlap of their
lower-case words; at `min_overlap` or more the later one is reported, with the line
of the first (a run of repeated sentences is one finding). Language-neutral: it
compares words, not meanings.

A careers page with several postings repeats its headings ("Position overview",
"How to apply") once per posting, and each posting needs its own copy of the shared
text; a heading that repeats one of the current posting's starts a new posting, and
sentences are compared only within their posting.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check


_GRADE = re.compile(r"\b(?:GS|GG|SES|IT|EC|AS|PM|EX|Band|Grade|Level|L)[-\s]?\d{1,2}\b", re.I)


def _grade_parallel(a: str, b: str) -> bool:
    """Two labels that differ only in a grade ("GS15 objectives", "GS14 objectives")."""
    if a == b or not (_GRADE.search(a) and _GRADE.search(b)):
        return False
    return " ".join(_GRADE.sub(" ", a).lower().split()) == " ".join(_GRADE.sub(" ", b).lower().split())


def _words(s) -> frozenset[str]:
    """The sentence's lower-case words, apostrophes straightened (lower-cased in one
    string: no word holds a space, and no letter lower-cases differently beside one)."""
    return frozenset(" ".join(s.word_list).lower().replace("’", "'").split(" "))


class _Seen:
    """The sentences compared so far, with an index that finds, for a new sentence,
    the earlier ones whose Jaccard overlap with it can reach `limit` (prefix
    filtering: two sets with overlap o share a word among the first |A| - o + 1
    words of each, in any fixed order of words; o is at least limit x the larger
    size). The candidates are checked in order with the exact test, so the first
    match is the one a comparison with every earlier sentence finds."""

    __slots__ = ("limit", "entries", "index")

    def __init__(self, limit: float):
        self.limit = limit
        self.entries: list[tuple[frozenset, int, object, int]] = []  # (words, size, block, start)
        self.index: dict[str, list[int]] = {}

    @property
    def last_block(self):
        return self.entries[-1][2] if self.entries else None

    def prefix(self, words: frozenset) -> list[str]:
        n = len(words)
        # the least overlap that can pass the test, a little under limit x n so that
        # no rounding of the floating-point test can pass a smaller one
        least = max(1, math.ceil(self.limit * n - 1e-6))
        # a fixed order of all words: long (rarer) ones first, then alphabetical (the
        # sort is stable, reversed too)
        return sorted(sorted(words), key=len, reverse=True)[:n - least + 1]

    def add(self, words: frozenset, prefix: list[str], block, start: int) -> None:
        k = len(self.entries)
        self.entries.append((words, len(words), block, start))
        index = self.index
        for w in prefix:
            hit = index.get(w)
            if hit is None:
                index[w] = [k]
            else:
                hit.append(k)

    def first_like(self, words: frozenset, prefix: list[str]) -> tuple | None:
        """(block, start, overlap) of the first earlier sentence at `limit` or more
        (`prefix`: self.prefix(words))."""
        index, limit = self.index, self.limit
        cands: set[int] = set()
        for w in prefix:
            hit = index.get(w)
            if hit:
                cands.update(hit)
        if not cands:
            return None
        n = len(words)
        entries = self.entries
        for k in sorted(cands):
            other, m, block, start = entries[k]
            if (n if n < m else m) < limit * (m if n < m else n):
                continue  # Jaccard cannot reach the limit
            common = len(words & other)
            overlap = common / (n + m - common)  # |A ∪ B| = |A| + |B| - |A ∩ B|
            if overlap >= limit:
                return block, start, overlap
        return None


class RepeatsCheck(Check):
    """A sentence that repeats an earlier one (word overlap by Jaccard index).

    Keys: `min_words` (shorter sentences are not compared: "Apply now." may well come
    twice), `min_words_exact` (list items from this many words up to `min_words` are
    compared too, but only with list items of exactly the same words: "Training and
    development" listed twice; 0: never), `min_overlap` (0–1), `skip_sections` (parts of the ad where repeats are
    expected), `branch_tags` (template tags that, between the two, mean they may be
    alternatives of which only one is published). Lead-ins ending with a colon are not
    compared. Sentences that repeat one after another are one finding, on the first of
    them, with `run_message` (`{line}`, `{last_line}`: the lines of the first and last
    originals, `{count}`, `{more}`: how many after the first). Message: `{line}` (of the
    first occurrence), `{overlap}` (percent), `{match}`.
    """

    kind = "repeats"
    options = {"min_words": (int, 5), "min_words_exact": (int, 0), "min_overlap": ((int, float), 0.8), "skip_sections": (list, []),
               "run_message": (str, ""),
               "branch_tags": (list, ["{% else", "{% elsif", "{% endif", "{%- else", "{%- elsif",
                                      "{%- endif", "{{< else", "{% endunless"])}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if not 0 < options["min_overlap"] <= 1:
            raise ValueError("min_overlap must be more than 0 and at most 1")

    @staticmethod
    def _labels(doc) -> list[str]:
        """The label each block sits under: the last heading or lead-in paragraph
        ("GS15 objectives for successful designers:")."""
        out, label = [], ""
        for b in doc.blocks:
            if b.kind == "heading" or (b.kind == "paragraph" and b.text.rstrip().endswith(":")
                                       and len(b.text.split()) <= 12):
                label = b.text
            out.append(label)
        return out

    def repeats(self, doc, facts: Facts):
        """(sentence, line of the first occurrence, overlap) for every eligible sentence,
        with line None when it repeats nothing."""
        least, limit = self.opts["min_words"], self.opts["min_overlap"]
        exact = self.opts["min_words_exact"] or least
        skip = frozenset(self.opts["skip_sections"])
        index = {id(b): k for k, b in enumerate(doc.blocks)}
        posting = facts.postings
        labels = self._labels(doc)
        current = 0
        seen = _Seen(limit)
        items: dict[frozenset, tuple] = {}  # short list items: words -> (block, start)
        shortest = min(least, exact)
        sections = facts.sections if skip else None
        for s in facts.sentences:
            k = index[id(s.block)]
            if posting[k] != current:
                current, seen, items = posting[k], _Seen(limit), {}  # another posting
            if s.words < shortest or s.block.kind == "heading":
                continue
            if s.words < least:
                if s.block.kind == "list_item" and s.start == 0 and s.end >= len(s.block.text.rstrip(" .;")):
                    yield from self._short_item(doc, s, items, exact)
                continue
            if s.text.rstrip().endswith(":"):
                continue  # a lead-in ("This experience must include ALL of the following:")
            if skip and sections[k] in skip:
                continue
            words = _words(s)
            if len(words) < least:
                continue
            prefix = seen.prefix(words)
            first = seen.first_like(words, prefix)
            previous = seen.last_block
            if first is None:
                seen.add(words, prefix, s.block, s.start)
                yield s, None, 0.0, False
                continue
            block, start, overlap = first
            if (overlap < 1 and block is previous and s.block.kind == block.kind == "list_item"
                    and index[id(s.block)] == index[id(block)] + 1):
                seen.add(words, prefix, s.block, s.start)
                yield s, None, 0.0, False  # neighbouring variants ("… use Virtualization", "… use
                continue            # Containerization"): a parallel list, not a copy
            before = block.span(start, start + 1)[0]
            if any(t in doc.source[before:s.block.span(s.start, s.start + 1)[0]]
                   for t in self.opts["branch_tags"]):
                continue  # in another branch of a template ({% if %} … {% else %}): one shows
            parallel = _grade_parallel(labels[index[id(block)]], labels[index[id(s.block)]])
            yield s, doc.lines.position(before)[0], overlap, parallel

    def _short_item(self, doc, s, items: dict, exact: int):
        """A short list item (`min_words_exact` words or more): a repeat only when an
        earlier list item has exactly the same words."""
        words = _words(s)
        if len(words) < exact:
            return
        if words not in items:
            items[words] = (s.block, s.start)
            yield s, None, 0.0, False
            return
        block, start = items[words]
        yield s, doc.lines.position(block.span(start, start + 1)[0])[0], 1.0, False

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        run: list[tuple] = []  # consecutive repeated sentences: one finding
        for s, line, overlap, parallel in [*self.repeats(doc, facts), (None, None, 0.0, False)]:
            if line is not None:
                run.append((s, line, overlap, parallel))
                continue
            # a few shared items in lists for two grades ("GS15 objectives", "GS14
            # objectives") belong in both; a list pasted again (3 or more) is a repeat
            if run and not (len(run) < 3 and all(r[3] for r in run)):
                yield self._finding(doc, run)
            run = []

    def _finding(self, doc, run: list[tuple]) -> Finding:
        s, line, overlap, _ = run[0]
        if len(run) == 1 or not self.opts["run_message"]:
            message = self.format(self.rule.message, line=line, overlap=round(overlap * 100),
                                  match=" ".join(s.text.split()))
        else:
            message = self.format(self.opts["run_message"], line=line, last_line=run[-1][1],
                                  more=len(run) - 1, count=len(run),
                                  match=" ".join(s.text.split()))
        return self.finding(message, s.block, s.start, s.end, doc)
