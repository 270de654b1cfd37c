"""Settings for an editor's document: the closest config file, found as the CLI finds
it and read again when it changes on disk, with the editor's own settings (profile,
jurisdictions, grammar) over it."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..config import CONFIG_FILES, ConfigFinder, Settings, settings_from_table
from ..engine import validate
from ..rules import load_registry

#: editor setting -> config key (the values are checked like the config's)
CLIENT_KEYS = {"profile": "profile", "jurisdictions": "jurisdictions", "grammar": "grammar",
               "languagetoolUrl": "languagetool_url", "languagetool_url": "languagetool_url",
               "language": "language"}


@dataclass(frozen=True)
class ClientOptions:
    """What the editor sent (initializationOptions or workspace settings)."""

    overrides: tuple = ()  # (config key, value) pairs, validated
    docs_url: str | None = None  # where rule pages live, for diagnostics' links
    debounce: float = 0.3  # seconds after the last change before linting
    error: str | None = None  # why some of the settings could not be used


def client_options(raw) -> ClientOptions:
    """Editor settings, flat or under an "adlint" key. Bad values are reported, not
    raised: the rest of the settings still apply."""
    if isinstance(raw, dict) and isinstance(raw.get("adlint"), dict):
        raw = raw["adlint"]
    if not isinstance(raw, dict):
        return ClientOptions()
    table = {CLIENT_KEYS[k]: v for k, v in raw.items() if k in CLIENT_KEYS and v is not None}
    if isinstance(table.get("jurisdictions"), str) and table["jurisdictions"] != "auto":
        table["jurisdictions"] = [c.strip() for c in table["jurisdictions"].split(",") if c.strip()]
    if table.get("jurisdictions") == []:
        del table["jurisdictions"]
    error = None
    try:
        checked = settings_from_table(table, "editor settings", os.getcwd())
        overrides = tuple((k, getattr(checked, k)) for k in table)
    except Exception as exc:  # ConfigError, or a value of the wrong type
        error, overrides = str(exc), ()
    docs = raw.get("docsUrl")
    debounce = raw.get("debounce")
    if not isinstance(debounce, (int, float)) or isinstance(debounce, bool) or debounce < 0:
        debounce = 300
    return ClientOptions(overrides, docs if isinstance(docs, str) and docs else None,
                         debounce / 1000, error)


def _signature(folder: str) -> tuple:
    """Every config file from `folder` up, with its modification time and size: when
    this changes, the settings are read again."""
    found = []
    while True:
        for name in CONFIG_FILES:
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            found.append((folder, name, st.st_mtime_ns, st.st_size))
        parent = os.path.dirname(folder)
        if parent == folder:
            return tuple(found)
        folder = parent


class Configs:
    """Config file settings per folder, re-read when a config file changes."""

    def __init__(self):
        self._by_folder: dict[str, tuple[tuple, Settings]] = {}

    def clear(self) -> None:
        self._by_folder.clear()

    def for_path(self, path: str) -> Settings:
        """Settings of the closest config file; raises ConfigError or RuleError."""
        folder = os.path.dirname(os.path.abspath(path))
        sig = _signature(folder)
        cached = self._by_folder.get(folder)
        if cached and cached[0] == sig:
            return cached[1]
        settings = ConfigFinder().for_path(path)
        validate.check_settings(settings, load_registry(settings.rule_folders))
        self._by_folder[folder] = (sig, settings)
        return settings


def apply(settings: Settings, options: ClientOptions) -> Settings:
    return settings.replace(**dict(options.overrides)) if options.overrides else settings
