"""adlint's markdown-it differs from the stock one only in speed: the inline fast
path, the leading blank lines and the link destinations it does not normalise
must give the tokens (and verdicts) the stock parser gives."""

import re

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt, rules_block
from markdown_it.common import normalize_url

from adlint.parse import markdown as M
from adlint.parse import md_blocks, md_rules

STOCK = MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")
OURS = M._parser()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def _tokens(tokens, ignore_attrs=()):
    """Every field of every token, children included (as_dict lists them all)."""
    out = []
    for tok in tokens:
        d = tok.as_dict(children=False, as_upstream=False)
        del d["children"]  # compared below, field by field
        d["attrs"] = {k: v for k, v in (d.get("attrs") or {}).items() if k not in ignore_attrs}
        out.append(d)
        if tok.children:
            out.append(_tokens(tok.children, ignore_attrs))
    return out


#: text that reaches the fast path (no \ ` * _ [ < &), with what can trip it up:
#: trailing spaces and tabs before line breaks, indented lines, punctuation the
#: text rule stops at, and '!' and ']' without '['
PLAIN = st.text(st.sampled_from(list("ab Z9 \t\n:-#%!]>=+@^{}~$.é\u00a0")), max_size=40)
#: and text that may not
ANY_INLINE = st.lists(st.sampled_from(list("ab \t\n:-!][()<>&*_`\\#;/") + ["&amp;", "http://x", "*a*"]),
                      max_size=30).map("".join)


@SETTINGS
@given(PLAIN)
@example("a  \nb")
@example("a \n  b")
@example("  \n\t x\t\n")
@example("a   \n\n  b ")
def test_plain_children_are_the_inline_parsers(src):
    assert not M._NOT_PLAIN.search(src)
    stock = STOCK.parseInline(src)[0].children
    assert _tokens(M._plain_children(src)) == _tokens(stock)


#: plain text and what may make "**" not open, not close or not plain
STRONG_PART = st.lists(st.sampled_from(list("ab1 :.)\n\tab :.!]*_") + ["\u00a0", "\u3000", "\u2003", "\u00bd", "\u3007",
                                                                  "\u3002", "\u2019", "\u0301", "  \n", "`x`"]),
                       max_size=8).map("".join)


@settings(SETTINGS, max_examples=800)
@given(st.sampled_from(["", "", "", "x", " ", "*", "_"]),
       st.tuples(st.sampled_from(["a", "Z", "1", "\u00bd", "\u3007", "é", " ", ":", "_", "\u0301"]),
                 STRONG_PART).map("".join),
       st.tuples(st.sampled_from(["", " ", "\n", "  \n", ":", "*", "a"]), STRONG_PART).map("".join))
@example("", "Location:", " Anywhere\nfoo")
@example("", "a:", "  \nb")
@example("", "a", "")
@example("", "a b.", "*")
@example("", "a ", " b")  # a space before the second "**": it does not close
@example("", "a\u00a0", " b")
@example("", "a:", "b")  # after punctuation, it closes only before space or punctuation
@example("", "\u00bd", " b")
def test_fast_children_are_the_inline_parsers(before, inner, after):
    src = before + "**" + inner + "**" + after
    fast = M._fast_children(src)
    if fast is not None:
        assert _tokens(fast) == _tokens(STOCK.parseInline(src)[0].children)


@SETTINGS
@given(ANY_INLINE)
@example("a [b](c) d")
@example("![x](y) z")
def test_inline_tokens_equal_the_stock_parsers(src):
    # destinations are left as written (test_link_verdict_…)
    assert _tokens(OURS.parseInline(src), ("href", "src")) == _tokens(STOCK.parseInline(src), ("href", "src"))


LINE = st.tuples(
    st.sampled_from(["", "", "# ", "- ", "  - ", "1. ", "> ", "    ", "| a | b |\n|---|---|\n| ",
                     "```\n", "---\n", "   ", "\t", "[ref]: http://x.example\n", "~~~", "<div>", "* ",
                     "+ ", "***", "___", "2) ", "  > ", "\t- ", ":-", "|", "-:|", "<!-- x -->", "a | b\n",
                     "=", "> - ", "- > ", "10. ", "#", "######## ", "`", "[", "<", "* * *", "- - -\n",
                     "--\n", "|--|\n", "-|\n", ": |\n", "*\t*\t*", "_ _ _ x", "| - |\n", "-- |\n"]),
    ANY_INLINE,
).map("".join)
MARKDOWN = st.lists(LINE, max_size=12).map("\n".join)


@SETTINGS
@given(MARKDOWN)
def test_documents_tokens_equal_the_stock_parsers(src):
    ours = OURS.parse(M._bare_leading_blank_lines(src))
    assert _tokens(ours, ("href", "src")) == _tokens(STOCK.parse(src), ("href", "src"))


#: lines made of what tables' delimiter rows, rules (hr) and list items are made of
SHAPE_LINE = st.text(st.sampled_from(list("|-:*_ \ta")), max_size=10)


@settings(SETTINGS, max_examples=1000)
@given(st.lists(SHAPE_LINE, min_size=1, max_size=4).map("\n".join))
@example("a | b\n-:|--\nc | d")
@example("a | b\n:-|--\nc | d")
@example("| a | b |\n| --- | --- |\n| c | d |")
@example("a | b\n: - | -\nc | d")
@example("a\n- - -")
@example("a\n* * *")
def test_tables_and_rules_as_stock(src):
    assert _tokens(OURS.parse(src)) == _tokens(STOCK.parse(src))


#: lines around setext underlines: underlines and what looks like them (list items,
#: rules, indented or quoted ones), paragraph text, blank lines and what ends a paragraph
SETEXT_LINE = st.sampled_from(["a", "b c", "===", "---", "- a", "-", "=", "= =", "--- a", "  ---", "    ---",
                               "\t===", "> a", "> ---", "- ---", "1. a", "", "  ", "<!-- x -->", "# h", "```",
                               "- a\n  ===", "***", "a  ", " \t", "==\t "])


@settings(SETTINGS, max_examples=1500)
@given(st.lists(SETEXT_LINE, min_size=1, max_size=14).map("\n".join))
@example("a\n===")
@example("- a\n- b\n- c\n- d\n- e\n- f\n- g\n- h\n- i\n- j\nk\n---")  # past the lookahead
@example("> a\n> ---")
@example("- a\n  b\n  ---")
@example("a\n<!-- x -->\nb\n\nc")
def test_setext_headings_as_stock(src):
    assert _tokens(OURS.parse(src)) == _tokens(STOCK.parse(src))


@SETTINGS
@given(st.lists(st.sampled_from(["a", " ", "\r", "\n", "\r\n", "\0", "# ", "- ", "    ", "*b*"]),
                max_size=20).map("".join))
@example("a\r\nb\rc\0")
def test_line_breaks_and_nul_normalised_as_before(src):
    assert _tokens(OURS.parse(src)) == _tokens(STOCK.parse(src))


@SETTINGS
@given(st.text(st.sampled_from(list(" \t\r\n")), max_size=12), MARKDOWN)
@example("   \r\n  \r  \n", "    code")
@example("  \n  ", "")
def test_bare_leading_blank_lines_keep_the_tokens(lead, body):
    src = lead + body
    bare = M._bare_leading_blank_lines(src)
    assert len(re.findall(r"\r\n|\r|\n", bare)) == len(re.findall(r"\r\n|\r|\n", src))
    assert _tokens(STOCK.parse(bare)) == _tokens(STOCK.parse(src))


URL = st.one_of(
    st.text(st.sampled_from(list("aJjSsHhTtPp:/.%@?# \u017f\u212adiltmo")), max_size=20),
    st.sampled_from(["javascript:alert(1)", "JavaScript:x", " javascript:x", "vbscript:x", "file:///etc",
                     "data:text/html,x", "data:image/png;base64,x", "http://x.example", "HTTPS://x",
                     "mailto:a@b.example", "//host:80/x", "#anchor", "/path", "http\u017f://x",
                     "http://[::1]/", "https://xn--caf-dma.example/ü"]),
)


@SETTINGS
@given(URL)
def test_link_verdict_is_the_stock_verdict_on_the_normalised_url(url):
    stock = normalize_url.validateLink(normalize_url.normalizeLink(url))
    assert OURS.validateLink(OURS.normalizeLink(url)) == stock


def test_the_fast_paths_are_installed():
    """They stand aside when markdown-it's rules are not the ones they mirror: a
    markdown-it that changed them would lose the speed, and this test says so."""
    assert M._inline_join_core_rule in OURS.core.ruler.getRules("")
    assert "text_join" not in OURS.core.ruler.get_active_rules()
    assert M._normalize_core_rule in OURS.core.ruler.getRules("")
    assert M._inline_join_core_rule not in STOCK.core.ruler.getRules("")
    assert isinstance(OURS.block, md_blocks.BlockParser)
    assert OURS.block.ruler.get_active_rules() == STOCK.block.ruler.get_active_rules()
    stock = STOCK.block.ruler.getRules("")
    ours = [md_rules.paragraph if fn is rules_block.paragraph else fn for fn in stock]
    assert OURS.block.ruler.getRules("") == ours
    known = set(md_blocks._NEEDS) | set(md_blocks._GUARDS)
    assert [fn.__name__ for fn in stock if fn not in known] == ["paragraph"]  # always tried
    for chain in ("paragraph", "reference", "blockquote", "list"):  # each served by one terminator
        assert [fn.__name__ for fn in OURS.block.ruler.getRules(chain)] == ["terminates"]


#: the front matter pattern before it went line by line
OLD_FRONT_MATTER = re.compile(
    r"\A(---|\+\+\+)[ \t]*\r?\n((?:.*?\r?\n)?)(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_LINE = st.sampled_from(["---", "+++", "...", "--- ", "---\t", " ---", "title: x", "a: [", "", "-", "..",
                              "++++", "----"])
FRONT = st.lists(st.tuples(FRONT_LINE, st.sampled_from(["\n", "\r\n", "\r", ""])), max_size=8).map(
    lambda ls: "".join(a + b for a, b in ls))


@SETTINGS
@given(FRONT)
@example("---\n---\n")
@example("---\r\n\r\n...")
@example("+++\ntitle = 1\n+++")
def test_front_matter_pattern_matches_as_before(text):
    from adlint.parse.common import FRONT_MATTER

    old, new = OLD_FRONT_MATTER.match(text), FRONT_MATTER.match(text)
    assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))


BLOCK_TEXT = st.lists(st.sampled_from(["see", "www.example.com", "https://x.example/a?b=1", "a@b.example",
                                       "jobs.ca", "\n", " ", "\t", ".", ":", "(", ")", "é", "-", "\ufffc",
                                       "mailto:x", "HTTP://", "\u00a0", "Ltd.", "'", "\u2028"]),
                      max_size=10).map("".join)


@SETTINGS
@given(st.lists(BLOCK_TEXT, max_size=6))
@example(["see www.", "example.com"])
@example(["a@", "b.example"])
def test_urls_masked_together_as_one_by_one(texts):
    from adlint.parse.common import mask_urls, mask_urls_each

    assert mask_urls_each(texts) == [mask_urls(t) for t in texts]


ALIGN_SRC = st.lists(st.sampled_from(["a", "b", "1", ". ", " ", "\\", "\\*", "&amp;", "&#42;", "&", "*", "\n", "é"]),
                     max_size=6).map("".join)


@SETTINGS
@given(ALIGN_SRC, ALIGN_SRC, ALIGN_SRC)
@example("1. ", "ab", "")
@example("1&#42;", "*x", "")  # the entity stands for the text's first character
def test_aligner_fast_path_places_text_as_the_walk(lead, text, tail):
    """Text found in the source after other characters than markup (no letter or
    digit), such as an ordered list's "1. ", is placed where the character-by-
    character walk would place it."""
    from adlint.document import BlockBuilder

    src, cursor = lead + text + tail, 0
    p = src.find(text, cursor)
    assume(p > cursor and M._ALNUM.search(src, cursor, p))  # not the markup-only fast path
    fast, walked = M._Aligner(src), M._Aligner(src)
    fast.cursor = walked.cursor = cursor
    a, b = BlockBuilder("paragraph"), BlockBuilder("paragraph")
    fast.text(text, a)
    walked._walk(text, b)
    assert fast.cursor == walked.cursor
    assert (a.raw_text(), a.t, a.s, a.e, a.run) == (b.raw_text(), b.t, b.s, b.e, b.run)


def _old_close_bracket(src, cursor, limit):
    """close_bracket and _skip_destination as they were, character by character:
    the cursor they leave (or None: unchanged)."""
    depth, p = 0, cursor
    while p < limit:
        ch = src[p]
        if ch == "\\":
            p += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            if depth == 0:
                break
            depth -= 1
        p += 1
    if p >= limit:
        return None
    p += 1
    if p < limit and src[p] == "(":
        depth, quote, q = 0, None, p + 1
        while q < limit:
            ch = src[q]
            if ch == "\\":
                q += 2
                continue
            if quote:
                if ch == quote:
                    quote = None
            elif ch == "<" and src[q - 1] in "( \t\n":
                e = src.find(">", q, limit)
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
        return p
    if p < limit and src[p] == "[":
        e = src.find("]", p, limit)
        return e + 1 if e >= 0 else p
    return p


LINK_SRC = st.lists(st.sampled_from(list("a ]()[<>\\\"'\t\n") + ["](", "](<", "\\]", " \"t\""]),
                    max_size=16).map("".join)


@SETTINGS
@given(LINK_SRC, st.integers(0, 4), st.integers(0, 40))
@example('a](b (c) "t)" d) e', 0, 40)
@example("a\\](b)](c)", 0, 40)
def test_close_bracket_skips_as_before(src, cursor, limit):
    limit = min(limit, len(src))
    al = M._Aligner(src)
    al.cursor, al.limit = cursor, limit
    al.close_bracket()
    old = _old_close_bracket(src, cursor, limit)
    assert al.cursor == (cursor if old is None else old)


DESTINATION = st.lists(st.sampled_from(list("ab/:.?=#%<>()\\ \t\n\x00\x1f\x7f\"'é") + ["&amp;", "\\(", "\\ ", "http://x"]),
                       max_size=14).map("".join)


@SETTINGS
@given(DESTINATION, st.integers(0, 6), st.integers(0, 20))
@example("http://x.example/a) b", 0, 21)
@example("a\\", 0, 2)
@example("a(b)c", 0, 5)
@example("<a b>", 0, 5)
@example("ab", 3, 1)
def test_link_destination_is_the_stock_parse(string, pos, maximum):
    from markdown_it import helpers

    ours = OURS.helpers.parseLinkDestination(string, pos, maximum)
    stock = helpers.parseLinkDestination(string, pos, maximum)
    assert (ours.ok, ours.pos, ours.str) == (stock.ok, stock.pos, stock.str)
    assert type(ours) is type(stock)


def _old_mask_all(text, pattern, char):
    """common.mask_all as it was: match by match, each blanked with _NOT_LINE_BREAK."""
    parts, last = [], 0
    for m in pattern.finditer(text):
        parts.append(text[last:m.start()])
        parts.append(re.sub(r"[^\r\n]", char, m.group()))
        last = m.end()
    return "".join(parts) + text[last:] if parts else text


TEMPLATED = st.lists(st.sampled_from(["a", " ", "\n", "\r\n", "\r", "{%", "%}", "{{", "}}", "{% comment %}",
                                      "{% endcomment %}", "-", "é", "{", "}"]), max_size=20).map("".join)


@SETTINGS
@given(TEMPLATED)
@example("a {% if x %}\r\nb{{ y }}\nc")
def test_templates_masked_as_before(text):
    from adlint.parse.common import TEMPLATE, mask_all, mask_templates

    assert mask_all(text, TEMPLATE, "\ufffc") == _old_mask_all(text, TEMPLATE, "\ufffc")
    assert len(mask_templates(text)) == len(text)
