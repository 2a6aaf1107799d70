"""Removing a source and undoing it, below the window: the source comes back where it was, with
its annotations and its original bytes, and a project saved after the undo reopens whole."""

from __future__ import annotations

from briefing_app.workspace import Workspace

A = "Floods in the north\n\nFloods cut the road to Tarvin on Monday, the council said."
B = "Road reopens\n\nThe road to Tarvin reopened on Thursday after repairs, officials said."
C = "Aid arrives\n\nRelief convoys reached Tarvin on Friday with food and water."


def _workspace() -> Workspace:
    ws = Workspace()
    for text in (A, B, C):
        ws.add_text(text)
    return ws


def test_undoing_a_removal_puts_the_source_back_in_its_place_with_its_notes() -> None:
    ws = _workspace()
    ids = [s.id for s in ws.sources]
    kept = ws.add_annotation(ids[0], 0, 5, comment="headline")
    mine = ws.add_annotation(ids[1], 0, 4, comment="check the date")
    original = ws.originals[ids[1]]
    removed = ws.remove_source(ids[1])
    assert [s.id for s in ws.sources] == [ids[0], ids[2]]
    assert ws.annotations == [kept] and ids[1] not in ws.originals
    ws.restore_source(removed)
    assert [s.id for s in ws.sources] == ids
    assert sorted(a.id for a in ws.annotations) == sorted([kept.id, mine.id])
    assert ws.originals[ids[1]] == original
    ws.restore_source(removed)  # twice: nothing doubles
    assert len(ws.sources) == 3 and len(ws.annotations) == 2


def test_removing_an_unknown_source_removes_nothing() -> None:
    ws = _workspace()
    assert ws.remove_source("no-such-source") is None
    assert len(ws.sources) == 3


def test_a_project_saved_after_the_undo_reopens_with_the_source(tmp_path) -> None:
    ws = _workspace()
    ids = [s.id for s in ws.sources]
    ws.add_annotation(ids[2], 0, 3, comment="convoy")
    ws.restore_source(ws.remove_source(ids[2]))
    path = tmp_path / "floods.briefing"
    ws.save(path)
    again = Workspace.open(path)
    assert [s.id for s in again.sources] == ids
    assert [a.comment for a in again.annotations] == ["convoy"]
    assert again.source(ids[2]).text == ws.source(ids[2]).text
