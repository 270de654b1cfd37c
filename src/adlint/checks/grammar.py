"""languagetool: grammar and spelling through LanguageTool (off unless asked).

Findings carry LanguageTool's own rule id as their code (the engine reports them
as `grammar/<RULE_ID>`), its message and its replacements as suggestions; one
replacement is offered as a fix. Style hints (not misspellings or grammar) are minor.
"""

from __future__ import annotations

from typing import Iterable

from ..analysis.facts import Facts
from ..analysis.language import normalize
from ..document import PLACEHOLDER
from ..finding import Edit, Finding, Note
from .base import Check

_SERIOUS = {"misspelling", "grammar", "typographical-error", "inconsistency"}


class LanguageToolCheck(Check):
    kind = "languagetool"
    options = {
        "disabled_rules": (list, None),
        "disabled_categories": (list, []),
        "fix": (bool, True),
    }
    fixable = True

    def check(self, doc, facts: Facts) -> Iterable[Finding | Note]:
        settings = facts.settings
        if not getattr(settings, "grammar", False) or not doc.blocks:
            return
        from ..backends import languagetool as lt

        disabled_rules = self.opts["disabled_rules"]
        if disabled_rules is None:
            disabled_rules = list(lt.DEFAULT_DISABLED_RULES)
        # the tag as written keeps the variant (en-GB spells "organisation" right)
        tag = doc.language_tag
        language = (lt.lt_language(tag) if normalize(tag) == doc.language else None) \
            or lt.lt_language(doc.language)
        if language is None:
            yield Note(f"grammar: LanguageTool does not offer language {doc.language!r}; "
                       "grammar and spelling not checked")
            return
        try:
            matches = lt.check_document(doc, settings, language, disabled_rules,
                                        self.opts["disabled_categories"],
                                        use_cache=getattr(settings, "cache", True))
        except lt.BackendError as exc:
            yield Note(f"grammar: {exc}; grammar and spelling not checked, other rules ran",
                       run_level=True, backend_failed=True)
            return
        for m in matches:
            k = doc.block_at(m.start)
            if k < 0:
                continue
            block = doc.blocks[k]
            start = doc.block_starts[k]
            i, j = m.start - start, min(m.end - start, len(block.text))
            if i >= len(block.text) or j <= i:
                continue  # in the blank line between blocks
            serious = m.issue_type in _SERIOUS or m.category in ("TYPOS", "GRAMMAR")
            f = self.finding(m.message or f"LanguageTool rule {m.rule_id}", block, i, j, doc,
                             suggestions=m.replacements[:5], code=m.rule_id, minor=not serious)
            if (self.opts["fix"] and len(m.replacements) == 1 and f.text == f.named
                    and PLACEHOLDER not in f.named):
                f.fix = [Edit(f.start, f.end, m.replacements[0])]
            yield f
