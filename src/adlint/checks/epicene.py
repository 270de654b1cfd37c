"""epicene-title: a job title in the masculine only (French and other languages with
grammatical gender).

The job title is found as for the `title` kind (front matter `title`, the first heading,
the HTML <title>). It is reported when it has a masculine job noun from the rule's
`nouns` (masculine form -> feminine form, data in rules/data/<nouns>.yaml) and none of
the signs that it addresses everyone: a marker such as "H/F", "F/H", "(e)", "·e", a
slash or "ou" between forms (`markers`, regular expressions run by RE2), or the feminine
form of one of its nouns ("Conseiller ou conseillère"). Nouns that are already epicene
("responsable", "analyste", "gestionnaire") are simply not in the list.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from ..analysis import data
from ..analysis.facts import Facts
from ..finding import Finding
from .base import Check
from .title import TitleCheck, compile_re2, job_title


class EpiceneTitleCheck(Check):
    """A job title with a masculine noun and no feminine or epicene form.

    Keys: `nouns` (the name of a data file in rules/data whose `nouns` maps each
    masculine job noun, singular and plural, to its feminine form), `markers` (RE2
    patterns whose presence shows the title addresses everyone: "H/F", "(e)", "·e"),
    `site_separators` (what parts a page's <title> from the site's name). The message
    may use `{title}`, `{match}` (the masculine noun), `{feminine}` and `{pair}`
    ("Développeur ou développeuse")."""

    kind = "epicene-title"
    options = {"nouns": (str, "epicene-nouns.fr"), "markers": (list, []),
               "site_separators": (list, [" | "])}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if data.load(options["nouns"]) is None:
            raise ValueError(f"nouns: no data file rules/data/{options['nouns']}.yaml")
        compile_re2(options["markers"], case_sensitive=False)

    @cached_property
    def nouns(self) -> dict[str, str]:
        return {k.lower(): v for k, v in data.load(self.opts["nouns"])["nouns"].items()}

    @cached_property
    def noun_re(self) -> re.Pattern:
        alts = sorted(map(re.escape, self.nouns), key=len, reverse=True)
        return re.compile(r"(?<![\w·.(/-])(?:" + "|".join(alts) + r")(?![\w·(/-])", re.IGNORECASE)

    @cached_property
    def markers(self):
        return compile_re2(self.opts["markers"], case_sensitive=False)

    def problem(self, title: str) -> tuple[int, int, str] | None:
        """(start, end, feminine) of the first masculine noun of a title that has no
        feminine or epicene form, else None."""
        if any(r.search(title) for r in self.markers):
            return None
        low = title.lower()
        found = list(self.noun_re.finditer(title))
        if not found:
            return None
        feminine = {self.nouns[m.group().lower()] for m in found}
        if any(re.search(r"(?<!\w)" + re.escape(f.lower()) + r"(?!\w)", low) for f in feminine):
            return None
        m = found[0]
        return m.start(), m.end(), self.nouns[m.group().lower()]

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        title = job_title(doc, facts, tuple(self.opts["site_separators"]))
        if title is None:
            return
        got = self.problem(title.text)
        if got is None:
            return
        i, j, feminine = got
        word = title.text[i:j]
        fem = feminine[:1].upper() + feminine[1:] if word[:1].isupper() else feminine
        pair = f"{word} ou {feminine}"
        message = self.format(self.rule.message, title=title.text, match=word, feminine=fem,
                              pair=pair)
        suggestions = [title.text[:i] + pair + title.text[j:], f"{title.text} (H/F)"]
        if title.block is None:
            f = TitleCheck._on_source(self, message, doc, title, word)
            f.suggestions = suggestions
            yield f
        else:
            yield self.finding(message, title.block, title.start + i, title.start + j, doc,
                               suggestions=suggestions)
