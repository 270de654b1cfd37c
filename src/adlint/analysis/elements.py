"""What a good ad tells the candidate: pay, benefits, location, how to apply…

`detect(doc)` returns, for each key in ELEMENTS, the first piece of evidence
that the ad has it (a section heading with content under it, a phrase in the
prose, a front-matter field such as schema.org's jobLocation or validThrough, whose
value says so where the data asks (employmentType "Graduate" is no schedule), or
a phrase in front-matter text shown to readers), or None. English only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from functools import lru_cache

from ..document import Block, Document
from . import data
from .pay import PayStatement
from .prefilter import Prefiltered

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
        self.front_matter_values = {k: data.phrase_re(data.alternation(v))
                                    for k, v in (d.get("front_matter_values") or {}).items()}
        self.front_matter_prose = data.phrase_re(data.alternation(d.get("front_matter_prose", [])))
        self.duty = data.phrase_re(data.alternation(d["duty_openers"]))
        self.section_needs_phrase = set(d.get("section_needs_phrase", ()))
        self.contact_offers = data.phrase_re(data.alternation(d["contact_offers"]))
        self.apply_instruction = data.phrase_re(data.alternation(d["apply_instruction"]))
        self._keys: dict[str, tuple[bool, tuple[str, ...]]] = {}

    def read_key(self, key: str) -> tuple[bool, tuple[str, ...]]:
        """(is the front-matter key ad text shown to readers?, the elements whose key
        patterns it matches, in order), memoised: keys repeat from ad to ad."""
        hit = self._keys.get(key)
        if hit is None:
            prose = bool(self.front_matter_prose.pattern and self.front_matter_prose.search(key))
            names = tuple(name for name, pat in self.front_matter.items() if pat.search(key))
            if len(self._keys) >= 4096:
                self._keys.clear()
            hit = self._keys[key] = (prose, names)
        return hit


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
_EMAIL = Prefiltered(re.compile(
    r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?!(?:png|jpe?g|gif|svg|webp)\b)[a-z]{2,}\b",
    re.IGNORECASE))


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
    by_section = _BY_SECTION - {k for k in lang.section_needs_phrase if not _phrase_under(doc, keys, k, lang)}
    for idx, (b, key) in enumerate(zip(doc.blocks, keys)):
        if key in by_section and found[key] is None and b.kind == "heading":
            if idx + 1 < len(doc.blocks) and keys[idx + 1] == key:
                found[key] = Evidence("heading", b.text.strip(), b, 0, len(b.text))
    # 2. pay: a figure with a pay word or period ("up to £25,000 per year" in the
    # prose or in front matter is pay too: the `range` requirement judges open ends)
    for st in pay[:1]:
        found["pay"] = Evidence("text" if st.block else "front matter", st.text, st.block,
                                st.start, st.end)
    # 3. section labels ("Location:\nRemote") count for their key
    for b, key in zip(doc.blocks, keys):
        if key in by_section and found[key] is None and b.kind != "heading":
            found[key] = Evidence("section", b.text.strip()[:80], b, 0, len(b.text))
    # 4. phrases, searched in the whole prose at once (one scan per element)
    joined, starts = doc.prose, doc.block_starts
    # list items (and headings: "Develop your skills and experience") of a duties
    # or requirements section
    duty = [key in _DUTIES and b.kind in ("list_item", "heading") for b, key in zip(doc.blocks, keys)]
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
    # 5. front matter (keys in any case: jobLocation, job_location, job-location), links
    for k, v in doc.metadata.front_matter_fields().items():
        if not isinstance(k, str) or not _has_content(v):
            continue
        key = _snake(k)
        shown, names = lang.read_key(key)
        if shown:
            # ad text kept in front matter and shown on the page (`description: >`,
            # schema.org responsibilities, skills, incentiveCompensation lists)
            for line in _flat_text(v).splitlines():
                for name in lang.phrases:
                    if found[name] is None:
                        m = _phrase_in(line, lang.phrases[name], None if name in _ANYWHERE else lang.duty)
                        if m:
                            found[name] = Evidence("front matter", f"{k}: {m.group()}"[:80])
        for name in names:
            if found[name] is None:
                # employmentType "Graduate" is a career level, not hours or a contract
                values = lang.front_matter_values.get(name)
                if values is None or values.search(_flat_text(v)):
                    found[name] = Evidence("front matter", f"{k}: {_flat_text(v)}"[:80])
    if found["contact"] is None:
        found["contact"] = _contact(doc, keys, lang)
    return found


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEP = re.compile(r"[\s\-.]+")


def _snake(key: str) -> str:
    """A front-matter key in snake case: validThrough, valid-through → valid_through."""
    return _SEP.sub("_", _CAMEL.sub("_", key.strip())).lower()


def _has_content(value) -> bool:
    """A value with something in it (`apply: {link: , email: {address: }}` has not)."""
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_content(v) for v in value)
    return value is not None and str(value).strip() != ""


def _flat_text(value) -> str:
    """The text of a front-matter value, lists and mappings one item a line."""
    if isinstance(value, dict):
        return "\n".join(_flat_text(v) for v in value.values() if _has_content(v))
    if isinstance(value, (list, tuple)):
        return "\n".join(_flat_text(v) for v in value if _has_content(v))
    return str(value).strip()


def _phrase_under(doc: Document, keys: list[str | None], key: str, lang: _Data) -> bool:
    """Does a block of a `key` section (not its heading) match the element's phrases?"""
    pat = lang.phrases[key]
    return any(k == key and b.kind != "heading" and pat.search(b.text)
               for b, k in zip(doc.blocks, keys))


def _phrase_in(text: str, pat: re.Pattern, duty: re.Pattern | None):
    """The first match of pat in text outside a duty sentence (any match without `duty`)."""
    for m in pat.finditer(text):
        if duty is None or not _in_duty_sentence(text, m.start(), duty):
            return m
    return None


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)(?=[^.!?:;\n]*$)")
def _in_duty_sentence(text: str, pos: int, duty: re.Pattern) -> bool:
    """Is text[pos] in a sentence that gives the candidate a task ("Provide coaching,
    mentorship and development opportunities", "you will oversee … training")?"""
    start = _SENTENCE_START.search(text, 0, pos)
    return bool(duty.search(text[start.end() if start else 0:pos]))


#: a phone number: "0117 318 2447", "+44 7770 222 226", "(617) 555-0100"
_PHONE = Prefiltered(re.compile(r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})"
                                r"(?:[\s.-]\d{3,4}){2}(?![\w/.-])"))


def _block_source(doc: Document, b: Block) -> str:
    """The source of a block to the end of its last line: a link's target
    (`[apply](mailto:…)`) follows the link text."""
    s, e = b.span(0, len(b.text))
    end = doc.source.find("\n", e)
    return doc.source[s:end if end >= 0 else len(doc.source)]


_LATIN = dict.fromkeys(range(0x250))  # str.translate: drop every character below U+0250


def _other_script(text: str) -> bool:
    """Mostly letters outside the Latin alphabet: a Hebrew paragraph in an English
    page says nothing the English data can read ("שלחו קורות חיים ל-jobs@…")."""
    if not any(map(str.isalpha, text.translate(_LATIN))):
        return False  # no letter beyond Latin: fewer than half can be non-Latin
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 < len(letters)


def _contact(doc: Document, keys: list[str | None], lang: _Data) -> Evidence | None:
    """Someone to ask, beyond the headings, phrases and front matter already read:
    an offer to talk ("get in touch", "email us") in a paragraph that gives an
    address or a number, or an e-mail address on its own, either outside an
    instruction to apply ("send your CV to jobs@…" is where to apply, not whom to ask)
    and outside an offer of adjustments ("let us know if you need adjustments by
    emailing access@…" is where to ask for them). An address on its own under a
    how-to-apply label ("Apply\n\nPlease connect with us at jobs@…") is where to apply."""
    # blocks without an offer to talk count only with an e-mail address (an "@")
    offers = lang.contact_offers.blocks_to_search(doc.prose, doc.block_starts)
    no_at = "@" not in doc.source  # most ads: only blocks with an offer can count
    for k, (b, key) in enumerate(zip(doc.blocks, keys)):
        src = None
        if offers is not None and k not in offers:
            if no_at:
                continue
            src = _block_source(doc, b)
            if "@" not in src:
                continue
        if not b.text.strip() or lang.apply_instruction.search(b.text) or _other_script(b.text):
            continue
        src = src if src is not None else _block_source(doc, b)
        email = _EMAIL.search(src)
        m = lang.contact_offers.search(b.text)
        offer = m and (email or _PHONE.search(src))
        if not (offer or email) or lang.phrases["accommodation"].search(b.text):
            continue
        if offer:
            return Evidence("text", m.group(), b, m.start(), m.end())
        if key != "application_process":
            return Evidence("link", email.group())
    return None
