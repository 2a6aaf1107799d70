"""Actor decisions the analyst makes (rename, retype, merge, split, hide, add), re-applied.

The decisions are typed values (``model.decisions``). Call ``anchor(decision, analysis)`` when
recording one so its actor references also carry the actors' current names: a re-analysis may
give the same actor a new id. ``curate`` applies them in order and says which no longer match.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence

from briefing_app.model import ACTOR_TYPES, Actor, Analysis, EntitySpan, Evidence, Source
from briefing_app.model.decisions import (
    DECISION_TYPES,
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
from briefing_app.model.text import fold


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


# -- applying ---------------------------------------------------------------------------------
def slug(text: str) -> str:
    """A comparison key for names: accents, case, punctuation and a leading 'the' ignored."""
    return fold(text, "-").removeprefix("the-")


def _keys(actor: Actor) -> set[str]:
    keys = {slug(actor.name), slug(actor.id.split(":", 1)[-1])}
    keys.update(slug(a) for a in actor.aliases)
    keys.discard("")
    return keys


class _State:
    """The analysis being curated, plus where merged-away ids now live."""

    def __init__(self, analysis: Analysis, sources: Sequence[Source]):
        self.analysis = analysis
        self.texts = {s.id: s.text for s in sources}
        self.redirect: dict[str, str] = {}

    def find(self, ref: ActorRef) -> Actor | None:
        """The actor a reference means: its id, else where it was merged, else by its names."""
        actors = self.analysis.actors
        actor_id = ref.id
        seen: set[str] = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            hit = next((a for a in actors if a.id == actor_id), None)
            if hit is not None:
                return hit
            actor_id = self.redirect.get(actor_id, "")
        wanted = {slug(n) for n in ref.names}
        ref_id = ref.id
        wanted.add(slug(ref_id.split(":", 1)[-1]))
        wanted.discard("")
        ref_type = ref_id.split(":", 1)[0] if ":" in ref_id else ""
        best, best_score = None, (0, False)
        for actor in actors:  # most shared names wins; same type breaks ties; then list order
            score = (len(wanted & _keys(actor)), actor.type == ref_type)
            if score[0] and score > best_score:
                best, best_score = actor, score
        return best

    def text(self, ev: Evidence | EntitySpan) -> str | None:
        text = self.texts.get(ev.source)
        return None if text is None else text[ev.start : ev.end]

    def unique_id(self, type_: str, name: str) -> str:
        base = f"{type_}:{slug(name) or 'actor'}"
        taken = {a.id for a in self.analysis.actors}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


@dataclasses.dataclass(slots=True)
class Curated:
    """An analysis with the decisions applied, and those that no longer match anything."""

    analysis: Analysis
    stale: list[Decision] = dataclasses.field(default_factory=list)
    unreadable: list[str] = dataclasses.field(default_factory=list)  # why, one line each


def curate(
    analysis: Analysis, decisions: Sequence[Decision | dict], sources: Sequence[Source]
) -> Curated:
    """Apply ``decisions`` in order to a copy of ``analysis``; say which ones found nothing.

    A stored dict that cannot be read is listed in ``unreadable`` and the others still apply.
    """
    state = _State(_working_copy(analysis), sources)
    result = Curated(state.analysis)
    for item in decisions:
        if not isinstance(item, DECISION_TYPES):
            try:
                item = decision_from_dict(item)
            except DecisionError as exc:
                result.unreadable.append(str(exc))
                continue
        if not _apply(state, item):
            result.stale.append(item)
    return result


def apply_decisions(
    analysis: Analysis, decisions: Sequence[Decision | dict], sources: Sequence[Source]
) -> Analysis:
    """A new Analysis with ``decisions`` applied in order (``curate`` also says what failed)."""
    return curate(analysis, decisions, sources).analysis


def _working_copy(analysis: Analysis) -> Analysis:
    """A copy the decisions may change: actors and lists copied, immutable items shared.

    Much faster than ``copy.deepcopy`` at hundreds of sources (the evidence lists are long);
    the handlers assign new values or change the copied lists, never the items in them.
    """
    new = copy.copy(analysis)
    new.actors = [
        dataclasses.replace(
            a,
            aliases=list(a.aliases),
            roles=list(a.roles),
            sources=list(a.sources),
            evidence=list(a.evidence),
        )
        for a in analysis.actors
    ]
    for name in ("key_points", "dates", "citations", "groups", "entities", "background"):
        setattr(new, name, list(getattr(analysis, name)))
    new.errors = list(analysis.errors)
    return new


def _apply(state: _State, decision: Decision) -> bool:
    """Apply one decision; False when what it refers to is no longer there."""
    match decision:
        case Rename():
            return _apply_rename(state, decision)
        case Retype():
            return _apply_retype(state, decision)
        case Merge():
            return _apply_merge(state, decision)
        case Split():
            return _apply_split(state, decision)
        case Hide():
            return _set_hidden(state, decision)
        case Add():
            return _apply_add(state, decision)
    raise TypeError(f"not a decision: {decision!r}")


def _apply_rename(state: _State, d: Rename) -> bool:
    actor, name = state.find(d.actor), d.name.strip()
    if actor is None:
        return False
    if not name or name == actor.name:
        return True
    aliases = [a for a in actor.aliases if slug(a) != slug(name)]
    if slug(actor.name) not in {slug(a) for a in aliases}:
        aliases.insert(0, actor.name)  # the old name still finds the actor later
    actor.name, actor.aliases = name, aliases
    return True


def _apply_retype(state: _State, d: Retype) -> bool:
    actor = state.find(d.actor)
    if actor is None:
        return False
    if d.type in ACTOR_TYPES:
        actor.type = d.type
        _relabel(state.analysis, actor)
    return True


def _relabel(analysis: Analysis, actor: Actor) -> None:
    analysis.entities = [
        EntitySpan(e.source, e.start, e.end, actor.type, e.actor) if e.actor == actor.id else e
        for e in analysis.entities
    ]


def _set_hidden(state: _State, d: Hide) -> bool:
    actor = state.find(d.actor)
    if actor is not None:
        actor.hidden = d.hidden
    return actor is not None


def _apply_merge(state: _State, d: Merge) -> bool:
    keep, other = state.find(d.keep), state.find(d.other)
    if keep is None or other is None:
        return False
    if keep is other:
        return True  # already one actor (a re-analysis joined them)
    own = {slug(keep.name)}
    aliases = list(keep.aliases)
    for alias in [other.name, *other.aliases]:
        if slug(alias) not in own | {slug(a) for a in aliases}:
            aliases.append(alias)
    keep.aliases = aliases
    keep.roles = list(dict.fromkeys([*keep.roles, *other.roles]))
    keep.evidence = list(dict.fromkeys([*keep.evidence, *other.evidence]))
    keep.sources = list(dict.fromkeys([*keep.sources, *other.sources]))
    keep.mentions += other.mentions
    keep.salience = max(keep.salience, other.salience)
    analysis = state.analysis
    analysis.actors = [a for a in analysis.actors if a is not other]
    analysis.entities = [
        EntitySpan(e.source, e.start, e.end, keep.type, keep.id) if e.actor == other.id else e
        for e in analysis.entities
    ]
    state.redirect[other.id] = keep.id
    return True


def _whole_word(needle: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def _apply_split(state: _State, d: Split) -> bool:
    actor, alias = state.find(d.actor), d.alias.strip()
    if actor is None:
        return False
    key = slug(alias)
    if not alias or key == slug(actor.name) or key not in {slug(a) for a in actor.aliases}:
        return True  # nothing to split (maybe a re-analysis already separates it)
    actor.aliases = [a for a in actor.aliases if slug(a) != key]
    new = Actor(id=state.unique_id(actor.type, alias), name=alias, type=actor.type)
    remaining = [actor.name, *actor.aliases]
    analysis = state.analysis
    own_spans = [e for e in analysis.entities if e.actor == actor.id]
    moved_spans = 0
    for i, span in enumerate(analysis.entities):
        if span.actor == actor.id and slug(state.text(span) or "") == key:
            analysis.entities[i] = EntitySpan(span.source, span.start, span.end, span.label, new.id)
            moved_spans += 1
    keep_ev, moved_ev = [], 0
    for ev in actor.evidence:
        text = state.text(ev)
        if text is not None and (slug(text) == key or _whole_word(alias, text)):
            new.evidence.append(ev)
            moved_ev += 1
            if slug(text) != key and any(_whole_word(n, text) for n in remaining):
                keep_ev.append(ev)  # a sentence naming both stays evidence for both
        else:
            keep_ev.append(ev)
    actor.evidence = keep_ev
    moved = moved_spans if own_spans else moved_ev
    total = max(actor.mentions, moved, 1)
    new.mentions = moved
    new.salience = actor.salience * moved / total
    actor.mentions = max(0, actor.mentions - moved)
    new.sources = _sources_of(analysis, new)
    if own_spans or actor.evidence:
        still = set(_sources_of(analysis, actor))
        actor.sources = [s for s in actor.sources if s in still]
    analysis.actors.insert(analysis.actors.index(actor) + 1, new)
    return True


def _sources_of(analysis: Analysis, actor: Actor) -> list[str]:
    found = [e.source for e in analysis.entities if e.actor == actor.id]
    found += [e.source for e in actor.evidence]
    return list(dict.fromkeys(found))


def _apply_add(state: _State, d: Add) -> bool:
    source, start, end, name, type_ = d.source, d.start, d.end, d.name.strip(), d.type
    text = state.texts.get(source)
    if text is None or not 0 <= start < end <= len(text):
        return False  # the source is gone, or the passage is no longer in it
    if not name or type_ not in ACTOR_TYPES:
        return True
    analysis = state.analysis
    if any(slug(name) in _keys(a) for a in analysis.actors):
        return True  # the model (or an earlier decision) already has this actor
    new = Actor(id=state.unique_id(type_, name), name=name, type=type_)
    selected = text[start:end].strip()
    if selected and slug(selected) != slug(name):
        new.aliases.append(selected)
    # the analyst's own selection wins over whatever the model marked there
    analysis.entities = [
        e for e in analysis.entities if not (e.source == source and e.start < end and start < e.end)
    ]
    spans = [EntitySpan(source, start, end, type_, new.id)]
    forms = [f for f in dict.fromkeys([name, selected]) if f]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in forms))
    for src_id, src_text in state.texts.items():
        taken = [(e.start, e.end) for e in analysis.entities if e.source == src_id]
        taken += [(s.start, s.end) for s in spans if s.source == src_id]
        for m in pattern.finditer(src_text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                spans.append(EntitySpan(src_id, m.start(), m.end(), type_, new.id))
    order = {sid: i for i, sid in enumerate(state.texts)}
    spans.sort(key=lambda e: (order.get(e.source, 0), e.start))
    new.evidence = [Evidence(e.source, e.start, e.end) for e in spans]
    new.mentions = len(spans)
    new.sources = list(dict.fromkeys(e.source for e in spans))
    top = max(analysis.actors, key=lambda a: a.mentions, default=None)
    if top is not None and top.mentions:  # rank it roughly where its mention count puts it
        new.salience = top.salience * min(1.0, new.mentions / top.mentions)
    analysis.entities = [*analysis.entities, *spans]
    at = next((i for i, a in enumerate(analysis.actors) if a.salience < new.salience), None)
    analysis.actors.insert(len(analysis.actors) if at is None else at, new)
    return True
