"""Which rules run and which findings stay: selection, severities, per-file
ignores, the shared vocabulary and inline suppression, in one place."""

from __future__ import annotations

from ..config import Settings
from ..finding import Finding
from ..rules import Rule
from . import suppress


def _selected(rule: Rule, selectors, by_finding_id: bool = False) -> bool:
    """Does a selector name this rule? With by_finding_id, an id the rule reports
    under (grammar/EN_A_VS_AN for the LanguageTool rule) counts too."""
    return any(s == "ALL" or s == rule.id or s == rule.pack
               or (by_finding_id and rule.kind == "languagetool" and s.startswith(rule.pack + "/"))
               for s in selectors)


def configured_severity(settings: Settings, rule: Rule) -> str | None:
    """The severity the user set for this rule or its pack, if any."""
    return settings.severity.get(rule.id) or settings.severity.get(rule.pack)


def enabled(settings: Settings, rule: Rule) -> bool:
    """Is the rule on: selected, not ignored, not turned off, wanted by the profile?"""
    if settings.select is None:
        on = rule.default
    else:
        on = _selected(rule, settings.select, True)
    if not on and settings.extend_select:
        on = _selected(rule, settings.extend_select, True)
    if on and settings.ignore and _selected(rule, settings.ignore):
        on = False
    if on and configured_severity(settings, rule) == "off":
        on = False
    if on and rule.severity_in(settings.profile) is None:
        on = False  # the profile does not ask for it (set the rule's `profiles` to change that)
    return on


def severity(settings: Settings, rule: Rule, finding: Finding) -> str:
    """The user's severity for the rule, else info for a minor finding, else the
    rule's severity under the profile."""
    return (configured_severity(settings, rule)
            or ("info" if finding.minor else rule.severity_in(settings.profile) or rule.severity))


def keeps(settings: Settings, finding_rule: str, rule: Rule) -> bool:
    """For a rule that reports findings under their own ids (grammar/<id>):
    is this id wanted? An id named in ignore drops it; if select names ids of
    the rule's pack and not the pack itself, only those are kept."""
    if finding_rule == rule.id:
        return True
    if finding_rule in settings.ignore:
        return False
    chosen = (settings.select or ()) + settings.extend_select
    named = [s for s in chosen if s.startswith(rule.pack + "/") and s != rule.id]
    if named and not any(s in ("ALL", rule.pack, rule.id) for s in chosen):
        return finding_rule in named
    return True


def in_scope(rule: Rule, finding: Finding) -> bool:
    """A rule with a `scope` reports only in those kinds of block."""
    return not rule.scope or finding.block_kind is None or finding.block_kind in rule.scope


def accept_vocabulary(findings: list[Finding], vocabulary) -> list[Finding]:
    """The shared vocabulary: a finding that names exactly an accepted word or
    phrase ("Kubernetes", "ACME Corp") is dropped, whichever rule made it."""
    if not vocabulary:
        return findings
    accepted = {" ".join(w.split()).casefold() for w in vocabulary}
    return [f for f in findings
            if f.start is None or " ".join(f.named.split()).casefold() not in accepted]


def suppress_inline(findings: list[Finding], doc, report_unused: bool) -> list[Finding]:
    """Inline adlint-disable comments; unused ones become findings when asked."""
    return suppress.apply(findings, doc.directives, report_unused)


UNUSED_RULE = suppress.UNUSED_RULE
