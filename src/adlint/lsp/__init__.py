"""`adlint lsp`: the language server for editors (server.py), with the conversion of
findings to diagnostics (convert.py), code actions (actions.py), hover text
(hover.py) and settings (settings.py). Needs pygls: `pip install 'adlint[lsp]'`."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        print("adlint: error: adlint lsp needs pygls and lsprotocol: "
              "pip install 'adlint[lsp]'", file=sys.stderr)
        return 2
    from .server import main as serve

    return serve()
