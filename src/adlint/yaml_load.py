"""YAML of rule packs and data files, built straight from libyaml's events.

yaml.load with CSafeLoader parses in C but composes nodes and constructs values
in Python, which is most of the time a rule pack takes to read. Plain documents
(mappings, sequences, scalars and aliases, without tags or merge keys) are
built here from the event stream, resolving plain scalars exactly as the
safe loader does; anything else is handed to yaml.load, so the value (or the
error) is always the one yaml.load gives.
"""

from __future__ import annotations


class _Unusual(Exception):
    """The document needs the full loader."""


class _Mapping:
    """A mapping being read: its dict, and the key read before its value."""

    __slots__ = ("items", "key", "has_key")

    def __init__(self):
        self.items: dict = {}
        self.key = None
        self.has_key = False


def load(text: str):
    """yaml.load(text, Loader=CSafeLoader): the same value, or the same error."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", None)
    if loader_class is not None:
        loader = loader_class(text)
        try:
            return _build(loader, yaml)
        except Exception:  # _Unusual, or an error yaml.load reports in its own words
            pass
        finally:
            loader.dispose()
    return yaml.load(text, Loader=loader_class or yaml.SafeLoader)


_STR = "tag:yaml.org,2002:str"
#: tags of plain scalars the safe constructor turns into values (merge and value keys,
#: the others a resolver may give, are left to yaml.load)
_SCALARS = {"tag:yaml.org,2002:" + t for t in ("null", "bool", "int", "float", "timestamp")}


def _build(loader, yaml):
    from yaml.events import (AliasEvent, DocumentEndEvent, DocumentStartEvent, MappingEndEvent,
                             MappingStartEvent, ScalarEvent, SequenceEndEvent,
                             SequenceStartEvent, StreamEndEvent, StreamStartEvent)
    from yaml.nodes import ScalarNode

    get = loader.get_event
    if type(get()) is not StreamStartEvent:
        raise _Unusual
    event = get()
    if type(event) is StreamEndEvent:
        return None  # an empty stream
    if type(event) is not DocumentStartEvent:
        raise _Unusual
    resolvers = loader.yaml_implicit_resolvers  # first character -> [(tag, regexp)]
    if None in resolvers:  # a resolver for every first character: resolve each scalar
        raise _Unusual
    constructors = loader.yaml_constructors
    resolve = loader.resolve
    stack: list = []  # open collections: a list, or a _Mapping
    anchors: dict = {}  # name -> the value (an alias gives the same object, as yaml.load)
    open_anchors: list = []  # (depth, name) of collections not yet closed
    root = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.tag is not None:
                raise _Unusual
            value = event.value
            if event.implicit[0] and (not value or value[0] in resolvers):
                tag = resolve(ScalarNode, value, (True, False))
                if tag != _STR:
                    if tag not in _SCALARS:
                        raise _Unusual
                    value = constructors[tag](loader, ScalarNode(tag, value))
            if event.anchor is not None:
                _anchor(anchors, open_anchors, event.anchor)
                anchors[event.anchor] = value
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.tag is not None:
                raise _Unusual
            if event.anchor is not None:
                _anchor(anchors, open_anchors, event.anchor)
                open_anchors.append((len(stack), event.anchor))
            stack.append(_Mapping() if kind is MappingStartEvent else [])
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = stack.pop()
            if kind is MappingEndEvent:
                value = value.items
            if open_anchors and open_anchors[-1][0] == len(stack):
                anchors[open_anchors.pop()[1]] = value
        elif kind is AliasEvent:
            if event.anchor not in anchors:
                raise _Unusual  # undefined, or a collection that holds itself
            value = anchors[event.anchor]
        elif kind is DocumentEndEvent:
            break
        else:  # what the parser should not give
            raise _Unusual
        if not stack:
            root = value
            continue
        top = stack[-1]
        if type(top) is list:
            top.append(value)
        elif top.has_key:
            top.items[top.key] = value
            top.has_key = False
        else:
            if isinstance(value, (dict, list)):
                raise _Unusual  # an unhashable key: yaml.load's error
            top.key, top.has_key = value, True
    if type(get()) is not StreamEndEvent:
        raise _Unusual  # more than one document: yaml.load's error
    return root


def _anchor(anchors: dict, open_anchors: list, name: str) -> None:
    if name in anchors or any(n == name for _, n in open_anchors):
        raise _Unusual  # a duplicate anchor: yaml.load's error
