"""Two of markdown-it's block rules, as the stock ones with fewer Python steps.

paragraph: the stock rule, asking the terminators picked for each line
(md_blocks) directly, without a debug log. list_answer: whether a list starts at
a line, as the stock rule answers when asked silently (a terminator's question),
from one regex match; asked to parse, it is the stock rule.
Both are compared with the stock rules in tests/test_md_rules.py.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import mdTrim
from markdown_it.rules_block import list_block


def paragraph(state, startLine: int, endLine: int, silent: bool) -> bool:
    """markdown-it's rules_block.paragraph."""
    pick = state.md.block.ruler.chain_picker("paragraph")
    nextLine = startLine + 1
    endLine = state.lineMax
    oldParentType = state.parentType
    state.parentType = "paragraph"
    bMarks, tShift, eMarks, sCount = state.bMarks, state.tShift, state.eMarks, state.sCount

    # line by line until an empty one, the end, or a line that starts a block
    while nextLine < endLine:
        if bMarks[nextLine] + tShift[nextLine] >= eMarks[nextLine]:  # empty
            break
        count = sCount[nextLine]
        # indented as code: after a paragraph, a lazy continuation; sCount < 0: a
        # blockquote's quirk, this line was checked by that rule
        if count - state.blkIndent > 3 or count < 0:
            nextLine += 1
            continue
        terminate = False
        for rule in pick(state, nextLine):
            if rule(state, nextLine, endLine, True):
                terminate = True
                break
        if terminate:
            break
        nextLine += 1

    content = mdTrim(state.getLines(startLine, nextLine, state.blkIndent, False))
    state.line = nextLine
    token = state.push("paragraph_open", "p", 1)
    token.map = [startLine, nextLine]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [startLine, nextLine]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.parentType = oldParentType
    return True


#: a list marker (up to nine digits and '.' or ')', or a bullet), then a space, a
#: tab or the line's end
_MARKER = re.compile(r"(?:([0-9]{1,9})[.)]|[-+*])(?:[ \t]|\Z)")


def list_answer(state, startLine: int, endLine: int, silent: bool) -> bool:
    """rules_block.list_block; asked silently, its answer without its steps."""
    if not silent:
        return list_block(state, startLine, endLine, silent)
    count = state.sCount[startLine]
    if count - state.blkIndent >= 4 and state.is_code_block(startLine):
        return False
    if state.listIndent >= 0 and count - state.listIndent >= 4 and count < state.blkIndent:
        return False  # "- a\n  - b\n   - c\n    - d\n     - this is a paragraph continuation"
    pos, end = state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]
    m = _MARKER.match(state.src, pos, end)
    if m is None:
        return False
    if state.parentType == "paragraph" and count >= state.blkIndent:
        # interrupting a paragraph: an ordered list starts at 1, and no list is empty
        digits = m.group(1)
        if digits is not None and int(digits) != 1:
            return False
        after = pos + len(digits) + 1 if digits is not None else pos + 1
        if not state.src[after:end].strip(" \t"):
            return False
    return True
