"""title: what is wrong with the job title itself.

The job title is the front matter's `title`, else the first heading (unless it is a
section label such as "## About the role"), else the HTML `<title>` without the site name
after its separator. One finding per problem: an internal level code ("Engineer III",
"L5"), a place or pay in the title, urgency ("URGENT", "hiring now"), all capitals,
decorative symbols or emoji, a title that is too long, two jobs joined by a slash
("Developer/Tester"), or a field with no job in it ("Electronics Engineering"). The words and patterns are
the rule's options (English lives in the YAML); this module only knows the shapes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from typing import Iterable, NamedTuple

from ..analysis.facts import Facts
from ..analysis.words import WORD
from ..document import PLACEHOLDER, trimmed
from ..finding import Finding
from . import patterns
from .base import Check
from .term import TermCheck

#: a sentence ending inside a heading ("Put the dates here. The …"): not a title
_SENTENCE_END = re.compile(r"[a-z]{2,}[.!?]\s+\w")

#: the `title:` line of YAML front matter (the value, unquoted)
_FM_TITLE = re.compile(r"""^title:[ \t]*["']?([^\r\n]*?)["']?[ \t]*\r?$""", re.MULTILINE)


_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def _front_matter_end(source: str) -> int:
    """Where the front matter (--- … ---) ends, 0 when there is none."""
    if not source.startswith("---"):
        return 0
    m = _FM_CLOSE.search(source, 3)
    return m.start() if m else 0


def _singular(word: str) -> str:
    """"Engineers" → "engineer"; "waitress" stays."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: seniority words: "Principal / Lead Engineer" is one job at two levels, not two jobs
_LEVELS = frozenset({"senior", "junior", "lead", "principal", "chief", "head", "deputy",
                     "associate", "assistant", "staff", "trainee", "graduate"})

#: the problems a title can have, in the order they are reported
PROBLEMS = ("level_code", "location", "pay", "urgency", "caps", "symbols", "length", "two_jobs",
            "no_role")


class JobTitle(NamedTuple):
    text: str
    block: object = None  # the heading block, when the title is a heading
    start: int = 0  # where the title starts in block.text
    source: str = ""  # "front matter", "heading" or "html title"


def job_title(doc, facts: Facts, site_separators=(" | ",)) -> JobTitle | None:
    """The job title: front matter `title`, the first heading (unless it is a section
    label below level 1: "## About us"), or the HTML <title> cut at the first site
    separator ("Nurse | Acme")."""
    fm = doc.metadata.front_matter_fields()
    if isinstance(fm.get("title"), str) and fm["title"].strip():
        return JobTitle(" ".join(fm["title"].split()), None, 0, "front matter")
    sections = facts.sections
    for k, b in enumerate(doc.blocks):
        if b.kind == "heading":
            if sections[k] is not None and b.level != 1:
                return None  # the ad opens with a section ("## About us"): no title to judge
            i, j = trimmed(b.text, 0, len(b.text))
            text = b.text[i:j]
            if not text or "\n" in text or _SENTENCE_END.search(text):
                return None  # two lines, or sentences: a banner or stray text, not a title
            return JobTitle(text, b, i, "heading")
    title = doc.metadata.title or ""
    for sep in site_separators:
        title = title.split(sep)[0]
    title = " ".join(title.split())
    return JobTitle(title, None, 0, "html title") if title else None


def compile_re2(sources: list[str], case_sensitive: bool = True) -> tuple:
    """Rule-pack regular expressions, run by RE2 (linear time whatever the pattern), one
    per source so that each keeps its named groups (`hit`: the part to report)."""
    if not sources:
        return ()
    import re2

    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    out = []
    for s in sources:
        try:
            out.append(re2.compile(s, options))
        except Exception as exc:  # re2.error has no stable type across versions
            raise ValueError(f"pattern {s!r} is not valid RE2 syntax ({exc})") from None
    return tuple(out)


def _search(regexes, text: str):
    """(start, end) of the first match (its `hit` group when it has one), or None."""
    best = None
    for r in regexes:
        m = r.search(text)
        if m is None:
            continue
        hit = r.groupindex.get("hit")
        span = m.span(hit) if hit is not None and m.group(hit) is not None else m.span()
        if best is None or (span[0], -span[1]) < (best[0], -best[1]):
            best = span  # the first, and of those the longest ("Denver, CO", not "Denver")
    return best


class TitleCheck(Check):
    """Problems of the job title, one finding each (on the title's heading when the
    title is a heading, else on the whole ad).

    Keys: `level_codes`, `location`, `pay` (RE2 patterns, case-sensitive unless they
    say `(?i)`; a group named `hit` is the part reported), `urgency` (words and phrases),
    `max_chars`, `max_words`, `caps_min_letters` (a title in capitals with at least this
    many letters is shouting), `allowed_symbols` (symbol characters that are not
    decoration, e.g. "™"), `decorations` (characters that are, besides every emoji and
    pictographic symbol), `site_separators` (what parts a page's <title> from the site's
    name), `two_jobs` (RE2 patterns: two job names in one title), `same_jobs` ("a/b":
    two words for one job, not reported as two jobs), `role_words`,
    `field_words` and `max_field_words` (a title of at most that many words ending in a
    field word with no role word names a field, not a job) and `messages` (the text of
    each problem: level_code, location, pay, urgency, caps, symbols, length, two_jobs,
    no_role; `{match}`, `{chars}`, `{words}`, `{max_chars}`, `{max_words}`).
    The rule's `message` wraps them: `{problem}`, `{title}`.
    """

    kind = "title"
    options = {
        "level_codes": (list, []),
        "location": (list, []),
        "pay": (list, []),
        "urgency": (list, []),
        "max_chars": (int, 60),
        "max_words": (int, 8),
        "caps_min_letters": (int, 6),
        "allowed_symbols": (str, "©®™°"),
        "decorations": (str, ""),
        "site_separators": (list, [" | "]),
        "two_jobs": (list, []),
        "same_jobs": (list, []),
        "role_words": (list, []),
        "field_words": (list, []),
        "max_field_words": (int, 4),
        "messages": (dict, {}),
    }

    def __init__(self, rule, options):
        super().__init__(rule, options)
        unknown = set(options["messages"]) - set(PROBLEMS)
        if unknown:
            raise ValueError(f"messages: unknown problem {sorted(unknown)[0]!r} "
                             f"(known: {', '.join(PROBLEMS)})")
        for key in ("level_codes", "location", "pay", "two_jobs"):
            patterns.validate_re2(options[key], True)  # a bad pattern stops the pack from loading

    @cached_property
    def regexes(self) -> dict:
        return {k: compile_re2(self.opts[k])
                for k in ("level_codes", "location", "pay", "two_jobs")}

    @cached_property
    def role_words(self) -> frozenset:
        return frozenset(w.lower() for w in self.opts["role_words"])

    @cached_property
    def field_words(self) -> frozenset:
        return frozenset(w.lower() for w in self.opts["field_words"])

    @cached_property
    def same_jobs(self) -> frozenset:
        return frozenset(frozenset(_singular(w) for w in p.lower().split("/"))
                         for p in self.opts["same_jobs"])

    def same_job(self, found: str) -> bool:
        """Two words for one job ("Engineer/Developer"): the first and last words of
        the slash pair, in either order, are listed in `same_jobs` ("engineer/developer"),
        are the same word at two levels ("Lecturer/Senior Lecturer"), or the first is a
        level ("Principal / Lead Engineer")."""
        words = [_singular(w.lower()) for w in WORD.findall(found)]
        if len(words) < 2:
            return False
        if words[0] == words[-1] and all(w in _LEVELS for w in words[1:-1]):
            return True  # "Director/Director", "Lecturer/Senior Lecturer"
        if words[0] in _LEVELS:
            return True  # "Principal / Lead Engineer": one job at two levels
        return frozenset((words[0], words[-1])) in self.same_jobs

    def no_role(self, title: str) -> bool:
        """A field with no job in it: a short title that ends with a field's name
        ("Electronics Engineering") and has none of the role words (engineer, intern,
        lead, head…)."""
        words = [w.lower() for w in WORD.findall(title)]
        if not words or len(words) > self.opts["max_field_words"]:
            return False
        if words[-1] not in self.field_words:
            return False
        return not self.has_role(title)

    def has_role(self, text: str) -> bool:
        """Does the text have a role word (engineer, intern, lead…), singular or plural?"""
        return any(w in self.role_words or _singular(w) in self.role_words
                   for w in (w.lower() for w in WORD.findall(text)))

    @cached_property
    def urgency(self):
        return patterns.compile_terms(self.opts["urgency"], inflect=False)

    def problems(self, title: str) -> Iterable[tuple[str, int, int, dict]]:
        """(problem, start, end, values) for each problem of the title text."""
        for problem, key in (("level_code", "level_codes"), ("location", "location"),
                             ("pay", "pay")):
            span = _search(self.regexes[key], title)
            if span is not None:
                yield problem, span[0], span[1], {}
        if self.urgency is not None:
            m = self.urgency.search(title)
            if m:
                yield "urgency", m.start(), m.end(), {}
        letters = [c for c in title if c.isalpha()]
        if (len(letters) >= self.opts["caps_min_letters"] and len(WORD.findall(title)) >= 2
                and all(c.isupper() for c in letters)):
            yield "caps", 0, len(title), {}
        allowed, extra = self.opts["allowed_symbols"], self.opts["decorations"]
        deco = [i for i, c in enumerate(title) if c not in allowed and c != PLACEHOLDER
                and (unicodedata.category(c) == "So" or c in extra)]
        if deco:
            yield "symbols", deco[0], deco[-1] + 1, {}
        chars, words = len(title), len(WORD.findall(title))
        if chars > self.opts["max_chars"] or words > self.opts["max_words"]:
            yield "length", 0, len(title), {"chars": chars, "words": words}
        span = _search(self.regexes["two_jobs"], title)
        if span is not None and not self.same_job(title[span[0]:span[1]]):
            yield "two_jobs", span[0], span[1], {}
        if self.field_words and self.no_role(title):
            yield "no_role", 0, len(title), {}

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        title = job_title(doc, facts, tuple(self.opts["site_separators"]))
        if title is not None:
            yield from self._judge(doc, title)
        # a careers page names each posting: each name is a job title too
        for k in facts.job_headings:
            block = doc.blocks[k]
            if title is not None and (block is title.block or block.text.strip() == title.text):
                continue
            if ":" in block.text or "*" in block.text or len(WORD.findall(block.text)) > 8:
                continue  # a label ("Official title in USAJOBS: …") or a line of prose
            i, j = trimmed(block.text, 0, len(block.text))
            yield from self._judge(doc, JobTitle(block.text[i:j], block, i, "posting"))

    def _names_a_job_below(self, doc, title: JobTitle) -> bool:
        """Another heading of the page has a role word: the title heading is the
        company's or a department's name ("# Brightside Marketing", "## Account Executive")."""
        return any(b.kind == "heading" and b is not title.block and self.has_role(b.text)
                   for b in doc.blocks)

    def _judge(self, doc, title: JobTitle) -> Iterable[Finding]:
        messages = self.opts["messages"]
        for problem, i, j, values in self.problems(title.text):
            if problem not in messages:
                continue  # a problem the rule's options leave out
            if problem == "no_role" and title.source != "front matter" and \
                    self._names_a_job_below(doc, title):
                continue
            found = title.text[i:j]
            text = self.format(messages[problem], match=found, max_chars=self.opts["max_chars"],
                               max_words=self.opts["max_words"], **values)
            message = self.format(self.rule.message, problem=text, title=title.text)
            if title.block is None:
                yield self._on_source(message, doc, title, found)
            else:
                yield self.finding(message, title.block, title.start + i, title.start + j, doc)


    def _on_source(self, message: str, doc, title: JobTitle, found: str) -> Finding:
        """A finding on the title where the source has it: the words found in the HTML
        <title> or on the front matter's `title:` line (as written: no entity or line
        break inside), else on the whole title text; else a whole-document finding."""
        f = self.finding(message)
        if title.source == "html title":
            span = doc.metadata.title_span
        elif title.source == "front matter":
            m = _FM_TITLE.search(doc.source, 0, _front_matter_end(doc.source))
            span = m.span(1) if m and found and found in m.group(1) else None
        else:
            span = None
        if span and span[1] > span[0]:
            a, b = span
            k = doc.source.find(found, a, b) if found else -1
            start, end = (k, k + len(found)) if k >= 0 else trimmed(doc.source, a, b)
            if end > start:
                f.start, f.end, f.text = start, end, doc.source[start:end]
        return f


class TitledTermCheck(TermCheck):
    """A `term` rule that does not apply to some jobs, named by their title.

    Keys: `skip_titles` (words and phrases; when the job title has one, the rule is not
    run: a degree is the point of an internship for students, transcripts of a
    lecturer's post), plus every key of `term`.
    """

    kind = "titled-term"
    options = {**TermCheck.options, "skip_titles": (list, [])}

    @cached_property
    def skip_titles(self):
        return patterns.compile_terms(self.opts["skip_titles"], inflect=True)

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if self.skip_titles is not None:
            title = job_title(doc, facts)
            if title is not None and self.skip_titles.search(title.text):
                return
        yield from super().check(doc, facts)
