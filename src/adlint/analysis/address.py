"""Whom the ad talks to: the reader ("you") or itself and a third person."""

from __future__ import annotations

import re

from ..document import Document

_YOU = re.compile(r"(?<!\w)(?:you|your|yours|yourself)(?!\w)", re.IGNORECASE)
_WE = re.compile(r"(?<!\w)(?:we|our|ours)(?!\w)", re.IGNORECASE)
_CANDIDATE = re.compile(r"\bthe (?:successful |ideal |right |selected )?(?:candidate|applicant|"
                        r"incumbent|jobholder)s?\b", re.IGNORECASE)


def you_count(doc: Document) -> int:
    return sum(len(_YOU.findall(b.text)) for b in doc.blocks)


def reader_address(doc: Document, you: int) -> dict:
    """How often the ad talks to the reader ("you") versus about itself or a third
    person ("we", "the candidate"); ratio = you / (we + candidate)."""
    we = sum(len(_WE.findall(b.text)) for b in doc.blocks)
    cand = sum(len(_CANDIDATE.findall(b.text)) for b in doc.blocks)
    other = we + cand
    return {"you": you, "we": we, "candidate": cand,
            "ratio": round(you / other, 2) if other else None}
