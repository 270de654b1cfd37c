"""A cheap language guess from function words, good enough to keep English
word lists off French, Spanish and German ads."""

from __future__ import annotations

import re

_WORDS = {
    "en": set("the and to of you we with for our is are will be in on your this that as".split()),
    "fr": set("le la les et des vous nous pour une est du dans au aux sur avec votre nos qui".split()),
    "es": set("el los las y de que en para con una por su nuestro usted del se es".split()),
    "de": set("der die das und zu mit für wir sie ist ein eine den im auf bei unser".split()),
}
_TOKEN = re.compile(r"[^\W\d_]+")


def detect(text: str, limit: int = 4000) -> str | None:
    """The most likely language of text, or None when there is too little evidence."""
    counts = dict.fromkeys(_WORDS, 0)
    total = 0
    for m in _TOKEN.finditer(text[:limit]):
        w = m.group().lower()
        for lang, words in _WORDS.items():
            if w in words:
                counts[lang] += 1
                total += 1
    if total < 3:
        return None
    best = max(counts, key=counts.get)
    return best


def normalize(tag: str | None) -> str | None:
    """'en-US', 'en_GB', 'EN' -> 'en'."""
    if not tag or not isinstance(tag, str):
        return None
    primary = re.split(r"[-_]", tag.strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def identify(doc, configured: str | None = None) -> tuple[str, str, str | None]:
    """The document's language (primary subtag), where it came from, and the full
    tag as written ("en-GB", kept for backends that tell regional variants apart)."""
    fm = doc.metadata.front_matter_fields()
    candidates = [(fm.get(key), f"front matter {key}") for key in ("lang", "language", "locale")]
    candidates += [(doc.metadata.lang, "html lang"), (configured, "config")]
    for raw, where in candidates:
        tag = normalize(raw)
        if tag:
            return tag, where, str(raw).strip()
    guess = detect(doc.prose)
    if guess:
        return guess, "detected", None
    return "en", "default", None
