"""Records: what @dataclass gives the hot record types (repr, equality, replace),
for classes that write their own __init__. The decorator compiles new code for
each class it makes, a few million instructions per class at every start-up."""

from __future__ import annotations


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned or deleted."""


class Record:
    """Fields named in `_fields` (the order of __init__'s parameters); the
    subclass's __init__ sets them. Unhashable, as a mutable dataclass is."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple([getattr(self, f) for f in self._fields])

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def replace(self, **changes):
        """A copy with `changes` (as dataclasses.replace)."""
        values = {f: getattr(self, f) for f in self._fields}
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """A record whose fields cannot change after __init__ (which sets them through
    self.__dict__); hashable by its fields."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __hash__(self):
        return hash(self._values())
