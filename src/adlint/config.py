"""Configuration: `[tool.adlint]` in pyproject.toml or a `.adlint.toml`, found by
walking up from each linted file, validated into one frozen `Settings`."""

from __future__ import annotations

import fnmatch
import os
import re
from typing import Any

from .finding import SEVERITIES
from .record import FrozenRecord


def _toml():
    """tomllib (tomli before Python 3.11), imported when a config file is read: most
    runs find none, and the import is a tenth of a one-ad run's start-up."""
    try:  # Python 3.11+
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib

PROFILES = ("job-ad", "careers-page")
CONFIG_FILES = (".adlint.toml", "adlint.toml", "pyproject.toml")


def toml_loads(text: str) -> dict:
    return _toml().loads(text)


class ConfigError(Exception):
    """A configuration problem; the message names the file, the key and what is allowed."""


_NEW = object()  # a parameter left out: a new empty dict


class Settings(FrozenRecord):
    _fields = ("path", "root", "select", "extend_select", "ignore", "severity",
               "per_file_ignores", "rule_folders", "rules", "language", "profile",
               "jurisdictions", "exclude", "include", "fail_on", "max_file_size",
               "file_timeout", "grammar", "languagetool_url", "vocabulary", "score_weights",
               "cache", "front_matter_prose")

    def __init__(
        self,
        path: str | None = None,  # the config file, if any
        root: str = ".",  # paths in the config are relative to this folder
        select: tuple[str, ...] | None = None,  # None: every rule that is on by default
        extend_select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        severity: dict[str, str] = _NEW,
        per_file_ignores: dict[str, tuple[str, ...]] = _NEW,
        rule_folders: tuple[str, ...] = (),
        rules: dict[str, dict[str, Any]] = _NEW,  # per-rule options
        language: str | None = None,
        profile: str = "job-ad",
        jurisdictions: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        include: tuple[str, ...] = (),  # globs: only matching files are linted in folders (empty: all)
        fail_on: str = "warning",
        max_file_size: int = 5 * 1024 * 1024,
        file_timeout: float = 30.0,  # seconds one file may take before it is reported and skipped
        grammar: bool | str = False,
        languagetool_url: str | None = None,
        vocabulary: tuple[str, ...] = (),
        score_weights: dict[str, float] = _NEW,  # rule id or pack -> points
        cache: bool = True,  # result and LanguageTool caches (--no-cache)
        # front-matter fields read as prose: key -> the heading it reads as (empty: none)
        front_matter_prose: dict[str, str] = _NEW,
    ):
        self.__dict__.update(
            path=path, root=root, select=select, extend_select=extend_select, ignore=ignore,
            severity={} if severity is _NEW else severity,
            per_file_ignores={} if per_file_ignores is _NEW else per_file_ignores,
            rule_folders=rule_folders, rules={} if rules is _NEW else rules,
            language=language, profile=profile, jurisdictions=jurisdictions, exclude=exclude,
            include=include, fail_on=fail_on, max_file_size=max_file_size,
            file_timeout=file_timeout, grammar=grammar, languagetool_url=languagetool_url,
            vocabulary=vocabulary, score_weights={} if score_weights is _NEW else score_weights,
            cache=cache,
            front_matter_prose={} if front_matter_prose is _NEW else front_matter_prose)

    def ignored_for_file(self, path: str) -> tuple[str, ...]:
        if not self.per_file_ignores:
            return ()
        rel = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        out: list[str] = []
        for pattern, ids in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                out.extend(ids)
        return tuple(out)


# -- validation --------------------------------------------------------------

def _str_list(value, where, key):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key}: expected a list of strings, got {value!r}")
    return tuple(value)


def _severity_map(value, where, key):
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key}: expected a table of rule id = severity")
    for k, v in value.items():
        if v not in (*SEVERITIES, "off"):
            raise ConfigError(f"{where}: {key}.{k}: {v!r} is not one of "
                              f"{', '.join((*SEVERITIES, 'off'))}")
    return dict(value)


def _per_file(value, where, key):
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key}: expected a table of glob = [rule ids]")
    return {k: _str_list(v, where, f"{key}.{k}") for k, v in value.items()}


def _rules(value, where, key):
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where}: {key}: expected tables such as [tool.adlint.rules.\"pack/name\"]")
    return {k: dict(v) for k, v in value.items()}


def _choice(options):
    def check(value, where, key):
        if value not in options:
            raise ConfigError(f"{where}: {key}: {value!r} is not one of {', '.join(options)}")
        return value

    return check


def _typed(typ, label):
    def check(value, where, key):
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: {key}: expected {label}, got {value!r}")
        return value

    return check


def _grammar(value, where, key):
    if value in (True, False, "required"):
        return value
    raise ConfigError(f"{where}: {key}: expected true, false or \"required\", got {value!r}")


def parse_jurisdictions(value, where, key):
    """Jurisdiction codes (a list, or "auto"), validated against the law table."""
    codes = ("auto",) if value == "auto" else _str_list(value, where, key)
    if any(c != "auto" for c in codes):
        from .analysis.jurisdictions import known_codes

        known = known_codes()
        for c in codes:
            if c != "auto" and c not in known:
                raise ConfigError(f"{where}: {key}: unknown jurisdiction {c!r} "
                                  f"(known: auto, {', '.join(known)})")
    return codes


def _vocabulary(value, where, key):
    if isinstance(value, dict):
        unknown = set(value) - {"accept", "file"}
        if unknown:
            raise ConfigError(f"{where}: {key}.{sorted(unknown)[0]}: unknown key "
                              "(allowed: accept, file)")
        words = list(_str_list(value.get("accept", []), where, f"{key}.accept"))
        if "file" in value:
            words.append("@file:" + _typed(str, "a path")(value["file"], where, f"{key}.file"))
        return tuple(words)
    return _str_list(value, where, key)


def _weights(value, where, key):
    if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in value.values()):
        raise ConfigError(f"{where}: {key}: expected a table of rule id or pack = points "
                          f"(a number of 0 or more), got {value!r}")
    return dict(value)


def _front_matter_prose(value, where, key):
    """A list of front-matter keys (or "schema.org", the JobPosting text properties)."""
    from .parse.front_matter_prose import SCHEMA_ORG, heading_for

    names = _str_list(value, where, key)
    out: dict[str, str] = {}
    for name in names:
        if name == "schema.org":
            out.update(SCHEMA_ORG)
        elif re.fullmatch(r"[A-Za-z_][\w-]*", name):
            out[name] = heading_for(name)
        else:
            raise ConfigError(f"{where}: {key}: {name!r} is not a front-matter key "
                              "(use top-level keys such as \"responsibilities\", or \"schema.org\")")
    return out


_KEYS = {
    "select": _str_list,
    "extend_select": _str_list,
    "ignore": _str_list,
    "severity": _severity_map,
    "per_file_ignores": _per_file,
    "rule_folders": _str_list,
    "rules": _rules,
    "language": _typed(str, "a language code such as \"en\""),
    "profile": _choice(PROFILES),
    "jurisdictions": parse_jurisdictions,
    "exclude": _str_list,
    "include": _str_list,
    "fail_on": _choice(SEVERITIES),
    "max_file_size": _typed(int, "a size in bytes"),
    "file_timeout": _typed((int, float), "a number of seconds"),
    "grammar": _grammar,
    "languagetool_url": _typed(str, "a URL"),
    "vocabulary": _vocabulary,
    "cache": _typed(bool, "true or false"),
    "score_weights": _weights,
    "front_matter_prose": _front_matter_prose,
}


def settings_from_table(table: dict, path: str | None, root: str) -> Settings:
    values: dict[str, Any] = {}
    where = path or "configuration"
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key not in _KEYS:
            allowed = ", ".join(k.replace("_", "-") for k in _KEYS)
            raise ConfigError(f"{where}: unknown key {raw_key!r} (allowed: {allowed})")
        values[key] = _KEYS[key](value, where, raw_key)
    if "rule_folders" in values:
        values["rule_folders"] = tuple(os.path.normpath(os.path.join(root, f))
                                       for f in values["rule_folders"])
    vocab = []
    for word in values.get("vocabulary", ()):
        if word.startswith("@file:"):
            vpath = os.path.join(root, word[6:])
            try:
                with open(vpath, encoding="utf-8") as fh:
                    vocab.extend(w.strip() for w in fh if w.strip() and not w.startswith("#"))
            except OSError as exc:
                raise ConfigError(f"{where}: vocabulary.file: cannot read {vpath}: "
                                  f"{exc.strerror}") from None
        else:
            vocab.append(word)
    if vocab:
        values["vocabulary"] = tuple(vocab)
    return Settings(path=path, root=root, **values)


def load_file(path: str) -> Settings:
    toml = _toml()
    try:
        with open(path, "rb") as fh:
            data = toml.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except toml.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("adlint", {})
    else:
        table = data.get("tool", {}).get("adlint", data) if "tool" in data else data
    return settings_from_table(table, path, os.path.dirname(os.path.abspath(path)))


def _has_adlint_table(path: str) -> bool:
    if os.path.basename(path) != "pyproject.toml":
        return True
    try:
        with open(path, "rb") as fh:
            return b"[tool.adlint" in fh.read()
    except OSError:
        return False


class ConfigFinder:
    """Finds the closest config file walking up from a file; caches per folder."""

    def __init__(self, override: str | None = None):
        self.override = load_file(override) if override else None
        self._by_dir: dict[str, Settings] = {}
        self._by_file: dict[str, Settings] = {}

    def for_path(self, path: str) -> Settings:
        if self.override is not None:
            return self.override
        start = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
        return self._for_dir(start)

    def _for_dir(self, folder: str) -> Settings:
        if folder in self._by_dir:
            return self._by_dir[folder]
        found = None
        for name in CONFIG_FILES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and _has_adlint_table(candidate):
                found = self._by_file.get(candidate) or load_file(candidate)
                self._by_file[candidate] = found
                break
        if found is None:
            parent = os.path.dirname(folder)
            found = Settings(root=os.getcwd()) if parent == folder else self._for_dir(parent)
        self._by_dir[folder] = found
        return found
