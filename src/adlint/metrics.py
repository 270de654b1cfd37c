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


def compute(name: str, doc: Document):
    fn = _REGISTRY.get(name)
    return fn(doc) if fn else None


def names() -> list[str]:
    return sorted(_REGISTRY)


@metric("words")
def words(doc: Document) -> int:
    return sum(len(WORD.findall(b.text)) for b in doc.blocks)
