"""Constructors for the actor decisions a front end records (see ``curation``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from briefing_app.model import Analysis
from briefing_app.model.decisions import (
    ActorRef,
    Add,
    Decision,
    DecisionError,
    Hide,
    Merge,
    Rename,
    Retype,
    Split,
    decision_from_dict,
)


# -- decision constructors -------------------------------------------------------------------
def _ref(actor_id: str, names: Iterable[str] = ()) -> ActorRef:
    return ActorRef(str(actor_id), tuple(str(n) for n in names))


def rename(actor_id: str, name: str, *, names: Iterable[str] = ()) -> Rename:
    """Give an actor a new display name (the old one stays as an alias)."""
    return Rename(_ref(actor_id, names), str(name))


def retype(actor_id: str, type_: str, *, names: Iterable[str] = ()) -> Retype:
    """Change an actor's type (person, organization or place)."""
    return Retype(_ref(actor_id, names), str(type_))


def merge(
    keep_id: str, other_id: str, *, keep_names: Iterable[str] = (), other_names: Iterable[str] = ()
) -> Merge:
    """Fold ``other`` into ``keep``: aliases, roles, evidence, sources and mentions combine."""
    return Merge(_ref(keep_id, keep_names), _ref(other_id, other_names))


def split(actor_id: str, alias: str, *, names: Iterable[str] = ()) -> Split:
    """Make one alias of an actor (with its mentions and evidence) an actor of its own."""
    return Split(_ref(actor_id, names), str(alias))


def hide(actor_id: str, *, names: Iterable[str] = ()) -> Hide:
    """Leave an actor out of the briefing (panels still list it)."""
    return Hide(_ref(actor_id, names))


def unhide(actor_id: str, *, names: Iterable[str] = ()) -> Hide:
    """Undo ``hide``."""
    return Hide(_ref(actor_id, names), hidden=False)


def add(source_id: str, start: int, end: int, name: str, type_: str) -> Add:
    """An actor the model missed, from a span of a source the analyst selected."""
    return Add(str(source_id), int(start), int(end), str(name), str(type_))


# The decisions a front end may ask for by name (explicit: no lookup of module attributes).
MAKERS: dict[str, Callable[..., Decision]] = {
    "rename": rename,
    "retype": retype,
    "merge": merge,
    "split": split,
    "hide": hide,
    "unhide": unhide,
    "add": add,
}
OPS = tuple(MAKERS)


def anchor(decision: Decision, analysis: Analysis) -> Decision:
    """The decision with its actor references also carrying the actors' current names."""

    def anchored(ref: ActorRef) -> ActorRef:
        actor = analysis.actor(ref.id)
        if actor is None:
            return ref
        return ActorRef(ref.id, tuple(dict.fromkeys([*ref.names, actor.name, *actor.aliases])))

    match decision:
        case Merge(keep=keep, other=other):
            return Merge(anchored(keep), anchored(other))
        case Rename() | Retype() | Split() | Hide():
            return dataclasses.replace(decision, actor=anchored(decision.actor))
        case Add():
            return decision
    raise TypeError(f"not a decision: {decision!r}")


def describe(decision: Decision | dict) -> str:
    """One line for a history list or an undo command, e.g. 'Merge Putin into Vladimir Putin'."""
    if isinstance(decision, dict):
        try:
            decision = decision_from_dict(decision)
        except DecisionError as exc:
            return f"Unknown decision ({exc})"
    return decision.describe()
