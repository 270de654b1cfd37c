"""Which part of the ad each block belongs to, from headings and labels.

A label is a heading, or a short paragraph that names what follows
("Requirements:", "**Salary**", "ABOUT THE COMPANY", "T H E   R O L E", "Apply";
not a paragraph that is one link, such as an "Apply now" button), or the
first line of a paragraph of the form "Salary range:\n$142,700 to $170,800", or
the start of one like "**Location:** Jerusalem" (which labels only its own
paragraph). Labels are classified by keywords into the section keys below;
blocks take the key of the nearest label above them.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..document import Block, Document
from . import data
from .words import WORD, count_upto


@lru_cache(maxsize=None)
def section_patterns(language: str = "en") -> tuple[tuple[str, re.Pattern], ...]:
    """(key, pattern) in the order they are tried, from rules/data/sections.<language>.yaml."""
    d = data.load("sections", language) or data.load("sections", "en")
    return tuple((e["key"], data.phrase_re(data.alternation(e["patterns"]))) for e in d["sections"])


@lru_cache(maxsize=None)
def label_paragraphs(language: str = "en") -> re.Pattern:
    """Short paragraphs that are labels on their own ("About Acme")."""
    d = data.load("sections", language) or data.load("sections", "en")
    return data.phrase_re(data.alternation(d.get("label_paragraphs") or ["(?!)"]))


@lru_cache(maxsize=None)
def optional_markers(language: str = "en") -> re.Pattern:
    """Phrases that mark requirements as optional ("nice to have", "apply anyway")."""
    d = data.load("sections", language) or data.load("sections", "en")
    return data.phrase_re(data.alternation(d["optional_markers"]))


_LABEL_LINE = re.compile(r"^\s*([^\n:]{2,60}):[ \t]*(?:\n|$)")
#: "Location: Jerusalem", "Job Type: This is a full time permanent position."
_LABEL_INLINE = re.compile(r"^\s*([^\n:.!?]{2,40}):[ \t]+\S")
#: a whole paragraph in bold: <p><strong>Responsibilities</strong></p>, **Salary**
_BOLD_OPEN = re.compile(r"(?:<(?:strong|b)\b[^>]*>|\*\*|__)\s*$", re.IGNORECASE)
_BOLD_CLOSE = re.compile(r"\s*(?:</(?:strong|b)>|\*\*|__)", re.IGNORECASE)
_BOLD_INSIDE = re.compile(r"</?(?:strong|b)\b|\*\*|__", re.IGNORECASE)
_FOLLOWING = re.compile(r"\bfollowing\s+((?:\S+\s+){0,3}\S+?)\s*:$")
#: letter-spaced capitals: "T H E   C O M P A N Y"
_SPACED = re.compile(r"^(?:[A-Z&] {1,3})+[A-Z&]$")


@lru_cache(maxsize=4096)  # labels repeat from ad to ad: "Requirements", "About us"
def classify(label: str, language: str = "en") -> str | None:
    for key, pat in section_patterns(language):
        if pat.search(label):
            return key
    return None


def label_of(block: Block, source: str | None = None, language: str = "en") -> str | None:
    """The label text if this block names a section, else None. With the
    document's source, a short paragraph set in bold is a label too."""
    if block.kind == "heading":
        text = block.text.strip()
        return text if count_upto(text, 8) <= 8 else None
    if block.kind == "paragraph":
        text = block.text.strip()
        if text.endswith(":"):
            if count_upto(text, 8) <= 8:
                return text[:-1]
            # (ends with a colon: _FOLLOWING's `:$` cannot match any other text)
            m = _FOLLOWING.search(text)
            if m and count_upto(text, 30) <= 30 and classify(m.group(1), language):
                return m.group(1)  # a lead-in: "… you will also receive the following benefits:"
        m = _LABEL_LINE.match(block.text)
        if m and count_upto(m.group(1), 6) <= 6:
            return m.group(1)
        if _SPACED.match(text) and len(text) <= 60:
            return " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", text))  # THE ROLE
        # (the cheap tests first: most paragraphs end with a full stop)
        if ":" not in text and not text.endswith((".", "!", "?", ",")) and 0 < count_upto(text, 6) <= 6 \
                and not _whole_link(block):
            if text.isupper() or (source is not None and _bold(block, source)) \
                    or label_paragraphs(language).search(text):
                return text
    return None


def _whole_link(block: Block) -> bool:
    """Is the whole paragraph one link? An "Apply" or "APPLY NOW" button names no section."""
    start = len(block.text) - len(block.text.lstrip())
    return block.in_link(start, len(block.text.rstrip()))


def _bold(block: Block, source: str) -> bool:
    """Is the whole block set in bold in the source?"""
    s, e = block.span(0, len(block.text))
    return bool(_BOLD_OPEN.search(source, max(0, s - 40), s) and _BOLD_CLOSE.match(source, e)
                and not _BOLD_INSIDE.search(source, s, e))


def inline_label_of(block: Block) -> str | None:
    """The label of a paragraph that starts with one: "Location: Jerusalem" -> "Location"."""
    if block.kind != "paragraph":
        return None
    m = _LABEL_INLINE.match(block.text)
    return m.group(1) if m and len(WORD.findall(m.group(1))) <= 4 else None


def sections(doc: Document) -> list[str | None]:
    """The section key of every block (parallel to doc.blocks). Headings and labels
    are read with the English data when the document's language has none."""
    language = doc.language if doc.language in data.languages("sections") else "en"
    out: list[str | None] = []
    heading_key: str | None = None  # from the last heading
    label_key: str | None = None  # from a label paragraph under it
    for b in doc.blocks:
        label = label_of(b, doc.source, language)
        if b.kind == "heading":
            key = classify(label, language) if label else None
            # an unclassified sub-heading ("Key objective #2: Advance UX practice")
            # stays in its parent's section
            heading_key = key or (heading_key if b.level > 2 else None)
            label_key = None
            out.append(heading_key)
            continue
        if label is not None:
            label_key = classify(label, language)
            out.append(label_key or heading_key)
            if _LABEL_LINE.match(b.text) and not b.text.strip().endswith(":"):
                label_key = None  # "Label:\nvalue" labels only its own block
            continue
        inline = inline_label_of(b)
        own = classify(inline, language) if inline else None
        out.append(own or label_key or heading_key)
    return out
