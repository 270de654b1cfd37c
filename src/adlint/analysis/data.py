"""Language data for the analysis: word lists and phrase patterns in YAML.

Each file is `rules/data/<name>.<language>.yaml` (shipped in the wheel beside
the rule packs), so supporting a language for a fact is adding a data file.
A fact with no file for the document's language is "not judged" (None).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_AP = r"['’]"


def rules_dir() -> Path:
    """The rules/ folder: inside the installed package, or beside src/ in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


def data_dir() -> Path:
    return rules_dir() / "data"


def load_yaml(path: Path):
    from ..rule_index import cached_file

    return cached_file("yaml", Path(path), _read_yaml)


def _read_yaml(path: Path):
    from ..yaml_load import load as yaml_load  # yaml.load's value, built from libyaml's events

    with open(path, encoding="utf-8") as fh:
        return yaml_load(fh.read())


@lru_cache(maxsize=None)
def load(name: str, language: str | None = None):
    """The data file `name` (`name.<language>.yaml` when a language is given), or
    None when that language has none."""
    file = f"{name}.{language}.yaml" if language else f"{name}.yaml"
    path = data_dir() / file
    if not path.is_file():
        return None
    return load_yaml(path)


@lru_cache(maxsize=None)
def languages(name: str) -> tuple[str, ...]:
    """The languages that have a `name.<language>.yaml` file."""
    return tuple(sorted(p.name[len(name) + 1:-5] for p in data_dir().glob(f"{name}.*.yaml")))


def phrase_re(pattern: str) -> re.Pattern:
    """A case-insensitive pattern where {ap} stands for a straight or curly
    apostrophe and {ph} for the placeholder of masked text (RE2-guided: see prefilter)."""
    from ..document import PLACEHOLDER
    from .prefilter import Prefiltered

    return Prefiltered(pattern.replace("{ap}", _AP).replace("{ph}", PLACEHOLDER), re.IGNORECASE)


def alternation(patterns) -> str:
    """Data files list alternatives one per line; joined here into one pattern."""
    if isinstance(patterns, str):
        return patterns
    return "|".join(patterns)
