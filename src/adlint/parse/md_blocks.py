"""markdown-it's block parser, trying at each line only the rules that can start there.

markdown-it tries its block rules in turn at every line that starts a block, and
asks the rules of a chain (those that may end a paragraph, a list item, a block
quote or a reference) about every line a paragraph goes on to. Nearly every rule
rules itself out by the line's first non-space character, after a call, a debug
log and a few look-ups. Here the candidates are chosen from that character (for
tables: from a '|' in the line; for indented code: from the indentation), in
markdown-it's order, and tried as markdown-it tries them; the others would have
returned False having changed nothing. A rule this module does not know is
always a candidate.

Checked against markdown-it 4.x (supported()); with another version adlint keeps
the stock block parser.
"""

from __future__ import annotations

import re

import markdown_it
from markdown_it import rules_block
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.ruler import Ruler

from . import md_rules, md_state

#: what a rule needs of the line's first non-space character (the rule returns
#: False at once on any other); PIPE: a '|' in the line; CODE: four columns of
#: indentation beyond the block's
PIPE, CODE = "|in line", "indented"
_NEEDS = {
    rules_block.table: PIPE,
    rules_block.code: CODE,
    rules_block.fence: "~`",
    rules_block.blockquote: ">",
    rules_block.hr: "*-_",
    rules_block.list_block: "*-+0123456789",
    rules_block.reference: "[",
    rules_block.html_block: "<",
    rules_block.heading: "#",
}
#: the first characters that make a difference; any other is keyed as None
_MARKS = "".join(sorted({c for need in _NEEDS.values() if need not in (PIPE, CODE) for c in need}))


# -- guards for what a first character does not settle ---------------------------
# A table is told by its delimiter row (the next line), a rule (hr) by the shape of
# its whole line: list items ("- ") get past their first character. lheading reads
# the lines of the paragraph to find an underline.

#: a table's delimiter row, from its first non-space character to the line's end
_DELIMITER_ROW = re.compile(r"(?:[|:][-|: \t]|-[-|:])[-|: \t]*\Z")
#: three markers or more, nothing else
_RULE_LINE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*\Z")


def _shape_guarded(rule, offset: int, shape: re.Pattern):
    match = shape.match

    def guarded_rule(state, startLine: int, endLine: int, silent: bool) -> bool:
        line = startLine + offset  # a table's next line exists: the last is a sentinel
        pos, end = state.bMarks[line] + state.tShift[line], state.eMarks[line]
        if pos < end and not match(state.src, pos, end):
            return False
        return rule(state, startLine, endLine, silent)
    return guarded_rule


#: a setext underline: a run of '=' or of '-', then spaces or tabs to the line's end
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*\Z")
#: lines the lheading guard looks at before it leaves the answer to the rule (a
#: long list without blank lines would otherwise be read once per item)
_SETEXT_LOOKAHEAD = 8


def _lheading_guarded(rule):
    """lheading runs before the paragraph rule at every paragraph start and reads
    the paragraph's lines (asking the terminators about each) to find an
    underline. Where no line up to the next blank one can be an underline, it
    can only fail: the guard fails as it does, leaving parentType "paragraph"."""
    def guarded_rule(state, startLine: int, endLine: int, silent: bool) -> bool:
        if state.sCount[startLine] - state.blkIndent >= 4:  # is_code_block: the rule returns at once
            return rule(state, startLine, endLine, silent)
        src, bMarks, tShift, eMarks = state.src, state.bMarks, state.tShift, state.eMarks
        last = min(endLine, startLine + 1 + _SETEXT_LOOKAHEAD)
        for line in range(startLine + 1, last):
            pos, end = bMarks[line] + tShift[line], eMarks[line]
            if pos >= end:  # an empty line ends the paragraph
                break
            if _SETEXT_UNDERLINE.match(src, pos, end):
                return rule(state, startLine, endLine, silent)
        else:
            if last < endLine:  # looked far enough: the rule decides
                return rule(state, startLine, endLine, silent)
        state.parentType = "paragraph"  # as the rule leaves it when it finds no underline
        return False
    return guarded_rule


_GUARDS = {
    rules_block.table: lambda fn: _shape_guarded(fn, 1, _DELIMITER_ROW),
    rules_block.hr: lambda fn: _shape_guarded(fn, 0, _RULE_LINE),
    rules_block.lheading: _lheading_guarded,
    rules_block.list_block: lambda fn: md_rules.list_answer,  # asked silently: one regex match
}


# -- choosing the candidates ---------------------------------------------------------
def picker(rules: list):
    """pick(state, line): the rules of `rules` (a chain, in order) that can start
    at `line`, guarded where their first character does not settle it."""
    needs = [_NEEDS.get(fn) for fn in rules]
    tried = tuple(_GUARDS[fn](fn) if fn in _GUARDS else fn for fn in rules)
    with_pipe, with_code = PIPE in needs, CODE in needs
    chosen: dict[tuple[str | None, bool, bool], tuple] = {}

    def choose(key: tuple[str | None, bool, bool]) -> tuple:
        ch, code, pipe = key
        chosen[key] = found = tuple(
            fn for fn, need in zip(tried, needs)
            if need is None or (code if need is CODE else pipe if need is PIPE else ch is not None and ch in need))
        return found

    def pick(state, line: int) -> tuple:
        pos = state.bMarks[line] + state.tShift[line]
        end = state.eMarks[line]
        if pos >= end:  # a blank line: each rule decides
            return tried
        src = state.src
        ch = src[pos]
        key = (ch if ch in _MARKS else None,
               with_code and state.sCount[line] - state.blkIndent >= 4,
               with_pipe and src.find("|", pos, end) >= 0)
        found = chosen.get(key)
        return found if found is not None else choose(key)
    pick.tried = tried  # every rule, guarded where it is
    return pick


def _terminator(pick):
    """One rule standing for a chain's terminators: whether one of them starts at
    the line (each rule that asks them stops at the first that does)."""
    def terminates(state, line: int, endLine: int, silent: bool) -> bool:
        for rule in pick(state, line):
            if rule(state, line, endLine, silent):
                return True
        return False
    return terminates


class _KeyedRuler(Ruler):
    """The block rules, each chain of terminators served as one rule (see _terminator)."""

    def __init__(self) -> None:
        super().__init__()
        self._served: dict[str, tuple] = {}  # chain: (compiled rules it was made of, rules, pick)

    def _serve(self, chainName: str) -> tuple:
        served = self._served.get(chainName)
        if served is None or served[0] is not self.__cache__:  # first asked, or the rules changed
            rules = super().getRules(chainName)  # (compiles them anew: a new __cache__)
            pick = picker(rules)
            served = self._served[chainName] = (self.__cache__, [_terminator(pick)] if rules else rules, pick)
        return served

    def getRules(self, chainName: str = "") -> list:
        if not chainName:  # the block parser's own: BlockParser.tokenize picks from them
            return super().getRules(chainName)
        return self._serve(chainName)[1]

    def chain_picker(self, chainName: str = ""):
        """pick(state, line) for a chain (of all rules: "")."""
        return self._serve(chainName)[2]


class BlockParser(ParserBlock):
    """markdown-it's ParserBlock, trying only the rules picker() chooses."""

    def __init__(self) -> None:
        super().__init__()
        stock, self.ruler = self.ruler, _KeyedRuler()
        for rule in stock.__rules__:  # the stock rules, as ParserBlock pushed them
            fn = md_rules.paragraph if rule.fn is rules_block.paragraph else rule.fn
            self.ruler.push(rule.name, fn, {"alt": list(rule.alt)})

    def parse(self, src: str, md, env, outTokens: list) -> list | None:
        """ParserBlock.parse, on md_state's BlockState."""
        if not src:
            return None
        state = (md_state.BlockState if md_state.supported() else StateBlock)(src, md, env, outTokens)
        self.tokenize(state, state.line, state.lineMax)
        return state.tokens

    def tokenize(self, state, startLine: int, endLine: int) -> None:
        """ParserBlock.tokenize, each line's rules chosen by pick."""
        pick = self.ruler.chain_picker("")
        line = startLine
        maxNesting = state.md.options.maxNesting
        hasEmptyLines = False

        while line < endLine:
            state.line = line = state.skipEmptyLines(line)
            if line >= endLine:
                break
            if state.sCount[line] < state.blkIndent:
                break  # nested calls (lists, blockquotes) end here
            if state.level >= maxNesting:
                state.line = endLine
                break

            ok = False
            for rule in pick(state, line):
                ok = rule(state, line, endLine, False)
                if ok:
                    if state.line <= line:
                        raise RuntimeError("block rule didn't increment state.line")
                    break
            if not ok:
                raise RuntimeError("none of the block rules matched")

            state.tight = not hasEmptyLines
            line = state.line
            # paragraph might "eat" one newline after it in nested lists
            if (line - 1) < endLine and state.isEmpty(line - 1):
                hasEmptyLines = True
            if line < endLine and state.isEmpty(line):
                hasEmptyLines = True
                line += 1
                state.line = line


def supported() -> bool:
    """Whether this markdown-it is one whose rules _NEEDS and the guards describe."""
    return markdown_it.__version__.startswith("4.")
