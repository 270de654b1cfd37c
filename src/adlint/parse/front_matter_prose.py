"""Front-matter fields that a site renders as the ad's own words, read as prose.

Front matter is metadata and is never linted, unless the configuration names
fields whose values are prose (`front-matter-prose`). Careers sites built with
Jekyll or Hugo often keep a whole job posting there, one schema.org JobPosting
property per key (https://schema.org/JobPosting):

    responsibilities:
    - Own the release process
    skills:
    - skill: You are a self-starter

Each value becomes a block with exact source positions: a scalar is a paragraph,
a list item a list item (a one-key mapping such as `- skill: text` gives its value),
and the field's name becomes the block's heading, so the sections analysis knows a
`skills` list is a list of requirements. Only YAML (---) front matter is read this
way; a value this line reader cannot map exactly (a double-quoted string with
escapes, a flow collection) is left out rather than misplaced.
"""

from __future__ import annotations

import re

from ..document import Block, BlockBuilder
from . import common

#: The preset `front-matter-prose = "schema.org"`: the text properties of a
#: schema.org JobPosting, with the heading each one reads as. `title` is left out:
#: the titles rules already read it. Other spellings ("educationalRequirements")
#: are named one by one: only a site's templates know which fields it shows.
SCHEMA_ORG = {
    "description": "Description",
    "responsibilities": "Responsibilities",
    "skills": "Skills",
    "qualifications": "Qualifications",
    "educationRequirements": "Education requirements",
    "experienceRequirements": "Experience requirements",
    "incentiveCompensation": "Compensation and benefits",
    "jobBenefits": "Benefits",
    "baseSalary": "Salary",
    "employerOverview": "About us",
    "specialCommitments": "Special commitments",
}

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)")
_ITEM = re.compile(r"([ \t]*)-(?:[ \t]+|$)")
_ONE_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:[ \t]+")
_BLOCK_SCALAR = re.compile(r"[|>][+-]?\d?[ \t]*(?:#.*)?$")
_COMMENT = re.compile(r"[ \t]+#")


def heading_for(key: str) -> str:
    """The heading a prose field reads as: the preset's, or the key in words."""
    if key in SCHEMA_ORG:
        return SCHEMA_ORG[key]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:].lower()


def _lines(body: str, start: int):
    """(offset, text without its line break) of each line of body."""
    pos = start
    for m in _LINE.finditer(body):
        if m.start() == m.end():
            break
        text = m.group().rstrip("\r\n")
        yield pos, text
        pos += m.end() - m.start()


def _scalar(text: str, offset: int) -> tuple[str, int] | None:
    """The value of a one-line scalar as (text, source offset), or None when it is
    not prose this reader can place exactly (flow collections, escapes, anchors)."""
    text = text.rstrip()
    if not text or text[0] in "[{&*!%@`":
        return None
    if text[0] == '"':
        inner = text[1:-1] if len(text) > 1 and text.endswith('"') else None
        if inner is None or "\\" in inner:
            return None
        return inner, offset + 1
    if text[0] == "'":
        inner = text[1:-1] if len(text) > 1 and text.endswith("'") else None
        if inner is None or "''" in inner:
            return None
        return inner, offset + 1
    m = _COMMENT.search(text)
    if m:
        text = text[:m.start()]
    return text, offset


class _Field:
    """The blocks of one prose field, built line by line."""

    def __init__(self, heading: str):
        self.heading = heading
        self.blocks: list[Block] = []
        self.current: BlockBuilder | None = None
        self.last_end = 0

    def start(self, kind: str, text: str, offset: int) -> None:
        self.finish()
        self.current = BlockBuilder(kind, self.heading, 0)
        self.current.add_run(text, offset)
        self.last_end = offset + len(text)

    def extend(self, text: str, offset: int) -> None:
        if self.current is None:
            self.start("paragraph", text, offset)
            return
        self.current.add_unit(" ", self.last_end, offset)  # the line break and indent
        self.current.add_run(text, offset)
        self.last_end = offset + len(text)

    def finish(self) -> None:
        if self.current is not None:
            blk = self.current.build(common.mask_urls)
            if blk is not None:
                self.blocks.append(blk)
        self.current = None


def front_matter_blocks(source: str, keys: dict[str, str]) -> list[Block]:
    """Blocks for the front-matter fields named in `keys` (key -> heading)."""
    m = common.FRONT_MATTER.match(source)
    if not keys or not m or m.group(1) != "---" or m.group(3) == "+++":
        return []
    blocks: list[Block] = []
    field: _Field | None = None
    literal = False  # inside a | or > block scalar
    unplaced = False  # inside a value this reader cannot place (an escaped or open quote)
    for offset, line in _lines(m.group(2), m.start(2)):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" \t"))
        if indent == 0 and stripped and not line.startswith(("-", "#")):
            if field is not None:
                field.finish()
                blocks.extend(field.blocks)
                field = None
            literal = unplaced = False
            km = _KEY.match(line)
            if km and km.group(1) in keys:
                field = _Field(keys[km.group(1)])
                rest = line[km.end():]
                if _BLOCK_SCALAR.match(rest):
                    literal = True
                elif rest.strip():
                    value = _scalar(rest, offset + km.end())
                    if value:
                        field.start("paragraph", *value)
                    else:
                        unplaced = True  # its continuation lines are not prose either
            continue
        if unplaced and not _ITEM.match(line):
            continue
        if field is None:
            continue
        if not stripped or stripped.startswith("#") and not literal:
            field.finish()
            continue
        item = _ITEM.match(line)
        if item and not literal:
            rest, at = line[item.end():], offset + item.end()
            one = _ONE_KEY.match(rest)
            if one:
                rest, at = rest[one.end():], at + one.end()
            value = _scalar(rest, at)
            unplaced = value is None
            if value:
                field.start("list_item", *value)
            else:
                field.finish()
            continue
        if not literal and _ONE_KEY.match(stripped):  # a nested mapping: not prose
            field.finish()
            continue
        text = line[indent:].rstrip()
        if literal:
            field.extend(text, offset + indent)
        else:
            value = _scalar(text, offset + indent) if field.current is None else (text, offset + indent)
            if value:
                field.extend(*value)
    if field is not None:
        field.finish()
        blocks.extend(field.blocks)
    return blocks
