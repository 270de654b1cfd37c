"""The interface every check kind implements.

A check is built once per rule and option set, then shared by every document,
thread and worker: it holds only compiled rule data, never per-document state
(after construction it is frozen; setting an attribute raises). `check()` is a
generator of findings (and notes) for one document and its facts; the engine
sets each finding's rule id and severity and applies the rule's scope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from ..finding import Finding, Note

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis.facts import Facts
    from ..document import Block, Document
    from ..rules import Rule


class FrozenCheckError(AttributeError):
    pass


class Check:
    """Base class of check kinds.

    `options` declares the rule keys this kind accepts, with a type and a
    default; the loader validates pack files and config overrides against it.
    """

    kind: ClassVar[str] = ""
    options: ClassVar[dict[str, tuple[type | tuple[type, ...], Any]]] = {}
    fixable: ClassVar[bool] = False
    _frozen = False

    def __init__(self, rule: "Rule", options: dict[str, Any]):
        self.rule = rule
        self.opts = options

    def freeze(self) -> "Check":
        """No more attributes from here on: a check keeps no per-document state."""
        object.__setattr__(self, "_frozen", True)
        return self

    def __setattr__(self, name, value):
        if self._frozen:
            raise FrozenCheckError(f"{type(self).__name__} is shared between documents and "
                                   f"threads: it must not keep state ({name!r})")
        object.__setattr__(self, name, value)

    def check(self, doc: "Document", facts: "Facts") -> Iterable[Finding | Note]:
        raise NotImplementedError

    # helpers for subclasses --------------------------------------------------
    def finding(self, message: str, block: "Block | None" = None, i: int = 0, j: int = 0,
                doc: "Document | None" = None, **kw) -> Finding:
        """A finding on block text[i:j], or a document-level one without a block."""
        if block is None:
            return Finding("", "", message, **kw)
        start, end = block.span(i, j)
        text = doc.source[start:end] if doc is not None else block.text[i:j]
        return Finding("", "", message, start, end, text=text, named=block.text[i:j],
                       block_kind=block.kind, **kw)

    def format(self, template: str, **values) -> str:
        return template.format_map(_SafeDict(values))


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"
