"""Experience requirements that cannot be right.

experience-level: an entry-level, junior, graduate, intern or apprentice job (said in
the title, or by a phrase in the text) that asks for more years of experience than
`max_years`. technology-age: more years of a technology than it has existed ("10+ years
of Kubernetes"), from the release years in rules/data/technologies.yaml.

The words (level words, "years of experience" patterns, number words, excuses) are
the rules' options; this module only compares numbers.
"""

from __future__ import annotations

import datetime
import re
from functools import cached_property
from typing import Iterable

from ..analysis import data
from ..analysis.facts import Facts
from ..finding import Finding
from . import patterns
from .base import Check
from .title import compile_re2, job_title


def _number(text: str, words: dict) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    value = str(words.get(text, "")).strip()
    return int(value) if value.isdigit() else None


def _finditer(regex, text: str):
    """Every non-overlapping match of an RE2 regex that starts at a word edge."""
    pos, n = 0, len(text)
    while pos <= n:
        m = regex.search(text, pos)
        if m is None:
            return
        s, e = m.span()
        if e > s and not (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_")):
            yield m
            pos = e
        else:
            pos = s + 1


class _Years(Check):
    """Shared keys: `years_patterns` (RE2, case-insensitive; the group `years` is the
    number, a digit or one of `number_words`) and `number_words` (two: "2")."""

    options = {"years_patterns": (list, []), "number_words": (dict, {})}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        for r in compile_re2(options["years_patterns"], case_sensitive=False):
            if "years" not in r.groupindex:
                raise ValueError(f"years_patterns: {r.pattern!r} has no group named 'years'")

    @cached_property
    def years_regexes(self) -> tuple:
        return compile_re2(self.opts["years_patterns"], case_sensitive=False)

    def years_in(self, text: str):
        """(match, years) for every statement of years in text, first pattern first."""
        taken: list[tuple[int, int]] = []
        for r in self.years_regexes:
            group = r.groupindex["years"]
            for m in _finditer(r, text):
                s, e = m.span()
                if any(a < e and s < b for a, b in taken):
                    continue
                years = _number(m.group(group) or "", self.opts["number_words"])
                if years is not None:
                    taken.append((s, e))
                    yield m, years


class ExperienceLevelCheck(_Years):
    """An entry-level job that asks for more than `max_years` years of experience.

    Keys: `level_words` (in the job title: junior, graduate, intern…), `level_phrases`
    (in the text: "entry-level position", "this internship"), `mixed_levels` (words that
    make the title more than entry level: "Junior/Mid-level", "Senior"), `max_years`,
    `excuses` (phrases that, in the same sentence, make the years optional or give
    another route: "preferred", "or equivalent", "including internships"),
    `skip_sections` (parts where years are not a requirement: nice_to_have), plus the
    `years_patterns` and `number_words` of the statement of years. Message: `{match}`,
    `{years}`, `{level}`, `{max_years}`.
    """

    kind = "experience-level"
    options = {**_Years.options, "level_words": (list, []), "level_phrases": (list, []),
               "mixed_levels": (list, []), "max_years": (int, 1), "excuses": (list, []),
               "skip_sections": (list, [])}

    @cached_property
    def level_words(self):
        return patterns.compile_terms(self.opts["level_words"], inflect=True)

    @cached_property
    def level_phrases(self):
        return patterns.compile_terms(self.opts["level_phrases"], inflect=False)

    @cached_property
    def mixed_levels(self):
        return patterns.compile_terms(self.opts["mixed_levels"], inflect=False)

    @cached_property
    def excuses(self):
        return patterns.compile_terms(self.opts["excuses"], inflect=True)

    def level(self, doc, facts: Facts) -> str | None:
        """The entry-level word of the title, or the phrase of the text, that makes
        this an entry-level job (None when it is not one)."""
        title = job_title(doc, facts)
        if title is not None and self.level_words is not None:
            m = self.level_words.search(title.text)
            if m:
                if self.mixed_levels is not None and self.mixed_levels.search(title.text):
                    return None
                return m.group()
        if self.level_phrases is not None:
            if title is not None and self.mixed_levels is not None \
                    and self.mixed_levels.search(title.text):
                return None
            for b in doc.blocks:
                m = self.level_phrases.search(b.text)
                if m:
                    return m.group()
        return None

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if not self.years_regexes:
            return
        level = None
        skip = frozenset(self.opts["skip_sections"])
        limit = self.opts["max_years"]
        maybe = patterns.re2_blocks(self.years_regexes, doc.prose, doc.block_starts)
        for k, block in enumerate(doc.blocks):
            if maybe is not None and k not in maybe:
                continue  # no statement of years in it
            if block.kind == "heading" or (skip and facts.sections[k] in skip):
                continue
            for m, years in self.years_in(block.text):
                if years <= limit:
                    continue
                a, b = facts.sentence_bounds(block, *m.span())
                if self.excuses is not None and self.excuses.search(block.text, a, b):
                    continue
                if level is None:
                    level = self.level(doc, facts) or ""
                if not level:
                    return
                found = " ".join(m.group().split())
                yield self.finding(
                    self.format(self.rule.message, match=found, years=years,
                                level=" ".join(level.split()).lower(), max_years=limit),
                    block, m.start(), m.end(), doc)


class TechnologyAgeCheck(Check):
    """More years of a technology than it has existed.

    Keys: `patterns` (RE2, case-insensitive, each with the placeholder `{tech}` where a
    technology's name goes and the groups `years` and `tech`), `number_words`,
    `technologies` (the data file in rules/data with each technology's first release
    year), `current_year` (0: this year). The technology's name must be written as the
    data file writes it ("Go", not "go"). Message: `{match}`, `{years}`, `{technology}`,
    `{year}` (first release), `{age}` (years since).
    """

    kind = "technology-age"
    options = {"patterns": (list, []), "number_words": (dict, {}),
               "technologies": (str, "technologies"), "current_year": (int, 0)}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if data.load(options["technologies"]) is None:
            raise ValueError(f"technologies: no data file rules/data/{options['technologies']}.yaml")
        for s in options["patterns"]:
            if "{tech}" not in s or "(?P<years>" not in s or "(?P<tech>" not in s:
                raise ValueError(f"patterns: {s!r} needs {{tech}} and the groups 'years' and 'tech'")
        self.regexes  # report a bad pattern when the pack loads

    @cached_property
    def years(self) -> dict[str, int]:
        """Release year by name and alias, as written (case matters: Go, not go)."""
        out = {}
        for t in data.load(self.opts["technologies"])["technologies"]:
            for name in (t["name"], *t.get("aliases", ())):
                out[" ".join(str(name).split())] = (t["name"], int(t["year"]))
        return out

    @cached_property
    def regexes(self) -> tuple:
        names = sorted(self.years, key=len, reverse=True)
        alt = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
        return compile_re2([p.replace("{tech}", alt) for p in self.opts["patterns"]],
                           case_sensitive=False)

    def this_year(self) -> int:
        return self.opts["current_year"] or datetime.date.today().year

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        now = None
        maybe = patterns.re2_blocks(self.regexes, doc.prose, doc.block_starts)
        for k, block in enumerate(doc.blocks):
            if maybe is not None and k not in maybe:
                continue  # no years of a technology in it
            text = block.text
            taken: list[tuple[int, int]] = []
            for r in self.regexes:
                gy, gt = r.groupindex["years"], r.groupindex["tech"]
                for m in _finditer(r, text):
                    s, e = m.span()
                    if any(a < e and s < b for a, b in taken):
                        continue
                    name = " ".join(m.group(gt).split())
                    after = text[m.end(gt):m.end(gt) + 1]
                    if name not in self.years or (after and (after.isalnum() or after in "_-")):
                        continue  # "go", "Go-to-market", "Reactive"
                    years = _number(m.group(gy) or "", self.opts["number_words"])
                    if years is None:
                        continue
                    technology, year = self.years[name]
                    now = now or self.this_year()
                    if years <= now - year:
                        continue
                    taken.append((s, e))
                    yield self.finding(
                        self.format(self.rule.message, match=" ".join(m.group().split()),
                                    years=years, technology=technology, year=year,
                                    age=now - year),
                        block, s, e, doc)
