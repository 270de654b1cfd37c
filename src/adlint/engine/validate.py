"""Settings checked against the rules they name: a typo in a rule id, a pack name or a
rule option stops the run (exit 2) with one line naming where it is and what was
meant, instead of silently switching a rule off."""

from __future__ import annotations

import difflib

from ..config import ConfigError, Settings
from ..rules import Registry, RuleError, check_kind, resolve_options

_GENERIC_OPTIONS = {"profiles"}


def _names(registry: Registry) -> list[str]:
    return ["ALL", *registry.packs, *registry.rules]


def suggest(value: str, names: list[str]) -> str:
    close = (difflib.get_close_matches(value, names, n=2, cutoff=0.85)
             or difflib.get_close_matches(value, names, n=3, cutoff=0.6))
    if not close and "/" in value:  # "jargon/rockstr": the pack is right, compare names in it
        pack = value.split("/", 1)[0]
        close = difflib.get_close_matches(value, [n for n in names if n.startswith(pack + "/")],
                                          n=3, cutoff=0.4)
    if close:
        return f" (did you mean {' or '.join(close)}?)"
    return " (see `adlint rules` for every id)"


def _known_id(value: str, registry: Registry) -> bool:
    if value == "ALL" or value in registry.rules or value in registry.packs:
        return True
    # ids a rule reports under: grammar/<LanguageTool rule id>
    pack = value.split("/", 1)[0]
    return any(r.pack == pack and r.kind == "languagetool" for r in registry.rules.values())


def check_ids(values, registry: Registry, where: str, key: str) -> None:
    names = _names(registry)
    for v in values:
        if not _known_id(v, registry):
            raise ConfigError(f"{where}: {key}: unknown rule or pack {v!r}{suggest(v, names)}")


def check_options(rule_options: dict, registry: Registry, where: str) -> None:
    """`[tool.adlint.rules."pack/name"]` tables: the rule exists, every key is an option
    of its kind, every value has the option's type."""
    names = list(registry.rules)
    for rule_id, given in rule_options.items():
        rule = registry.rules.get(rule_id)
        if rule is None:
            raise ConfigError(f"{where}: rules.{rule_id!r}: unknown rule{suggest(rule_id, names)}")
        kind = check_kind(rule.kind)
        allowed = sorted(set(kind.options) | _GENERIC_OPTIONS)
        for key in given:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=2, cutoff=0.6)
                hint = f" (did you mean {' or '.join(close)}?)" if close else ""
                raise ConfigError(f"{where}: rules.\"{rule_id}\".{key}: unknown option{hint}; "
                                  f"{rule.kind} rules take: {', '.join(allowed)}")
        for key, value in given.items():
            try:
                if key in kind.options:
                    resolve_options(kind, {key: value}, "")
                else:
                    registry.configured(rule, {key: value})
            except RuleError as exc:
                detail = str(exc).split(": ", 1)[-1]
                raise ConfigError(f"{where}: rules.\"{rule_id}\".{key}: {detail} "
                                  f"(got {value!r})") from None
        try:  # values the kind itself checks (a known element, a valid pattern…)
            registry.check_for(rule, given)
        except RuleError as exc:
            detail = str(exc).split(": ", 2)[-1]
            raise ConfigError(f"{where}: rules.\"{rule_id}\": {detail}") from None


def check_settings(settings: Settings, registry: Registry) -> None:
    where = settings.path or "configuration"
    check_ids(settings.select or (), registry, where, "select")
    check_ids(settings.extend_select, registry, where, "extend-select")
    check_ids(settings.ignore, registry, where, "ignore")
    check_ids(settings.severity, registry, where, "severity")
    check_ids(settings.score_weights, registry, where, "score-weights")
    for glob, ids in settings.per_file_ignores.items():
        check_ids(ids, registry, where, f"per-file-ignores.{glob!r}")
    check_options(settings.rules, registry, where)
