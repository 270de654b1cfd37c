"""One parser per format, chosen from the file extension or --format-in."""

from __future__ import annotations

from ..document import Document

EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
}
FORMATS = ("markdown", "html", "text")


def format_for(path: str) -> str | None:
    import os

    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def parse(path: str, source: str, fmt: str) -> Document:
    if fmt == "markdown":
        from .markdown import parse_markdown

        return parse_markdown(path, source)
    if fmt == "html":
        from .html import parse_html

        return parse_html(path, source)
    from .text import parse_text

    return parse_text(path, source)
