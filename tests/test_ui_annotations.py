"""The Annotations panel and dialog, as an analyst uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from briefing_app.model import Annotation
from briefing_app.ui.annotations import annotation_dialog
from briefing_app.ui.annotations.annotation_dialog import AnnotationDialog, parse_tags
from briefing_app.ui.annotations.annotations_panel import (
    ANNOTATION_ROLE,
    COLOUR,
    COMMENT,
    QUOTE,
    SOURCE,
    TAGS,
    AnnotationsPanel,
)

NAMES = {"s1": "Reuters: Troops arrive", "s2": "TASS: Peacekeepers"}


def make() -> list[Annotation]:
    return [
        Annotation("a1", "s1", 10, 40, "Putin met Tokayev in Astana", "yellow",
                   "First contact", ["timeline"]),
        Annotation("a2", "s1", 80, 120, "the CSTO would send troops", "green",
                   "Check the numbers", ["military", "timeline"]),
        Annotation("a3", "s2", 5, 30, "peacekeepers landed in Almaty", "pink",
                   "Contradicts Reuters", ["military"]),
        Annotation("a4", "s2", 60, 90, "the airport was closed", "yellow", "", []),
    ]  # fmt: skip


@pytest.fixture
def panel(qtbot):
    stack = QUndoStack()
    widget = AnnotationsPanel(make(), undo_stack=stack, source_names=NAMES)
    widget.stack = stack  # keep the stack alive as long as the panel
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_ids(panel: AnnotationsPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ANNOTATION_ROLE).id for r in range(proxy.rowCount())]


def cell(panel: AnnotationsPanel, ann_id: str, col: int, role=Qt.ItemDataRole.DisplayRole):
    row = visible_ids(panel).index(ann_id)
    return panel.proxy.index(row, col).data(role)


def test_lists_every_annotation_with_source_quote_colour_comment_tags(panel):
    assert sorted(visible_ids(panel)) == ["a1", "a2", "a3", "a4"]
    assert cell(panel, "a2", SOURCE) == "Reuters: Troops arrive"
    assert cell(panel, "a2", QUOTE) == "the CSTO would send troops"
    assert cell(panel, "a2", COLOUR) == "Green"
    assert not cell(panel, "a2", COLOUR, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(panel, "a2", COMMENT) == "Check the numbers"
    assert cell(panel, "a2", TAGS) == "military, timeline"
    # sorted in reading order: source, then position
    assert visible_ids(panel) == ["a1", "a2", "a3", "a4"]


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_filters_by_source_tag_colour_and_search(panel, qtbot):
    assert [panel.tag_box.itemText(i) for i in range(panel.tag_box.count())] == [
        "All tags",
        "military",
        "timeline",
    ]
    choose(panel.source_box, "s2")
    assert visible_ids(panel) == ["a3", "a4"]
    choose(panel.tag_box, "military")
    assert visible_ids(panel) == ["a3"]
    choose(panel.source_box, "")
    assert visible_ids(panel) == ["a2", "a3"]
    choose(panel.tag_box, "")
    choose(panel.colour_box, "yellow")
    assert visible_ids(panel) == ["a1", "a4"]
    choose(panel.colour_box, "")
    qtbot.keyClicks(panel.search_edit, "REUTERS")
    assert visible_ids(panel) == ["a3"], "search is case-insensitive and looks in comments"
    panel.search_edit.clear()
    assert len(visible_ids(panel)) == 4


def test_double_click_jumps_to_the_passage(panel, qtbot):
    row = visible_ids(panel).index("a3")
    rect = panel.view.visualRect(panel.proxy.index(row, QUOTE))
    with qtbot.waitSignal(panel.jumpRequested) as blocker:
        # a real double-click is a press/release followed by a double-click event
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].id == "a3"
    assert (blocker.args[0].source, blocker.args[0].start) == ("s2", 5)


def test_edit_is_one_undo_step(panel, qtbot):
    panel.select("a1")

    def answer(ann, known):
        assert known == ["military", "timeline"]
        return Annotation(**{**ann.to_dict(), "comment": "Met twice", "tags": ["summit"]})

    panel.ask_edit = answer
    with qtbot.waitSignal(panel.annotationsChanged) as blocker:
        panel.edit_selected()
    changed = {a.id: a for a in blocker.args[0]}
    assert changed["a1"].comment == "Met twice" and changed["a1"].tags == ["summit"]
    assert (changed["a1"].start, changed["a1"].end) == (10, 40), "the span never moves"
    assert "summit" in [panel.tag_box.itemText(i) for i in range(panel.tag_box.count())]
    with qtbot.waitSignal(panel.annotationsChanged) as blocker:
        panel.stack.undo()
    assert {a.id: a for a in blocker.args[0]}["a1"].comment == "First contact"
    panel.stack.redo()
    assert {a.id: a for a in panel.annotations()}["a1"].comment == "Met twice"


def test_edit_through_the_dialog(panel, qtbot, monkeypatch):
    def fake_exec(dialog):
        assert dialog.comment() == "Check the numbers"
        dialog.comment_edit.setPlainText("  Numbers confirmed  ")
        dialog.tags_edit.setText("military, , verified, military")
        dialog.set_colour("blue")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", fake_exec)
    panel.select("a2")
    panel.edit_button.click()
    edited = {a.id: a for a in panel.annotations()}["a2"]
    assert edited.comment == "Numbers confirmed"
    assert edited.tags == ["military", "verified"]
    assert edited.colour == "blue"
    assert panel.stack.count() == 1


def test_cancelled_dialog_changes_nothing(panel, monkeypatch):
    monkeypatch.setattr(AnnotationDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = panel.annotations()
    panel.select("a2")
    panel.edit_selected()
    assert panel.annotations() == before and panel.stack.count() == 0


def test_delete_with_undo_restores_in_place(panel, qtbot):
    before = panel.annotations()
    panel.select("a2")
    panel.view.selectionModel().select(
        panel.proxy.index(visible_ids(panel).index("a3"), 0),
        panel.view.selectionModel().SelectionFlag.Select
        | panel.view.selectionModel().SelectionFlag.Rows,
    )
    with qtbot.waitSignal(panel.annotationsChanged) as blocker:
        panel.delete_button.click()
    assert [a.id for a in blocker.args[0]] == ["a1", "a4"]
    assert visible_ids(panel) == ["a1", "a4"]
    assert "military" not in [panel.tag_box.itemText(i) for i in range(panel.tag_box.count())]
    with qtbot.waitSignal(panel.annotationsChanged) as blocker:
        panel.stack.undo()
    assert blocker.args[0] == before
    assert panel.annotations() == before


def test_delete_key_deletes_the_selection(panel, qtbot):
    panel.select("a4")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "a4" not in [a.id for a in panel.annotations()]


def test_buttons_follow_the_selection(panel):
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    panel.select("a1")
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()


def test_a_vanished_filter_choice_falls_back_to_all(panel):
    choose(panel.tag_box, "timeline")
    panel.set_annotations([a for a in make() if "timeline" not in a.tags])
    assert panel.tag_box.currentData() == ""
    assert visible_ids(panel) == ["a3", "a4"]


def test_parse_tags():
    assert parse_tags(" a, b ,,a, c d ") == ["a", "b", "c d"]
    assert parse_tags("") == []


def test_dialog_completes_tags_already_used(qtbot):
    ann = make()[3]
    dialog = AnnotationDialog(ann, known_tags=["timeline", "military", "Tanks"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tags_edit.setFocus()
    qtbot.keyClicks(dialog.tags_edit, "military, ti")
    completer = dialog.completer
    assert completer.currentCompletion() == "timeline"
    qtbot.keyClicks(dialog.tags_edit, "x")
    assert completer.completionCount() == 0
    dialog.tags_edit.clear()
    qtbot.keyClicks(dialog.tags_edit, "military, ta")
    assert completer.completionCount() == 1, "case-insensitive: 'ta' finds 'Tanks'"
    popup = completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.tags_edit.text() == "military, Tanks, "
    assert dialog.tags() == ["military", "Tanks"]


def test_dialog_returns_an_edited_copy(qtbot):
    ann = make()[0]
    dialog = AnnotationDialog(ann)
    qtbot.addWidget(dialog)
    assert dialog.colour() == "yellow"
    dialog.comment_edit.setPlainText("New note")
    dialog.set_colour("orange")
    out = dialog.annotation()
    assert (out.comment, out.colour, out.tags) == ("New note", "orange", ["timeline"])
    assert (out.id, out.source, out.start, out.end, out.quote) == (
        ann.id,
        ann.source,
        ann.start,
        ann.end,
        ann.quote,
    )
    assert ann.comment == "First contact", "the original is untouched"


def test_panel_imports_only_qt_and_the_model():
    import ast
    import inspect

    from briefing_app.ui.annotations import annotations_panel

    for module in (annotations_panel, annotation_dialog):
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                top = node.module.split(".")
                assert top[0] in {"PySide6", "__future__", "collections", "dataclasses"} or (
                    node.module in {"briefing_app.model", "briefing_app.model.annotation"}
                    # the dialog and the colours (theme.py imports only Qt)
                    or node.module
                    in {"briefing_app.ui.annotations.annotation_dialog", "briefing_app.ui.widgets"}
                ), node.module
            if isinstance(node, ast.ImportFrom) and node.module == "briefing_app.ui.widgets":
                assert [a.name for a in node.names] == ["theme"]


def test_the_dialog_puts_the_cursor_where_the_action_asked(monkeypatch):
    from briefing_app.ui.annotations.annotation_dialog import edit_annotation

    focused = []

    def fake_exec(dialog):
        where = {id(dialog.tags_edit): "tags", id(dialog.comment_edit): "comment"}
        focused.append(where.get(id(dialog.focusWidget())))
        dialog.tags_edit.setText("verified")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", fake_exec)
    ann = Annotation("a9", "s1", 0, 4, quote="Kyiv")
    assert edit_annotation(ann, focus="tags").tags == ["verified"]
    assert edit_annotation(ann, focus="comment") is not None
    assert focused == ["tags", "comment"]
