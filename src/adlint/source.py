"""Reading files: bytes in, text out, or one clear reason why not."""

from __future__ import annotations

import os
from dataclasses import dataclass

BOM = b"\xef\xbb\xbf"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class InputError(Exception):
    """A file that cannot be linted; the message is one actionable line."""


@dataclass
class Source:
    path: str
    text: str  # decoded, BOM removed
    raw: bytes
    bom: bool
    mtime_ns: int | None = None
    mode: int | None = None


def _utf16(raw: bytes) -> bool:
    """A UTF-16 file (with its byte-order mark, or ASCII text with every other byte NUL)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = raw[:512]
    return len(head) >= 4 and (head[1::2].count(0) > 0.9 * (len(head) // 2)
                               or head[0::2].count(0) > 0.9 * (len(head) // 2))


def decode(raw: bytes, path: str) -> tuple[str, bool]:
    if _utf16(raw):
        raise InputError("UTF-16 text: save it as UTF-8 to lint it")
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (it contains NUL bytes), not linted")
    bom = raw.startswith(BOM)
    body = raw[3:] if bom else raw
    try:
        return body.decode("utf-8"), bom
    except UnicodeDecodeError as exc:
        pos = exc.start + (3 if bom else 0)
        line = raw[:pos].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[pos]:02x} at line {line}); save the file as UTF-8"
        ) from None


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if st.st_size > max_bytes:
        raise InputError(
            f"file is {st.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
            "(raise max-file-size in the config to lint it)"
        )
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    text, bom = decode(raw, path)
    return Source(path, text, raw, bom, st.st_mtime_ns, st.st_mode)


def from_bytes(raw: bytes, path: str = "-") -> Source:
    text, bom = decode(raw, path)
    return Source(path, text, raw, bom)
