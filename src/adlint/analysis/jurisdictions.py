"""Pay-transparency jurisdictions: the law table and which laws apply to an ad.

The table is `rules/data/pay-transparency.yaml` (generated from the research
notes, with sources). `jurisdictions = ["US-CO", "EU"]` in the config picks
laws; `"auto"` infers them from where the ad says the work is. Not legal advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from . import data


@dataclass(frozen=True)
class Law:
    code: str
    name: str
    requires: tuple[str, ...]
    status: str
    source: str
    places: re.Pattern | None = None
    range_cap: float | None = None
    range_cap_exempt_above: float | None = None
    not_for_employers: re.Pattern | None = None  # employers the law does not cover


@lru_cache(maxsize=1)
def laws() -> dict[str, Law]:
    out = {}
    for e in data.load("pay-transparency")["jurisdictions"]:
        out[e["code"]] = Law(
            code=e["code"], name=e["name"],
            requires=tuple(e.get("requires", ())), status=e.get("status", "in force"),
            source=(e.get("sources") or [""])[0],
            places=re.compile(e["places"]) if e.get("places") else None,
            range_cap=e.get("range_cap"), range_cap_exempt_above=e.get("range_cap_exempt_above"),
            not_for_employers=(re.compile(e["not_for_employers"], re.IGNORECASE)
                               if e.get("not_for_employers") else None))
    return out


def known_codes() -> list[str]:
    return list(laws())


_LOCATION_KEY = re.compile(r"location|city|office|country|region|state$|place|address|"
                           r"locality", re.IGNORECASE)
_LOCATION_CUE = re.compile(r"\b(?:based in|located in|offices? in|location|remote|hybrid|on-?site|"
                           r"work from)\b", re.IGNORECASE)
#: a place named in a sentence counts when a preposition of place comes just before it:
#: "our cafe in Denver, Colorado", "a barista at our New York City store"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|within|across|throughout|from|to)\b"
                           r"[^.!?\n]{0,40}$", re.IGNORECASE)
#: "Toronto, ON", "Denver, CO": a city with its state or province code is a place of work
_STATE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
#: French: « basé à Lyon », « bureaux à Bruxelles », « Lieu : Montréal », « télétravail »
_LOCATION_CUE_FR = re.compile(r"\b(?:basée?s? (?:à|au|en)|située?s? (?:à|au|en)|bureaux? (?:à|au|de|en)|"
                              r"lieu(?:x)? de travail|lieu|emplacement|localisation|télétravail|"
                              r"hybride|sur place|en présentiel)\b", re.IGNORECASE)
#: « notre café à Lyon », « un poste au Québec », « en Belgique », « près de Paris »
_PLACE_BEFORE_FR = re.compile(r"(?<!\w)(?:à|au|aux|en|dans|près de|depuis|vers|partout)(?!\w)"
                              r"[^.!?\n]{0,40}$", re.IGNORECASE)
_META_KEYS = ("geo.placename", "geo.region", "og:locality", "og:region", "og:country-name",
              "job:location", "location")


def _location_texts(doc: Document, sections: list[str | None]) -> list[str]:
    """Where the ad says the work is: location fields in front matter and page
    metadata, location sections, and sentences that say "based in", "located in",
    "office in" or "remote"."""
    texts = []
    for key, v in doc.metadata.front_matter_items():
        if not _LOCATION_KEY.search(key.rsplit(".", 1)[-1]) or v in (None, ""):
            continue
        texts += ([str(x) for x in v if isinstance(x, (str, int, float))] if isinstance(v, list)
                  else [str(v)])
    texts += [v for k, v in doc.metadata.meta.items() if k in _META_KEYS and v]
    cue = _LOCATION_CUE_FR if doc.language == "fr" else _LOCATION_CUE
    for b, key in zip(doc.blocks, sections):
        if key == "location" or cue.search(b.text):
            texts.append(b.text)
    return texts


def _in_prose(doc: Document, law: "Law") -> str | None:
    """A place of the law named after "in", "at", "near"… anywhere in the prose, or
    with its state or province code ("Toronto, ON"); in French after « à », « au », « en »…"""
    before = _PLACE_BEFORE_FR if doc.language == "fr" else _PLACE_BEFORE
    for b in doc.blocks:
        for m in law.places.finditer(b.text):
            code = _STATE_AFTER.match(b.text, m.end())
            if code:
                return b.text[m.start():code.end()]
            if _STATE_AFTER.match(m.group()) or before.search(b.text, max(0, m.start() - 60),
                                                              m.start()):
                return m.group()
    return None


@dataclass
class Active:
    law: Law
    inferred_from: str | None = None  # the text that named the place, for "auto"


def active(doc: Document, codes: tuple[str, ...], sections: list[str | None]) -> list[Active]:
    """The laws that apply: those named in `codes`, and with "auto" those whose
    places the ad names where it says the work is."""
    if not codes:
        return []
    table = laws()
    out: list[Active] = []
    explicit = [c for c in codes if c != "auto"]
    out += [Active(table[c]) for c in explicit if c in table]
    if "auto" in codes:
        texts = _location_texts(doc, sections)
        for law in table.values():
            if law.places is None or law.code in explicit:
                continue
            if law.not_for_employers is not None and law.not_for_employers.search(doc.prose):
                continue  # the employer is one the law does not cover (Canada's federal service)
            found = next((m.group() for t in texts for m in [law.places.search(t)] if m), None)
            found = found or _in_prose(doc, law)
            if found:
                out.append(Active(law, found))
    return out
