"""JSON Lines: one JSON object per document per line (path, format, language, metrics,
diagnostics; or path and error), so a consumer can stream a report of millions of ads.
Table rows also carry their `id`."""

from __future__ import annotations

import json

from . import display_path
from .json_format import file_dict


def document(r, id=None) -> dict:
    d: dict = {} if id is None else {"id": id}
    if r.error:
        d.update(path=display_path(r.path), error=r.error)
        return d
    d.update(file_dict(r))
    return d


def line(r, id=None) -> str:
    return json.dumps(document(r, id), ensure_ascii=False) + "\n"


def render(results, registry, **_) -> str:
    return "".join(line(r) for r in results)
