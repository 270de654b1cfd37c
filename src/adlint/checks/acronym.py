"""acronym: acronyms used without being spelled out anywhere in the ad."""

from __future__ import annotations

import re
from typing import Iterable

from ..finding import Finding
from .base import Check, Context

_ACRONYM = re.compile(r"(?<![\w&./-])([A-Z][A-Z&]*[A-Z])(s?)(?![\w&/]|-\w|\.\w)")
_CAPS_WORD_END = re.compile(r"(?<![\w])[A-Z]{2,}[:,]?$")
_CAPS_WORD_START = re.compile(r"[A-Z]{2,}(?![\w])")
# Words written in capitals for emphasis ("must include ALL of"), not acronyms.
_EMPHASIS = frozenset("""
A AN AND ANY ALL ARE AS AT BE BUT BY CAN DO EACH FOR FROM HAS HAVE IF IN IS IT ITS MAY ME
MORE MOST MUST MY NO NOR NOT NOW OF ON ONE ONLY OR OUR OUT SO THE THIS TO TWO THREE FOUR
FIVE SIX TEN UP US WE WILL WITH YOU YOUR YES NEW FREE OPEN CLOSED APPLY HERE NOTE
IMPORTANT PLEASE WARNING BOTH EITHER NEITHER EVERY NONE WHO WHAT WHEN WHERE WHY HOW FEAR
II III IV VI VII VIII IX XI XII NEVER ALWAYS AFTER TERM PERMANENT TEMPORARY FULL PART TIME DATE MM DD YYYY YY HH BEFORE NEXT LAST FIRST SECOND THEN THAN ALSO JUST VERY NOTICE REQUIRED
""".split())


class AcronymCheck(Check):
    """Report the first use of each acronym that the ad never spells out.

    An acronym counts as explained when the ad writes "(ABC)" or "ABC (…)"
    anywhere. `allow` lists acronyms every reader knows; the shared vocabulary
    (`[tool.adlint.vocabulary] accept`) is honoured too. Blocks written mostly in
    capitals are left to the shouting rule.
    """

    kind = "acronym"
    options = {"allow": (list, []), "max_length": (int, 7)}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        self.allow = frozenset(options["allow"])

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        allow = self.allow | frozenset(getattr(ctx.settings, "vocabulary", ()) or ())
        first: dict[str, tuple] = {}
        explained: set[str] = set()
        for block in doc.blocks:
            text = block.text
            if not _ACRONYM.search(text):
                continue
            letters = sum(map(str.isalpha, text))
            if letters and sum(map(str.isupper, text)) > 0.6 * letters:
                continue
            for m in _ACRONYM.finditer(text):
                word = m.group(1)
                if sum(c.isupper() for c in word) < 2 or len(word) > self.opts["max_length"]:
                    continue
                if word in allow or word in _EMPHASIS:
                    continue
                before, after = text[:m.start()].rstrip(), text[m.end():].lstrip()
                if _CAPS_WORD_END.search(before) or _CAPS_WORD_START.match(after):
                    continue  # part of a run of capitals: shouting, not an acronym
                if before.endswith("(") and after.startswith(")"):
                    explained.add(word)
                elif after.startswith("(") and not after.startswith("()"):
                    explained.add(word)
                if word not in first:
                    first[word] = (block, m.start(1), m.end(1))
        for word, (block, s, e) in first.items():
            if word in explained:
                continue
            yield self.finding(self.format(self.rule.message, match=word), block, s, e, doc)
