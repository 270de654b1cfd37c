"""markdown-it's block state and tokens, built with fewer Python steps.

StateBlock's constructor measures each line in a Python loop; Token's dataclass
constructor runs __post_init__ and convert_attrs and a factory per dict for
every one of the hundred thousand tokens of the corpus. Both give here what
they give there (tests/test_md_state.py compares them field by field).
"""

from __future__ import annotations

import dataclasses
from itertools import accumulate, repeat
from operator import add, sub

from markdown_it.rules_block.state_block import StateBlock
from markdown_it.token import Token

#: Token's fields, in order, as new_token sets them
FIELDS = ("type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup", "info", "meta",
          "block", "hidden")
_new = Token.__new__


def new_token(ttype: str, tag: str, nesting: int) -> Token:
    """Token(ttype, tag, nesting), its slots set directly."""
    tok = _new(Token)
    tok.type, tok.tag, tok.nesting, tok.attrs, tok.map, tok.level, tok.children = ttype, tag, nesting, {}, None, 0, None
    tok.content, tok.markup, tok.info, tok.meta, tok.block, tok.hidden = "", "", "", {}, False, False
    return tok


def supported() -> bool:
    """Whether Token has the fields new_token sets (else Token itself is used)."""
    return tuple(f.name for f in dataclasses.fields(Token)) == FIELDS


class BlockState(StateBlock):
    """StateBlock, its line marks measured line by line in C, its tokens built by new_token."""

    def __init__(self, src: str, md, env, tokens: list[Token]) -> None:
        self.src, self.md, self.env, self.tokens = src, md, env, tokens
        self.blkIndent = 0
        self.line = 0
        self.tight = False
        self.ddIndent = -1
        self.listIndent = -1
        self.parentType = "root"
        self.level = 0
        self.result = ""

        lines = src.split("\n")
        if not lines[-1].strip(" \t"):
            lines.pop()  # after the last line break, or only spaces and tabs: no line (as StateBlock)
        lengths = list(map(len, lines))
        self.bMarks = bMarks = list(accumulate(map(add, lengths, repeat(1)), initial=0))
        bMarks[-1] = len(src)  # the sentinel line
        self.eMarks = eMarks = list(map(add, bMarks, lengths))
        eMarks.append(len(src))
        self.tShift = tShift = list(map(sub, lengths, map(len, map(str.lstrip, lines, repeat(" \t")))))
        tShift.append(0)
        self.sCount = sCount = tShift[:]
        if "\t" in src:  # tabs count to the next multiple of 4 columns
            for i, line in enumerate(lines):
                if "\t" in line[:tShift[i]]:
                    offset = 0
                    for ch in line[:tShift[i]]:
                        offset += 4 - offset % 4 if ch == "\t" else 1
                    sCount[i] = offset
        self.bsCount = [0] * len(bMarks)
        self.lineMax = len(lines)
        self._code_enabled = "code" in md.block.ruler.get_active_rules()

    def push(self, ttype: str, tag: str, nesting: int) -> Token:
        token = new_token(ttype, tag, nesting)
        token.block = True
        if nesting < 0:
            self.level -= 1  # closing tag
        token.level = self.level
        if nesting > 0:
            self.level += 1  # opening tag
        self.tokens.append(token)
        return token
