"""The briefing editor: blocks in and out with their keys and evidence, tint, click-through."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from briefing_app.model import (
    AUTO,
    BULLET,
    EDITED,
    PARAGRAPH,
    TABLE_ROW,
    USER,
    Block,
    Briefing,
    Citation,
    Evidence,
    Run,
    Section,
)
from briefing_app.ui import workers
from briefing_app.ui.briefing import block_text
from briefing_app.ui.briefing.briefing_editor import BriefingEditor
from briefing_app.ui.sources.evidence_tip import evidence_tooltip

EV1 = Evidence("s1", 10, 60)
EV2 = Evidence("s2", 5, 40)


def sample_briefing() -> Briefing:
    kp = [
        Block(BULLET, [Run("Putin visited Astana."), Run(cite="s1")], origin=AUTO,
              key="kp:1", evidence=[EV1]),
        Block(BULLET, [Run("Troops "), Run("arrived", bold=True), Run(" on 6 January."),
                       Run(cite="s1"), Run(cite="s2")], origin=AUTO, key="kp:2",
              evidence=[EV1, EV2]),
    ]  # fmt: skip
    rows = [
        Block(TABLE_ROW, cells=["Vladimir Putin", "Person", "President", "1"], origin=AUTO,
              key="actor:person:vladimir-putin", evidence=[EV1]),
    ]  # fmt: skip
    notes = [Block(PARAGRAPH, [Run("My own "), Run("note", italic=True)], origin=USER)]
    return Briefing(
        title="Kazakhstan unrest",
        classification="OFFICIAL",
        date="2022-01-07",
        author="A. Analyst",
        template="analyst_brief",
        sections=[
            Section("key_points", "Key points", fill="key_points", kind="list", blocks=kp),
            Section(
                "actors",
                "Actors",
                fill="actors",
                kind="table",
                columns=["Name", "Type", "Role", "Sources"],
                blocks=rows,
            ),
            Section(
                "notes", "Notes", fill="none", kind="text", blocks=notes, fields={"likelihood": ""}
            ),
        ],
        citations=[Citation(1, "s1", outlet="Reuters"), Citation(2, "s2", outlet="TASS")],
    )


@pytest.fixture
def editor(qtbot):
    widget = BriefingEditor()
    # as the window does: the tooltip quotes the sentence behind the evidence
    widget.evidence_tip = lambda evidence: evidence_tooltip(
        evidence, lambda ev: f"sentence of {ev.source}"
    )
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.set_briefing(sample_briefing(), choices={"likelihood": ["likely", "unlikely"]})
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_untouched_briefing_reads_back_identical(editor):
    original = sample_briefing()
    back = editor.briefing()
    assert [s.to_dict() for s in back.sections] == [s.to_dict() for s in original.sections]
    assert back.title == original.title and back.citations == original.citations


def test_citation_markers_show_their_numbers(editor):
    text = editor.editor("key_points").toPlainText()
    assert "Putin visited Astana. [1]" in text
    assert "on 6 January. [1] [2]" in text


def test_an_edited_auto_block_keeps_key_and_evidence(qtbot, editor):
    kp = editor.editor("key_points")
    kp.setFocus()
    cursor = QTextCursor(kp.document().begin())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    kp.setTextCursor(cursor)
    qtbot.keyClicks(kp, " reportedly")
    blocks = editor.briefing().section("key_points").blocks
    assert blocks[0].origin == EDITED and blocks[0].key == "kp:1"
    assert blocks[0].evidence == [EV1]
    assert blocks[0].text == "Putin reportedly visited Astana."
    assert blocks[0].citations == ["s1"]  # the marker survived the edit
    assert blocks[1].origin == AUTO  # its neighbour is untouched
    assert blocks[1].runs[1] == Run("arrived", bold=True)


def test_typing_after_a_marker_and_new_paragraphs_are_the_analysts(qtbot, editor):
    kp = editor.editor("key_points")
    kp.setFocus()
    kp.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(kp, Qt.Key.Key_Return)
    qtbot.keyClicks(kp, "A point of my own")
    blocks = editor.briefing().section("key_points").blocks
    assert [b.origin for b in blocks] == [AUTO, AUTO, USER]
    assert blocks[2].kind == BULLET and blocks[2].text == "A point of my own"
    assert blocks[2].citations == []  # typed text never becomes part of a citation marker


def test_deleting_a_block_removes_it(qtbot, editor):
    kp = editor.editor("key_points")
    cursor = QTextCursor(kp.document().begin())
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    keys = [b.key for b in editor.briefing().section("key_points").blocks]
    assert keys == ["kp:2"]


def test_bold_italic_and_bullets(qtbot, editor):
    notes = editor.editor("notes")
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.Start)
    notes.toggle_bold()
    qtbot.keyClicks(notes, "Loud ")
    notes.toggle_bold()
    notes.toggle_italic()
    qtbot.keyClicks(notes, "soft ")
    notes.toggle_bullets()
    block = editor.briefing().section("notes").blocks[0]
    assert block.kind == BULLET
    assert block.runs[:3] == [Run("Loud ", bold=True), Run("soft ", italic=True), Run("My own ")]
    notes.toggle_bullets()
    assert editor.briefing().section("notes").blocks[0].kind == PARAGRAPH


def test_table_edits_keep_row_identity(qtbot, editor):
    table = editor.editor("actors")
    table.item(0, 2).setText("President of Russia")
    table.add_row()
    table.item(1, 0).setText("Kassym-Jomart Tokayev")
    rows = editor.briefing().section("actors").blocks
    assert rows[0].origin == EDITED and rows[0].key == "actor:person:vladimir-putin"
    assert rows[0].evidence == [EV1] and rows[0].cells[2] == "President of Russia"
    assert rows[1].origin == USER and rows[1].cells[0] == "Kassym-Jomart Tokayev"


def test_auto_text_keeps_its_mark_until_edited(qtbot, editor):
    kp = editor.editor("key_points")
    first, second = kp.document().begin(), kp.document().begin().next()
    assert block_text.is_pristine_auto(first, kp.originals)
    cursor = QTextCursor(first)
    cursor.insertText("Reportedly, ")
    assert not block_text.is_pristine_auto(kp.document().begin(), kp.originals)
    assert block_text.is_pristine_auto(second, kp.originals)
    kp.undo()  # back to what auto-fill wrote: tinted again
    assert block_text.is_pristine_auto(kp.document().begin(), kp.originals)


def test_ctrl_clicking_auto_text_asks_for_its_evidence_and_tooltip_tells_support(qtbot, editor):
    kp = editor.editor("key_points")
    second = kp.document().begin().next()
    rect = kp.document().documentLayout().blockBoundingRect(second)
    pos = QPoint(int(rect.left()) + 40, int(rect.center().y()))
    with qtbot.assertNotEmitted(editor.evidence_clicked):  # a plain click places the cursor
        qtbot.mouseClick(kp.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    ctrl = Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(editor.evidence_clicked) as signal:
        qtbot.mouseClick(kp.viewport(), Qt.MouseButton.LeftButton, ctrl, pos=pos)
    assert signal.args[0] == [EV1, EV2]
    tip = kp.evidence_tip(kp.evidence_at(pos))
    assert "sentence of s1" in tip and "Supported by 2 sources" in tip
    # The actors table tells the same on its auto-filled cells.
    table = editor.editor("actors")
    tips = [table.item(r, 0).toolTip() for r in range(table.rowCount()) if table.item(r, 0)]
    assert any("Supported by 1 source" in t for t in tips), tips


def test_section_fields_and_word_count(editor):
    notes_fields = editor._field_boxes["notes"]
    notes_fields["likelihood"].setCurrentText("likely")
    assert editor.briefing().section("notes").fields == {"likelihood": "likely"}
    # title 2 + headings 2+1+1 + key points 3+5 + table 5 + notes 3
    assert editor.word_count() == 22


def test_workers_deliver_results_on_the_gui_thread_and_cancel(qtbot):
    main = threading.get_ident()
    seen = []

    def job(progress, cancelled):
        progress(1, 2)
        return threading.get_ident()

    task = workers.run_task(
        job,
        lambda r: seen.append(("result", r != main, threading.get_ident() == main)),
        on_progress=lambda d, t: seen.append(("progress", d, t)),
        with_progress=True,
    )
    assert workers.wait_for_all(10_000) and task.done
    assert seen == [("progress", 1, 2), ("result", True, True)]

    gate = threading.Event()
    dropped = []
    task = workers.run_task(lambda: gate.wait(5) or "late", dropped.append, dropped.append)
    task.cancel()
    gate.set()
    assert workers.wait_for_all(10_000)
    assert dropped == []  # a cancelled task reports nothing

    errors = []
    workers.run_task(lambda: 1 / 0, on_error=errors.append)
    assert workers.wait_for_all(10_000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_the_fields_share_a_line_when_there_is_room_and_wrap_when_not(qtbot, editor):
    def top(widget):
        return widget.mapTo(editor, widget.rect().center()).y()

    def right(widget):
        return widget.mapTo(editor, widget.rect().topRight()).x()

    editor.resize(800, 900)
    qtbot.waitUntil(lambda: top(editor.classification) == top(editor.date) == top(editor.author))
    # the author field reaches the end of the line, as the title field does
    assert abs(right(editor.author) - right(editor.title)) <= 2
    editor.resize(max(editor.minimumSizeHint().width(), 300), 900)
    # wrapped below, not cut off
    qtbot.waitUntil(lambda: top(editor.author) > top(editor.classification))
    for field in (editor.classification, editor.date, editor.author):
        assert right(field) <= editor.width() and field.width() >= 40
    # the wrapped lines push the hint down; the hint gets the height of all its lines
    hint = editor.auto_hint
    assert hint.isVisible()
    bottom = editor.author.mapTo(editor, editor.author.rect().bottomLeft()).y()
    assert bottom < hint.mapTo(editor, hint.rect().topLeft()).y()
    assert hint.height() >= hint.heightForWidth(hint.width())
