"""md_rules' paragraph and list answer are markdown-it's rules, step for step in effect."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import rules_block
from markdown_it.rules_block.state_block import StateBlock

from adlint.parse import md_rules
from adlint.parse import markdown as M

OURS = M._parser()
SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
LINE = st.tuples(
    st.sampled_from(["", "", " ", "  ", "   ", "    ", "\t", "> ", "     "]),
    st.sampled_from(["", "a", "- ", "-", "* ", "+ ", "+", "1. ", "1)", "2. ", "0. ", "01. ", "1.", "123456789. ",
                     "1234567890. ", "1.a", "-a", "# ", "```", "<div>", "---", "| a |", "|---|", "===", "[a]: /u",
                     "\u00a0", "1\u3002"]),
    st.sampled_from(["", " ", "  ", "\t", "a", " a", " \t", "b c  "]),
).map("".join)
DOC = st.lists(LINE, min_size=1, max_size=8).map("\n".join)
PARENTS = st.sampled_from(["root", "paragraph", "list", "blockquote", "reference"])


@SETTINGS
@given(DOC, PARENTS, st.integers(0, 5), st.integers(-1, 4))
@example("- ", "paragraph", 0, -1)
@example("2. a", "paragraph", 0, -1)
@example("     - a", "list", 6, 1)
@example("    - a", "root", 0, -1)
def test_list_answer_is_the_silent_list_rule(src, parent, indent, list_indent):
    state = StateBlock(src, OURS, {}, [])
    state.parentType, state.blkIndent, state.listIndent = parent, indent, list_indent
    for line in range(state.lineMax + 1):  # and the sentinel line past the end
        ours = md_rules.list_answer(state, line, state.lineMax, True)
        assert ours == rules_block.list_block(state, line, state.lineMax, True), (line, src)


def _run(rule, src, line, parent, indent, quirk):
    state = StateBlock(src, OURS, {}, [])
    state.parentType, state.blkIndent, state.line = parent, indent, line
    for n in quirk:  # lines a blockquote marks as checked (sCount -1)
        if n < state.lineMax:
            state.sCount[n] = -1
    ok = rule(state, line, state.lineMax, False)
    return ok, state.line, state.parentType, [t.as_dict() for t in state.tokens]


@SETTINGS
@given(DOC, PARENTS, st.integers(0, 4), st.integers(0, 3), st.sets(st.integers(1, 7), max_size=2))
@example("a\n- b", "root", 0, 0, set())
@example("a\n     b\n c", "list", 2, 0, set())
@example("a\n- b", "root", 0, 0, {1})
def test_paragraph_is_the_stock_rule(src, parent, indent, line, quirk):
    state = StateBlock(src, OURS, {}, [])
    if line >= state.lineMax or state.isEmpty(line):
        return
    args = (src, line, parent, indent, quirk)
    assert _run(md_rules.paragraph, *args) == _run(rules_block.paragraph, *args)
