"""element: the ad lacks one of the things a good ad tells the candidate."""

from __future__ import annotations

from typing import Iterable

from ..analysis import elements
from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check


class ElementCheck(Check):
    """The ad lacks `element` (one of adlint.analysis.elements.ELEMENTS). Judged
    only in languages with element data; documents under `min_words` words are not
    judged. How strongly each profile needs the element is the rule's `profiles`."""

    kind = "element"
    options = {"element": (str, "pay"), "min_words": (int, 50)}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["element"] not in elements.ELEMENTS:
            raise ValueError(f"element {options['element']!r} is not one of "
                             f"{', '.join(elements.ELEMENTS)}")

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        found = facts.elements
        if found is None or facts.metric("words") < self.opts["min_words"]:
            return
        if found[self.opts["element"]] is None:
            yield self.finding(self.rule.message)
