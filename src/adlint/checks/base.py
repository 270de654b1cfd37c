"""The interface every check kind implements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from ..finding import Finding

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Block, Document
    from ..rules import Rule


class Context:
    """What a check may ask about the run besides the document itself."""

    def __init__(self, doc: "Document", settings=None):
        self.doc = doc
        self.settings = settings
        self._metrics: dict[str, Any] = {}
        self.cache: dict = {}  # work shared between rules of one kind
        self.notes: list[str] = []  # about this file, shown with its results
        self.notices: list[str] = []  # about the run (a backend down), shown once
        self.backend_failed = False

    def metric(self, name: str):
        if name not in self._metrics:
            from ..metrics import compute

            self._metrics[name] = compute(name, self.doc)
        return self._metrics[name]

    @property
    def metrics(self) -> dict[str, Any]:
        return self._metrics

    def set_metric(self, name: str, value) -> None:
        self._metrics[name] = value


class Check:
    """Base class of check kinds.

    `options` declares the rule keys this kind accepts, with a type and a
    default; the loader validates pack files and config overrides against it.
    """

    kind: ClassVar[str] = ""
    options: ClassVar[dict[str, tuple[type | tuple[type, ...], Any]]] = {}
    fixable: ClassVar[bool] = False

    def __init__(self, rule: "Rule", options: dict[str, Any]):
        self.rule = rule
        self.opts = options

    def check(self, doc: "Document", ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    # helpers for subclasses --------------------------------------------------
    def finding(self, message: str, block: "Block | None" = None, i: int = 0, j: int = 0,
                doc: "Document | None" = None, **kw) -> Finding:
        """A finding on block text[i:j], or a document-level one without a block."""
        if block is None:
            return Finding(self.rule.id, self.rule.severity, message, **kw)
        start, end = block.span(i, j)
        text = doc.source[start:end] if doc is not None else block.text[i:j]
        return Finding(self.rule.id, self.rule.severity, message, start, end, text=text,
                       named=block.text[i:j], **kw)

    def blocks(self, doc: "Document"):
        scope = self.rule.scope
        if not scope:
            return doc.blocks
        return [b for b in doc.blocks if b.kind in scope]

    def format(self, template: str, **values) -> str:
        return template.format_map(_SafeDict(values))


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"
