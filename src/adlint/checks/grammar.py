"""languagetool: grammar and spelling through LanguageTool (off unless asked).

Findings carry LanguageTool's own rule id, `grammar/<RULE_ID>`, its message and
its replacements as suggestions; one replacement is offered as a fix.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from .. import languagetool as lt
from ..language import normalize
from ..finding import Edit, Finding
from .base import Check, Context

_SERIOUS = {"misspelling", "grammar", "typographical-error", "inconsistency"}


class LanguageToolCheck(Check):
    kind = "languagetool"
    options = {
        "disabled_rules": (list, list(lt.DEFAULT_DISABLED_RULES)),
        "disabled_categories": (list, []),
        "fix": (bool, True),
    }
    fixable = True

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        settings = ctx.settings
        if not getattr(settings, "grammar", False) or not doc.blocks:
            return
        # the tag as written keeps the variant (en-GB spells "organisation" right)
        tag = doc.metadata.get("language_tag")
        language = (lt.lt_language(tag) if normalize(tag) == doc.language else None) \
            or lt.lt_language(doc.language)
        if language is None:
            ctx.notes.append(f"grammar: LanguageTool does not offer language "
                             f"{doc.language!r}; grammar and spelling not checked")
            return
        try:
            matches = lt.check_document(doc, settings, language, self.opts["disabled_rules"],
                                        self.opts["disabled_categories"],
                                        use_cache=getattr(settings, "cache", True))
        except lt.BackendError as exc:
            ctx.notices.append(f"grammar: {exc}; grammar and spelling not checked, "
                               "other rules ran")
            ctx.backend_failed = True
            return
        starts = doc.block_starts
        for m in matches:
            k = bisect_right(starts, m.start) - 1
            if k < 0:
                continue
            block = doc.blocks[k]
            i, j = m.start - starts[k], min(m.end - starts[k], len(block.text))
            if i >= len(block.text) or j <= i:
                continue  # in the blank line between blocks
            severity = "warning" if m.issue_type in _SERIOUS or m.category in ("TYPOS", "GRAMMAR") else "info"
            f = self.finding(m.message or f"LanguageTool rule {m.rule_id}", block, i, j, doc,
                             suggestions=m.replacements[:5])
            f.rule = f"grammar/{m.rule_id}"
            f.severity = severity
            if (self.opts["fix"] and len(m.replacements) == 1 and f.text == f.named
                    and "\ufffc" not in f.named):
                f.fix = [Edit(f.start, f.end, m.replacements[0])]
            yield f
