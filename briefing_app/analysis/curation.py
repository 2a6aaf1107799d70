"""Actor decisions the analyst makes (rename, retype, merge, split, hide, add), re-applied.

A decision is a plain JSON-able dict with an ``"op"``. Actors are referred to by id *and* by the
names they carried when the decision was made, because a re-analysis may give the same actor a
new id (ids are slugs of the canonical name, which can change as sources arrive). Call
``anchor(decision, analysis)`` when recording a decision so those names are filled in.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence

from briefing_app.model import ACTOR_TYPES, Actor, Analysis, EntitySpan, Evidence, Source
from briefing_app.model.text import fold

OPS = ("rename", "retype", "merge", "split", "hide", "unhide", "add")


# -- decision constructors -------------------------------------------------------------------
def _ref(actor_id: str, names: Iterable[str] = ()) -> dict:
    return {"id": str(actor_id), "names": [str(n) for n in names]}


def rename(actor_id: str, name: str, *, names: Iterable[str] = ()) -> dict:
    """Give an actor a new display name (the old one stays as an alias)."""
    return {"op": "rename", "actor": _ref(actor_id, names), "name": str(name)}


def retype(actor_id: str, type_: str, *, names: Iterable[str] = ()) -> dict:
    """Change an actor's type (person, organization or place)."""
    return {"op": "retype", "actor": _ref(actor_id, names), "type": str(type_)}


def merge(
    keep_id: str, other_id: str, *, keep_names: Iterable[str] = (), other_names: Iterable[str] = ()
) -> dict:
    """Fold ``other`` into ``keep``: aliases, roles, evidence, sources and mentions combine."""
    return {"op": "merge", "keep": _ref(keep_id, keep_names), "other": _ref(other_id, other_names)}


def split(actor_id: str, alias: str, *, names: Iterable[str] = ()) -> dict:
    """Make one alias of an actor (with its mentions and evidence) an actor of its own."""
    return {"op": "split", "actor": _ref(actor_id, names), "alias": str(alias)}


def hide(actor_id: str, *, names: Iterable[str] = ()) -> dict:
    """Leave an actor out of the briefing (panels still list it)."""
    return {"op": "hide", "actor": _ref(actor_id, names)}


def unhide(actor_id: str, *, names: Iterable[str] = ()) -> dict:
    """Undo ``hide``."""
    return {"op": "unhide", "actor": _ref(actor_id, names)}


def add(source_id: str, start: int, end: int, name: str, type_: str) -> dict:
    """An actor the model missed, from a span of a source the analyst selected."""
    return {
        "op": "add",
        "source": str(source_id),
        "start": int(start),
        "end": int(end),
        "name": str(name),
        "type": str(type_),
    }


def anchor(decision: dict, analysis: Analysis) -> dict:
    """A copy of ``decision`` whose actor references also carry the actors' current names."""
    out = copy.deepcopy(decision)
    for key in ("actor", "keep", "other"):
        ref = out.get(key)
        if isinstance(ref, dict):
            actor = analysis.actor(str(ref.get("id", "")))
            if actor is not None:
                known = list(ref.get("names") or [])
                ref["names"] = list(dict.fromkeys([*known, actor.name, *actor.aliases]))
    return out


def describe(decision: dict) -> str:
    """One line for a history list or an undo command, e.g. 'Merge person:b into person:a'."""
    op = decision.get("op", "?")

    def who(key: str) -> str:
        ref = decision.get(key) or {}
        names = ref.get("names") or []
        return str(names[0] if names else ref.get("id", "?"))

    texts = {
        "rename": lambda: f"Rename {who('actor')} to {decision.get('name')}",
        "retype": lambda: f"Make {who('actor')} a {decision.get('type')}",
        "merge": lambda: f"Merge {who('other')} into {who('keep')}",
        "split": lambda: f"Split {decision.get('alias')} from {who('actor')}",
        "hide": lambda: f"Hide {who('actor')}",
        "unhide": lambda: f"Show {who('actor')}",
        "add": lambda: f"Add {decision.get('type')} {decision.get('name')}",
    }
    return texts[op]() if op in texts else f"Unknown decision {op!r}"


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

    def find(self, ref: object) -> Actor | None:
        """The actor a reference means: its id, else where it was merged, else by its names."""
        if not isinstance(ref, dict):
            return None
        actors = self.analysis.actors
        actor_id = str(ref.get("id", ""))
        seen: set[str] = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            hit = next((a for a in actors if a.id == actor_id), None)
            if hit is not None:
                return hit
            actor_id = self.redirect.get(actor_id, "")
        wanted = {slug(n) for n in ref.get("names") or []}
        ref_id = str(ref.get("id", ""))
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


def apply_decisions(
    analysis: Analysis, decisions: Sequence[dict], sources: Sequence[Source]
) -> Analysis:
    """A new Analysis with ``decisions`` applied in order; stale or unknown ones are skipped."""
    state = _State(copy.deepcopy(analysis), sources)
    for decision in decisions:
        handler = _HANDLERS.get(decision.get("op")) if isinstance(decision, dict) else None
        if handler is None:
            continue
        try:
            handler(state, decision)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # a malformed decision (hand-edited project?) must not stop the others
    return state.analysis


def _apply_rename(state: _State, d: dict) -> None:
    actor, name = state.find(d["actor"]), str(d["name"]).strip()
    if actor is None or not name or name == actor.name:
        return
    aliases = [a for a in actor.aliases if slug(a) != slug(name)]
    if slug(actor.name) not in {slug(a) for a in aliases}:
        aliases.insert(0, actor.name)  # the old name still finds the actor later
    actor.name, actor.aliases = name, aliases


def _apply_retype(state: _State, d: dict) -> None:
    actor, type_ = state.find(d["actor"]), str(d["type"])
    if actor is None or type_ not in ACTOR_TYPES:
        return
    actor.type = type_
    _relabel(state.analysis, actor)


def _relabel(analysis: Analysis, actor: Actor) -> None:
    analysis.entities = [
        EntitySpan(e.source, e.start, e.end, actor.type, e.actor) if e.actor == actor.id else e
        for e in analysis.entities
    ]


def _set_hidden(state: _State, d: dict, hidden: bool) -> None:
    actor = state.find(d["actor"])
    if actor is not None:
        actor.hidden = hidden


def _apply_merge(state: _State, d: dict) -> None:
    keep, other = state.find(d["keep"]), state.find(d["other"])
    if keep is None or other is None or keep is other:
        return
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


def _whole_word(needle: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def _apply_split(state: _State, d: dict) -> None:
    actor, alias = state.find(d["actor"]), str(d["alias"]).strip()
    if actor is None or not alias:
        return
    key = slug(alias)
    if key == slug(actor.name) or key not in {slug(a) for a in actor.aliases}:
        return  # nothing to split (maybe a re-analysis already separates it)
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


def _sources_of(analysis: Analysis, actor: Actor) -> list[str]:
    found = [e.source for e in analysis.entities if e.actor == actor.id]
    found += [e.source for e in actor.evidence]
    return list(dict.fromkeys(found))


def _apply_add(state: _State, d: dict) -> None:
    source, start, end = str(d["source"]), int(d["start"]), int(d["end"])
    name, type_ = str(d["name"]).strip(), str(d["type"])
    text = state.texts.get(source)
    if text is None or not 0 <= start < end <= len(text) or not name or type_ not in ACTOR_TYPES:
        return
    analysis = state.analysis
    if any(slug(name) in _keys(a) for a in analysis.actors):
        return  # the model (or an earlier decision) already has this actor
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


_HANDLERS = {
    "rename": _apply_rename,
    "retype": _apply_retype,
    "merge": _apply_merge,
    "split": _apply_split,
    "hide": lambda state, d: _set_hidden(state, d, True),
    "unhide": lambda state, d: _set_hidden(state, d, False),
    "add": _apply_add,
}
