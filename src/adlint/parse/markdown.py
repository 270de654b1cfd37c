"""Markdown (CommonMark + tables + front matter) to prose blocks.

markdown-it-py gives block tokens with line maps but inline tokens without
offsets, so each inline text token is aligned back onto the source: the aligner
walks forward through the source, taking markup it recognises (emphasis marks,
link destinations, inline code, HTML tags) as non-prose and decoding escapes and
entities to the characters they stand for.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from types import SimpleNamespace

from markdown_it import MarkdownIt, helpers, rules_core
from markdown_it.common.utils import unescapeAll
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

from ..document import PLACEHOLDER, Block, BlockBuilder, Document, LineIndex
from . import common, md_blocks, md_state

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ALNUM = re.compile(r"[^\W_]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LEADING_BLANK = re.compile(r"[ \t\r\n]*")
#: the characters close_bracket and _skip_destination react to (they step over the rest)
_BRACKET_MARK = re.compile(r"[\\\[\]]")
_DESTINATION_MARK = re.compile(r"[\\\"'<()]")
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

_md: MarkdownIt | None = None


@lru_cache(maxsize=None)
def _closing_backticks(markup: str) -> re.Pattern:
    """A backtick run of exactly this length (CommonMark code-span rule)."""
    return re.compile(r"(?<!`)" + re.escape(markup) + r"(?!`)")


def _bare_leading_blank_lines(text: str) -> str:
    """text with its leading blank lines reduced to bare line breaks ("\\n").

    The front matter reaches the parser masked as lines of spaces (offsets must
    not move), and markdown-it's StateBlock measures each line's indentation in a
    Python loop, character by character: a quarter of the corpus's characters.
    Leading blank lines produce no tokens either way and the line count is kept
    (markdown-it reads \\r\\n and \\r as \\n too), so the token stream, maps
    included, is the same; only the parser's copy of the text changes, the
    aligner still reads `text`.
    """
    lead = _LEADING_BLANK.match(text).end()
    cut = max(text.rfind("\n", 0, lead), text.rfind("\r", 0, lead)) + 1
    if cut == 0:
        return text
    prefix = text[:cut]  # never splits a CR LF: the LF is in the blank run too
    breaks = prefix.count("\n") if "\r" not in prefix else len(_LINE_BREAK.findall(prefix))
    return "\n" * breaks + text[cut:]


# -- inline fast paths ----------------------------------------------------------
# Three inline tokens in four hold nothing but words, spaces and line breaks, yet
# markdown-it's inline parser stops at every ':', '-', '#', '%'… and tries all its
# rules there. For such text its children are known in advance: text, and at
# each line break a softbreak or hardbreak (the `newline` rule); so are those of
# "**Label:** value". The fast paths build them directly; anything else goes to
# the real inline parser.

#: The rules the fast path stands in for. Text holding none of the characters
#: that start the others (escape \, backticks `, emphasis * _, link [, image ![,
#: autolink and html_inline <, entity &) only meets `text` and `newline`.
_INLINE_RULES = ["text", "newline", "escape", "backticks", "emphasis", "link", "image",
                 "autolink", "html_inline", "entity"]
_INLINE_RULES2 = ["balance_pairs", "emphasis", "fragments_join"]
_NOT_PLAIN = re.compile(r"[\\`*_\[<&]")
_token = md_state.new_token if md_state.supported() else Token


def _text_token(content: str, level: int = 0) -> Token:
    tok = _token("text", "", 0)
    tok.content, tok.level = content, level
    return tok


def _plain_children(src: str) -> list[Token]:
    """What markdown-it's inline parser gives for `src` without _NOT_PLAIN characters."""
    if "\n" not in src:
        return [_text_token(src)] if src else []
    children = []
    lines = src.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i:
            line = line.lstrip(" \t")  # `newline` skips the next line's indentation
        if i == last:
            if line:
                children.append(_text_token(line))
            break
        # `newline`: two trailing spaces or more make a hard break, all dropped;
        # one is dropped and the break stays soft
        kind = "softbreak"
        if line.endswith("  "):
            line, kind = line.rstrip(" "), "hardbreak"
        elif line.endswith(" "):
            line = line[:-1]
        if line:
            children.append(_text_token(line))
        children.append(_token(kind, "br", 0))
    return children


#: "**Label:** value", as ads label their details: plain strong text first, then
#: plain text. Emphasis rules leave no doubt there: the first "**" opens (at the
#: start, before a letter or digit), the second closes (after no white space,
#: before a space, a line break or the end).
_LEADING_STRONG = re.compile(r"\*\*([^\W_](?:[^*\n]*[^\s*])?)\*\*(?=[ \n]|\Z)")


def _strong_first_children(inner: str, rest: str) -> list[Token]:
    """What markdown-it's inline parser gives for "**inner**rest", both plain. The
    emphasis rule leaves each "**"'s first '*' as an empty text token."""
    strong_open, strong_close = _token("strong_open", "strong", 1), _token("strong_close", "strong", -1)
    strong_open.markup = strong_close.markup = "**"
    tail = _plain_children(rest)
    if not tail or tail[0].type != "text":
        tail.insert(0, _text_token(""))
    return [_text_token(""), strong_open, _text_token(inner, 1), strong_close, *tail]


def _fast_children(content: str) -> list[Token] | None:
    """The inline tokens markdown-it's inline parser gives for `content`, where
    they are known in advance; else None."""
    if not _NOT_PLAIN.search(content):
        return _plain_children(content)
    m = _LEADING_STRONG.match(content)
    if m and not _NOT_PLAIN.search(m.group(1)) and not _NOT_PLAIN.search(content, m.end()):
        return _strong_first_children(m.group(1), content[m.end():])
    return None


def _inline_tokens(state: StateCore) -> list[Token]:
    """markdown-it's core rule `inline`, with the fast paths; the tokens it left
    to the inline parser."""
    md, env = state.md, state.env
    parsed = []
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            children = None if token.children else _fast_children(token.content)
            if children is None:
                md.inline.parse(token.content, md, env, token.children)
                parsed.append(token)
            else:
                token.children.extend(children)
    return parsed


def _inline_core_rule(state: StateCore) -> None:
    _inline_tokens(state)


class _Tokens:
    """What the core rule text_join reads of its state."""
    __slots__ = ("tokens",)

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens


def _inline_join_core_rule(state: StateCore) -> None:
    """The core rules `inline` and `text_join` (which follows it): the fast paths'
    children are joined already (no text_special, no two text tokens side by
    side), so only the inline parser's are joined."""
    parsed = _inline_tokens(state)
    if parsed:
        rules_core.text_join(_Tokens(parsed))


def _use_inline_fast_path(md: MarkdownIt) -> None:
    """Install the fast path, only where the inline rules are the ones it mirrors."""
    if (md.inline.ruler.get_active_rules() == _INLINE_RULES
            and md.inline.ruler2.get_active_rules() == _INLINE_RULES2
            and md.options["maxNesting"] > 0):
        core = md.core.ruler
        active = dict(zip(core.get_active_rules(), core.getRules("")))
        names = list(active)
        if ("inline" in names and active.get("text_join") is rules_core.text_join
                and names.index("text_join") == names.index("inline") + 1):
            core.at("inline", _inline_join_core_rule)
            core.disable("text_join")
        else:
            core.at("inline", _inline_core_rule)


# -- link destinations ---------------------------------------------------------
#: Destinations markdown-it's validateLink accepts whatever their normalised form:
#: it refuses only a normalised URL that starts with vbscript:, javascript:,
#: file: or data:, normalising (mdurl) keeps a leading scheme as written, and it
#: adds no ':' to a URL without one.
_SAFE_DESTINATION = re.compile(r"(?:https?|mailto):|[^:]*\Z", re.ASCII | re.IGNORECASE)


#: a destination without <>, escapes or parentheses: what parseLinkDestination
#: steps over character by character up to a space, a control or ')'
_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f\\()]*")


def _helpers():
    """markdown-it's helpers, parseLinkDestination answering plain destinations
    with one regex match (else it is the stock one), where this markdown-it
    has the result class it returns."""
    try:
        from markdown_it.helpers.parse_link_destination import _Result
    except ImportError:
        return helpers
    stock = helpers.parseLinkDestination

    def parseLinkDestination(string: str, pos: int, maximum: int):
        if string.startswith("<", pos):
            return stock(string, pos, maximum)
        m = _PLAIN_DESTINATION.match(string, pos, maximum)
        end = m.end() if m else pos
        if string.startswith(("\\", "("), end, maximum):  # an escape or a parenthesis: the stock loop
            return stock(string, pos, maximum)
        result = _Result()
        if end > pos:
            result.ok, result.pos, result.str = True, end, unescapeAll(string[pos:end])
        return result

    ours = {name: getattr(helpers, name) for name in helpers.__all__}
    ours["parseLinkDestination"] = parseLinkDestination
    return SimpleNamespace(**ours)


class _MarkdownIt(MarkdownIt):
    """markdown-it whose block parser tries at each line only the rules that can
    start there (md_blocks), without the normalisation of link destinations.

    adlint reads where link text starts and ends, never where a link points, yet
    markdown-it normalises every destination (mdurl parse, punycode, percent
    encoding): a tenth of its time. Tokens keep the destination as written; links
    are accepted or refused exactly as before (normalizeLink and validateLink are
    the documented hooks for this, overridable on an instance).
    """

    def __init__(self, config: str = "commonmark", options_update=None):
        super().__init__(config, options_update)
        if md_blocks.supported():  # the block parser that tries only the rules that can match
            self.block = md_blocks.BlockParser()
            self.configure(config, options_update)
        self.helpers = _helpers()

    def normalizeLink(self, url: str) -> str:
        return url

    def validateLink(self, url: str) -> bool:
        # `url` as written (see normalizeLink): the verdict markdown-it gives its
        # normalised form, normalising only when that verdict is in doubt
        if _SAFE_DESTINATION.match(url):
            return True
        return super().validateLink(super().normalizeLink(url))


# -- normalize --------------------------------------------------------------------
def _normalize_core_rule(state: StateCore) -> None:
    """markdown-it's core rule `normalize` (CR LF and CR to LF, NUL to U+FFFD), for
    text that holds either: it rebuilt every text, line break by line break."""
    if "\r" in state.src or "\0" in state.src:
        rules_core.normalize(state)


def _skip_needless_normalize(md: MarkdownIt) -> None:
    ruler = md.core.ruler
    if dict(zip(ruler.get_active_rules(), ruler.getRules(""))).get("normalize") is rules_core.normalize:
        ruler.at("normalize", _normalize_core_rule)


def _parser() -> MarkdownIt:
    global _md
    if _md is None:
        _md = _MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")
        _skip_needless_normalize(_md)
        _use_inline_fast_path(_md)
    return _md


class _Aligner:
    def __init__(self, src: str):
        self.src = src
        self.n = len(src)
        self.cursor = 0
        self.limit = self.n

    # -- text -------------------------------------------------------------
    def text(self, text: str, b: BlockBuilder) -> None:
        src = self.src
        # fast path: the text appears verbatim after nothing but markup, or after
        # nothing _walk would stop at (the text's first character, an escape, an
        # entity), so that it would place the text there too ("1. " before an item)
        p = src.find(text, self.cursor, self.limit)
        if p >= 0 and (p == self.cursor or not _ALNUM.search(src, self.cursor, p)
                       or self._skipped_to(text[:1], p)):
            b.add_run(text, p)
            self.cursor = p + len(text)
        else:
            self._walk(text, b)

    def _walk(self, text: str, b: BlockBuilder) -> None:
        """Place text character by character, decoding escapes and entities."""
        src = self.src
        i, n = 0, len(text)
        cur = self.cursor
        while i < n:
            c = text[i]
            while cur < self.limit:
                s = src[cur]
                if s == c:
                    b.add_run(c, cur)
                    cur += 1
                    i += 1
                    break
                if s == "\\" and c in _ASCII_PUNCT and src.startswith(c, cur + 1):
                    b.add_unit(c, cur, cur + 2)
                    cur += 2
                    i += 1
                    break
                if s == "&":
                    m = _ENTITY.match(src, cur)
                    if m:
                        decoded = html.unescape(m.group())
                        if decoded and text.startswith(decoded, i):
                            b.add_unit(decoded, cur, m.end())
                            cur = m.end()
                            i += len(decoded)
                            break
                cur += 1
            else:
                # could not place the rest: leave it out rather than mis-map it
                break
        self.cursor = cur

    def _skipped_to(self, first: str, p: int) -> bool:
        """Whether _walk skips every character from the cursor to p."""
        src, cur = self.src, self.cursor
        return src.find(first, cur, p) < 0 and src.find("\\", cur, p) < 0 and src.find("&", cur, p) < 0

    # -- markup -----------------------------------------------------------
    def line_break(self, b: BlockBuilder) -> None:
        src = self.src
        p = self.cursor
        while p < self.limit and src[p] not in "\r\n":
            p += 1
        if p >= self.limit:
            return
        e = p + 2 if src.startswith("\r\n", p) else p + 1
        b.add_unit("\n", p, e)
        self.cursor = e

    def code(self, markup: str, b: BlockBuilder) -> None:
        src = self.src
        p = src.find(markup, self.cursor, self.limit)
        if p < 0:
            return
        m = _closing_backticks(markup).search(src, p + len(markup), self.limit)
        e = m.end() if m else p + len(markup)
        b.add_unit(PLACEHOLDER, p, e)
        self.cursor = e

    def html_tag(self, content: str) -> None:
        src = self.src
        p = src.find("<", self.cursor, self.limit)
        if p < 0:
            return
        if content.startswith("<!--"):
            e = src.find("-->", p, self.limit)
            self.cursor = e + 3 if e >= 0 else p + 1
            return
        quote = None
        q = p + 1
        while q < self.limit:
            ch = src[q]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif ch == ">":
                self.cursor = q + 1
                return
            q += 1
        self.cursor = p + 1

    def open_bracket(self, opener: str = "[") -> int:
        p = self.src.find(opener, self.cursor, self.limit)
        if p >= 0:
            self.cursor = p + len(opener)
        return p

    def close_bracket(self) -> None:
        """Skip the ']' that ends link text and the destination after it."""
        src, lim = self.src, self.limit
        depth = 0
        p = self.cursor
        while True:
            m = _BRACKET_MARK.search(src, p, lim)  # jump to the next character that counts
            if m is None:
                return
            p = m.start()
            ch = src[p]
            if ch == "\\":
                p += 2
                continue
            if ch == "[":
                depth += 1
            elif depth == 0:  # "]"
                break
            else:
                depth -= 1
            p += 1
        self.cursor = self._skip_destination(p + 1)

    def _skip_destination(self, p: int) -> int:
        src, lim = self.src, self.limit
        if p < lim and src[p] == "(":
            depth = 0
            quote = None
            q = p + 1
            while True:
                m = _DESTINATION_MARK.search(src, q, lim)  # the next character that counts
                if m is None:
                    return p
                q = m.start()
                ch = src[q]
                if ch == "\\":
                    q += 2
                    continue
                if quote:
                    if ch == quote:
                        quote = None
                elif ch == "<" and src[q - 1] in "( \t\n":
                    e = src.find(">", q, lim)
                    q = e if e >= 0 else q
                elif ch == '"' and src[q - 1] in " \t\r\n":
                    quote = '"'
                elif ch == "'" and src[q - 1] in " \t\r\n":
                    quote = "'"
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    if depth == 0:
                        return q + 1
                    depth -= 1
                q += 1
        if p < lim and src[p] == "[":
            e = src.find("]", p, lim)
            return e + 1 if e >= 0 else p
        return p

    def skip_autolink(self, b: BlockBuilder) -> None:
        p = self.src.find("<", self.cursor, self.limit)
        if p < 0:
            return
        e = self.src.find(">", p, self.limit)
        e = e + 1 if e >= 0 else p + 1
        b.add_unit(PLACEHOLDER, p, e)
        self.cursor = e

    def skip_image(self, b: BlockBuilder) -> None:
        p = self.open_bracket("![")
        if p < 0:
            return
        self.close_bracket()
        b.add_unit(PLACEHOLDER, p, max(self.cursor, p + 2))


def _inline(al: _Aligner, children, b: BlockBuilder) -> None:
    skip_depth = 0  # inside an autolink: its text is a URL, not prose
    link_start = []
    for tok in children:
        t = tok.type
        if skip_depth:
            if t == "link_close":
                skip_depth -= 1
            continue
        if t == "text" or t == "text_special":
            al.text(tok.content, b)
        elif t in ("softbreak", "hardbreak"):
            al.line_break(b)
        elif t == "code_inline":
            al.code(tok.markup, b)
        elif t == "html_inline":
            al.html_tag(tok.content)
        elif t == "link_open":
            if tok.markup in ("autolink", "linkify"):
                al.skip_autolink(b)
                skip_depth = 1
            else:
                al.open_bracket()
                link_start.append(b.length)
        elif t == "link_close":
            al.close_bracket()
            if link_start:
                b.links.append((link_start.pop(), b.length))
        elif t == "image":
            al.skip_image(b)


def _heading_text(children) -> str:
    return "".join(c.content for c in children if c.type in ("text", "text_special", "code_inline")).strip()


def parse_markdown(path: str, source: str) -> Document:
    fields, masked, fm_error = common.split_front_matter(source)
    masked = common.mask_templates(masked)
    lines = LineIndex(source)
    doc = Document(path=path, format="markdown", source=source, _lines=lines)
    doc.metadata.front_matter, doc.metadata.front_matter_error = fields, fm_error
    doc.directives = common.find_directives(masked, lines)

    tokens = _parser().parse(_bare_leading_blank_lines(masked))
    al = _Aligner(masked)
    heading: str | None = None
    containers: list[str] = []  # open list items and blockquotes, innermost last
    kind = "paragraph"
    level = 0
    parts: list[Block | BlockBuilder] = []  # in order; builders finished at the end
    starts, text_end = lines.starts, len(masked)  # lines.line_start without a call per token
    for tok in tokens:  # the commonest types first: a hundred thousand tokens in the corpus
        t = tok.type
        if t == "inline":
            m = tok.map
            if m:  # where the token's lines start and end (line numbers are never negative)
                first, stop = m
                begin = starts[first] if first < len(starts) else starts[-1]
                if begin > al.cursor:
                    al.cursor = begin
                al.limit = starts[stop] if stop < len(starts) else text_end
            else:
                al.limit = text_end
            b = BlockBuilder(kind, heading if kind != "heading" else None, level)
            children = tok.children or ()
            if len(children) == 1 and children[0].type == "text":  # three tokens in four
                al.text(children[0].content, b)
            else:
                _inline(al, children, b)
            if kind == "heading":
                heading = _heading_text(children) or heading
            parts.append(b)
            kind, level = "paragraph", 0
        elif t == "paragraph_open":
            kind = containers[-1] if containers else "paragraph"
        elif t == "paragraph_close":
            continue
        elif t == "list_item_open":
            containers.append("list_item")
        elif t == "blockquote_open":
            containers.append("quote")
        elif t in ("list_item_close", "blockquote_close"):
            if containers:
                containers.pop()
        elif t == "heading_open":
            kind, level = "heading", int(tok.tag[1])
        elif t in ("th_open", "td_open"):
            kind = "table_cell"
        elif t == "html_block" and tok.map:
            from .html import extract_html_blocks  # html.parser: only for HTML in the Markdown

            start = lines.line_start(tok.map[0])
            end = lines.line_start(tok.map[1]) if tok.map[1] < len(lines.starts) else len(masked)
            parts.extend(extract_html_blocks(masked, start, end, heading)[0])
    doc.blocks = _finish(parts)
    return doc


def _finish(parts: list[Block | BlockBuilder]) -> list[Block]:
    """The blocks, in order: the builders' texts URL-masked together, in one pass."""
    builders = [p for p in parts if isinstance(p, BlockBuilder)]
    texts = iter(common.mask_urls_each([b.raw_text() for b in builders]))
    blocks = []
    for p in parts:
        blk = p.finish(next(texts)) if isinstance(p, BlockBuilder) else p
        if blk is not None:
            blocks.append(blk)
    return blocks
