"""Postings on one page: a careers page lists several jobs, each under its own name.

`job_headings` finds the headings (or short title-like lines) that name jobs, when at
least two of one kind do ("## Development Manager", "Product Manager - Israel");
`postings` numbers the blocks by the posting they belong to, so that the text each
posting repeats (its "How to apply", its notices) is not taken for a repeat, and each
posting's name can be judged as a job title.
"""

from __future__ import annotations

import re

from .words import WORD, count_upto
from .prefilter import compile_python


def _heading_key(text: str) -> str:
    return " ".join(w.lower() for w in WORD.findall(text))


def _title_like(block) -> bool:
    """A short line that can name a posting ("Product Manager - Israel"): a heading,
    or a paragraph of at most 8 words that is not a sentence or a label."""
    text = block.text.strip()
    if block.kind == "heading":
        return True
    return (block.kind == "paragraph" and "\n" not in text and text[-1:] not in ".:!?;,"
            and 0 < count_upto(text, 8) <= 8)


#: the last word of a job's name ("Development Manager", "Summer Engineering Internships")
_JOB_NOUN = compile_python(
    r"(?:officer|manager|engineer|developer|designer|intern|internships?|associate|director|"
    r"lead|coordinator|specialist|analyst|assistant|administrator|consultant|scientist|"
    r"researcher|writer|editor|producer|architect|technician|nurse|teacher|fellow|"
    r"fellowship|apprentice|apprenticeship|representative|executive|advisor|adviser|"
    r"strategist|librarian|accountant|recruiter|head|chef|driver|operative)s?$", re.IGNORECASE)


_NAME_END = re.compile(r"\s[-–—|:]\s|\s?\(")


def job_name(words: list[str]) -> bool:
    """Words that end in the name of a job ("Front-End Developer", "Lead Engineer")."""
    return bool(words) and bool(_JOB_NOUN.search(words[-1]))


def job_headings(doc) -> list[int]:
    """Headings (or short title-like paragraphs) that name jobs, when at least two of
    one kind do: a careers page. "Lead Engineer - Israel" names an engineer."""
    by_kind: dict[tuple, list[int]] = {}
    for k, b in enumerate(doc.blocks):
        if not _title_like(b):
            continue
        words = WORD.findall(_NAME_END.split(b.text.strip(), 1)[0])
        if 0 < len(words) <= 8 and job_name(words):
            by_kind.setdefault((b.kind, b.level), []).append(k)
    return [k for ks in by_kind.values() if len(ks) >= 2 for k in ks]


def postings(doc, job_starts: list[int] | None = None) -> list[int]:
    """The posting number of each block. A careers page names each job in a heading
    ("## Development Manager", "## Freelance Visual Designer": two or more at one
    level). And a heading whose words repeat a heading of the current posting means a
    new posting has begun: at the last shallower heading after the first copy, else
    at the last short title-like paragraph after the last heading ("Product Manager -
    Israel"), else at the repeated heading itself."""
    blocks = doc.blocks
    starts: list[int] = list(job_headings(doc) if job_starts is None else job_starts)
    seen: dict[str, int] = {}  # heading words -> block index, in the current posting
    last_heading = -1
    for k, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        key = _heading_key(b.text)
        if key and key in seen:
            first = seen[key]
            start = next((i for i in range(k - 1, first, -1) if blocks[i].kind == "heading"
                          and blocks[i].level < b.level), None)
            if start is None:
                start = next((i for i in range(k - 1, last_heading, -1)
                              if _title_like(blocks[i])), k)
            starts.append(start)
            seen = {_heading_key(blocks[i].text): i for i in range(start, k)
                    if blocks[i].kind == "heading"}
        if key:
            seen[key] = k
        last_heading = k
    out, number, marks = [], 0, set(starts)
    for k in range(len(blocks)):
        number += k in marks
        out.append(number)
    return out
