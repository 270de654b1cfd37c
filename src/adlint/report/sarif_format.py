"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from .. import __version__
from . import display_path

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://github.com/adlint/adlint"


def _rule_descriptor(rule) -> dict:
    help_text = rule.rationale or rule.short
    md = [rule.rationale or rule.short]
    if rule.examples.get("bad"):
        md.append(f"\n\nBad: {rule.examples['bad']}")
    if rule.examples.get("good"):
        md.append(f"\n\nBetter: {rule.examples['good']}")
    if rule.source:
        md.append(f"\n\nSource: {rule.source}")
    d = {
        "id": rule.id,
        "name": rule.id.replace("/", "-"),
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.rationale or rule.short},
        "help": {"text": help_text, "markdown": "".join(md)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.pack]},
    }
    if rule.source.startswith("http"):
        d["helpUri"] = rule.source
    return d


def render(results, registry, **_) -> str:
    used = sorted({f.rule for r in results for f in r.findings})
    index = {rid: i for i, rid in enumerate(used)}
    rules = []
    for rid in used:
        rule = registry.rules.get(rid) if registry else None
        if rule is not None:
            rules.append(_rule_descriptor(rule))
        else:
            rules.append({"id": rid, "shortDescription": {"text": rid}})
    sarif_results = []
    notifications = []
    notes = []  # about a file (a language not judged, no jurisdiction inferred), not failures
    for r in results:
        uri = display_path(r.path)
        if r.error:
            notifications.append({
                "level": "error", "message": {"text": f"{uri}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
            continue
        notes += [{"level": "note", "message": {"text": f"{uri}: {n}"},
                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]}
                  for n in r.notes]
        seen: Counter = Counter()
        for f in r.findings:
            key = f"{f.rule}|{' '.join(f.text.lower().split())}"
            seen[key] += 1
            fingerprint = hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()[:32]
            region = {"startLine": f.line, "startColumn": f.column}
            if f.start is not None:
                region.update(endLine=f.end_line, endColumn=f.end_column)
            res = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "region": region}}],
                "partialFingerprints": {"adlintFingerprint/v1": fingerprint},
            }
            if f.fix:
                res["fixes"] = [{"description": {"text": f"Replace with “{e.replacement}”"},
                                 "artifactChanges": [{
                                     "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                                     "replacements": [{
                                         "deletedRegion": region,
                                         "insertedContent": {"text": e.replacement}}]}]}
                                for e in f.fix]
            sarif_results.append(res)
    run = {
        "tool": {"driver": {"name": "adlint", "version": __version__,
                            "semanticVersion": __version__, "informationUri": INFO_URI,
                            "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications + notes}],
    }
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
