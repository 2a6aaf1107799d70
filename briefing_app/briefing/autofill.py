"""Auto-fill: a Briefing from an Analysis, or a refresh that leaves the analyst's work alone."""

from __future__ import annotations

import contextlib
import datetime as _dt
from dataclasses import replace

from briefing_app.briefing.fill import DEFAULT_LIMITS, Filler
from briefing_app.briefing.headline import shared_headline
from briefing_app.briefing.staleness import current_sources, note_sources
from briefing_app.model import AUTO, EDITED, Analysis, Block, Briefing, Citation, Section, Template

# Fields auto-fill derives; a value the analyst changed (or passed in ``fields``) is theirs.
FIELD_NAMES = ("title", "date", "author", "classification", "subject", "keywords")
# a title offer the analyst turned down is kept in ``Briefing.dismissed`` under this prefix
TITLE_DECLINED = "title:"
# Sections auto-fill never touches: "sources" is rendered from Briefing.citations, and a
# section no analysis feeds (Notes, Assessment...) holds whatever was put there, auto or not.
_UNFED = ("none", "sources")


def autofill(
    analysis: Analysis,
    template: Template,
    *,
    previous: Briefing | None = None,
    fields: dict[str, str] | None = None,
) -> Briefing:
    """Fill ``template`` from ``analysis``; with ``previous``, refresh only its auto blocks.

    A refresh keeps the previous briefing's template and sections: its analyst-written and
    edited blocks stay where they are, auto blocks are replaced by the new auto set, an auto
    block the analyst deleted stays deleted, and field values the analyst set are kept.
    """
    if previous is not None and previous.sections:
        briefing = previous.copy()
        same = template if template.id == previous.template else None
        dismissed = list(previous.dismissed)
        present = {b.key for s in previous.sections for b in s.blocks if b.key}
        # an auto block that was placed last time and is gone now was deleted by the analyst
        dismissed += [k for k in previous.auto_keys if k not in present and k not in dismissed]
    else:
        briefing = Briefing(
            template=template.id, sections=[Section.from_template(s) for s in template.sections]
        )
        same, dismissed = template, []
    if previous is not None:
        # an analyst's summary without a record was written from the sources there were then
        note_sources(briefing, current_sources(previous))
    briefing.citations = _renumber(analysis.citations, briefing)
    numbers = {c.source: c.number for c in briefing.citations}
    filler = Filler(
        analysis,
        numbers,
        summary_limit=_first_limit(briefing, "summary", same, dismissed),
        key_point_limit=_first_limit(briefing, "key_points", same, dismissed),
        date_format=str(template.style.get("date_format", "long")),
    )
    held = {b.key for s in briefing.sections for b in s.blocks if b.key and b.origin != AUTO}
    chosen = _choices(previous) if previous is not None else {}
    skip = held | set(dismissed)
    produced: list[str] = []
    for section in briefing.sections:
        if section.fill in _UNFED:
            continue
        fresh = filler.blocks(section.fill, _limit(section, same), section.kind)
        for block in fresh:  # the portion mark and estimate the analyst gave the line stay
            block.mark, block.likelihood, block.confidence = chosen.get(
                block.key, (block.mark, block.likelihood, block.confidence)
            )
        produced += [b.key for b in fresh if b.key not in dismissed]
        # a table's rows are the actors' (or the dates'): one shown again, or new, goes where it
        # ranks, also among rows the analyst edited; a text section's own lines keep their places
        ranked = [b.key for b in fresh] if section.kind == "table" else []
        section.blocks = _merge(section.blocks, [b for b in fresh if b.key not in skip], ranked)
    briefing.dismissed = dismissed
    briefing.auto_keys = list(dict.fromkeys(produced))
    _set_fields(briefing, previous, analysis, template if same is None else same, fields or {})
    if same is not None:
        apply_form(briefing, same)
    return briefing


def _choices(previous: Briefing) -> dict[str, tuple[str, str, str]]:
    """Key -> (portion mark, likelihood, confidence) the analyst set on an auto line, in the
    sections shown or in a template's put aside (a switch keeps them for switching back)."""
    chosen: dict[str, tuple[str, str, str]] = {}
    for sections, shown in [
        (previous.sections, True),
        *((s, False) for s in previous.stash.values()),
    ]:
        for block in (b for s in sections for b in s.blocks if b.origin == AUTO and b.key):
            choice = (block.mark, block.likelihood, block.confidence)
            if shown or any(choice):  # (one cleared where it shows stays cleared)
                chosen.setdefault(block.key, choice)
    return chosen


def apply_form(briefing: Briefing, template: Template) -> None:
    """The template's form on the briefing: its style, marking scheme and header fields
    (values the analyst filled in are kept; new fields start from the template's defaults)."""
    from briefing_app.standards import StandardsError, marking_scheme

    briefing.style = dict(template.style)
    if not briefing.marking and template.style.get("marking"):
        briefing.marking = str(template.style["marking"])
    labels = [*template.style.get("header", []), *template.style.get("signoff", [])]
    if briefing.marking:
        with contextlib.suppress(StandardsError):  # an unknown scheme: no authority block
            labels += list(marking_scheme(briefing.marking).authority_block)
    for label in labels:
        if label not in briefing.header:
            value = template.defaults.get(label, "")
            if value == "now":  # e.g. a situation report's "As of": when it was drafted
                value = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M")
            briefing.header[label] = value


def _limit(section: Section, template: Template | None) -> int:
    ts = template.section(section.id) if template else None
    return ts.limit if ts and ts.limit else DEFAULT_LIMITS.get(section.fill, 0)


def _first_limit(
    briefing: Briefing, fill: str, template: Template | None, dismissed: list[str]
) -> int:
    """How many key points the first section fed by ``fill`` takes (0 if there is none)."""
    if fill == "summary" and "summary:0" in dismissed:
        return 0  # the analyst deleted the summary: its sentences go back to the key points
    section = next((s for s in briefing.sections if s.fill == fill), None)
    return _limit(section, template) if section else 0


def _merge(old: list[Block], fresh: list[Block], ranked: list[str] | None = None) -> list[Block]:
    """Put ``fresh`` auto blocks in the places old auto blocks held; others stay put.

    The analyst's blocks keep their positions; auto blocks beyond the old count go after the
    last auto or edited block (edited blocks were auto once), or at the end if there is none.
    With ``ranked`` (the analysis' order of the keys, rows the analyst edited included), a row
    already shown keeps its place (a row gone leaves none) and a row new to the section (an
    actor shown again, a new source's actor) goes where it ranks: just below the shown row
    ranked above it, else just above the shown row ranked below it.
    """
    if ranked:
        return _merge_ranked(old, fresh, ranked)
    region = [i for i, b in enumerate(old) if b.origin in (AUTO, EDITED)]
    incoming = iter(fresh)
    merged: list[Block] = []
    for i, block in enumerate(old):
        if block.origin == AUTO:
            replacement = next(incoming, None)
            if replacement is not None:
                merged.append(replacement)
        else:
            merged.append(block)
        if region and i == region[-1]:
            merged.extend(incoming)
    merged.extend(incoming)
    return merged


def _merge_ranked(old: list[Block], fresh: list[Block], ranked: list[str]) -> list[Block]:
    """``_merge`` for a table's rows, placed by their rank in ``ranked``."""
    by_key = {b.key: b for b in fresh}
    shown = {b.key for b in old if b.key}
    merged = [
        by_key[b.key] if b.origin == AUTO else b for b in old if b.origin != AUTO or b.key in by_key
    ]
    tail = max((i + 1 for i, b in enumerate(merged) if b.origin in (AUTO, EDITED)), default=0)
    if not any(b.origin in (AUTO, EDITED) for b in old):
        tail = len(merged)
    for block in (b for b in fresh if b.key not in shown):
        at = _rank_place(merged, block.key, ranked)
        if at is None:
            at, tail = tail, tail + 1
        elif at < tail:
            tail += 1
        merged.insert(at, block)
    return merged


def _rank_place(blocks: list[Block], key: str, ranked: list[str]) -> int | None:
    """Where a block keyed ``key`` goes among ``blocks`` by ``ranked`` (None: not known)."""
    if not key or key not in ranked:
        return None
    where = {b.key: i for i, b in enumerate(blocks) if b.key}
    rank = ranked.index(key)
    before = next((where[k] for k in reversed(ranked[:rank]) if k in where), None)
    if before is not None:
        return before + 1
    return next((where[k] for k in ranked[rank + 1 :] if k in where), None)


def _renumber(current: list[Citation], briefing: Briefing) -> list[Citation]:
    """Sources numbered 1..n: earlier numbering kept in order, newly analysed sources after.

    A source no longer analysed keeps its entry while an analyst's block still cites it, so no
    citation marker is left pointing nowhere.
    """
    analysed = {c.source: c for c in sorted(current, key=lambda c: c.number)}
    # the analyst's blocks kept aside for another template count too: switching back to it
    # must not leave a marker pointing nowhere
    stashed = [s for secs in briefing.stash.values() for s in secs]
    still_cited = {
        source
        for s in [*briefing.sections, *stashed]
        for b in s.blocks
        if b.origin != AUTO or s.fill in _UNFED
        for source in (*b.citations, *b.sources)
    }
    ordered: list[Citation] = []
    for old in briefing.citations:
        if old.source in analysed:
            ordered.append(analysed.pop(old.source))
        elif old.source in still_cited:
            ordered.append(old)
    ordered += analysed.values()
    return [replace(c, number=n) for n, c in enumerate(ordered, 1)]


def _derived_fields(briefing: Briefing, analysis: Analysis, template: Template) -> dict[str, str]:
    names = _top_actor_names(analysis)
    places = frozenset(
        n.casefold() for a in analysis.actors if a.type == "place" for n in (a.name, *a.aliases)
    )
    shared = shared_headline([c.title for c in briefing.citations], places)
    if len(briefing.citations) == 1 and briefing.citations[0].title:
        title = briefing.citations[0].title
    elif shared:  # what the sources' headlines share names the event
        title = shared
    elif analysis.topic:  # else the disaster most sources tell, and where
        title = analysis.topic
    elif names:
        title = "Briefing: " + ", ".join(names[:3])
    else:
        title = template.name
    return {
        "title": title,
        "date": _dt.date.today().isoformat(),
        "author": template.defaults.get("author", ""),
        "classification": template.defaults.get("classification", ""),
        "subject": template.name,
        "keywords": "; ".join(names[:6]),
    }


def _top_actor_names(analysis: Analysis) -> list[str]:
    shown = [a for a in analysis.actors if not a.hidden]
    people_and_bodies = [a.name for a in shown if a.type != "place"]
    return people_and_bodies or [a.name for a in shown]


def _set_fields(
    briefing: Briefing,
    previous: Briefing | None,
    analysis: Analysis,
    template: Template,
    given: dict[str, str],
) -> None:
    derived = _derived_fields(briefing, analysis, template)
    auto: dict[str, str] = {}
    briefing.title_offer = ""
    for name in FIELD_NAMES:
        current = _get(previous, name) if previous is not None else ""
        if given.get(name) is not None:
            value = str(given[name])
        elif name == "title" and current:
            # the title is the analyst's once shown: a better guess is offered, not applied
            value = current
            if previous is not None and previous.auto_fields.get(name) == current:
                auto[name] = current
            offer = derived[name]
            if offer != current and TITLE_DECLINED + offer not in briefing.dismissed:
                briefing.title_offer = offer
        elif current and previous is not None and previous.auto_fields.get(name) != current:
            value = current  # the analyst set it
        else:
            value = auto[name] = derived[name]
        _put(briefing, name, value)
    briefing.auto_fields = auto


def _get(briefing: Briefing, name: str) -> str:
    value = getattr(briefing, name)
    return "; ".join(value) if name == "keywords" else value


def _put(briefing: Briefing, name: str, value: str) -> None:
    if name == "keywords":
        briefing.keywords = [k.strip() for k in value.split(";") if k.strip()]
    else:
        setattr(briefing, name, value)
