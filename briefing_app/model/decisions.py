"""The analyst's actor decisions as typed values: Rename, Retype, Merge, Split, Hide, Add.

Actors are referred to by id *and* by the names they carried when the decision was made,
because a re-analysis may give the same actor a new id. Each decision reads and writes the
JSON-able dict a project file stores (``{"op": "rename", "actor": {...}, "name": ...}``), so
projects saved before decisions were typed open unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar


class DecisionError(ValueError):
    """A stored decision that cannot be read (unknown op, missing or malformed field)."""


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise DecisionError(f"{data.get('op', '?')} decision without a valid {key!r}")
    return str(value)


def _int(data: dict, key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DecisionError(f"{data.get('op', '?')} decision without a valid {key!r}")
    try:
        return int(value)
    except ValueError:
        raise DecisionError(f"{data.get('op', '?')} decision: {key!r} is not a number") from None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the decision saw it: its id then, and the names it carried."""

    id: str
    names: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What to call the actor in a message: its first name, else its id."""
        return self.names[0] if self.names else self.id

    def to_dict(self) -> dict:
        return {"id": self.id, "names": list(self.names)}

    @classmethod
    def from_dict(cls, data: object) -> ActorRef:
        if isinstance(data, str) and data.strip():  # a bare id or name (hand-written projects)
            return cls(data, () if ":" in data else (data,))
        if not isinstance(data, dict) or not isinstance(data.get("id", ""), str):
            raise DecisionError("an actor reference must have an id")
        names = data.get("names") or []
        if not isinstance(names, list):
            raise DecisionError("an actor reference's names must be a list")
        ref = cls(str(data.get("id", "")), tuple(str(n) for n in names))
        if not ref.id and not ref.names:
            raise DecisionError("an actor reference needs an id or a name")
        return ref


class _Stored:
    """``to_dict``/``from_dict`` over a decision's fields: references as dicts, the rest as is."""

    __slots__ = ()
    op: ClassVar[str]

    def to_dict(self) -> dict:
        out: dict = {"op": self.op}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.to_dict() if isinstance(value, ActorRef) else value
        return out

    @classmethod
    def from_dict(cls, data: dict):  # -> the subclass
        """The decision a stored dict describes; DecisionError for a missing or bad field."""
        read = {"ActorRef": lambda d, k: ActorRef.from_dict(d.get(k)), "str": _text, "int": _int}
        values = {f.name: read[f.type](data, f.name) for f in fields(cls) if f.type in read}
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Rename(_Stored):
    """Give an actor a new display name (the old one stays as an alias)."""

    op: ClassVar[str] = "rename"
    actor: ActorRef
    name: str

    def describe(self) -> str:
        return f"Rename {self.actor.label} to {self.name}"


@dataclass(frozen=True, slots=True)
class Retype(_Stored):
    """Change an actor's type (person, organization or place)."""

    op: ClassVar[str] = "retype"
    actor: ActorRef
    type: str

    def describe(self) -> str:
        return f"Make {self.actor.label} a {self.type}"


@dataclass(frozen=True, slots=True)
class Merge(_Stored):
    """Fold ``other`` into ``keep``: aliases, roles, evidence, sources and mentions combine."""

    op: ClassVar[str] = "merge"
    keep: ActorRef
    other: ActorRef

    def describe(self) -> str:
        return f"Merge {self.other.label} into {self.keep.label}"


@dataclass(frozen=True, slots=True)
class Split(_Stored):
    """Make one alias of an actor (with its mentions and evidence) an actor of its own."""

    op: ClassVar[str] = "split"
    actor: ActorRef
    alias: str

    def describe(self) -> str:
        return f"Split {self.alias} from {self.actor.label}"


@dataclass(frozen=True, slots=True)
class Hide(_Stored):
    """Leave an actor out of the briefing (panels still list it); ``hidden=False`` shows it."""

    op: ClassVar[str] = "hide"
    actor: ActorRef
    hidden: bool = True

    def to_dict(self) -> dict:  # stored as op "hide" or "unhide", as before decisions were typed
        return {"op": "hide" if self.hidden else "unhide", "actor": self.actor.to_dict()}

    @classmethod
    def from_dict(cls, data: dict) -> Hide:
        return cls(ActorRef.from_dict(data.get("actor")), data.get("op") != "unhide")

    def describe(self) -> str:
        return f"{'Hide' if self.hidden else 'Show'} {self.actor.label}"


@dataclass(frozen=True, slots=True)
class Add(_Stored):
    """An actor the model missed, from a span of a source the analyst selected."""

    op: ClassVar[str] = "add"
    source: str
    start: int
    end: int
    name: str
    type: str

    def describe(self) -> str:
        return f"Add {self.type} {self.name}"


Decision = Rename | Retype | Merge | Split | Hide | Add
DECISION_TYPES = (Rename, Retype, Merge, Split, Hide, Add)

_READERS: dict[str, type[Decision]] = {
    "rename": Rename,
    "retype": Retype,
    "merge": Merge,
    "split": Split,
    "hide": Hide,
    "unhide": Hide,
    "add": Add,
}


def decision_from_dict(data: object) -> Decision:
    """The typed decision a stored dict describes; DecisionError when it cannot be read."""
    if not isinstance(data, dict):
        raise DecisionError(f"not a decision: {data!r:.60}")
    reader = _READERS.get(data.get("op"))  # type: ignore[arg-type]
    if reader is None:
        raise DecisionError(f"unknown decision {data.get('op')!r}")
    return reader.from_dict(data)
