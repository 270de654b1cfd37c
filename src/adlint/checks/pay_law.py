"""pay-law: what the pay-transparency laws of the active jurisdictions require.

`requirement` is one of the names in rules/data/pay-transparency.yaml
(pay, range, benefits, deadline, how_to_apply, ai_statement,
vacancy_statement, range_cap, neutral_title). A finding names each law that
requires the missing item and links its source. Not legal advice.
"""

from __future__ import annotations

import re
from typing import Iterable

from .. import elements, jurisdictions
from .. import pay as pay_mod
from ..finding import Finding
from ..patterns import compile_terms
from .base import Check, Context

REQUIREMENTS = ("pay", "range", "benefits", "deadline", "how_to_apply", "ai_statement",
                "vacancy_statement", "range_cap", "neutral_title")

_AI = re.compile(r"\b(?:artificial intelligence|AI|automated (?:decision|screening|tools?|"
                 r"systems?))\b[^.!?]{0,80}\b(?:screen|assess|select|review|evaluat|hiring|"
                 r"recruit|applica|candidate)|\b(?:screen|assess|select|review|evaluat)\w*\b[^.!?]{0,80}"
                 r"\b(?:artificial intelligence|AI)\b")
_VACANCY = re.compile(r"\b(?:existing|current|new(?:ly created)?|future|backfill|replacement)\s+"
                      r"(?:vacancy|vacancies|position|role)\b|\bnot (?:an? )?(?:existing|current) "
                      r"vacanc|\bto (?:fill|replace)\b|\bvacancy\b", re.IGNORECASE)
_GENDERED_TITLES = compile_terms(
    ["salesman", "saleswoman", "chairman", "chairwoman", "foreman", "forewoman", "handyman",
     "craftsman", "repairman", "deliveryman", "cameraman", "fireman", "policeman", "postman",
     "workman", "waiter", "waitress", "barman", "barmaid", "stewardess", "hostess", "housewife",
     "headmaster", "headmistress", "landlady", "spokesman", "spokeswoman", "businessman",
     "businesswoman", "cleaning lady", "tradesman", "serviceman", "lineman", "draftsman",
     "middleman", "anchorman", "weatherman", "journeyman", "doorman", "groundsman", "midwife",
     "Kaufmann", "Verkäufer", "vendeur", "serveuse"], inflect=False)


def _title(doc) -> tuple[str, object]:
    """The job title: front-matter title, HTML <title>, or the first heading."""
    fm = doc.metadata.get("front_matter") or {}
    if isinstance(fm, dict) and isinstance(fm.get("title"), str):
        return fm["title"], None
    for b in doc.blocks:
        if b.kind == "heading":
            return b.text, b
    return doc.metadata.get("title") or "", None


class PayLawCheck(Check):
    kind = "pay-law"
    options = {"requirement": (str, "pay")}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["requirement"] not in REQUIREMENTS:
            raise ValueError(f"requirement must be one of {', '.join(REQUIREMENTS)}")

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        req = self.opts["requirement"]
        acts = [a for a in jurisdictions.active(doc, ctx.settings) if req in a.law.requires
                or (req == "pay" and "range" in a.law.requires)]
        if not acts:
            return
        missing = getattr(self, "_" + req)(doc, [a.law for a in acts])
        if missing is None:
            return
        block, i, j, detail = missing
        laws = "; ".join(f"{a.law.name} ({a.law.code}{', ' + a.law.status if a.law.status != 'in force' else ''}"
                         f"{', inferred from “' + a.inferred_from + '”' if a.inferred_from else ''})"
                         for a in acts)
        sources = " ".join(a.law.source for a in acts if a.law.source)
        msg = self.format(self.rule.message, laws=laws, detail=detail)
        uncertain = all(a.law.status != "in force" for a in acts)
        if block is None:
            f = self.finding(msg, suggestions=[], )
        else:
            f = self.finding(msg, block, i, j, doc)
        f.message += f" Sources: {sources}" if sources else ""
        if uncertain:
            f.severity = "info"
        yield f

    # each returns None when satisfied, else (block or None, i, j, detail)
    def _pay(self, doc, laws):
        if pay_mod.statements(doc):
            return None  # open-ended figures are the `range` requirement's business
        return (None, 0, 0, "no pay figure")

    def _range(self, doc, laws):
        sts = pay_mod.statements(doc)
        if any(s.is_range for s in sts):
            return None
        open_ = [s for s in sts if s.open_ended]
        if open_:
            s = open_[0]
            if s.block is not None:
                return (s.block, s.start, s.end, f"“{s.text}” is open-ended")
            return (None, 0, 0, f"{s.text} is open-ended")
        if sts:
            return None  # a single figure: min equals max
        return (None, 0, 0, "no pay range")

    def _range_cap(self, doc, laws):
        capped = [law for law in laws if law.range_cap]
        for s in pay_mod.statements(doc):
            if s.is_range:
                lo, hi = s.annual(s.low), s.annual(s.high)
                if any(hi - lo > law.range_cap and hi <= (law.range_cap_exempt_above or 0)
                       for law in capped):
                    detail = f"the range {s.text} spans {hi - lo:,.0f} a year"
                    if s.block is not None:
                        return (s.block, s.start, s.end, detail)
                    return (None, 0, 0, detail)
        return None

    def _element(self, doc, key, what):
        return None if elements.detect(doc)[key] is not None else (None, 0, 0, what)

    def _benefits(self, doc, laws):
        return self._element(doc, "benefits", "no description of benefits")

    def _deadline(self, doc, laws):
        return self._element(doc, "deadline", "no application deadline")

    def _how_to_apply(self, doc, laws):
        return self._element(doc, "application_process", "no instructions on how to apply")

    def _statement(self, doc, pattern, what):
        if any(pattern.search(b.text) for b in doc.blocks):
            return None
        return (None, 0, 0, what)

    def _ai_statement(self, doc, laws):
        return self._statement(doc, _AI, "no statement on whether AI screens applicants")

    def _vacancy_statement(self, doc, laws):
        return self._statement(doc, _VACANCY, "no statement on whether this is an existing vacancy")

    def _neutral_title(self, doc, laws):
        title, block = _title(doc)
        m = _GENDERED_TITLES.search(title) if title else None
        if not m:
            return None
        if block is not None:
            return (block, m.start(), m.end(), f"the title says “{m.group()}”")
        return (None, 0, 0, f"the title “{title}” says “{m.group()}”")
