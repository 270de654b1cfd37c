"""Which part of the ad each block belongs to, from headings and labels.

A label is a heading, or a short paragraph that names what follows
("Requirements:", "**Salary**"), or the first line of a paragraph of the form
"Salary range:\n$142,700 to $170,800". Labels are classified by keywords into
the section keys below; blocks take the key of the nearest label above them.
"""

from __future__ import annotations

import re

from .document import Block, Document
from .metrics import WORD

_AP = r"['’]"
#: Checked in order: the first pattern that matches a label names the section.


def phrase_re(p: str) -> re.Pattern:
    """A case-insensitive pattern where {ap} stands for a straight or curly apostrophe."""
    return re.compile(p.replace("{ap}", _AP), re.IGNORECASE)


SECTION_PATTERNS: list[tuple[str, re.Pattern]] = [(k, phrase_re(p)) for k, p in [
    ("nice_to_have", r"nice[- ]to[- ]have|\bbonus (points|skills)|\bpreferred\b|desirable|"
                     r"\bdesired\b|\bplus(es)?\b|\bassets?\b|not required|extra credit|"
                     r"would be (great|nice)|even better|optional"),
    ("application_process", r"how to apply|\bto apply\b|\bapplication (?:process|evaluation|steps)|"
                            r"^\W*applications?\W*$|\bapplying\b|hiring process|"
                            r"recruit(ment|ing) process|interview|next steps|what happens next|"
                            r"selection|\bevaluation|our process|timeline|how we hire"),
    ("accommodation", r"accommodation|adjustments|accessibility"),
    ("inclusion", r"equal (employment )?opportunit|diversity|inclusion|\binclusive|\beeo\b|"
                  r"belonging|\bdei\b|non-?discrimination"),
    ("benefits", r"benefit|perks|what we offer|we offer|what you{ap}?ll get|what you get|"
                 r"rewards|why (join|work)|what{ap}s in it for you"),
    ("pay", r"salary|compensation|\bpay\b|\bwages?\b|pay (range|scale)|remuneration"),
    ("responsibilities", r"accomplish|what you{ap}?ll be doing"),
    ("requirements", r"requirement|qualification|what you{ap}?ll (need|bring)|what you (need|bring|have)|"
                     r"who you are|\bskills\b(?! (?:team|resources))|^\W*(?:your |relevant |required )?experience\W*$|"
                     r"experience (?:and|&) skills|must[- ]have|you have|about you\b(?!r)|"
                     r"looking for|competenc|eligib|criteria|what we{ap}re looking|who we{ap}re looking"),
    ("responsibilities", r"responsibilit|duties|what you{ap}?ll (do|be doing|work on|achieve)|"
                         r"what you will (do|be doing|work on)|\bthe role\b|\byour role\b|"
                         r"day[- ]to[- ]day|objectives?|role summary|in this role|about the (role|job|position)|"
                         r"the job|the position|the opportunity|what the job involves|your impact"),
    ("growth", r"growth|career (development|path|progression)|learning (?:and|&) development|"
               r"professional development|training (?:and|&) development|mentor"),
    ("location", r"location|where you{ap}?ll work|where we work|\bremote\b|workplace|office"),
    ("schedule", r"schedule|working hours|\bhours\b|employment type|job type|contract type"),
    ("deadline", r"closing date|deadline|\bcloses\b|open period|apply by|\bdates?\b"),
    ("contact", r"^\W*contact\b|contact (?:us|information|details|person)|point of contact|"
                r"questions|get in touch|reach out|who to ask"),
    ("about", r"^\W*about\b|who we are|our (mission|story|team|company|values)|\bmission\b|"
              r"the team|our work|what we do"),
]]

_LABEL_LINE = re.compile(r"^\s*([^\n:]{2,60}):[ \t]*(?:\n|$)")


def classify(label: str) -> str | None:
    for key, pat in SECTION_PATTERNS:
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
    """The section key of every block (parallel to doc.blocks)."""
    cached = doc.cache.get("sections")
    if cached is not None:
        return cached
    out: list[str | None] = []
    heading_key: str | None = None  # from the last heading
    label_key: str | None = None  # from a label paragraph under it
    for b in doc.blocks:
        label = label_of(b)
        if b.kind == "heading":
            key = classify(label) if label else None
            # an unclassified sub-heading ("Key objective #2: Advance UX practice")
            # stays in its parent's section
            heading_key = key or (heading_key if b.level > 2 else None)
            label_key = None
            out.append(heading_key)
            continue
        if label is not None:
            label_key = classify(label)
            out.append(label_key or heading_key)
            if not b.text.strip().endswith(":"):
                label_key = None  # "Label:\nvalue" labels only its own block
            continue
        out.append(label_key or heading_key)
    doc.cache["sections"] = out
    return out
