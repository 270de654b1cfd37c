"""Whom the ad talks to: the reader ("you") or itself and a third person."""

from __future__ import annotations

import re

from ..document import Document

#: "you", "your", "yours", "yourself" as whole words. The pattern starts with the literal
#: (re looks for "you" instead of trying a look-behind at every character); the
#: look-behind after it asks what (?<!\w) before it would.
_YOU = re.compile(r"you(?<!\wyou)(?:rs?|rself)?(?!\w)", re.IGNORECASE)
_WE = re.compile(r"(?<!\w)(?:we|our|ours)(?!\w)", re.IGNORECASE)
_CANDIDATE = re.compile(r"\bthe (?:successful |ideal |right |selected )?(?:candidate|applicant|"
                        r"incumbent|jobholder)s?\b", re.IGNORECASE)


def you_count(doc: Document) -> int:
    # the prose is the blocks joined by line breaks: no match spans two blocks, and a
    # line break is not a word character, as the start or end of a block is not
    return len(_YOU.findall(doc.prose))


def reader_address(doc: Document, you: int) -> dict:
    """How often the ad talks to the reader ("you") versus about itself or a third
    person ("we", "the candidate"); ratio = you / (we + candidate)."""
    we = sum(len(_WE.findall(b.text)) for b in doc.blocks)
    cand = sum(len(_CANDIDATE.findall(b.text)) for b in doc.blocks)
    other = we + cand
    return {"you": you, "we": we, "candidate": cand,
            "ratio": round(you / other, 2) if other else None}
