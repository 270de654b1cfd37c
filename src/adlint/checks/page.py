"""Page kinds: what a complete HTML page needs to work on a phone and for everyone.

Each runs only on complete HTML pages (with <html>, <head> or <body>), not on
fragments or other formats.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

from ..analysis.facts import Facts
from ..finding import Finding
from . import patterns
from .base import Check


def _full_page(doc) -> bool:
    return doc.format == "html" and doc.metadata.full_page


class ViewportCheck(Check):
    """The page has no responsive viewport (`width=device-width`, or `initial-scale=1`,
    which browsers read as the device width too)."""

    kind = "page-viewport"

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if _full_page(doc):
            vp = doc.metadata.meta.get("viewport", "").replace(" ", "").lower()
            if "width=device-width" not in vp and "initial-scale=1" not in vp:
                yield self.finding(self.rule.message)


class LangCheck(Check):
    """The page does not say its language (`<html lang>`)."""

    kind = "page-lang"

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if _full_page(doc) and not doc.metadata.lang:
            yield self.finding(self.rule.message)


class ImageAltCheck(Check):
    """An `<img>` without `alt` (empty alt is right for decoration); reported on the tag."""

    kind = "image-alt"

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if not _full_page(doc):
            return
        for img in doc.metadata.images:
            if img.get("alt") is None:
                start, end = img["offset"], img.get("end", img["offset"] + 4)
                f = self.finding(self.format(self.rule.message, src=img.get("src") or "?"))
                f.start, f.end, f.text = start, end, doc.source[start:end]  # the <img> tag
                yield f


class ApplyLinkCheck(Check):
    """No link or button to apply: no link whose address contains one of `hrefs`
    (or is a mailto:) and no link whose text has one of the words of `link_text`."""

    kind = "apply-link"
    options = {"hrefs": (list, []), "link_text": (list, [])}

    @cached_property
    def link_text(self):
        return patterns.compile_terms(self.opts["link_text"])

    def check(self, doc, facts: Facts) -> Iterable[Finding]:
        if not _full_page(doc):
            return
        hrefs = [h.lower() for h in self.opts["hrefs"]]
        if any(h.startswith("mailto:") or any(x in h.lower() for x in hrefs)
               for h in doc.metadata.links):
            return
        if self.link_text is not None:
            for b in doc.blocks:
                if any(self.link_text.search(b.text, i, j) for i, j in b.links):
                    return
        yield self.finding(self.rule.message)
