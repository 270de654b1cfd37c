"""The engine: lint one document (lint.py), filter its findings (filter.py,
suppress.py), run many files with caching and worker processes (run.py,
runner.py, cache.py, files.py) and apply fixes (fix.py)."""

from .lint import FileResult, lint_document, lint_path, lint_source, lint_text  # noqa: F401
from .run import Run, RunOptions, run  # noqa: F401
