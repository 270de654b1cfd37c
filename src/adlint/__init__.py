"""adlint: a linter for job ads and careers pages.

    >>> import adlint
    >>> result = adlint.lint_text("# Rockstar wanted\\n\\nJoin our team.")
    >>> [f.rule for f in result.findings][:1]
    ['jargon/rockstar']
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
