"""Facts: everything adlint knows about one document, computed once and lazily.

Checks read facts and never recompute them, so every rule that asks "does the ad
state pay?" gets the same answer. A `Facts` belongs to one document and one lint
of it; check objects keep nothing per document.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from ..document import Block, Document
from . import address, elements as elements_mod, gender as gender_mod
from . import pay as pay_mod, postings as postings_mod, readability as read_mod
from . import sections as sections_mod
from . import sentences as sentences_mod, words as words_mod

#: Metrics every result carries (JSON output, reports), computed even when no rule asks.
REPORTED = ("words", "sentences", "avg_sentence_length", "flesch_reading_ease", "grade",
            "elements", "element_evidence", "jurisdictions")


class Facts:
    def __init__(self, doc: Document, settings=None):
        self.doc = doc
        self.settings = settings
        self._gender: dict[tuple, gender_mod.Analysis] = {}
        #: metrics asked for during this lint, in JSON order once sorted
        self.metrics: dict[str, Any] = {}

    # -- words and sentences ---------------------------------------------------
    @cached_property
    def words(self) -> int:
        """The words of every block: the sentences' counts, which partition them (a
        sentence ends before white space or at a line break, never inside a word), so
        the blocks are not tokenised again."""
        return sum(s.words for s in self.sentences)

    @cached_property
    def word_index(self) -> set[str]:
        """Lower-case words of the whole prose, for term rules' quick rejection."""
        prose = self.doc.prose
        if any(c in prose for c in words_mod.NOT_WORD_BY_WORD):
            return words_mod.word_index(prose)
        # the sentences' tokens are the prose's (they partition each block's words)
        return words_mod.word_index_of([w for s in self.sentences for w in s.word_list])

    @cached_property
    def prose_key(self) -> str | None:
        """words.phrase_key of the prose, for term rules' phrase test."""
        return words_mod.phrase_key(self.doc.prose)

    @cached_property
    def sentences(self) -> list[sentences_mod.Sentence]:
        return sentences_mod.sentences(self.doc)

    @cached_property
    def _sentences_by_block(self) -> dict[int, list[sentences_mod.Sentence]]:
        out: dict[int, list[sentences_mod.Sentence]] = {}
        for s in self.sentences:
            out.setdefault(id(s.block), []).append(s)
        return out

    def block_words(self, block: Block) -> int:
        """The words of one block (its sentences' counts: they partition its words)."""
        return sum(s.words for s in self._sentences_by_block.get(id(block), ()))

    def sentence_bounds(self, block: Block, start: int, end: int) -> tuple[int, int]:
        """The sentence of block.text that holds text[start:end]."""
        return sentences_mod.bounds(self._sentences_by_block.get(id(block), []), start, end)

    # -- parts of the ad ---------------------------------------------------------
    @cached_property
    def job_headings(self) -> list[int]:
        """Blocks that name the postings of a careers page (repeats and titles read them)."""
        return postings_mod.job_headings(self.doc)

    @cached_property
    def postings(self) -> list[int]:
        """The posting number of each block."""
        return postings_mod.postings(self.doc, self.job_headings)

    @cached_property
    def sections(self) -> list[str | None]:
        """The section key of every block (parallel to doc.blocks)."""
        return sections_mod.sections(self.doc)

    @cached_property
    def requirement_lists(self) -> list[tuple[Block | None, list[Block]]]:
        """(label block or None, [list items]) for each run of list items in a requirements section."""
        runs: list[tuple[Block | None, list[Block]]] = []
        label = None
        current: list[Block] = []
        for b, key in zip(self.doc.blocks, self.sections):
            if key != "requirements":
                if current:
                    runs.append((label, current))
                    current = []
                label = None
                continue
            if b.kind == "list_item":
                current.append(b)
            else:
                if current:
                    runs.append((label, current))
                    current = []
                label = b
        if current:
            runs.append((label, current))
        return runs

    @cached_property
    def pay(self) -> list[pay_mod.PayStatement]:
        """Every pay statement, in the prose and in front matter: the one answer to
        "does the ad state pay?" for every rule."""
        return pay_mod.statements(self.doc, self.sentences, self.sections)

    @property
    def states_pay(self) -> bool:
        return bool(self.pay)

    @cached_property
    def elements(self) -> dict[str, elements_mod.Evidence | None] | None:
        """First evidence of each element; None when the language has no element data."""
        return elements_mod.detect(self.doc, self.sections, self.pay)

    @cached_property
    def readability(self) -> dict | None:
        return read_mod.scores(self.doc.language, self.sentences)

    @cached_property
    def jurisdictions(self) -> list:
        """The pay-transparency laws that apply (analysis/jurisdictions.py, imported only
        when jurisdictions are set)."""
        codes = tuple(getattr(self.settings, "jurisdictions", ()) or ())
        if not codes:
            return []
        from . import jurisdictions as law_mod

        return law_mod.active(self.doc, codes, self.sections)

    @cached_property
    def you_count(self) -> int:
        return address.you_count(self.doc)

    @cached_property
    def reader_address(self) -> dict:
        return address.reader_address(self.doc, self.you_count)

    def gender(self, wordlist: str, exceptions: frozenset[str], phrases) -> gender_mod.Analysis:
        """The gender coding measured with this word list and these exceptions."""
        key = (wordlist, exceptions, phrases.pattern if phrases is not None else None)
        found = self._gender.get(key)
        if found is None:
            words = gender_mod.load_wordlist(wordlist)
            found = self._gender[key] = gender_mod.analyse(self.doc, words, exceptions, phrases)
            summary = found.summary()
            # the verdict of the published algorithm (gender-decoder), without adlint's
            # exceptions for words about the work, pay or machines
            summary["published_verdict"] = found.published_verdict
            self.metrics["gender_coding"] = summary
        return found

    # -- named flags and metrics ---------------------------------------------------
    FLAGS = {"pay-figure": "states_pay", "deadline": "states_deadline",
             "one-posting": "one_posting", "benefits": "states_benefits"}

    @property
    def states_benefits(self) -> bool:
        """The ad names a concrete benefit (the `benefits` element: leave, health cover,
        pension…), not only "a great benefits package"."""
        found = self.elements
        return bool(found and found.get("benefits"))

    @property
    def one_posting(self) -> bool:
        """The page holds one job ad, not a careers page listing several (whose facts,
        such as a pay figure, may belong to another job)."""
        # posting names that are headings: a "Job title: Sales Assistant" or "Reports to:
        # Store Manager" line of a single ad is not a second posting
        headings = [k for k in self.job_headings if self.doc.blocks[k].kind == "heading"]
        return len(headings) <= 1

    @property
    def states_deadline(self) -> bool:
        """The ad gives a closing date (the `deadline` element, front matter included)."""
        found = self.elements
        return bool(found and found.get("deadline"))

    def flag(self, name: str) -> bool:
        """A named yes/no fact, for rules' `unless` (e.g. `pay-figure`)."""
        return bool(getattr(self, self.FLAGS[name]))

    def metric(self, name: str):
        """A metric by name (rules' `metric:` key and the JSON output); remembered
        so the output shows every metric a rule looked at."""
        if name not in self.metrics:
            self.metrics[name] = self._metric(name)
        return self.metrics[name]

    def _metric(self, name: str):
        if name in ("words", "you_count", "reader_address"):
            return getattr(self, name)
        if name in ("sentences", "avg_sentence_length", "flesch_reading_ease", "grade", "lix"):
            return self.readability.get(name) if self.readability else None
        if name == "elements":
            found = self.elements
            if found is None:
                return dict.fromkeys(elements_mod.ELEMENTS)
            return {k: v is not None for k, v in found.items()}
        if name == "element_evidence":
            found = self.elements
            return None if found is None else {k: v.as_dict() for k, v in found.items() if v is not None}
        if name == "jurisdictions":
            if not getattr(self.settings, "jurisdictions", None):
                return None  # not asked
            return [{"code": a.law.code, "inferred_from": a.inferred_from} for a in self.jurisdictions]
        return None

    METRICS = ("words", "you_count", "reader_address", "sentences", "avg_sentence_length",
               "flesch_reading_ease", "grade", "elements", "element_evidence", "jurisdictions")
