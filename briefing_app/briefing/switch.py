"""Switching a briefing to another template without losing a word."""

from __future__ import annotations

import copy

from briefing_app.model import (
    AUTO,
    BULLET,
    PARAGRAPH,
    TABLE_ROW,
    USER,
    Block,
    Briefing,
    Run,
    Section,
    Template,
)

NOTES_ID = "notes"
NOTES_HEADING = "Notes"


def switch_template(briefing: Briefing, template: Template) -> Briefing:
    """A copy of ``briefing`` in ``template``'s sections; what has no home goes to "Notes".

    A section's blocks move to the new section fed the same way (key points to key points),
    else to one with the same id or heading. Auto blocks only move where a refresh would
    still recognise them, table rows only into a table with the same columns; anything else,
    and field values the new section lacks, ends up in a Notes section at the end.
    """
    old = copy.deepcopy(briefing)
    new = copy.deepcopy(briefing)
    new.template = template.id
    new.sections = [Section.from_template(ts) for ts in template.sections]
    notes: list[Block] = []
    taken: set[str] = set()
    for section in old.sections:
        target = _target(section, new.sections, taken)
        if target is not None:
            taken.add(target.id)
        notes += _move_fields(section, target)
        for block in section.blocks:
            if target is not None and _fits(block, section, target):
                target.blocks.append(_recolumn(block, section, target))
            else:
                notes.append(_as_note(block, section))
    if notes:
        home = next((s for s in new.sections if s.id == NOTES_ID and s.fill == "none"), None)
        if home is None:
            ids = {s.id for s in new.sections}
            sid = next(i for n in range(1, len(ids) + 2) if (i := _nth(NOTES_ID, n)) not in ids)
            home = Section(sid, NOTES_HEADING, hint="Content with no place in this template.")
            # before Sources, which closes a briefing
            at = next((i for i, s in enumerate(new.sections) if s.fill == "sources"), None)
            new.sections.insert(len(new.sections) if at is None else at, home)
        home.blocks += notes
    return new


def _nth(base: str, n: int) -> str:
    return base if n == 1 else f"{base}_{n}"


def _target(section: Section, candidates: list[Section], taken: set[str]) -> Section | None:
    free = [s for s in candidates if s.id not in taken]
    if section.fill not in ("none", "sources"):
        same_fill = next((s for s in free if s.fill == section.fill), None)
        if same_fill is not None:
            return same_fill
    for match in (
        lambda s: s.id == section.id,
        lambda s: s.heading.casefold() == section.heading.casefold(),
    ):
        found = next((s for s in free if match(s)), None)
        if found is not None:
            return found
    return None


def _fits(block: Block, old: Section, target: Section) -> bool:
    if block.origin == AUTO and target.fill not in (old.fill, "none"):
        return False  # a refresh of the target would drop it as stale
    if (block.kind == TABLE_ROW) != (target.kind == "table"):
        return False
    return block.kind != TABLE_ROW or _column_map(old, target) is not None


def _column_map(old: Section, target: Section) -> list[int] | None:
    """Where each old column lands in the target table, or None if one has no place."""
    names = [c.casefold() for c in target.columns]
    if len(old.columns) == len(target.columns) and not old.columns:
        return []
    try:
        return [names.index(c.casefold()) for c in old.columns]
    except ValueError:
        return None


def _recolumn(block: Block, old: Section, target: Section) -> Block:
    mapping = _column_map(old, target) if block.kind == TABLE_ROW else None
    if not mapping or mapping == list(range(len(target.columns))):
        return block
    cells = [""] * len(target.columns)
    for i, cell in enumerate(block.cells):
        if i < len(mapping):
            cells[mapping[i]] = cell
    # cells beyond the old columns (hand-made rows) are kept at the end rather than dropped
    cells += block.cells[len(mapping) :]
    block.cells = cells
    return block


def _as_note(block: Block, section: Section) -> Block:
    """The block as it can stand in the Notes section (table rows become bullets)."""
    if block.kind != TABLE_ROW:
        return block
    cells = [c for c in block.cells if c.strip()]
    return Block(
        kind=BULLET,
        runs=[Run(" — ".join(cells)), *block.runs],
        origin=block.origin,
        key=block.key,
        evidence=block.evidence,
    )


def _move_fields(section: Section, target: Section | None) -> list[Block]:
    """Copy field values the target has; the rest become a note naming the section."""
    lost = []
    for name, value in section.fields.items():
        if target is not None and name in target.fields:
            target.fields[name] = value
        elif value:
            label = name.replace("_", " ").capitalize()
            lost.append(f"{label}: {value}")
    if not lost:
        return []
    text = f"{section.heading} — " + "; ".join(lost)
    return [Block(kind=PARAGRAPH, runs=[Run(text)], origin=USER)]
