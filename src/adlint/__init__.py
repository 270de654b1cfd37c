"""adlint: a linter for job ads and careers pages."""
__version__ = "0.1.0"
