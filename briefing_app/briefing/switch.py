"""Switching a briefing to another template without losing, doubling or muddling a word.

Only the analyst's blocks (typed, edited, quoted) move: auto-filled text is the new template's
to fill, so it is never copied. Each template's sections are kept aside as they were left
(``Briefing.stash``), so switching back restores them, with any edit made meanwhile.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass

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
_FIELDS_KEY = "fields:"  # key of a note holding section field values the new template lacks
_UNFED = ("none", "sources")


@dataclass(frozen=True, slots=True)
class Move:
    """Where the analyst's blocks of one section go in a switch (for the confirmation)."""

    source: str  # heading of the section they are in now
    target: str  # heading of the section they go to
    blocks: int

    @property
    def to_notes(self) -> bool:
        return self.target == NOTES_HEADING

    def __str__(self) -> str:
        what = "1 block" if self.blocks == 1 else f"{self.blocks} blocks"
        return f"{self.source} → {self.target} ({what})"


def switch_template(briefing: Briefing, template: Template) -> Briefing:
    """A copy of ``briefing`` in ``template``'s sections; ``briefing`` itself is not changed.

    The analyst's blocks go to the section fed the same way (key points to key points), else
    to one with the same id or heading, else to Notes; a table row only into a table with the
    same columns. Switching to a template used before restores its sections as they were left.
    Auto blocks stay behind (a refresh fills the new template's own).
    """
    if briefing.template == template.id:
        return briefing.copy()
    return _Switch(briefing, template).run()


def switch_moves(briefing: Briefing, template: Template) -> list[Move]:
    """Which sections' analyst content would move where (only those that change heading)."""
    if briefing.template == template.id:
        return []
    switch = _Switch(briefing, template)
    switch.run()
    counts: dict[tuple[str, str], int] = {}
    for source, target in switch.moves:
        if source.casefold() != target.casefold():
            counts[(source, target)] = counts.get((source, target), 0) + 1
    return [Move(s, t, n) for (s, t), n in counts.items()]


class _Switch:
    def __init__(self, briefing: Briefing, template: Template) -> None:
        self.old = briefing.copy()
        self.template = template
        self.moves: list[tuple[str, str]] = []

    def run(self) -> Briefing:
        old, template = self.old, self.template
        _give_ids(old)
        present = {b.key for s in old.sections for b in s.blocks if b.key}
        new = old.copy()
        new.template = template.id
        # an auto block placed by the last fill and gone now was deleted by the analyst
        new.dismissed += [k for k in old.auto_keys if k not in present and k not in new.dismissed]
        new.stash = {t: secs for t, secs in old.stash.items() if t != template.id}
        if old.template and old.template != template.id:
            new.stash[old.template] = [s.copy() for s in old.sections]
        restored = old.stash.get(template.id) if old.template != template.id else None
        # the analyst's blocks, by id, with the section each stands in now
        self.pending: dict[str, tuple[Section, Block]] = {
            b.id: (s, b) for s in old.sections for b in _analysts(s)
        }
        new.sections = self._restore(restored) if restored else self._fresh()
        self._place_pending(new)
        # a Notes section the switch made and nothing fills any more goes
        ids = {ts.id for ts in template.sections}
        new.sections = [s for s in new.sections if s.blocks or s.id in ids or s.fields]
        new.auto_keys = [b.key for s in new.sections for b in s.blocks if b.origin == AUTO]
        return new

    # -- sections of the new template --------------------------------------------------------
    def _fresh(self) -> list[Section]:
        return [Section.from_template(ts) for ts in self.template.sections]

    def _restore(self, stashed: list[Section]) -> list[Section]:
        """The template's sections as last left, each analyst block in its current version."""
        by_id = {s.id: s.copy() for s in stashed}
        sections = [
            by_id.pop(ts.id, None) or Section.from_template(ts) for ts in self.template.sections
        ]
        # Notes the switch made last time stay (before Sources); other stray sections go,
        # their analyst blocks are still pending and get placed like any other
        extra = [s for s in by_id.values() if _is_notes(s)]
        at = next((i for i, s in enumerate(sections) if s.fill == "sources"), len(sections))
        sections[at:at] = extra
        for section in sections:
            kept: list[Block] = []
            for block in section.blocks:
                if block.origin == AUTO:
                    if section.fill not in _UNFED:
                        kept.append(block)
                    continue
                if not block.id:
                    kept.append(block)
                    continue
                found = self.pending.get(block.id)
                if found is None:
                    continue  # deleted while this template was put away
                was_in, current = found
                back = _fit_back(current, section, was_in.columns)
                if back is not None:
                    del self.pending[block.id]
                    kept.append(back)
                    self.moves.append((was_in.heading, section.heading))
            section.blocks = kept
        return sections

    # -- the analyst's blocks not restored in place -----------------------------------------
    def _place_pending(self, new: Briefing) -> None:
        taken: set[str] = set()
        stashes = [s for secs in new.stash.values() for s in secs if not _is_notes(s)]
        for section in self.old.sections:
            target = _target(section, new.sections, taken)
            if target is not None:
                taken.add(target.id)
            self._move_fields(section, target, new)
            for block in list(section.blocks):
                if block.origin == AUTO and section.fill not in _UNFED:
                    continue  # the new template fills its own
                if block.origin == AUTO:  # left in Notes by an older version: now the analyst's
                    block = _untinted(block)
                elif self.pending.pop(block.id, None) is None:
                    continue  # already restored where it was
                if _is_fields_note(block) and self._fields_back(block, new.sections):
                    continue
                home = target
                if _is_notes(section):
                    # a block put in Notes by an earlier switch goes back where it came from
                    was = next(
                        (s for s in stashes if any(b.id == block.id for b in s.blocks)), None
                    )
                    home = _target(was, new.sections, set()) if was else None
                placed = _fit_back(block, home, section.columns) if home is not None else None
                if placed is not None:
                    home.blocks.append(placed)
                    self.moves.append((section.heading, home.heading))
                else:
                    _notes(new).blocks.append(_as_note(block))
                    self.moves.append((section.heading, NOTES_HEADING))

    def _move_fields(self, section: Section, target: Section | None, new: Briefing) -> None:
        """Copy field values the target has; the rest become one note naming the section."""
        lost = {}
        for name, value in section.fields.items():
            if target is not None and name in target.fields:
                target.fields[name] = value
            elif value:
                lost[name] = value
        if not lost or self._fields_back_values(section.id, lost, new.sections):
            return
        _notes(new).blocks.append(
            Block(
                kind=PARAGRAPH,
                runs=[Run(_fields_text(section.heading, lost))],
                origin=USER,
                key=_FIELDS_KEY + section.id,
                cells=[f"{k}={v}" for k, v in lost.items()],
                id=_new_id(),
            )
        )
        self.moves.append((section.heading, NOTES_HEADING))

    def _fields_back(self, note: Block, sections: list[Section]) -> bool:
        """Put an unedited fields note's values back into its section, if this template has it."""
        values = dict(c.split("=", 1) for c in note.cells if "=" in c)
        section_id = note.key[len(_FIELDS_KEY) :]
        home = next((s for s in sections if s.id == section_id), None)
        if home is None or note.text != _fields_text(home.heading, values):
            return False
        return self._fields_back_values(section_id, values, sections)

    @staticmethod
    def _fields_back_values(section_id: str, values: dict, sections: list[Section]) -> bool:
        home = next((s for s in sections if s.id == section_id), None)
        if home is None or not set(values) <= set(home.fields):
            return False
        home.fields.update(values)
        return True


def _give_ids(briefing: Briefing) -> None:
    seen: set[str] = set()
    for section in briefing.sections:
        for block in section.blocks:
            if block.origin != AUTO and (not block.id or block.id in seen):
                block.id = _new_id()
            seen.add(block.id)


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def _analysts(section: Section) -> list[Block]:
    return [b for b in section.blocks if b.origin != AUTO]


def _is_notes(section: Section) -> bool:
    return section.fill == "none" and (
        section.id == NOTES_ID or section.id.startswith(NOTES_ID + "_")
    )


def _is_fields_note(block: Block) -> bool:
    return block.key.startswith(_FIELDS_KEY) and block.kind == PARAGRAPH


def _fields_text(heading: str, values: dict[str, str]) -> str:
    parts = [f"{name.replace('_', ' ').capitalize()}: {value}" for name, value in values.items()]
    return f"{heading} — " + "; ".join(parts)


def _notes(briefing: Briefing) -> Section:
    """The Notes section, made (before Sources, which closes a briefing) if there is none."""
    home = next((s for s in briefing.sections if _is_notes(s)), None)
    if home is None:
        home = Section(NOTES_ID, NOTES_HEADING, hint="Content with no place in this template.")
        at = next((i for i, s in enumerate(briefing.sections) if s.fill == "sources"), None)
        briefing.sections.insert(len(briefing.sections) if at is None else at, home)
    return home


def _untinted(block: Block) -> Block:
    """An auto block no fill will refresh any more becomes plain analyst text."""
    new = copy.copy(block)
    new.origin, new.key, new.id = USER, "", new.id or _new_id()
    return new


def _target(section: Section, candidates: list[Section], taken: set[str]) -> Section | None:
    if _is_notes(section):
        return None
    free = [s for s in candidates if s.id not in taken and not _is_notes(s)]
    if section.fill not in _UNFED:
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


def _fit_back(block: Block, target: Section, columns: list[str]) -> Block | None:
    """``block`` as it can stand in ``target`` (None if it cannot).

    A table row fits only a table that has all its columns (``columns``: those of the table
    it is in now); a row an earlier switch turned into a note becomes a row again if its text
    was not changed since (its cells are kept in the target's column order).
    """
    if target.kind == "table":
        if block.kind == TABLE_ROW:
            return _recolumn(block, columns, target.columns)
        if block.kind != BULLET or not block.cells or block.runs != _note_runs(block.cells):
            return None
        row = copy.copy(block)
        row.kind, row.runs = TABLE_ROW, []
        return row
    if block.kind == TABLE_ROW:
        return None
    return block


def _recolumn(block: Block, old: list[str], new: list[str]) -> Block | None:
    names = [c.casefold() for c in new]
    if [c.casefold() for c in old] == names:
        return block
    try:
        mapping = [names.index(c.casefold()) for c in old]
    except ValueError:
        return None
    cells = [""] * len(names)
    for i, cell in enumerate(block.cells):
        if i < len(mapping):
            cells[mapping[i]] = cell
    row = copy.copy(block)
    # cells beyond the old columns (hand-made rows) are kept at the end rather than dropped
    row.cells = cells + block.cells[len(mapping) :]
    return row


def _note_runs(cells: list[str]) -> list[Run]:
    return [Run(" — ".join(c for c in cells if c.strip()))]


def _as_note(block: Block) -> Block:
    """The block as it can stand in the Notes section (a table row becomes a bullet)."""
    if block.kind != TABLE_ROW:
        return block
    note = copy.copy(block)
    note.kind, note.runs = BULLET, _note_runs(block.cells) + list(block.runs)
    return note
