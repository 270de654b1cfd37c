"""Sentences as a reader meets them.

Every heading, list item and table cell is at least one sentence of its own (a
bullet list without full stops is not one long sentence). Inside a block,
sentences end at . ! ? followed by a space and something that can start a
sentence; abbreviations ("e.g.", "Dr.", "U.S.") and decimals ("$80.5k") do not
end one. Code and other masked text never reaches a block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Block, Document
from .words import WORD

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_ABBREV = frozenset("""
e.g i.e etc vs dr mr mrs ms mx prof st inc ltd co corp jr sr no nos approx dept est fig
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
a.m p.m ph.d u.s u.k u.s.a e.u b.a b.s m.a m.s m.b.a ave blvd rd ft min max hr hrs wk yr yrs
""".split())
#: French abbreviations that end with a full stop, added to the English ones for French
#: text: « M. Tremblay », « p. ex. », « c.-à-d. », « art. 5 », « no. 12 », « env. 40 »
#: (Bureau de la traduction, Le guide du rédacteur, ch. 1, abréviations usuelles).
#: « Mme », « Mlle », « Dr » take no full stop in French, so "Mme." is not listed.
_ABBREV_FR = _ABBREV | frozenset("""
p ex c.-à-d c-à-d art arts al env cf éd vol chap sect paragr tél téléc
boul av ch suiv réf no nos lun mer jeu ven sam dim janv févr avr juill déc ing
""".split())


@dataclass(frozen=True)
class Sentence:
    block: Block
    start: int  # offsets into block.text
    end: int
    words: int
    #: the words themselves (WORD's tokens of text), kept from the count so readability
    #: and the repeats check do not tokenise the sentence again
    tokens: tuple[str, ...] | list[str] | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]

    @property
    def word_list(self) -> tuple[str, ...] | list[str]:
        """WORD.findall of the sentence's text."""
        if self.tokens is None:
            return WORD.findall(self.block.text, self.start, self.end)
        return self.tokens


#: the longest abbreviation of both lists ("c.-à-d"): a word before a full stop with
#: more letters than this right before it is no abbreviation and no initial
_LONGEST = max(map(len, _ABBREV_FR))


def _is_abbreviation(text: str, dot: int, abbrev: frozenset = _ABBREV) -> bool:
    """Does the '.' at text[dot] close an abbreviation or an initial?"""
    if dot > _LONGEST and text[dot - _LONGEST - 1:dot].isalpha():
        return False  # most words before a full stop: too long to be one (tested in C)
    return _word_before_is_abbreviation(text, dot, abbrev)


def _word_before_is_abbreviation(text: str, dot: int, abbrev: frozenset) -> bool:
    """_is_abbreviation, the word before the '.' read back letter by letter."""
    i = dot
    # French « c.-à-d. » has hyphens inside the abbreviation
    inner = ".-\u2011" if abbrev is not _ABBREV else "."  # U+2011: a no-break hyphen
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in inner):
        i -= 1
    token = text[i:dot].lower().replace("\u2011", "-")
    if not token:
        return False
    if token in abbrev:
        return True
    return len(token) == 1 and text[i].isupper()  # an initial: "J. Smith"


#: Latin-1 bytes -> themselves for letters and digits (str.isalnum: re's \w less "_")
#: and WORD's inner marks ' and -, a space for every other byte
_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "'-" else 32 for c in range(256))


def _word_text(text: str) -> str | None:
    """text with a space for every character that is no part of a WORD token, when
    text is Latin-1 (most ads but for curly quotes) and each ' and - in it stands
    between two letters or digits: then `.split()` of any slice of it between blanks
    is WORD.findall of the same slice, a third of the regex's time (which tests each
    character's Unicode category). None otherwise: the regex decides."""
    try:
        words = text.encode("latin-1").translate(_WORD_BYTES).decode("latin-1")
    except UnicodeEncodeError:
        return None
    if "'" in words or "-" in words:
        marks = words.replace("'", "-")
        # a mark beside a blank (all blanks are spaces now), another mark or an end
        if "--" in marks or " -" in marks or "- " in marks or marks[0] == "-" or marks[-1] == "-":
            return None
    return words


#: an end mark (with its closing quotes) before a blank
_INNER_END = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _one_line_no_end(text: str) -> bool:
    """No line break, and no end mark before a blank (nor, in ASCII, anywhere before
    the marks and quotes that close the text): the text is one sentence, and none of
    the logic that judges ends need run (two blocks in three)."""
    if "\n" in text:
        return False
    if text.isascii():  # str's own searches, faster than the regex's
        body = text.rstrip().rstrip(".!?\"')]")
        return "." not in body and "!" not in body and "?" not in body
    return _INNER_END.search(text) is None


def split_block(block: Block, language: str | None = None) -> list[Sentence]:
    text = block.text
    words = _word_text(text)
    if _one_line_no_end(text):
        tokens = WORD.findall(text) if words is None else words.split()
        if not tokens:
            return []
        s = _new(Sentence)  # as _add does for text[0:len(text)]
        d = s.__dict__
        d["block"] = block
        d["start"] = len(text) - len(text.lstrip())
        d["end"] = len(text.rstrip())
        d["words"] = len(tokens)
        d["tokens"] = tokens
        return [s]
    return _split(block, text, language, words)


def _split(block: Block, text: str, language: str | None, words: str | None) -> list[Sentence]:
    """split_block of a block that may hold more than one sentence (`words`: its
    _word_text)."""
    abbrev = _ABBREV_FR if language == "fr" else _ABBREV
    # a sentence end at the last word's end or after it leaves no word after it: such an
    # end (half of them: a list item's full stop) changes no sentence, and is not read
    last = len(text.rstrip())
    ends = [m.end() for m in _END.finditer(text, 0, last)
            if m.end() != last and _ends_sentence(text, m, abbrev)]
    if "\n" in text:
        ends = sorted(set(ends) | set(_line_breaks(text)))
    out: list[Sentence] = []
    start = 0
    for end in ends:
        _add(out, block, start, end, words)
        start = end
    _add(out, block, start, len(text), words)
    return out


#: words that start a new sentence after an abbreviation that ends one ("… across
#: the U.S. We ship …"); a name or a noun after "Dr." or "approx." is none of these
_STARTERS = frozenset("We You Our Your The This These It They I He She Please Apply If "
                      "All Each Every".split())


def _ends_sentence(text: str, m: re.Match, abbrev: frozenset = _ABBREV) -> bool:
    mark = m.group()
    if mark[0] == "." and len(mark.rstrip("\"'”’)]")) == 1 \
            and _is_abbreviation(text, m.start(), abbrev):
        nxt_word = text[m.end():m.end() + 12].split(None, 1)
        return bool(nxt_word) and abbrev is _ABBREV and nxt_word[0].strip("’'") in _STARTERS
    nxt = text[m.end():m.end() + 3].lstrip()
    return not (nxt and nxt[0].islower())  # "… etc. and more", "approx. ten"


#: "Label: value" at the start of a line ("Competent in: Python, Go")
_LABEL = re.compile(r"[A-Z](?:[^\W_]|[ '’&/-]){0,40}:(?:\s|$)")
#: _LABEL after the blanks that start a line: matched in the block's text at the line's
#: start, as _LABEL in the rest of the text with its blanks stripped (no copy of it)
_INDENTED_LABEL = re.compile(r"[ \t]*" + _LABEL.pattern)


def _line_breaks(text: str) -> list[int]:
    """Line breaks inside a block that end a sentence though no full stop does: after
    a label line ("Desired skills:"), before or after a "Label: value" line. A run of such
    lines is a list, not one long sentence; a wrapped sentence stays whole."""
    out = []
    pos = text.find("\n")
    while pos != -1:
        line_start = text.rfind("\n", 0, pos) + 1
        line = text[line_start:pos].rstrip()
        if line.endswith(":") or (line and line[-1] not in ",;("
                                  and (_INDENTED_LABEL.match(text, pos + 1) or _LABEL.match(line))):
            out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


_new = object.__new__


def _add(out: list[Sentence], block: Block, i: int, j: int, words: str | None) -> None:
    """The sentence text[i:j] without its blanks at either end, if it holds a word
    (`words`: _word_text of the text; i and j are at blanks or the text's ends)."""
    text = block.text
    # the blanks hold none
    tokens = WORD.findall(text, i, j) if words is None else words[i:j].split()
    if tokens:
        part = text[i:j]
        k = len(part.lstrip())  # str.strip's blanks are str.isspace's (trimmed's)
        s = _new(Sentence)  # the dataclass's fields set straight: its __init__ (frozen)
        d = s.__dict__      # sets each through object.__setattr__, twice the time
        d["block"] = block
        d["start"] = i + len(part) - k
        d["end"] = i + len(part.rstrip())
        d["words"] = len(tokens)
        d["tokens"] = tokens
        out.append(s)


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence of the document, block by block (French abbreviations too in French)."""
    language = doc.language
    return [s for b in doc.blocks for s in split_block(b, language)]


def bounds(block_sentences: list[Sentence], start: int, end: int) -> tuple[int, int]:
    """The [start, end) in the block's text of the sentence holding text[start:end]
    (from the first sentence it touches to the last)."""
    a = b = None
    for s in block_sentences:
        if s.end > start and a is None:
            a = s.start
        if s.start < end:
            b = s.end
    if a is None or b is None:
        return start, end
    return min(a, start), max(b, end)
