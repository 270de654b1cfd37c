"""Plain text to prose blocks.

Paragraphs are separated by blank lines; lines starting with a bullet or a
number start list items; a short line without closing punctuation that stands
alone or introduces a list is a heading. Directive lines are not prose.
"""

from __future__ import annotations

import re

from ..document import BlockBuilder, Document, LineIndex
from . import common

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_BULLET = re.compile(r"[ \t]*(?:[-*+•‣◦▪–]|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+")
_INDENT = re.compile(r"[ \t]*")


def _is_heading_line(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10:
        return False
    stripped = text.strip()
    if stripped.endswith(":"):
        return True
    return stripped[-1] not in ".!?,;" and (stripped.isupper() or stripped[0].isupper())


def parse_text(path: str, source: str) -> Document:
    masked = common.mask_templates(source)
    lines = LineIndex(source)
    doc = Document(path=path, format="text", source=source, _lines=lines)
    doc.directives = common.find_directives(masked, lines, plain=True)
    directive_lines = {d.line for d in doc.directives}

    # group lines into paragraphs of (start offset, content)
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    lineno = 0
    for m in _LINE.finditer(masked):
        if m.start() >= len(masked) and not m.group(0):
            break
        lineno += 1
        content = m.group(1)
        if content.strip() and lineno not in directive_lines:
            current.append((m.start(), content))
        elif current:
            groups.append(current)
            current = []
        if not m.group(2):
            break
    if current:
        groups.append(current)

    heading = None
    for group in groups:
        builders: list[BlockBuilder] = []
        has_bullets = any(_BULLET.match(c) for _, c in group)
        for idx, (start, content) in enumerate(group):
            bullet = _BULLET.match(content)
            if bullet:
                b = BlockBuilder("list_item", heading)
                builders.append(b)
                skip = bullet.end()
            elif idx == 0 and _is_heading_line(content) and (len(group) == 1 or has_bullets):
                b = BlockBuilder("heading", None, 2)
                builders.append(b)
                skip = _INDENT.match(content).end()
                b.add_run(content[skip:].rstrip(), start + skip)
                heading = content.strip().rstrip(":")
                builders.append(BlockBuilder("paragraph", heading))
                continue
            else:
                if not builders:
                    builders.append(BlockBuilder("paragraph", heading))
                b = builders[-1]
                skip = _INDENT.match(content).end()
                if b.length:
                    # the line break before this line joins the two lines
                    brk = start - (2 if masked.startswith("\r\n", start - 2) else 1)
                    b.add_unit("\n", brk, start)
            b.add_run(content[skip:], start + skip)
        for b in builders:
            blk = b.build(common.mask_urls)
            if blk is not None:
                doc.blocks.append(blk)
    return doc
