"""A 0-100 score for an ad from its findings, with the changes that would raise it
most. Weights are data (rules/data/score.yaml), overridable in the config
(`score-weights`). It summarises adlint's findings; it is not a prediction of how many
people will apply (docs/score.md)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..analysis import data
from ..finding import Finding


@lru_cache(maxsize=1)
def weights() -> dict:
    return data.load("score")


def _points(rule: str, severity: str, table: dict, overrides: dict) -> float:
    pack = rule.split("/", 1)[0]
    if rule in overrides:
        return overrides[rule]
    if pack in overrides:
        return overrides[pack]
    entry = table["rules"].get(rule)
    if entry is not None and "points" in entry:
        return entry["points"]
    return table["severity"].get(severity, 0)


def _change(rule: str, table: dict, message: str) -> str:
    entry = table["rules"].get(rule) or {}
    if entry.get("change"):
        return entry["change"]
    pack = table.get("packs", {}).get(rule.split("/", 1)[0]) or {}
    return pack.get("change") or message.split(":")[0].rstrip(".")


def compute(findings: list[Finding], overrides: dict | None = None) -> dict:
    """{"value": 0-100, "raise": [{"change", "points", "rules"}, …]} (top three)."""
    table = weights()
    overrides = overrides or {}
    lost: dict[str, float] = defaultdict(float)
    most: dict[str, float] = defaultdict(float)  # the most one finding of the rule takes off
    first: dict[str, Finding] = {}
    for f in findings:
        pts = _points(f.rule, f.severity, table, overrides)
        lost[f.rule] += pts
        most[f.rule] = max(most[f.rule], pts)
        first.setdefault(f.rule, f)
    by_change: dict[str, dict] = {}
    total = 0.0
    for rule, pts in lost.items():
        entry = table["rules"].get(rule) or {}
        cap = max(entry.get("cap", table.get("cap", 10)), most[rule])
        pts = min(pts, cap)
        if pts <= 0:
            continue
        total += pts
        change = _change(rule, table, first[rule].message)
        entry = by_change.setdefault(change, {"change": change, "points": 0, "rules": []})
        entry["points"] += pts
        entry["rules"].append(rule)
    value = max(0, round(100 - total))
    ranked = sorted(by_change.values(), key=lambda e: (-e["points"], e["change"]))[:3]
    for e in ranked:
        e["points"] = round(e["points"])
    return {"value": value, "raise": ranked}
