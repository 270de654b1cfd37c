"""Which part of the ad each block belongs to, from headings and labels.

A label is a heading, or a short paragraph that names what follows
("Requirements:", "**Salary**"), or the first line of a paragraph of the form
"Salary range:\n$142,700 to $170,800". Labels are classified by keywords into
the section keys below; blocks take the key of the nearest label above them.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..document import Block, Document
from . import data
from .words import WORD


@lru_cache(maxsize=None)
def section_patterns(language: str = "en") -> tuple[tuple[str, re.Pattern], ...]:
    """(key, pattern) in the order they are tried, from rules/data/sections.<language>.yaml."""
    d = data.load("sections", language) or data.load("sections", "en")
    return tuple((e["key"], data.phrase_re(data.alternation(e["patterns"]))) for e in d["sections"])


@lru_cache(maxsize=None)
def optional_markers(language: str = "en") -> re.Pattern:
    """Phrases that mark requirements as optional ("nice to have", "apply anyway")."""
    d = data.load("sections", language) or data.load("sections", "en")
    return data.phrase_re(data.alternation(d["optional_markers"]))


_LABEL_LINE = re.compile(r"^\s*([^\n:]{2,60}):[ \t]*(?:\n|$)")


def classify(label: str, language: str = "en") -> str | None:
    for key, pat in section_patterns(language):
        if pat.search(label):
            return key
    return None


def label_of(block: Block) -> str | None:
    """The label text if this block names a section, else None."""
    if block.kind == "heading":
        text = block.text.strip()
        return text if len(WORD.findall(text)) <= 8 else None
    if block.kind == "paragraph":
        text = block.text.strip()
        if text.endswith(":") and len(WORD.findall(text)) <= 8:
            return text[:-1]
        m = _LABEL_LINE.match(block.text)
        if m and len(WORD.findall(m.group(1))) <= 6:
            return m.group(1)
    return None


def sections(doc: Document) -> list[str | None]:
    """The section key of every block (parallel to doc.blocks). Headings and labels
    are read with the English data when the document's language has none."""
    language = doc.language if doc.language in data.languages("sections") else "en"
    out: list[str | None] = []
    heading_key: str | None = None  # from the last heading
    label_key: str | None = None  # from a label paragraph under it
    for b in doc.blocks:
        label = label_of(b)
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
            if not b.text.strip().endswith(":"):
                label_key = None  # "Label:\nvalue" labels only its own block
            continue
        out.append(label_key or heading_key)
    return out
