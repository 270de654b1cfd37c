"""Structure kinds: requirement lists, must-have versus nice-to-have, walls of text."""

from __future__ import annotations

import re
from typing import Iterable

from ..finding import Finding
from ..sections import sections
from .base import Check, Context
from ..document import trimmed

_OPTIONAL = re.compile(
    r"nice[- ]to[- ]have|\bbonus\b|\bpreferred\b|\bdesirable\b|\bdesired\b|\bnot required\b|"
    r"\b(?:is|are|would be) (?:a )?plus\b|\bideally\b|\bif you (?:also )?have\b|"
    r"\b(?:don['’]t|do not) (?:need|have) to (?:meet|have|tick)|\bapply (?:anyway|even if)|"
    r"\beven if you don['’]t|\bnot (?:every|all) (?:of )?(?:these|the)|\boptional\b",
    re.IGNORECASE)


def requirement_lists(doc) -> list[tuple[object, list]]:
    """(label block or None, [list items]) for each run of list items in a requirements section."""
    runs: list[tuple[object, list]] = []
    label = None
    current: list = []
    for b, key in zip(doc.blocks, sections(doc)):
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


def _whole(check: Check, doc, block, message: str) -> Finding:
    i, j = trimmed(block.text, 0, len(block.text))
    return check.finding(message, block, i, j, doc)


class RequirementsCountCheck(Check):
    """More than `max_items` bullets in one requirements list."""

    kind = "requirements-count"
    options = {"max_items": (int, 8)}

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        limit = self.opts["max_items"]
        for label, items in requirement_lists(doc):
            if len(items) > limit:
                msg = self.format(self.rule.message, items=len(items), max_items=limit)
                yield _whole(self, doc, label if label is not None else items[0], msg)


class RequirementsSplitCheck(Check):
    """Requirements listed with nothing marked as nice to have (or "apply anyway")."""

    kind = "requirements-split"
    options = {"min_items": (int, 5)}

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        lists = [r for r in requirement_lists(doc) if len(r[1]) >= self.opts["min_items"]]
        if not lists:
            return
        if "nice_to_have" in sections(doc) or _OPTIONAL.search(doc.prose):
            return
        label, items = lists[0]
        yield _whole(self, doc, label if label is not None else items[0], self.rule.message)


class WallOfTextCheck(Check):
    """An ad of at least `min_words` words with no headings and no lists."""

    kind = "wall-of-text"
    options = {"min_words": (int, 300)}

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        words = ctx.metric("words")
        if words < self.opts["min_words"]:
            return
        if any(b.kind in ("heading", "list_item", "table_cell") for b in doc.blocks):
            return
        if any(k is not None for k in sections(doc)):
            return  # "Requirements:" labels structure the ad too
        yield self.finding(self.format(self.rule.message, words=words))
