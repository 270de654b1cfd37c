"""Hover text for a finding: its message, and what `adlint explain` says of its
rule (why, a bad and a better example, the source), as Markdown."""

from __future__ import annotations

from ..finding import Finding
from ..rules import Registry


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


def explain(f: Finding, registry: Registry, url: str | None = None) -> str:
    parts = [f"**{f.rule}** ({f.severity}): {f.message}"]
    if f.suggestions:
        parts.append("Suggestions: " + " | ".join(f"“{s}”" for s in f.suggestions))
    rule = registry.rules.get(f.base_rule or f.rule)
    if rule is not None:
        if rule.rationale:
            parts.append(f"**Why:** {' '.join(rule.rationale.split())}")
        if rule.examples.get("bad"):
            parts.append("**Bad:**\n\n" + _quote(rule.examples["bad"]))
        if rule.examples.get("good"):
            parts.append("**Better:**\n\n" + _quote(rule.examples["good"]))
        if rule.source:
            parts.append(f"Source: {rule.source}")
    if url:
        parts.append(f"[Rule page]({url})")
    return "\n\n".join(parts)
