"""The small workspace use cases the window needs instead of assigning workspace state."""

from __future__ import annotations

import pytest

from briefing_app.model import FIGURE, Block, BriefingError, Run
from briefing_app.workspace import Workspace


def test_set_annotations_replaces_them_all_and_marks_the_briefing_unsaved():
    ws = Workspace()
    src = ws.add_text("Ministers met in Astana on Monday to talk about the border.", "Note")
    first = ws.add_annotation(src.id, 0, 9, comment="who")
    second = ws.add_annotation(src.id, 20, 26)
    ws.modified = False  # as after a save
    ws.set_annotations([second])  # what an undo of "add first" hands back
    assert [a.id for a in ws.annotations] == [second.id]
    assert ws.modified
    ws.set_annotations(a for a in [first, second])  # any iterable; kept as a list
    assert ws.annotations == [first, second]


def test_append_block_adds_a_figure_at_the_end_of_a_section():
    ws = Workspace()
    ws.update_briefing(ws.empty_briefing())
    section = next(s for s in ws.briefing.sections if s.kind != "table")
    before = len(section.blocks)
    ws.modified = False
    figure = Block(kind=FIGURE, runs=[Run("Figure: a map")], image="aGVsbG8=")
    assert ws.append_block(section.id, figure) is figure
    assert ws.briefing.section(section.id).blocks[before:] == [figure]
    assert ws.modified
    with pytest.raises(BriefingError, match="nowhere"):
        ws.append_block("nowhere", figure)


def test_append_block_without_a_briefing_says_so():
    with pytest.raises(BriefingError):
        Workspace().append_block("summary", Block(kind=FIGURE, runs=[Run("x")]))
