"""Readability: Flesch Reading Ease and Flesch-Kincaid grade over the prose (English),
Kandel & Moles' reading ease and LIX (French).

The English formulas are textstat's (Flesch 1948; Kincaid et al. 1975); the counts
differ from textstat's on purpose: sentences come from `adlint.analysis.sentences`
(headings and bullets are sentences, abbreviations are not sentence ends) and
syllables from `adlint.analysis.syllables` (CMUdict counts without loading CMUdict).
French: Kandel & Moles (1958) refitted Flesch's formula to French,
207 - 1.015 x words/sentences - 73.6 x syllables/words (the constants textstat uses
for `set_lang("fr")`), with syllables from `adlint.analysis.syllables_fr`; there is no
grade for French. LIX (Björnsson 1968) = words/sentences + 100 x long words/words,
a long word having more than six letters, needs no syllables; adlint gives it for French.
`scripts/readability_vs_textstat.py` compares the figures with textstat's.
"""

from __future__ import annotations

from itertools import chain

from . import syllables, syllables_fr
from .sentences import Sentence
from .words import WordMemo

#: The languages with calibrated formulas.
LANGUAGES = ("en", "fr")


def _long(word: str) -> bool:
    """A long word for LIX: more than six letters."""
    return len(word) > 6 and sum(ch.isalpha() for ch in word) > 6


#: syllables and length of each word, remembered across documents
_SYLLABLES = {"en": WordMemo(syllables.count), "fr": WordMemo(syllables_fr.count)}
_LONG = WordMemo(_long)


def scores(language: str, sents: list[Sentence]) -> dict | None:
    """Counts and scores, or None for other languages or empty documents."""
    if language not in LANGUAGES:
        return None
    n_words = sum(s.words for s in sents)
    if not n_words:
        return None
    french = language == "fr"
    words = list(chain.from_iterable([s.word_list for s in sents]))  # flattened in C
    n_syll = sum(map(_SYLLABLES[language].__getitem__, words))
    n_long = sum(map(_LONG.__getitem__, words)) if french else 0
    wps = n_words / len(sents)
    spw = n_syll / n_words
    out = {"sentences": len(sents), "syllables": n_syll, "avg_sentence_length": round(wps, 1)}
    if french:
        out["flesch_reading_ease"] = round(207 - 1.015 * wps - 73.6 * spw, 1)
        out["grade"] = None
        out["lix"] = round(wps + 100 * n_long / n_words, 1)
    else:
        out["flesch_reading_ease"] = round(206.835 - 1.015 * wps - 84.6 * spw, 1)
        out["grade"] = round(0.39 * wps + 11.8 * spw - 15.59, 1)
    return out
