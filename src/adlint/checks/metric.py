"""metric: a document-level measure compared with a threshold."""

from __future__ import annotations

from typing import Iterable

from ..finding import Finding
from .base import Check, Context


class MetricCheck(Check):
    """Report the document when a metric is below `min` or above `max`.

    Keys: `metric` (a name from adlint.metrics, e.g. `words`), `min`, `max`.
    The message may use {value}, {min} and {max}. Empty documents are not judged.
    """

    kind = "metric"
    options = {
        "metric": (str, "words"),
        "min": ((int, float, type(None)), None),
        "max": ((int, float, type(None)), None),
    }

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        if not ctx.metric("words"):
            return
        value = ctx.metric(self.opts["metric"])
        if value is None:
            return
        lo, hi = self.opts["min"], self.opts["max"]
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            shown = round(value, 1) if isinstance(value, float) else value
            yield self.finding(self.format(self.rule.message, value=shown, min=lo, max=hi))
