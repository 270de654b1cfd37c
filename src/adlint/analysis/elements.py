"""What a good ad tells the candidate: pay, benefits, location, how to apply…

`detect(doc)` returns, for each key in ELEMENTS, the first piece of evidence
that the ad has it (a section heading with content under it, a phrase in the
prose, or a front-matter field), or None. English only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from functools import lru_cache

from ..document import PLACEHOLDER, Block, Document
from . import data
from .pay import PayStatement

ELEMENTS = ("pay", "benefits", "location", "about", "responsibilities", "requirements", "growth",
            "inclusion", "accommodation", "application_process", "contact", "schedule", "deadline")


def languages() -> tuple[str, ...]:
    """Languages whose element data exists (rules/data/elements.<language>.yaml)."""
    return data.languages("elements")


class _Lazy(dict):
    """Patterns by element, each compiled the first time it is needed (most ads
    prove most elements by a heading, and a short run should not pay for all)."""

    def __init__(self, sources: dict[str, str]):
        super().__init__()
        self.sources = sources

    def __missing__(self, key: str) -> re.Pattern:
        pat = self[key] = data.phrase_re(self.sources[key])
        return pat

    def __iter__(self):
        return iter(self.sources)


class _Data:
    """One language's element evidence (rules/data/elements.<language>.yaml)."""

    def __init__(self, d: dict):
        self.phrases = _Lazy({k: data.alternation(v) for k, v in d["phrases"].items()})
        self.front_matter = {k: data.phrase_re(data.alternation(v))
                             for k, v in d["front_matter_keys"].items()}
        self.duty = data.phrase_re(data.alternation(d["duty_openers"]))


@lru_cache(maxsize=None)
def language_data(language: str) -> _Data | None:
    d = data.load("elements", language)
    return _Data(d) if d else None


#: Elements a section heading proves on its own when content follows it (not benefits:
#: "Benefits: ask us" or a link is not a description).
_BY_SECTION = {"location", "about", "responsibilities", "requirements", "growth",
               "inclusion", "accommodation", "application_process", "contact", "schedule",
               "deadline"}
#: Bullets listing what the candidate will do or bring: "champion inclusion" or
#: "coach the team" there is a duty, not an offer, so other elements ignore them.
_DUTIES = {"responsibilities", "requirements", "nice_to_have"}
_ANYWHERE = {"pay", "responsibilities", "requirements", "location", "schedule", "about"}
_EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Evidence:
    how: str  # heading | text | front matter | link
    text: str
    block: Block | None = None
    start: int = 0
    end: int = 0

    def as_dict(self) -> dict:
        return {"how": self.how, "text": self.text}


def detect(doc: Document, sections: list[str | None], pay: list[PayStatement]
           ) -> dict[str, Evidence | None] | None:
    """The first evidence of each element, or None when the language has no element data."""
    lang = language_data(doc.language)
    if lang is None:
        return None
    keys = sections
    found: dict[str, Evidence | None] = dict.fromkeys(ELEMENTS)
    # 1. section headings with something under them
    for idx, (b, key) in enumerate(zip(doc.blocks, keys)):
        if key in _BY_SECTION and found[key] is None and b.kind == "heading":
            if idx + 1 < len(doc.blocks) and keys[idx + 1] == key:
                found[key] = Evidence("heading", b.text.strip(), b, 0, len(b.text))
    # 2. pay: a figure with a pay word or period
    for st in pay:
        if found["pay"] is None and not (st.open_ended and st.high is None and st.block is None):
            found["pay"] = Evidence("text" if st.block else "front matter", st.text, st.block,
                                    st.start, st.end)
    # 3. section labels ("Location:\nRemote") count for their key
    for b, key in zip(doc.blocks, keys):
        if key in _BY_SECTION and found[key] is None and b.kind != "heading":
            found[key] = Evidence("section", b.text.strip()[:80], b, 0, len(b.text))
    # 4. phrases, searched in the whole prose at once (one scan per element)
    joined, starts = doc.prose, doc.block_starts
    duty = [key in _DUTIES and b.kind == "list_item" for b, key in zip(doc.blocks, keys)]
    for name in lang.phrases:
        if found[name] is not None:
            continue
        pat = lang.phrases[name]
        anywhere = name in _ANYWHERE
        pos = 0
        while (m := pat.search(joined, pos)) is not None:
            k = bisect_right(starts, m.start()) - 1
            b, i = doc.blocks[k], m.start() - starts[k]
            j = m.end() - starts[k]
            if j > len(b.text):  # ran into the next block: try again from the next position
                pos = m.start() + 1
                continue
            pos = m.end()
            if anywhere or not (duty[k] or _in_duty_sentence(b.text, i, lang.duty)):
                found[name] = Evidence("text", m.group(), b, i, j)
                break
    # 5. front matter, links and addresses
    for k, v in doc.metadata.front_matter_fields().items():
        if v in (None, "", [], {}) or not isinstance(k, str):
            continue
        for name, pat in lang.front_matter.items():
            if found[name] is None and pat.search(k):
                found[name] = Evidence("front matter", f"{k}: {v}"[:80])
    if found["contact"] is None:
        links = [u for u in doc.metadata.links if u.startswith("mailto:")]
        m = _EMAIL.search("\n".join(links)) or _email_in_prose(doc)
        if m:
            found["contact"] = Evidence("link", m.group())
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)(?=[^.!?:;\n]*$)")
def _in_duty_sentence(text: str, pos: int, duty: re.Pattern) -> bool:
    """Is text[pos] in a sentence that gives the candidate a task ("Provide coaching,
    mentorship and development opportunities", "you will oversee … training")?"""
    start = _SENTENCE_START.search(text, 0, pos)
    return bool(duty.search(text[start.end() if start else 0:pos]))


def _email_in_prose(doc: Document):
    """An e-mail address in the page body (masked out of the prose, so read the source)."""
    for b in doc.blocks:
        if PLACEHOLDER in b.text:
            s, e = b.span(0, len(b.text))
            m = _EMAIL.search(doc.source, s, e)
            if m:
                return m
    return None
