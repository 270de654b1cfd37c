"""Structure kinds: requirement lists, must-have versus nice-to-have, walls of text."""

from __future__ import annotations

from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.sections import optional_markers
from ..document import trimmed
from ..finding import Finding
from .base import Check

def _whole(check: Check, doc, block, message: str) -> Finding:
    i, j = trimmed(block.text, 0, len(block.text))
    return check.finding(message, block, i, j, doc)


class RequirementsCountCheck(Check):
    """More than `max_items` bullets in one requirements list."""

    kind = "requirements-count"
    options = {"max_items": (int, 8)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        limit = self.opts["max_items"]
        for label, items in facts.requirement_lists:
            if len(items) > limit:
                msg = self.format(self.rule.message, items=len(items), max_items=limit)
                yield _whole(self, doc, label if label is not None else items[0], msg)


class RequirementsSplitCheck(Check):
    """Requirements listed with nothing marked as nice to have (or "apply anyway")."""

    kind = "requirements-split"
    options = {"min_items": (int, 5)}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        lists = [r for r in facts.requirement_lists if len(r[1]) >= self.opts["min_items"]]
        if not lists:
            return
        if "nice_to_have" in facts.sections or optional_markers().search(doc.prose):
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
