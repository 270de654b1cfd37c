"""md_state builds what markdown-it's StateBlock and Token build, field by field."""

import dataclasses

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.token import Token

from adlint.parse import md_state
from adlint.parse import markdown as M

OURS = M._parser()
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
#: line breaks, indentation of spaces and tabs, text, and lines of spaces only
SOURCE = st.lists(st.sampled_from([" ", "  ", "\t", " \t", "\n", "\n\n", "a", "- b", "\u00a0", "\v", "\f", "x\ty"]),
                  max_size=16).map("".join)


def test_supported():
    assert md_state.supported()
    assert M._token is md_state.new_token


@SETTINGS
@given(SOURCE)
@example("")
@example("a\n  ")
@example("a\n")
@example(" \t a\n\t\tb\n  \t\n")
def test_block_state_is_the_stock_one(src):
    ours, stock = md_state.BlockState(src, OURS, {}, []), StateBlock(src, OURS, {}, [])
    assert vars(ours) == vars(stock)


@given(st.sampled_from(["text", "inline", "paragraph_open", "hr"]), st.sampled_from(["", "p", "br"]),
       st.sampled_from([-1, 0, 1]))
def test_new_token_is_tokens_constructor(ttype, tag, nesting):
    ours, stock = md_state.new_token(ttype, tag, nesting), Token(ttype, tag, nesting)
    assert [f.name for f in dataclasses.fields(Token)] == list(md_state.FIELDS)
    assert ours == stock
    assert ours.attrs is not md_state.new_token(ttype, tag, nesting).attrs  # a dict of its own
    assert ours.meta is not md_state.new_token(ttype, tag, nesting).meta


@SETTINGS
@given(SOURCE)
def test_pushed_tokens_are_the_stock_ones(src):
    ours, stock = md_state.BlockState(src, OURS, {}, []), StateBlock(src, OURS, {}, [])
    for state in (ours, stock):
        state.push("paragraph_open", "p", 1)
        state.push("inline", "", 0)
        state.push("paragraph_close", "p", -1)
    assert ours.tokens == stock.tokens and ours.level == stock.level
