"""Syllable counts for French words, by rule (no dictionary, nothing downloaded).

French spelling is regular enough for a rule: a syllable is a group of vowel letters,
with these adjustments, each for the spoken syllable (what a reader says, not the
written syllable of poetry or of hyphenation):

- digraphs and trigraphs stay one vowel: « eau », « au », « ai », « ei », « oi »,
  « ou », « eu », « œu », « ui », « ie » (« métier », « société »: a glide), « ée »;
- the « u » of « qu » and of « gu » before e, i, y is not a vowel (« quoi », « guide »);
- a vowel with a diaeresis starts a syllable (« naïf », « Noël »), and so does « é »
  after a, e, é, o (« réalité », « créé », « poète »);
- « y » between vowels closes one syllable and opens the next (« payer », « moyen »);
- a final mute « e », « es » after a consonant is not a syllable (« équipe », « tables »),
  nor the « ent » of a verb in the third person plural (« travaillent »); nouns and
  adjectives in -ent (« client », « urgent », « moment ») keep it (a short list);
- an elided article or pronoun (« l' », « d' », « qu' ») adds no syllable;
- an acronym in capitals of two to four letters is spelt out, a syllable a letter
  (« TI », « EDSC »).

`scripts/readability_vs_textstat.py --french` compares the counts with textstat's
(hyphenation points of pyphen's bundled French dictionary, plus one), which miss the
syllables near a word's edges: « avec », « afin », « été », « équipe » count 1 there.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWEL_GROUP = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿæœ]+")
_QU_GU = re.compile(r"(?<=q)u|(?<=g)u(?=[eiyéèêë])")
#: a new syllable starts at a diaeresis vowel, at « é », « è », « ê » after a, e, é, o,
#: after « é » before another vowel (« réalité », « réel », not « idée »), after an inner
#: « y » followed by a vowel, and after « i » following a consonant and l or r (« client »)
_HIATUS = re.compile(r"(?<=[aeiouyàâéèêôû])(?=[ëïü])|(?<=[aeoé])(?=[éèê])|(?<=é)(?=[aiouâîôû])"
                     r"|(?<=é)(?=e(?!s?$|nt$))|(?<=[aeiou]y)(?=[aeiouéèê])"
                     r"|(?<=[bcdfgkptv][lr]i)(?=[aeoué])|(?<=o)(?=o)")
#: -ent pronounced /ɑ̃/ in nouns, adjectives and adverbs (a verb's -ent is silent)
_ENT_SOUNDED = frozenset("""
absent accent accident adjacent agent apparent ardent argent cent client cohérent compétent
concurrent confident conséquent content continent convergent correspondant décent dent
différent diligent divergent efficient équivalent évident excellent existent expédient fréquent
gent imminent impatient impertinent impotent imprudent incident incohérent incompétent
inconséquent indécent indifférent indulgent inhérent innocent insolent intelligent
intermittent lent parent patient permanent pertinent présent président prudent récent
référent régent résident serpent souvent talent torrent transparent trident urgent vent
violent adolescent éloquent omniprésent sous-jacent précédent
""".split())
_ELIDED = frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split())


def _groups(w: str) -> int:
    w = _HIATUS.sub("-", w)
    return sum(len(_VOWEL_GROUP.findall(part)) for part in w.split("-"))


def _final_vowel_alone(w: str, ending: str) -> bool:
    """Is the « e » of `ending` at the end of w a vowel group of its own (after a consonant)?"""
    stem = w[: -len(ending)]
    return bool(stem) and stem[-1] not in "aeiouyàâäéèêëîïôöùûüÿæœ"


def heuristic(word: str) -> int:
    w = _QU_GU.sub("", word.lower())
    n = _groups(w)
    if n <= 1:
        return max(n, 1)
    if w.endswith("e") and _final_vowel_alone(w, "e"):
        n -= 1
    elif w.endswith("es") and _final_vowel_alone(w, "es"):
        n -= 1
    elif (w.endswith("ent") and _final_vowel_alone(w, "ent") and not w.endswith("ment")
          and w not in _ENT_SOUNDED and w.removesuffix("s") not in _ENT_SOUNDED):
        n -= 1
    return max(n, 1)


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one French word: hyphenated words count each part, an elided
    « l' », « qu' » none, digits count 1, a short acronym one a letter."""
    if 2 <= len(word) <= 4 and word.isalpha() and word.isupper():
        return len(word)
    w = word.lower().replace("’", "'")
    if "'" in w:
        return sum(count(p) for p in w.split("'") if p and p not in _ELIDED) or 1
    if "-" in w:
        return sum(count(p) for p in w.split("-") if p)
    if not (w.isalpha() or any(map(str.isalpha, w))):  # most words: isalpha(), in C
        return 1 if w else 0
    return heuristic(w)
