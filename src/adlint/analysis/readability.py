"""Readability: Flesch Reading Ease and Flesch-Kincaid grade over the prose.

The formulas are textstat's English ones (Flesch 1948; Kincaid et al. 1975);
the counts differ from textstat's on purpose: sentences come from
`adlint.analysis.sentences` (headings and bullets are sentences, abbreviations are not
sentence ends) and syllables from `adlint.analysis.syllables` (CMUdict counts without
loading CMUdict). `scripts/readability_vs_textstat.py` compares the two.
"""

from __future__ import annotations

from . import syllables
from .sentences import Sentence
from .words import WORD

#: The formulas are calibrated for English only.
LANGUAGES = ("en",)


def scores(language: str, sents: list[Sentence]) -> dict | None:
    """Counts and scores, or None for non-English or empty documents."""
    if language not in LANGUAGES:
        return None
    n_words = sum(s.words for s in sents)
    if not n_words:
        return None
    count = syllables.count
    n_syll = sum(sum(map(count, WORD.findall(s.block.text, s.start, s.end))) for s in sents)
    wps = n_words / len(sents)
    spw = n_syll / n_words
    return {
        "sentences": len(sents),
        "syllables": n_syll,
        "avg_sentence_length": round(wps, 1),
        "flesch_reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 1),
        "grade": round(0.39 * wps + 11.8 * spw - 15.59, 1),
    }
