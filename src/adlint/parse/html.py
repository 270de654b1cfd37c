"""HTML pages and fragments to prose blocks, with exact offsets.

Built on the standard library's forgiving, non-recursive `html.parser`, so
malformed markup and deep nesting cost nothing special. Character references
are decoded here (not by the parser) so that each one maps to its source range.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..document import PLACEHOLDER, Block, BlockBuilder, Document, LineIndex, Metadata
from . import common

SKIP = {"script", "style", "code", "pre", "template", "svg", "math", "textarea",
        "kbd", "samp", "noscript", "select"}
INLINE_SKIP = {"code", "kbd", "samp"}  # leave a placeholder so words do not join
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
         "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside",
         "tr", "ul", "ol", "table", "form", "figure", "figcaption", "details", "summary",
         "dl", "address", "fieldset", "legend", "caption", "body", "html", "hr", "option",
         "button", "label", "tbody", "thead"}
_KIND = {"li": "list_item", "dt": "list_item", "dd": "list_item", "td": "table_cell",
         "th": "table_cell", "blockquote": "quote",
         **{f"h{i}": "heading" for i in range(1, 7)}}
_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9.-]*);?")


class _Extractor(HTMLParser):
    def __init__(self, src: str, base: int, heading: str | None):
        super().__init__(convert_charrefs=False)
        self.src = src
        self.base = base
        self.lf_starts = [0] + [m.end() for m in re.finditer("\n", src)]
        self.blocks: list[Block] = []
        self.meta = Metadata()
        self.stack: list[str] = []
        self.skip: str | None = None
        self.skip_depth = 0
        self.title: list[str] | None = None
        self.heading = heading
        self.builder: BlockBuilder | None = None
        self.link_start: int | None = None

    # -- positions --------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.base + self.lf_starts[line - 1] + col

    # -- blocks -----------------------------------------------------------
    def _kind(self) -> tuple[str, int]:
        for tag in reversed(self.stack):
            if tag in _KIND:
                kind = _KIND[tag]
                return kind, int(tag[1]) if kind == "heading" else 0
        return "paragraph", 0

    def _current(self) -> BlockBuilder:
        if self.builder is None:
            kind, level = self._kind()
            self.builder = BlockBuilder(kind, self.heading if kind != "heading" else None, level)
        return self.builder

    def flush(self) -> None:
        b = self.builder
        self.builder = None
        self.link_start = None
        if b is None:
            return
        blk = b.build(common.mask_urls)
        if blk is None:
            return
        if blk.kind == "heading":
            self.heading = " ".join(blk.text.split())
        self.blocks.append(blk)

    # -- events -----------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip:
                self.skip_depth += 1
            return
        attrs = dict(attrs)
        if tag in SKIP:
            if tag in INLINE_SKIP and self.builder is not None:
                self.builder.add_unit(PLACEHOLDER, self._offset(), self._offset() + 1)
            elif tag not in INLINE_SKIP:
                self.flush()
            self.skip, self.skip_depth = tag, 1
            return
        if tag in ("html", "head", "body"):
            self.meta.full_page = True
        if tag == "html" and attrs.get("lang"):
            self.meta.lang = self.meta.lang or attrs["lang"]
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
            if key and attrs.get("content") is not None:
                self.meta.meta[key.lower()] = attrs["content"]
            return
        elif tag == "title":
            self.title = []
            start = self._offset() + len(self.get_starttag_text() or "<title>")
            self.meta.title_span = (start, start)
            return
        elif tag == "img":
            start = self._offset()
            self.meta.images.append({"src": attrs.get("src"), "alt": attrs.get("alt"),
                                        "offset": start,
                                        "end": start + len(self.get_starttag_text() or "<img")})
            return
        elif tag == "a":
            if attrs.get("href"):
                self.meta.links.append(attrs["href"])
            self.link_start = self._current().length
            return
        elif tag == "br":
            start = self._offset()
            raw = self.get_starttag_text() or "<br>"
            self._current().add_unit("\n", start, start + len(raw))
            return
        if tag in BLOCK:
            self.flush()
            if tag not in VOID:
                self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip = None
            return
        if tag == "title" and self.title is not None:
            self.meta.title = " ".join("".join(self.title).split())
            self.meta.title_span = (self.meta.title_span[0], self._offset())
            self.title = None
        elif tag == "a":
            if self.builder is not None and self.link_start is not None:
                self.builder.links.append((self.link_start, self.builder.length))
            self.link_start = None
        elif tag in BLOCK:
            self.flush()
            if tag in self.stack:
                while self.stack:
                    if self.stack.pop() == tag:
                        break

    def handle_data(self, data):
        if self.skip:
            return
        if self.title is not None:
            self.title.append(data)
            return
        self._current().add_run(data, self._offset())

    def _reference(self):
        if self.skip:
            return
        start = self._offset() - self.base
        m = _REF.match(self.src, start)
        raw = m.group() if m else "&"
        decoded = html.unescape(raw)
        if self.title is not None:
            self.title.append(decoded)
        elif decoded == raw:
            self._current().add_run(raw, self.base + start)
        else:
            self._current().add_unit(decoded, self.base + start, self.base + start + len(raw))

    def handle_entityref(self, name):
        self._reference()

    def handle_charref(self, name):
        self._reference()


def extract_html_blocks(src: str, start: int = 0, end: int | None = None,
                        heading: str | None = None) -> tuple[list[Block], Metadata]:
    """Blocks and metadata of the HTML in src[start:end], offsets relative to src."""
    piece = src[start:end] if (start or end is not None) else src
    ex = _Extractor(piece, start, heading)
    try:
        ex.feed(piece)
        ex.close()
    except Exception:  # html.parser is forgiving; keep what was read if it ever is not
        pass
    ex.flush()
    return ex.blocks, ex.meta


def parse_html(path: str, source: str) -> Document:
    fields, masked, fm_error = common.split_front_matter(source)  # Jekyll pages have it too
    masked = common.mask_templates(masked)
    lines = LineIndex(source)
    doc = Document(path=path, format="html", source=source, _lines=lines)
    doc.blocks, doc.metadata = extract_html_blocks(masked)
    doc.metadata.front_matter, doc.metadata.front_matter_error = fields, fm_error
    doc.directives = common.find_directives(masked, lines)
    return doc
