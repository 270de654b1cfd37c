"""metric: a document-level measure compared with a threshold."""

from __future__ import annotations

from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check


class MetricCheck(Check):
    """Report the document when a metric is below `min` or above `max`.

    Keys: `metric` (a name from Facts.METRICS, e.g. `words`), `min`, `max`.
    The message may use {value}, {min} and {max}. Empty documents are not judged.
    """

    kind = "metric"
    options = {
        "metric": (str, "words"),
        "min": ((int, float, type(None)), None),
        "max": ((int, float, type(None)), None),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["metric"] not in Facts.METRICS:
            raise ValueError(f"metric {options['metric']!r} is not one of {', '.join(Facts.METRICS)}")

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if not facts.metric("words"):
            return
        value = facts.metric(self.opts["metric"])
        if value is None:
            return
        lo, hi = self.opts["min"], self.opts["max"]
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            shown = round(value, 1) if isinstance(value, float) else value
            yield self.finding(self.format(self.rule.message, value=shown, min=lo, max=hi))
