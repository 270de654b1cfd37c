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


def parse(path: str, source: str, fmt: str, prose_fields: dict[str, str] | None = None) -> Document:
    """Parse `source`; `prose_fields` names front-matter keys read as prose
    (key -> heading; the `front-matter-prose` setting)."""
    if fmt == "markdown":
        from .markdown import parse_markdown

        doc = parse_markdown(path, source)
    elif fmt == "html":
        from .html import parse_html

        doc = parse_html(path, source)
    else:
        from .text import parse_text

        return parse_text(path, source)
    if prose_fields and doc.metadata.front_matter and not doc.metadata.front_matter_error:
        from .front_matter_prose import front_matter_blocks

        doc.blocks[:0] = front_matter_blocks(source, prose_fields)
    return doc
