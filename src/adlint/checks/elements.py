"""Element kinds: what the ad should tell the candidate, and what a careers page needs."""

from __future__ import annotations

import re
from typing import Iterable

from .. import elements
from ..finding import SEVERITIES, Finding
from .base import Check, Context


class ProfileCheck(Check):
    """A check whose severity depends on the profile (`job-ad`, `careers-page`).

    `profiles` maps a profile to a severity or `off`; a profile not listed is off.
    """

    options = {"profiles": (dict, {})}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        for prof, sev in options["profiles"].items():
            if sev != "off" and sev not in SEVERITIES:
                raise ValueError(f"profiles.{prof}: {sev!r} is not a severity or off")

    def severity(self, ctx: Context) -> str | None:
        profile = getattr(ctx.settings, "profile", None) or "job-ad"
        sev = self.opts["profiles"].get(profile, "off")
        return None if sev == "off" else sev

    def finding(self, *args, **kw) -> Finding:
        f = super().finding(*args, **kw)
        f.severity = self._sev
        return f

    def check(self, doc, ctx: Context) -> Iterable[Finding]:
        self._sev = self.severity(ctx)
        if self._sev is None:
            return ()
        return self.run(doc, ctx)

    def run(self, doc, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError


class ElementCheck(ProfileCheck):
    """The ad lacks `element` (one of adlint.elements.ELEMENTS). English only;
    documents under `min_words` words are not judged."""

    kind = "element"
    options = {**ProfileCheck.options, "element": (str, "pay"), "min_words": (int, 50)}

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["element"] not in elements.ELEMENTS:
            raise ValueError(f"element {options['element']!r} is not one of "
                             f"{', '.join(elements.ELEMENTS)}")

    def run(self, doc, ctx: Context) -> Iterable[Finding]:
        if doc.language not in elements.LANGUAGES or ctx.metric("words") < self.opts["min_words"]:
            return
        if elements.detect(doc)[self.opts["element"]] is None:
            yield self.finding(self.rule.message)


_APPLY = re.compile(r"\bappl(?:y|ication)\b|\bjoin (?:us|the team)\b|\bsubmit\b", re.IGNORECASE)
_APPLY_HREF = re.compile(r"apply|application|greenhouse|lever\.co|workday|smartrecruiters|"
                         r"usajobs|ashbyhq|recruitee|workable|bamboohr|jobvite|icims", re.IGNORECASE)


class PageCheck(ProfileCheck):
    """What a whole HTML page needs to work on a phone and for everyone.

    `page_check`: viewport (a responsive viewport meta), lang (html lang),
    image-alt (every <img> has alt, empty for decoration), apply-link (a link or
    button to apply). Runs only on complete HTML pages, not on fragments.
    """

    kind = "page"
    options = {**ProfileCheck.options, "page_check": (str, "viewport")}
    CHECKS = ("viewport", "lang", "image-alt", "apply-link")

    def __init__(self, rule, options):
        super().__init__(rule, options)
        if options["page_check"] not in self.CHECKS:
            raise ValueError(f"page_check must be one of {', '.join(self.CHECKS)}")

    def run(self, doc, ctx: Context) -> Iterable[Finding]:
        meta = doc.metadata
        if doc.format != "html" or not meta.get("full_page"):
            return
        what = self.opts["page_check"]
        if what == "viewport":
            vp = (meta.get("meta") or {}).get("viewport", "")
            if "width=device-width" not in vp.replace(" ", ""):
                yield self.finding(self.rule.message)
        elif what == "lang":
            if not meta.get("lang"):
                yield self.finding(self.rule.message)
        elif what == "image-alt":
            for img in meta.get("images", ()):
                if img.get("alt") is None:
                    start, end = img["offset"], img.get("end", img["offset"] + 4)
                    f = self.finding(self.format(self.rule.message, src=img.get("src") or "?"))
                    f.start, f.end, f.text = start, end, doc.source[start:end]  # the <img> tag
                    yield f
        elif what == "apply-link":
            hrefs = meta.get("links", ())
            if any(_APPLY_HREF.search(h) or h.startswith("mailto:") for h in hrefs):
                return
            for b in doc.blocks:
                if any(_APPLY.search(b.text, i, j) for i, j in b.links):
                    return
            yield self.finding(self.rule.message)
