"""Document metrics, computed on demand and reported in the JSON output."""

from __future__ import annotations

import re
from typing import Callable

from .document import Document

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

_REGISTRY: dict[str, Callable[[Document], object]] = {}


def metric(name: str):
    def register(fn):
        _REGISTRY[name] = fn
        return fn

    return register


#: Modules that register further metrics, imported the first time one is asked for.
_PROVIDERS = ("adlint.readability", "adlint.elements", "adlint.jurisdictions")


def _load_providers() -> None:
    import importlib

    for mod in _PROVIDERS:
        importlib.import_module(mod)


def compute(name: str, doc: Document):
    fn = _REGISTRY.get(name)
    if fn is None:
        _load_providers()
        fn = _REGISTRY.get(name)
    return fn(doc) if fn else None


def names() -> list[str]:
    _load_providers()
    return sorted(_REGISTRY)


@metric("words")
def words(doc: Document) -> int:
    return sum(len(WORD.findall(b.text)) for b in doc.blocks)


_YOU = re.compile(r"(?<!\w)(?:you|your|yours|yourself)(?!\w)", re.IGNORECASE)
_WE = re.compile(r"(?<!\w)(?:we|our|ours)(?!\w)", re.IGNORECASE)
_CANDIDATE = re.compile(r"\bthe (?:successful |ideal |right |selected )?(?:candidate|applicant|"
                        r"incumbent|jobholder)s?\b", re.IGNORECASE)


@metric("reader_address")
def reader_address(doc: Document) -> dict:
    """How often the ad talks to the reader ("you") versus about itself or a third
    person ("we", "the candidate"); ratio = you / (we + candidate)."""
    you = you_count(doc)
    we = sum(len(_WE.findall(b.text)) for b in doc.blocks)
    cand = sum(len(_CANDIDATE.findall(b.text)) for b in doc.blocks)
    other = we + cand
    return {"you": you, "we": we, "candidate": cand,
            "ratio": round(you / other, 2) if other else None}


@metric("you_count")
def you_count(doc: Document) -> int:
    return sum(len(_YOU.findall(b.text)) for b in doc.blocks)
