"""The compiled rule index: what adlint derives from its rule files, saved once.

Parsed YAML (rule packs, word lists, phrase data), the syllable table and the
RE2 pre-filters of the phrase and term patterns (analysis/prefilter.py) are
kept in one marshal file in the cache folder (engine/cache.py: cache_dir), so a
run reads them in a few milliseconds instead of parsing YAML and regexes again.

Keyed by the adlint and Python versions and the code that derives the entries;
each file's entry also holds a digest of the file's bytes, and a file that
changed is read again. An index that is missing, stale or unreadable is
rebuilt silently; one that cannot be written is simply not saved. The index
never changes a result: every entry is exactly what reading the file gives.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path

try:  # the built-in BLAKE2: hashlib imports OpenSSL's bindings, 5 ms of a one-ad run
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as _blake2b

#: Bump when the layout of the index or the meaning of an entry changes.
FORMAT = 1
#: entries of one kind beyond which those this run did not use are dropped
_KEEP = 2000

_entries: dict | None = None  # kind -> {key: value}
_added: dict = {}  # entries made in this process, not yet saved
_used: dict = {}  # kind -> keys read in this process
_saving = False


def _key() -> str:
    from . import __version__

    here = Path(__file__).resolve().parent
    h = _blake2b(f"{FORMAT} {__version__} {sys.version}".encode(), digest_size=8)
    for p in (here / "rule_index.py", here / "analysis" / "prefilter.py", here / "checks" / "needed.py"):
        try:
            st = p.stat()
            h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            pass
    return h.hexdigest()


def _place() -> str:
    """This installation (the adlint package's folder): every version of adlint
    installed or checked out there shares one index name prefix."""
    here = str(Path(__file__).resolve().parent)
    return _blake2b(here.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def path() -> Path:
    from .engine.cache import cache_dir

    return cache_dir() / f"rule-index-{_place()}-{_key()}.marshal"


#: an index of another installation (another checkout, virtualenv or user) unused for
#: this long is deleted when an index is written; this installation's older ones at once
UNUSED_DAYS = 30
_DAY = 86400


def _load() -> dict:
    global _entries
    if _entries is None:
        try:
            with open(path(), "rb") as fh:
                # loads of the bytes: load(fh) reads the file object by object (a call
                # per value, a tenth of a second over the index's hundred thousand)
                loaded = marshal.loads(fh.read())
                _mark_used(fh)
            _entries = loaded if isinstance(loaded, dict) else {}
        except Exception:  # missing, truncated, from another Python: rebuild
            _entries = {}
    return _entries


def _mark_used(fh) -> None:
    """Set the index's modification time to now, once a day at most: other
    installations prune indexes by it (prune)."""
    import time

    try:
        now = time.time()
        if now - os.fstat(fh.fileno()).st_mtime > _DAY:
            os.utime(fh.fileno() if os.utime in os.supports_fd else fh.name, (now, now))
    except OSError:
        pass


def prune(current: Path) -> None:
    """Delete the rule indexes `current` replaces: this installation's for other
    versions of its code, and any other's unused for UNUSED_DAYS (an index is only ever
    rebuilt, never needed). Files that cannot be removed are left."""
    import time

    own = f"rule-index-{_place()}-"
    now = time.time()
    for p in current.parent.glob("rule-index-*.marshal*"):
        if p == current:
            continue
        try:
            if p.name.endswith(".tmp"):  # a writer that died: gone after a day
                stale = now - p.stat().st_mtime > _DAY
            else:
                stale = (p.name.startswith(own)
                         or now - p.stat().st_mtime > UNUSED_DAYS * _DAY)
            if stale:
                p.unlink()
        except OSError:
            pass


def get(kind: str, key):
    """The saved value of `key`, or None."""
    value = _load().get(kind, {}).get(key)
    if value is not None:
        _used.setdefault(kind, set()).add(key)
    return value


def put(kind: str, key, value) -> None:
    """Keep `value` (marshal-able) for the next run; saved when the process exits."""
    global _saving
    _load().setdefault(kind, {})[key] = value
    _added.setdefault(kind, {})[key] = value
    if not _saving:
        _saving = True
        atexit.register(save)


def added() -> dict:
    """Entries made in this process (a worker hands them to the parent)."""
    return _added


def take_added() -> dict:
    """Entries made in this process since the last call (a worker hands them to the
    parent batch by batch; each is sent once)."""
    global _added
    out, _added = _added, {}
    return out


def merge(entries: dict) -> None:
    for kind, values in entries.items():
        for key, value in values.items():
            put(kind, key, value)


def save() -> None:
    """Write the index with this process's additions; any failure is ignored."""
    if not _added:
        return
    target = path()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        merged: dict = {}
        try:  # another process may have saved meanwhile: keep its entries too
            with open(target, "rb") as fh:
                merged = marshal.loads(fh.read())
        except Exception:
            merged = {}
        if not isinstance(merged, dict):
            merged = {}
        for kind, values in _load().items():
            merged.setdefault(kind, {}).update(values)
        # entries of files and patterns that no longer exist should not pile up: past
        # a limit, keep what this run read or made
        for kind, values in merged.items():
            if len(values) > _KEEP:
                keep = _used.get(kind, set()) | set(_added.get(kind, ()))
                merged[kind] = {k: v for k, v in values.items() if k in keep}
        data = marshal.dumps(merged)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
        _added.clear()
        prune(target)
    except Exception:  # unwritable cache folder, full disk: the index is optional
        try:
            tmp.unlink()
        except OSError:
            pass


def _stamp(p: Path) -> bytes | None:
    """The digest of the file's bytes (a file rewritten within the clock's
    resolution, same size, is still seen to change)."""
    try:
        with open(p, "rb") as fh:
            return _blake2b(fh.read(), digest_size=16).digest()
    except OSError:
        return None


def cached_file(kind: str, p: Path, read):
    """read(p), or the index's copy of it while the file is unchanged. Values that
    marshal cannot hold (a YAML date) are simply not indexed."""
    key = str(p)
    stamp = _stamp(p)
    hit = get(kind, key)
    if stamp is not None and hit is not None and hit[0] == stamp:
        try:
            return marshal.loads(hit[1])  # a fresh object each time, as read() gives
        except Exception:
            pass
    value = read(p)
    if stamp is not None:
        try:
            put(kind, key, (stamp, marshal.dumps(value)))
        except ValueError:
            pass
    return value
