"""The library API: a Linter built once, used for many texts (pipelines, Spark workers).

    >>> from adlint import Linter
    >>> linter = Linter(select=["jargon"])
    >>> result = linter.lint_text("# Rockstar developer\\n\\nJoin our team.", path="ad-1")
    >>> result.to_dict()["diagnostics"][0]["rule"]
    'jargon/rockstar'

A Linter validates its configuration when it is made (unknown keys, rule ids or options
raise `adlint.ConfigError` with a one-line message), loads and compiles the rule packs
once, and then only reads them: one Linter may be shared by threads. It pickles as its
configuration and compiles again after unpickling, so it can be sent to worker processes.
"""

from __future__ import annotations

import os
from typing import Any

from .config import ConfigError, Settings, load_file, settings_from_table

FORMATS = ("markdown", "html", "text")


class Result:
    """What adlint reports for one text: `.findings`, `.metrics`, `.language`, `.notes`,
    `.error` (an input problem, or None); `.to_dict()` is the file entry of the JSON
    report (`adlint check --format json`), with `path` as given."""

    __slots__ = ("file",)

    def __init__(self, file):
        self.file = file

    def __getattr__(self, name):
        return getattr(self.file, name)

    def to_dict(self) -> dict:
        from .report.json_format import file_dict

        if self.file.error:
            return {"path": self.file.path, "error": self.file.error}
        d = file_dict(self.file)
        d["path"] = self.file.path
        return d

    def __repr__(self) -> str:
        return f"<adlint.Result {self.file.path!r}: {len(self.file.findings)} findings>"


def _settings(config, overrides: dict) -> Settings:
    if config is None:
        base = Settings(root=os.getcwd())
    elif isinstance(config, Settings):
        base = config
    elif isinstance(config, dict):
        base = settings_from_table(config, None, os.getcwd())
    elif isinstance(config, (str, os.PathLike)):
        base = load_file(os.fspath(config))
    else:
        raise ConfigError(f"config: expected a file path, a dict or Settings, not {type(config).__name__}")
    if overrides:
        extra = settings_from_table(overrides, "Linter(…)", base.root)
        base = base.replace(**{k.replace("-", "_"): getattr(extra, k.replace("-", "_"))
                               for k in overrides})
    return base


class Linter:
    """adlint with one configuration, ready to lint many texts.

    `config`: None (adlint's defaults), a path to a TOML file (`.adlint.toml`, or a
    `pyproject.toml` with `[tool.adlint]`), a dict of configuration keys, or a Settings.
    Keyword arguments are configuration keys over it (`select=["jargon"]`,
    `jurisdictions=["US-CO"]`, `profile="careers-page"`)."""

    def __init__(self, config: Any = None, **settings):
        self._config, self._overrides = config, settings
        self._build()

    def _build(self) -> None:
        from .engine import filter as filters, validate
        from .rules import load_registry

        self.settings = _settings(self._config, self._overrides).replace(cache=False)
        self._registry = load_registry(self.settings.rule_folders)
        validate.check_settings(self.settings, self._registry)
        self._by_language: dict[str | None, Settings] = {None: self.settings}
        # build the checks of the selected rules now: lint_text then only reads them
        for rule in self._registry.rules.values():
            overrides = self.settings.rules.get(rule.id)
            rule = self._registry.configured(rule, overrides)
            if filters.enabled(self.settings, rule):
                self._registry.check_for(rule, overrides)

    def __getstate__(self):
        return {"config": self._config, "overrides": self._overrides}

    def __setstate__(self, state):
        self._config, self._overrides = state["config"], state["overrides"]
        self._build()

    def lint_text(self, text: str, format: str = "markdown", path: str | None = None,
                  language: str | None = None) -> Result:
        """Lint one text. `path` names it in results (default "-"); `language` (a code
        such as "en") overrides the configured language and detection for this text."""
        from .engine.lint import FileResult, lint_document
        from .parse import parse

        if format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        name = "-" if path is None else str(path)
        if not isinstance(text, str):
            return Result(FileResult(name, format, error=f"not text: {type(text).__name__}"))
        settings = self._by_language.get(language)
        if settings is None:
            settings = self._by_language.setdefault(language, self.settings.replace(language=language))
        if text.startswith("\ufeff"):
            text = text[1:]
        try:
            return Result(lint_document(parse(name, text, format, settings.front_matter_prose), settings, self._registry))
        except RecursionError:
            return Result(FileResult(name, format, error="structure nested too deeply to parse; not linted"))

    def __repr__(self) -> str:
        return f"<adlint.Linter {self.settings.path or 'defaults'}>"
