"""The argument parser built for one command, and its lazily sized help formatter,
behave as the full parser with argparse's own formatter."""

import argparse

import pytest

from adlint import cli

ARGVS = [
    ["check", "--no-cache", "-j", "2", "--select", "jargon,inclusive", "--grammar-mode=off", "a.md"],
    ["check"],
    ["rules", "-f", "json", "jargon"],
    ["serve", "--port", "0", "--open"],
    ["explain", "jargon/rockstar", "--config", "x.toml"],
    ["lsp"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=lambda a: a[0])
def test_one_command_parser_parses_as_the_full_one(argv):
    assert cli.build_parser(argv[0]).parse_args(argv) == cli.build_parser().parse_args(argv)


def _subparser(parser, name):
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[name]


@pytest.mark.parametrize("name", cli.COMMANDS)
def test_one_command_help_is_the_full_parsers(name):
    assert (_subparser(cli.build_parser(name), name).format_help()
            == _subparser(cli.build_parser(), name).format_help())


def test_lazy_formatter_wraps_as_argparse(monkeypatch):
    def helps(formatter, columns):
        monkeypatch.setenv("COLUMNS", columns)
        monkeypatch.setattr(cli, "_Formatter", formatter)
        parser = cli.build_parser()
        return [parser.format_help()] + [_subparser(parser, n).format_help() for n in cli.COMMANDS]

    lazy = cli._Formatter
    for columns in ("50", "100", "200"):
        assert helps(lazy, columns) == helps(argparse.HelpFormatter, columns)
    assert helps(lazy, "50") != helps(lazy, "200")  # the width is the terminal's
