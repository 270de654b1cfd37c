"""adlint's configured markdown-it gives the stock parser's tokens, every field of
every token, over the shared corpus and the repository's own Markdown; and the
block rules md_blocks leaves out at a line are ones that would have failed there."""

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.rules_block.state_block import StateBlock

from adlint.parse import common, md_blocks
from adlint.parse import markdown as M

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
#: the repository's Markdown: rule docs (tables, code, lists), evaluation ads, examples
FIXTURES = sorted(p for d in ("examples", "tests", "evaluation", "docs") for p in (ROOT / d).rglob("*.md")) + [
    ROOT / "README.md"]


def _stock():
    return MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")


STOCK = _stock()
#: the stock parser with destinations as written, as adlint's keeps them (their
#: verdicts: test_parse_speedups.test_link_verdict_is_the_stock_verdict_…)
AS_WRITTEN = _stock()
AS_WRITTEN.normalizeLink = lambda url: url
AS_WRITTEN.validateLink = lambda url: STOCK.validateLink(STOCK.normalizeLink(url))
OURS = M._parser()


def _fields(tokens, ignore_attrs=()):
    """type, tag, map, content, attrs, markup, info, nesting, level, block, hidden,
    meta of every token, children included."""
    out = []
    for tok in tokens:
        d = tok.as_dict(children=False, as_upstream=False)
        del d["children"]
        d["attrs"] = {k: v for k, v in (d.get("attrs") or {}).items() if k not in ignore_attrs}
        out.append(d)
        if tok.children is not None:
            out.append(_fields(tok.children, ignore_attrs))
    return out


def _assert_stock_tokens(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    _, masked, _ = common.split_front_matter(source)
    parsed = M._bare_leading_blank_lines(common.mask_templates(masked))  # what parse_markdown parses
    for src in (source, parsed):
        ours = OURS.parse(src)
        assert _fields(ours) == _fields(AS_WRITTEN.parse(src)), path
        assert _fields(ours, ("href", "src")) == _fields(STOCK.parse(src), ("href", "src")), path


def test_fixtures_are_realistic():
    assert len(FIXTURES) > 100 and (ROOT / "examples" / "data-analyst.md") in FIXTURES


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_repository_markdown_gives_the_stock_tokens(path):
    _assert_stock_tokens(path)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the shared corpus (../shared/corpus)")
def test_corpus_gives_the_stock_tokens():
    paths = sorted(CORPUS.rglob("*.md"))
    assert len(paths) > 100
    for path in paths:
        _assert_stock_tokens(path)


# -- the rules left out ------------------------------------------------------------
LINE = st.tuples(
    st.sampled_from(["", "", " ", "  ", "    ", "\t", "> ", ">", "  > "]),
    st.sampled_from(["", "a", "# ", "#", "- ", "-", "* ", "+ ", "1. ", "1)", "2. ", "1234567890. ", "```", "~~~",
                     "<div>", "<!-- x -->", "<", "[a]: /u", "[", "---", "***", "___", "* * *", "- - -", "|",
                     "| a |", "|---|", "-:|", ":-", "===", "=", "`x`", "\\#", "&amp;", "é", "\u00a0"]),
    st.sampled_from(["", " ", "a", " a", " | b", "|", "-", " -", "  ", "\t"]),
).map("".join)
DOC = st.lists(LINE, min_size=1, max_size=8).map("\n".join)
CHAINS = ("", "paragraph", "reference", "blockquote", "list")
STATE = ("blkIndent", "line", "parentType", "level", "tight", "listIndent", "bMarks", "tShift", "sCount")


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOC, st.sampled_from(CHAINS), st.sampled_from(["root", "paragraph", "list", "blockquote", "reference"]),
       st.integers(0, 4), st.integers(-1, 2))
@example("a\n- b", "paragraph", "paragraph", 0, -1)
@example("| a |\n|---|", "", "root", 0, -1)
@example("      - a", "", "root", 2, 0)
def test_the_rules_left_out_fail_and_change_nothing(src, chain, parent, indent, list_indent):
    """At every line, each stock rule of the chain that pick leaves out returns False
    (asked silently or not) and leaves the state as it was."""
    rules = STOCK.block.ruler.getRules(chain)
    pick = md_blocks.picker(rules)
    state = StateBlock(src, STOCK, {}, [])
    state.blkIndent, state.parentType, state.listIndent = indent, parent, list_indent
    for line in range(state.lineMax):
        chosen = pick(state, line)
        left_out = [fn for fn, tried in zip(rules, pick.tried) if tried not in chosen]
        for fn in left_out:
            for silent in (True, False):
                before = {k: copy.copy(getattr(state, k)) for k in STATE}
                state.line = line
                before["line"] = line
                assert fn(state, line, state.lineMax, silent) is False, (fn.__name__, line)
                assert {k: getattr(state, k) for k in STATE} == before and not state.tokens
