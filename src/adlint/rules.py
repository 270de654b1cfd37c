"""Loading rule packs (YAML) and check kinds (built in or plugins) into a registry."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path
from typing import Any

from .checks.base import Check
from .finding import SEVERITIES
from .record import Record

ENTRY_POINT_GROUP = "adlint.checks"

_RULE_KEYS = {"kind", "severity", "message", "rationale", "source", "examples", "languages",
              "scope", "default", "description", "profiles", "precision"}
_PACK_KEYS = {"pack", "title", "description", "languages", "source", "rules"}


class RuleError(Exception):
    """A rule pack or plugin that cannot be loaded; the message names file and rule."""


_NEW = object()  # a parameter left out: a new empty dict


class Rule(Record):
    _fields = ("id", "pack", "name", "kind", "severity", "message", "rationale", "source",
               "examples", "languages", "scope", "default", "description", "options", "path",
               "profiles", "precision")

    def __init__(
        self, id: str, pack: str, name: str, kind: str, severity: str, message: str,
        rationale: str = "", source: str = "", examples: dict[str, str] = _NEW,
        languages: tuple[str, ...] | None = None,  # None: every language
        scope: tuple[str, ...] = (),
        default: bool = True,  # enabled without being selected explicitly
        description: str = "",
        options: dict[str, Any] = _NEW,  # kind-specific keys
        path: str = "",
        #: severity per profile (job-ad, careers-page); a profile not listed is off. None:
        #: every profile, at `severity`.
        profiles: dict[str, str] | None = None,
        #: measured precision on real ads: {judged: N, right: M, corpus: "..."}
        precision: dict[str, Any] | None = None,
    ):
        self.id = id
        self.pack = pack
        self.name = name
        self.kind = kind
        self.severity = severity
        self.message = message
        self.rationale = rationale
        self.source = source
        self.examples = {} if examples is _NEW else examples
        self.languages = languages
        self.scope = scope
        self.default = default
        self.description = description
        self.options = {} if options is _NEW else options
        self.path = path
        self.profiles = profiles
        self.precision = precision

    @property
    def short(self) -> str:
        """One line for listings."""
        return self.description or self.message.replace("{match}", "…").replace(
            "{replacement}", "…").split(". ")[0].rstrip(".")

    def supports(self, language: str | None) -> bool:
        return self.languages is None or (language or "en") in self.languages

    def severity_in(self, profile: str) -> str | None:
        """The severity under this profile, or None when the profile does not want the rule."""
        if self.profiles is None:
            return self.severity
        sev = self.profiles.get(profile, "off")
        return None if sev == "off" else sev


_builtin_dir: Path | None = None


def builtin_rules_dir() -> Path:
    """The rules/ folder: inside the installed package, or beside src/ in a checkout."""
    global _builtin_dir
    if _builtin_dir is None:  # resolving the path stats each of its folders
        from .analysis.data import rules_dir

        _builtin_dir = rules_dir()
    return _builtin_dir


# -- check kinds -------------------------------------------------------------

_kinds: dict[str, type[Check]] = {}


def _load_object(spec: str):
    module, _, attr = spec.partition(":")
    obj = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def check_kind(name: str) -> type[Check]:
    if name in _kinds:
        return _kinds[name]
    from .checks import BUILTIN

    if name in BUILTIN:
        cls = _load_object(BUILTIN[name])
    else:
        cls = _plugin_kinds().get(name)
        if cls is None:
            known = ", ".join(sorted(set(BUILTIN) | set(_plugin_kinds())))
            raise RuleError(f"unknown check kind {name!r} (known: {known}; plugins add kinds "
                            f"through the {ENTRY_POINT_GROUP!r} entry-point group)")
    _kinds[name] = cls
    return cls


_plugins: dict[str, type[Check]] | None = None


def _plugin_kinds() -> dict[str, type[Check]]:
    global _plugins
    if _plugins is None:
        from importlib.metadata import entry_points

        _plugins = {}
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                cls = ep.load()
            except Exception as exc:
                raise RuleError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from None
            if not (isinstance(cls, type) and issubclass(cls, Check)):
                raise RuleError(f"plugin {ep.name!r} ({ep.value}) is not a subclass of "
                                "adlint.checks.Check")
            _plugins[ep.name] = cls
    return _plugins


# -- packs -------------------------------------------------------------------

def _yaml_load(path: Path):
    from .rule_index import cached_file

    return cached_file("yaml", Path(path), _yaml_read)


def _yaml_read(path: Path):
    import yaml

    from .yaml_load import load

    try:
        with open(path, encoding="utf-8") as fh:
            return load(fh.read())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(f"{path}{where}: invalid YAML: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule pack: {exc}") from None


class _Where:
    """Where a rule is defined: "file:line: rule pack/name", with the line looked
    up (by composing the YAML again) only when an error message needs it."""

    def __init__(self, path: Path, pack: str, name: str, key: str | None = None):
        self.path, self.pack, self.name, self.key = path, pack, name, key

    def at(self, key: str) -> "_Where":
        return _Where(self.path, self.pack, self.name, key)

    def __str__(self) -> str:
        line = _line_of(self.path, ("rules", self.name) + ((self.key,) if self.key else ()))
        return f"{self.path}{f':{line}' if line else ''}: rule {self.pack}/{self.name}"

    __format__ = lambda self, spec: format(str(self), spec)  # noqa: E731


def _line_of(path: Path, keys: tuple) -> int | None:
    """1-based line of the deepest of `keys` found in the YAML mapping at path."""
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            node = yaml.compose(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except Exception:
        return None
    line = None
    for k in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        for knode, vnode in node.value:
            if getattr(knode, "value", None) == k:
                line = knode.start_mark.line + 1
                node = vnode
                break
        else:
            break
    return line


def _at(where, key):
    return where.at(key) if isinstance(where, _Where) else where


def _check_type(value, expected, where, key: str):
    where = _at(where, key)
    if expected is list and isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise RuleError(f"{where}: {key!r} must be a list of strings")
        return
    if expected is dict and isinstance(value, dict):
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise RuleError(f"{where}: {key!r} must map strings to strings")
        return
    if expected is bool and not isinstance(value, bool):
        raise RuleError(f"{where}: {key!r} must be true or false")
    if not isinstance(value, expected) or (isinstance(value, bool) and expected in
                                            ((int, float, type(None)),)):
        names = (expected.__name__ if isinstance(expected, type)
                 else " or ".join(t.__name__ for t in expected))
        raise RuleError(f"{where}: {key!r} must be {names}, not {type(value).__name__}")


def resolve_options(kind: type[Check], given: dict, where: str) -> dict:
    """Kind-specific keys with defaults filled in, each validated."""
    opts = {}
    for key, (typ, default) in kind.options.items():
        if key in given:
            _check_type(given[key], typ, where, key)
            opts[key] = given[key]
        else:
            opts[key] = default
    return opts


def _languages(value, where):
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: 'languages' must be a list of language codes such as [en]")
    return tuple(v.lower() for v in value)


def load_pack(path: Path) -> list[Rule]:
    data = _yaml_load(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule pack is a mapping with 'pack' and 'rules' keys")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key {sorted(unknown)[0]!r} "
                        f"(allowed: {', '.join(sorted(_PACK_KEYS))})")
    pack = data.get("pack") or path.stem
    if not isinstance(pack, str) or "/" in pack:
        raise RuleError(f"{path}: 'pack' must be a name without '/'")
    rules_data = data.get("rules") or {}
    if not isinstance(rules_data, dict):
        raise RuleError(f"{path}: 'rules' must map rule names to their definitions")
    defaults = {"languages": _languages(data.get("languages"), str(path)),
                "source": data.get("source", ""),
                "builtin": path.parent == builtin_rules_dir()}
    return [_rule(path, pack, str(name), spec, defaults) for name, spec in rules_data.items()]


def _rule(path: Path, pack: str, name: str, spec, defaults: dict) -> Rule:
    """One rule of a pack, validated; errors name the file, line and rule."""
    where = _Where(path, pack, name)
    if not isinstance(spec, dict):
        raise RuleError(f"{where}: a rule is a mapping of keys")
    kind_name = spec.get("kind")
    if not isinstance(kind_name, str):
        raise RuleError(f"{where}: 'kind' is required (term, substitution, metric, …)")
    try:
        kind = check_kind(kind_name)
    except RuleError as exc:
        raise RuleError(f"{where.at('kind')}: {exc}") from None
    unknown = [k for k in spec if k not in _RULE_KEYS and k not in kind.options]
    if unknown:
        allowed = ", ".join(sorted(_RULE_KEYS | set(kind.options)))
        bad = sorted(unknown)[0]
        raise RuleError(f"{where.at(bad)}: unknown key {bad!r} (allowed: {allowed})")
    severity = spec.get("severity", "warning")
    if severity not in SEVERITIES:
        raise RuleError(f"{where.at('severity')}: severity must be one of {', '.join(SEVERITIES)}")
    message = spec.get("message")
    if not isinstance(message, str) or not message.strip():
        raise RuleError(f"{where}: 'message' is required")
    examples = spec.get("examples") or {}
    if not isinstance(examples, dict):
        raise RuleError(f"{where}: 'examples' must have 'bad' and 'good' keys")
    profiles, precision = spec.get("profiles"), spec.get("precision")
    rule = Rule(
        id=f"{pack}/{name}", pack=pack, name=name, kind=kind_name, severity=severity,
        message=message.strip(), rationale=str(spec.get("rationale", "")).strip(),
        source=str(spec.get("source", defaults["source"])).strip(),
        examples={k: str(v).strip() for k, v in examples.items()},
        languages=(_languages(spec["languages"], where) if "languages" in spec
                   else defaults["languages"]),
        scope=_scope(spec.get("scope"), where), default=bool(spec.get("default", True)),
        description=str(spec.get("description", "")).strip(),
        options={k: v for k, v in spec.items() if k in kind.options}, path=str(path),
        profiles=None if profiles is None else _profiles(profiles, where.at("profiles")),
        precision=None if precision is None else _precision(precision, where.at("precision")),
    )
    if defaults["builtin"]:
        # built-in packs' options are validated by tests (test_rule_packs), and again
        # when a check is built (Registry.check_for)
        return rule
    resolve_options(kind, rule.options, where)  # validate now, compile later
    if rule.options.get("patterns"):
        try:  # a user's raw regexes are checked when the pack loads (built-in ones by tests)
            kind(rule, resolve_options(kind, rule.options, where))
        except (ValueError, re.error) as exc:
            raise RuleError(f"{where.at('patterns')}: {exc}") from None
    return rule


def _scope(value, where) -> tuple[str, ...]:
    if value is None:
        return ()
    from .document import BLOCK_KINDS

    scope = (value,) if isinstance(value, str) else tuple(value or ())
    for s in scope:
        if s not in BLOCK_KINDS:
            raise RuleError(f"{where}: scope {s!r} is not one of {', '.join(BLOCK_KINDS)}")
    return scope


def _profiles(value, where) -> dict[str, str] | None:
    from .config import PROFILES

    if value is None:
        return None
    if not isinstance(value, dict):
        raise RuleError(f"{where}: 'profiles' maps a profile ({', '.join(PROFILES)}) to a "
                        "severity or off")
    for prof, sev in value.items():
        if prof not in PROFILES:
            raise RuleError(f"{where}: unknown profile {prof!r} (known: {', '.join(PROFILES)})")
        if sev != "off" and sev not in SEVERITIES:
            raise RuleError(f"{where}: profiles.{prof}: {sev!r} is not a severity or off")
    return dict(value)


def _precision(value, where) -> dict | None:
    if value is None:
        return None
    if (not isinstance(value, dict) or not isinstance(value.get("judged"), int)
            or not isinstance(value.get("right"), int)):
        raise RuleError(f"{where}: 'precision' is {{judged: N, right: M, corpus: ...}}")
    return dict(value)


def pack_files(folder: Path) -> list[Path]:
    """The packs in a folder; a pack's per-language files (`jargon.fr.yaml`) come
    after its main file (`jargon.yaml`)."""
    if not folder.is_dir():
        raise RuleError(f"{folder}: rule folder not found")
    return sorted((p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()),
                  key=lambda p: (p.name.split(".")[0], p.name.count("."), p.name))


class Registry:
    """Every known rule, by id, and their compiled checks."""

    def __init__(self, rules: list[Rule]):
        self.rules: dict[str, Rule] = {}
        #: other languages' versions of a rule (same id, its own file, e.g. jargon.fr.yaml
        #: beside jargon.yaml), by id; `self.rules` holds the first one loaded
        self.variants: dict[str, list[Rule]] = {}
        for r in rules:
            first = self.rules.get(r.id)
            if first is not None:
                taken = [first, *self.variants.get(r.id, ())]
                if r.languages is None or any(o.languages is None or set(o.languages) & set(r.languages)
                                              for o in taken):
                    raise RuleError(f"{r.path}: rule {r.id} is already defined in "
                                    f"{first.path}")
                self.variants.setdefault(r.id, []).append(r)
                continue
            self.rules[r.id] = r
        self.packs = sorted({r.pack for r in rules})
        self._checks: dict[tuple, Check] = {}
        self._configured: dict[tuple, Rule] = {}
        self._plans: dict[tuple, tuple] = {}

    def for_language(self, rule: Rule, language: str | None) -> Rule:
        """The version of the rule written for this language (the rule itself when no
        other version supports it)."""
        for v in self.variants.get(rule.id, ()):
            if v.supports(language):
                return v
        return rule

    def all_rules(self) -> list[Rule]:
        """Every rule in every language version."""
        return [v for r in self.rules.values() for v in (r, *self.variants.get(r.id, ()))]

    def configured(self, rule: Rule, overrides: dict | None) -> Rule:
        """The rule as the user's options change it: `profiles` in the config's
        `[tool.adlint.rules."pack/name"]` table replaces the rule's own."""
        if not overrides or "profiles" not in overrides:
            return rule
        key = (rule.id, rule.languages, _freeze(overrides["profiles"]))
        found = self._configured.get(key)
        if found is None:
            where = f"rule {rule.id}: option 'profiles'"
            found = self._configured[key] = rule.replace(
                profiles=_profiles(overrides["profiles"], where))
        return found

    def plan(self, settings, language: str | None) -> list[Planned]:
        """The rules these settings turn on for a document in this language, each as
        configured, in registry order: worked out once per settings and language, not
        per document."""
        key = (id(settings), language, len(self.rules))
        hit = self._plans.get(key)
        if hit is not None and hit[0] is settings:
            return hit[1]
        from .engine import filter as filters

        out: list[Planned] = []
        for rule in self.rules.values():
            overrides = settings.rules.get(rule.id)
            rule = self.configured(self.for_language(rule, language), overrides)
            if filters.enabled(settings, rule):
                out.append(Planned(self, rule, overrides, rule.supports(language)))
        if len(self._plans) >= 64:
            self._plans.clear()
        self._plans[key] = (settings, out)  # the settings kept: their id is not reused
        return out

    def check_for(self, rule: Rule, overrides: dict | None = None) -> Check:
        key = (rule.id, rule.languages, _freeze(overrides))
        chk = self._checks.get(key)
        if chk is None:
            kind = check_kind(rule.kind)
            given = {**rule.options, **(overrides or {})}
            try:
                chk = kind(rule, resolve_options(kind, given, f"rule {rule.id}")).freeze()
            except (ValueError, re.error) as exc:
                raise RuleError(f"{_Where(Path(rule.path), rule.pack, rule.name)}: {exc}") from None
            self._checks[key] = chk
        return chk


class Planned:
    """A rule a document's lint runs (Registry.plan), its check built on first use."""

    __slots__ = ("registry", "rule", "overrides", "supported", "_check")

    def __init__(self, registry: Registry, rule: Rule, overrides: dict | None, supported: bool):
        self.registry, self.rule, self.overrides, self.supported = registry, rule, overrides, supported
        self._check: Check | None = None

    @property
    def check(self) -> Check:
        if self._check is None:
            self._check = self.registry.check_for(self.rule, self.overrides)
        return self._check


def _freeze(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


_registries: dict[tuple, Registry] = {}


def load_registry(extra_folders: tuple[str, ...] = ()) -> Registry:
    key = tuple(os.path.abspath(f) for f in extra_folders)
    reg = _registries.get(key)
    if reg is None:
        rules: list[Rule] = []
        for folder in (builtin_rules_dir(), *map(Path, key)):
            for path in pack_files(folder):
                rules.extend(load_pack(path))
        reg = _registries[key] = Registry(rules)
    return reg
