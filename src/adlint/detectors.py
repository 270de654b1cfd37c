"""Named facts about a document that rules can depend on (`unless: pay-figure`)."""

from __future__ import annotations

import re
from typing import Callable

from .document import Document

_CURRENCY = r"(?:[$£€¥₹]|\b(?:USD|CAD|EUR|GBP|AUD|NZD|CHF|INR)\b)"
_AMOUNT = r"\d{1,3}(?:[,.\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?[kK]\b|\d{2,}(?:\.\d+)?"
PAY_FIGURE = re.compile(
    rf"{_CURRENCY}\s?(?:{_AMOUNT})"
    rf"|(?:{_AMOUNT})\s?{_CURRENCY}"
    r"|\bGS-?\s?\d{1,2}\b"
    r"|\b\d[\d,.]*\s?(?:dollars|euros|pounds)\b",
    re.IGNORECASE,
)

_REGISTRY: dict[str, Callable[[Document], bool]] = {}


def detector(name: str):
    def register(fn):
        _REGISTRY[name] = fn
        return fn

    return register


def get(name: str) -> Callable[[Document], bool]:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown detector {name!r} (known: {', '.join(sorted(_REGISTRY))})") from None


def _front_matter_text(doc: Document) -> str:
    fm = doc.metadata.get("front_matter") or {}
    return " ".join(str(v) for v in fm.values()) if isinstance(fm, dict) else ""


@detector("pay-figure")
def has_pay_figure(doc: Document) -> bool:
    """The ad states an amount of money (in the prose or in front matter)."""
    if PAY_FIGURE.search(_front_matter_text(doc)):
        return True
    return any(PAY_FIGURE.search(b.text) for b in doc.blocks)
