"""An example adlint plugin: the `exclamations` check kind.

Rules of this kind report each exclamation mark past the first `max` in a
document, so a rule pack can say how much shouting an ad may do:

    rules:
      too-many:
        kind: exclamations
        max: 2
        message: "Exclamation mark number {count}: let the facts excite."
"""

from adlint.checks import Check


class ExclamationCheck(Check):
    kind = "exclamations"
    options = {"max": (int, 1)}

    def check(self, doc, facts):
        count = 0
        for block in doc.blocks:
            for i, ch in enumerate(block.text):
                if ch == "!":
                    count += 1
                    if count > self.opts["max"]:
                        yield self.finding(self.format(self.rule.message, count=count),
                                           block, i, i + 1, doc)
