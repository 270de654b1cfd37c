"""On-disk caches: lint results by file content and settings (and, for the
grammar backend, LanguageTool replies; the compiled rule index, rule_index.py,
is kept here too, --no-cache or not). Safe to delete at any time.

Location: $ADLINT_CACHE_DIR, else the platform cache folder
(~/.cache/adlint on Linux, ~/Library/Caches/adlint on macOS,
%LOCALAPPDATA%\\adlint\\Cache on Windows). A cache that cannot be read or
written is ignored: it never makes a run fail.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

#: Bump when the pickled layout of cached values changes.
FORMAT = 1


def cache_dir() -> Path:
    env = os.environ.get("ADLINT_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return Path(base) / "adlint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "adlint"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "adlint"


@lru_cache(maxsize=None)
def code_fingerprint(extra_folders: tuple[str, ...] = ()) -> str:
    """Changes whenever adlint, its rule packs or the given rule folders change."""
    from .. import __version__
    import hashlib

    from ..rules import builtin_rules_dir

    h = hashlib.sha256(f"{FORMAT} {__version__} {sys.version}".encode())
    here = Path(__file__).resolve().parent.parent
    roots = [here, builtin_rules_dir(), *map(Path, extra_folders)]
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".yaml", ".yml", ".txt") and p.is_file():
                st = p.stat()
                h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


class Store:
    """A folder of pickled values by key; every failure is a miss."""

    def __init__(self, name: str, root: Path | None = None):
        self.root = (root or cache_dir()) / name

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str):
        import pickle  # here: a run with --no-cache never needs it

        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except Exception:
            return None

    def put(self, key: str, value) -> None:
        import pickle
        import tempfile

        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except Exception:
            try:
                os.unlink(tmp)  # type: ignore[possibly-undefined]
            except Exception:
                pass


def key(*parts) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else repr(p).encode())
        h.update(b"\0")
    return h.hexdigest()
