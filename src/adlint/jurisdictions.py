"""Pay-transparency jurisdictions: the law table and which laws apply to an ad.

The table is `rules/data/pay-transparency.yaml` (generated from the research
notes, with sources). `jurisdictions = ["US-CO", "EU"]` in the config picks
laws; `"auto"` infers them from where the ad says the work is. Not legal advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Document
from .metrics import metric


@dataclass(frozen=True)
class Law:
    code: str
    name: str
    effective: str
    requires: tuple[str, ...]
    status: str
    source: str
    places: re.Pattern | None = None
    range_cap: float | None = None
    range_cap_exempt_above: float | None = None
    must_include: tuple[str, ...] = field(default=())


@lru_cache(maxsize=1)
def laws() -> dict[str, Law]:
    import yaml

    from .rules import builtin_rules_dir

    path = builtin_rules_dir() / "data" / "pay-transparency.yaml"
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = {}
    for e in data["jurisdictions"]:
        out[e["code"]] = Law(
            code=e["code"], name=e["name"], effective=str(e["effective"]),
            requires=tuple(e.get("requires", ())), status=e.get("status", "in force"),
            source=(e.get("sources") or [""])[0],
            places=re.compile(e["places"]) if e.get("places") else None,
            range_cap=e.get("range_cap"), range_cap_exempt_above=e.get("range_cap_exempt_above"),
            must_include=tuple(e.get("posting_must_include", ())))
    return out


def known_codes() -> list[str]:
    return list(laws())


def _location_texts(doc: Document) -> list[str]:
    """Where the ad says the work is: location fields, location sections, and
    sentences that say "based in", "located in", "office in" or "remote"."""
    from .sections import sections

    texts = []
    fm = doc.metadata.get("front_matter") or {}
    if isinstance(fm, dict):
        texts += [str(v) for k, v in fm.items()
                  if isinstance(k, str) and re.search(r"location|city|office|country|region|state$", k, re.I)
                  and v not in (None, "")]
    cue = re.compile(r"\b(?:based in|located in|offices? in|location|remote|hybrid|on-?site|"
                     r"work from)\b", re.IGNORECASE)
    for b, key in zip(doc.blocks, sections(doc)):
        if key == "location" or cue.search(b.text):
            texts.append(b.text)
    return texts


@dataclass
class Active:
    law: Law
    inferred_from: str | None = None  # the text that named the place, for "auto"


def active(doc: Document, settings) -> list[Active]:
    codes = tuple(getattr(settings, "jurisdictions", ()) or ())
    if not codes:
        return []
    cached = doc.cache.get("jurisdictions")
    if cached is not None:
        return cached
    table = laws()
    out: list[Active] = []
    explicit = [c for c in codes if c != "auto"]
    out += [Active(table[c]) for c in explicit if c in table]
    if "auto" in codes:
        texts = _location_texts(doc)
        for law in table.values():
            if law.places is None or law.code in explicit:
                continue
            for t in texts:
                m = law.places.search(t)
                if m:
                    out.append(Active(law, m.group()))
                    break
    doc.cache["jurisdictions"] = out
    return out


@metric("jurisdictions")
def jurisdictions_metric(doc: Document):
    acts = doc.cache.get("jurisdictions")
    if not acts:
        return None
    return [{"code": a.law.code, "inferred_from": a.inferred_from} for a in acts]
