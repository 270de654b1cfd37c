"""pay-law: what the pay-transparency laws of the active jurisdictions require.

`requirement` is one of the names in rules/data/pay-transparency.yaml
(pay, range, benefits, deadline, how_to_apply, ai_statement,
vacancy_statement, range_cap, neutral_title). A finding names each law that
requires the missing item and links its source. Not legal advice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

from ..analysis import data
from ..analysis.facts import Facts
from ..finding import Finding
from . import patterns
from .base import Check


class Gap(NamedTuple):
    """What a requirement found missing: a span (block, i, j) or the whole ad."""

    detail: str
    block: object = None
    start: int = 0
    end: int = 0


@lru_cache(maxsize=None)
def _statement(name: str, language: str = "en") -> re.Pattern:
    d = (data.load("pay-law", language) or data.load("pay-law", "en"))[name]
    pattern = data.alternation(d["patterns"])
    return re.compile(pattern, 0 if d.get("case_sensitive") else re.IGNORECASE)


@lru_cache(maxsize=None)
def _gendered_titles() -> re.Pattern:
    d = data.load("gendered-titles")
    return patterns.compile_terms([*d["swap"], *d["titles_only"]], inflect=False)


def _title(doc) -> tuple[str, object]:
    """The job title: front-matter title, HTML <title>, or the first heading."""
    fm = doc.metadata.front_matter_fields()
    if isinstance(fm.get("title"), str):
        return fm["title"], None
    for b in doc.blocks:
        if b.kind == "heading":
            return b.text, b
    return doc.metadata.title or "", None


# each requirement: (doc, facts, laws) -> None when satisfied, else a Gap
def _pay(doc, facts, laws):
    if facts.pay:
        return None  # open-ended figures are the `range` requirement's business
    return Gap("no pay figure")


def _range(doc, facts, laws):
    sts = facts.pay
    if any(s.is_range for s in sts):
        return None
    open_ = [s for s in sts if s.open_ended]
    if open_:
        s = open_[0]
        if s.block is not None:
            return Gap(f"“{s.text}” is open-ended", s.block, s.start, s.end)
        return Gap(f"{s.text} is open-ended")
    if sts:
        return None  # a single figure: min equals max
    return Gap("no pay range")


def _range_cap(doc, facts, laws):
    capped = [law for law in laws if law.range_cap]
    for s in facts.pay:
        if s.is_range:
            lo, hi = s.annual(s.low), s.annual(s.high)
            if any(hi - lo > law.range_cap and hi <= (law.range_cap_exempt_above or 0)
                   for law in capped):
                return Gap(f"the range {s.text} spans {hi - lo:,.0f} a year", s.block, s.start, s.end)
    return None


def _element(key: str, what: str):
    def requirement(doc, facts, laws):
        found = facts.elements
        if found is None or found[key] is not None:
            return None  # not judged in this language, or present
        return Gap(what)
    return requirement


def _statement_of(name: str, what: str):
    def requirement(doc, facts, laws):
        pattern = _statement(name, doc.language)  # pay-law.<language>.yaml, else English
        return None if any(pattern.search(b.text) for b in doc.blocks) else Gap(what)
    return requirement


def _neutral_title(doc, facts, laws):
    title, block = _title(doc)
    m = _gendered_titles().search(title) if title else None
    if not m:
        return None
    if block is not None:
        return Gap(f"the title says “{m.group()}”", block, m.start(), m.end())
    return Gap(f"the title “{title}” says “{m.group()}”")


REQUIREMENTS: dict[str, Callable] = {
    "pay": _pay,
    "range": _range,
    "benefits": _element("benefits", "no description of benefits"),
    "deadline": _element("deadline", "no application deadline"),
    "how_to_apply": _element("application_process", "no instructions on how to apply"),
    "ai_statement": _statement_of("ai_statement", "no statement on whether AI screens applicants"),
    "vacancy_statement": _statement_of("vacancy_statement",
                                       "no statement on whether this is an existing vacancy"),
    "range_cap": _range_cap,
    "neutral_title": _neutral_title,
}


class PayLawCheck(Check):
    """`requirement`: what the active laws require (one of REQUIREMENTS). For
    `neutral_title` in a language with grammatical gender, `nouns` and `markers` (as in
    the epicene-title kind) judge the title instead of the English list of gendered
    titles: « Développeur » alone is not neutral, « Développeur (H/F) » is."""

    kind = "pay-law"
    options = {"requirement": (str, "pay"), "nouns": (str, ""), "markers": (list, [])}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["requirement"] not in REQUIREMENTS:
            raise ValueError(f"requirement must be one of {', '.join(REQUIREMENTS)}")
        self.epicene = None
        if options["nouns"]:
            from .epicene import EpiceneTitleCheck

            self.epicene = EpiceneTitleCheck(rule, {"nouns": options["nouns"],
                                                    "markers": options["markers"],
                                                    "site_separators": [" | "]})

    def _epicene_title(self, doc, facts):
        from .title import job_title

        title = job_title(doc, facts, (" | ",))
        got = self.epicene.problem(title.text) if title is not None else None
        if got is None:
            return None
        i, j, feminine = got
        word = title.text[i:j]
        detail = f"« {title.text} » est au masculin seul (« {word} ou {feminine} », ou « (H/F) »)"
        if title.block is None:
            return Gap(detail)
        return Gap(detail, title.block, title.start + i, title.start + j)

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        req = self.opts["requirement"]
        acts = [a for a in facts.jurisdictions if req in a.law.requires
                or (req == "pay" and "range" in a.law.requires)]
        if not acts:
            return
        if req == "neutral_title" and self.epicene is not None:
            gap = self._epicene_title(doc, facts)
        else:
            gap = REQUIREMENTS[req](doc, facts, [a.law for a in acts])
        if gap is None:
            return
        laws = "; ".join(f"{a.law.name} ({a.law.code}{', ' + a.law.status if a.law.status != 'in force' else ''}"
                         f"{', inferred from “' + a.inferred_from + '”' if a.inferred_from else ''})"
                         for a in acts)
        sources = " ".join(a.law.source for a in acts if a.law.source)
        msg = self.format(self.rule.message, laws=laws, detail=gap.detail)
        msg += f" Sources: {sources}" if sources else ""
        # laws not yet in force (or uncertain) give notes, not warnings
        minor = all(a.law.status != "in force" for a in acts)
        if gap.block is None:
            yield self.finding(msg, minor=minor)
        else:
            yield self.finding(msg, gap.block, gap.start, gap.end, doc, minor=minor)
