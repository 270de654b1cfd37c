"""Structure kinds: requirement lists, must-have versus nice-to-have, walls of text."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.postings import job_name
from ..analysis.sections import optional_markers
from ..analysis.words import WORD
from ..document import trimmed
from ..finding import Edit, Finding
from . import patterns
from .base import Check


#: a date in a list item ("Graduating in 2019", "Available from June 2019"): not a skill
_DATE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _top_level(doc, items: list) -> list:
    """The items of a list, without the ones nested under another item (examples of it,
    not requirements of their own): those that start further right in the Markdown
    source. (HTML puts items anywhere on a line, so its lists are taken whole.)"""
    if doc.format != "markdown":
        return items
    lines = doc.lines
    columns = [lines.position(b.source_start(0))[1] for b in items]
    least = min(columns, default=0)
    return [b for b, c in zip(items, columns) if c <= least + 1]


def _whole(check: Check, doc, block, message: str) -> Finding:
    i, j = trimmed(block.text, 0, len(block.text))
    return check.finding(message, block, i, j, doc)


class _RequirementLists(Check):
    """Shared options: `skip_labels` (words in a list's label that make it something
    other than the candidate's must-haves: "one of the following", legal eligibility),
    `optional_phrases` (words that mark an item or the ad as optional: "a plus",
    "preferred", "apply anyway")."""

    options = {"skip_labels": (list, []), "optional_phrases": (list, [])}

    @cached_property
    def skip_labels(self):
        return patterns.compile_terms(self.opts["skip_labels"])

    @cached_property
    def optional(self):
        return patterns.compile_terms(self.opts["optional_phrases"])

    def lists(self, facts: Facts):
        """(label, items) of the requirement lists that are the candidate's must-haves."""
        for label, items in facts.requirement_lists:
            if (label is not None and self.skip_labels is not None
                    and self.skip_labels.search(label.text)):
                continue
            yield label, items

    def is_optional(self, text: str) -> bool:
        return self.optional is not None and bool(self.optional.search(text))


class RequirementsCountCheck(_RequirementLists):
    """More than `max_items` must-have bullets in one requirements list (items marked
    optional do not count; an ad that says to apply anyway is not judged)."""

    kind = "requirements-count"
    options = {**_RequirementLists.options, "max_items": (int, 8), "apply_anyway": (list, []),
               "not_requirements": (list, [])}

    @cached_property
    def apply_anyway(self):
        return patterns.compile_terms(self.opts["apply_anyway"])

    @cached_property
    def not_requirements(self):
        return patterns.compile_terms(self.opts["not_requirements"])

    def _counts(self, text: str) -> bool:
        """A must-have skill or quality: not optional, not a date or the right to work
        (`not_requirements`), not a bare job title (SEO keywords: "UI Developer")."""
        if self.is_optional(text):
            return False
        if _DATE.search(text) or (self.not_requirements is not None
                                  and self.not_requirements.search(text)):
            return False
        words = [w for w in WORD.findall(text) if w.lower() != "etc"]
        return not (len(words) <= 4 and text.strip()[-1:] not in ";" and job_name(words))

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        limit = self.opts["max_items"]
        if self.apply_anyway is not None and self.apply_anyway.search(doc.prose):
            return
        for label, items in self.lists(facts):
            items = _top_level(doc, items)
            must = [b for b in items if self._counts(b.text)]
            if len(must) > limit:
                msg = self.format(self.rule.message, items=len(must), max_items=limit)
                yield _whole(self, doc, label if label is not None else items[0], msg)


class RequirementsSplitCheck(_RequirementLists):
    """Requirements listed with nothing marked as nice to have (or "apply anyway")."""

    kind = "requirements-split"
    options = {**_RequirementLists.options, "min_items": (int, 5)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        lists = [r for r in self.lists(facts) if len(r[1]) >= self.opts["min_items"]]
        if not lists:
            return
        if ("nice_to_have" in facts.sections or optional_markers().search(doc.prose)
                or self.is_optional(doc.prose)):
            return
        label, items = lists[0]
        yield _whole(self, doc, label if label is not None else items[0], self.rule.message)


class WallOfTextCheck(Check):
    """An ad of at least `min_words` words with no headings and no lists."""

    kind = "wall-of-text"
    options = {"min_words": (int, 300)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        words = facts.metric("words")
        if words < self.opts["min_words"]:
            return
        if any(b.kind in ("heading", "list_item", "table_cell") for b in doc.blocks):
            return
        if any(k is not None for k in facts.sections):
            return  # "Requirements:" labels structure the ad too
        yield self.finding(self.format(self.rule.message, words=words))


def _list_markup(source: str, item_starts: list[int]) -> list[Edit]:
    """The edits that make lines into a Markdown list: a blank line after the label (in
    the file's own line ending) and "- " before each item."""
    first = item_starts[0]
    newline = "\r\n" if source[max(first - 2, 0):first] == "\r\n" else (
        "\r" if source[first - 1:first] == "\r" else "\n")
    line_start = source.rfind("\n", 0, first) + 1 if newline != "\r" else first
    edits = [Edit(line_start, line_start, newline)]
    edits += [Edit(at, at, "- ") for at in item_starts]
    return edits


class UnmarkedListCheck(Check):
    """A Markdown paragraph that is a list without list markup: a label ending in ":"
    and then at least `min_items` lines that each start a new item (a capital letter, or
    the line before ends a sentence). Markdown joins such lines into one run-on
    paragraph. Lines ending in a hard break (two spaces or a backslash) render on their
    own line and do not count."""

    kind = "unmarked-list"
    fixable = True
    options = {"min_items": (int, 3)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if doc.format != "markdown":
            return
        for block in doc.blocks:
            if block.kind != "paragraph" or "\n" not in block.text:
                continue  # (inside a list item or a quote, "- " would change the nesting)
            found = self._items(doc, block)
            if found is not None:
                i, j, starts = found
                f = self.finding(self.format(self.rule.message, items=len(starts)), block, i, j, doc)
                f.fix = _list_markup(doc.source, [block.source_start(at) for at in starts])
                yield f

    def _items(self, doc, block):
        text = block.text
        label_end = text.find(":\n")
        if label_end < 0 or "\n" in text[:label_end]:
            return None  # the label must be the paragraph's first line
        lines, starts, pos = [], [], label_end + 2
        for line in text[pos:].split("\n"):
            lines.append(line)
            starts.append(pos)
            pos += len(line) + 1
        if len(lines) < self.opts["min_items"]:
            return None
        previous = text[:label_end + 1]
        for line, at in zip(lines, starts):
            pos = block.source_start(at)
            line_start = doc.source.rfind("\n", 0, pos)  # the line before this one
            before = doc.source[doc.source.rfind("\n", 0, line_start) + 1:line_start].rstrip("\r")
            if before.endswith(("  ", "\\")) or before.rstrip().lower().endswith(("<br>", "<br/>", "<br />")):
                return None  # a hard break: the lines do render one by one
            first = line.lstrip()[:1]
            if not (first.isupper() or first.isdigit() or previous.rstrip().endswith((".", ";", "!", "?", ":"))):
                return None  # a wrapped sentence, not an item
            previous = line
        i, j = trimmed(text, 0, len(text))  # the label and its lines: the run-on paragraph
        return i, j, starts
