"""adlint: a linter for job ads and careers pages.

    >>> import adlint
    >>> result = adlint.lint_text("# Rockstar wanted\\n\\nJoin our team.")
    >>> [f.rule for f in result.findings][:1]
    ['jargon/rockstar']

For many texts, build a `Linter` once (adlint.api) and call its `lint_text`; tables of
ads are linted by `adlint check --text-column` (adlint.table) and on Spark by adlint.spark.
"""
__version__ = "0.1.0"


def lint_text(text: str, format: str = "markdown", settings=None, path: str = "-", **options):
    """Lint a string and return the result the CLI would report for a file with this
    text: `.findings` (rule, severity, message, line, column, suggestions, fix) and
    `.metrics`. `options` are configuration keys (`select=("jargon",)`,
    `profile="careers-page"`, `jurisdictions=("US-CO",)`) over `settings`."""
    from .config import Settings
    from .engine import lint_text as _lint

    settings = settings or Settings()
    if options:
        settings = settings.replace(**options)
    return _lint(text, format, settings, path)



def __getattr__(name: str):
    # imported on first use, so `import adlint` stays fast
    if name in ("Linter", "Result"):
        from . import api

        return getattr(api, name)
    if name == "ConfigError":
        from .config import ConfigError

        return ConfigError
    raise AttributeError(f"module 'adlint' has no attribute {name!r}")
