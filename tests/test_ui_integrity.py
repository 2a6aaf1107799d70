# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""The window never loses or muddles the analyst's work: driven as a user drives it.

Keys go to the widget that has focus, menu actions are triggered, widgets are found by their
accessible names.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from test_ui_window import (  # noqa: F401  (fixtures)
    OTHER_ARTICLE,
    first_key_point_pos,
    make_window,
    open_sample,
    wait_idle,
    window,
)

from briefing_app.ui.widgets.title_edit import TitleEdit

pytestmark = pytest.mark.slow


def named(window, cls: type[QWidget], name: str) -> QWidget:
    """The visible widget of ``cls`` with accessible name ``name``."""
    found = [w for w in window.findChildren(cls) if w.accessibleName() == name]
    assert found, f"no {cls.__name__} named {name!r}"
    return next((w for w in found if w.isVisible()), found[0])


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: it goes to whatever has focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def briefing_text(window) -> str:
    return "\n".join(e.toPlainText() for e in window.editor.text_editors())


def test_find_in_the_briefing_never_changes_the_text(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    editor, _, pos = first_key_point_pos(window)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    before = briefing_text(window)
    word = "Kazakhstan"
    total = before.count(word)
    assert total >= 2

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find_box = named(window, QLineEdit, "Find text")
    assert QApplication.focusWidget() is find_box
    type_text(qtbot, word)
    press(qtbot, Qt.Key.Key_Return)
    status = named(window, QWidget, "Find result")
    first, of, count = status.text().split()  # the first match after the cursor
    assert (of, count) == ("of", str(total))
    assert QApplication.focusWidget() is find_box  # focus stays in the Find box
    press(qtbot, Qt.Key.Key_Return)  # today this Enter replaced the match with a line break
    assert status.text() == f"{int(first) % total + 1} of {total}"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert status.text() == f"{first} of {total}"
    assert briefing_text(window) == before

    press(qtbot, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    focused = QApplication.focusWidget()
    assert focused in window.editor.text_editors()
    assert focused.textCursor().selectedText() == word  # the selection is left as it was
    assert briefing_text(window) == before
    window.sync_briefing()
    assert briefing_text(window) == before


def test_find_in_all_sources_opens_the_source_with_the_next_match(
    qtbot, window, sample_path, tmp_path
):
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(sample_path), str(other)])
    wait_idle(qtbot, window)
    window.sources.show_source(window.ws.sources[0].id)
    view = window.sources.view
    view.text.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    scope = named(window, QComboBox, "Find in")
    assert scope.currentText() == "Current source"  # where the analyst was
    scope.setCurrentIndex(scope.findText("All sources"))
    named(window, QLineEdit, "Find text").setFocus()
    type_text(qtbot, "Wang Yi")  # only in the other article
    press(qtbot, Qt.Key.Key_Return)
    assert view.source.id == window.ws.sources[1].id
    assert view.text.textCursor().selectedText() == "Wang Yi"
    assert named(window, QWidget, "Find result").text() == "1 of 2"
    press(qtbot, Qt.Key.Key_Return)
    assert named(window, QWidget, "Find result").text() == "2 of 2"


def section_text(window, section_id: str) -> str:
    editor = window.editor.editor(section_id)
    if editor is None:  # Sources: written from the citations
        return ""
    if hasattr(editor, "toPlainText"):
        return editor.toPlainText()
    return "\n".join(  # a table
        "\t".join(
            editor.item(r, c).text() if editor.item(r, c) else ""
            for c in range(editor.columnCount())
        )
        for r in range(editor.rowCount())
    )


def template_action(window, name: str):
    return next(a for a in window.menus.templates.actions() if a.text().replace("&", "") == name)


def click_into(qtbot, window, section_id: str) -> None:
    editor = window.editor.editor(section_id)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.rect().center())
    editor.setFocus()


MINE = "My own judgement stays mine."


def test_template_switch_says_what_moves_and_is_one_undo_step(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    click_into(qtbot, window, "assessment")
    type_text(qtbot, MINE)
    window.sync_briefing()
    before = {s.id: section_text(window, s.id) for s in window.ws.briefing.sections}

    window.prompter.switch_answer = False  # "Cancel": nothing happens
    template_action(window, "Situation report").trigger()
    assert window.ws.template.id == "analyst_brief"
    assert window.prompter.asked[-1] == ("switch to Situation report: Assessment → Notes (1 block)")
    assert window.template_box.currentData() == "analyst_brief"

    window.prompter.switch_answer = True
    template_action(window, "Situation report").trigger()
    assert window.ws.template.id == "situation_report"
    assert section_text(window, "notes").count(MINE) == 1
    assert window.actions.undo.text() == "&Undo Switch Template"
    window.editor.editor("notes").setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.template.id == "analyst_brief"
    assert {s.id: section_text(window, s.id) for s in window.ws.briefing.sections} == before
    assert window.actions.redo.text() == "&Redo Switch Template"
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y redoes too
    assert window.ws.template.id == "situation_report"

    # and there and back again restores every section as it was
    template_action(window, "Government briefing note").trigger()
    template_action(window, "Analyst brief").trigger()
    assert {s.id: section_text(window, s.id) for s in window.ws.briefing.sections} == before


def test_undo_names_each_change(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    actor = next(a for a in window.ws.analysis.actors if a.type == "place")
    menu = window.curation.build_menu(actor)
    hide = next(a for a in menu.actions() if a.text() == "&Hide from Briefing")
    hide.trigger()
    wait_idle(qtbot, window)  # (decisions are applied on a worker)
    window.sources.view.text.setFocus()
    assert window.actions.undo.text() == f"&Undo Hide {actor.name}"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.ws.analysis.actor(actor.id).hidden
    assert window.actions.redo.text() == f"&Redo Hide {actor.name}"
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.ws.analysis.actor(actor.id).hidden


def test_the_title_is_never_replaced_a_new_one_is_offered(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    title_box = named(window, TitleEdit, "Title")
    shown = title_box.text()
    assert shown and not named(window, QWidget, "Title suggestion").isVisible()
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)
    assert named(window, TitleEdit, "Title").text() == shown  # today it was replaced
    offer = named(window, QWidget, "Title suggestion")
    assert offer.isVisible()
    suggested = window.ws.briefing.title_offer
    assert suggested and suggested in named(window, QWidget, "Suggested title").text()

    named(window, QWidget, "Keep my title").click()
    assert not named(window, QWidget, "Title suggestion").isVisible()
    assert named(window, TitleEdit, "Title").text() == shown
    window.actions.refresh.trigger()
    wait_idle(qtbot, window)
    assert not named(window, QWidget, "Title suggestion").isVisible()  # not offered again

    # a typed title stays too
    title_box = named(window, TitleEdit, "Title")
    title_box.setFocus()
    title_box.selectAll()
    type_text(qtbot, "Astana and its neighbours")
    window.actions.refresh.trigger()
    wait_idle(qtbot, window)
    assert named(window, TitleEdit, "Title").text() == "Astana and its neighbours"


def test_using_the_suggested_title_is_one_named_undo_step(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    shown = named(window, TitleEdit, "Title").text()  # the analyst's title once shown
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)
    suggested = window.ws.briefing.title_offer
    assert suggested and named(window, QWidget, "Title suggestion").isVisible()

    named(window, QWidget, "Use suggested title").click()
    assert named(window, TitleEdit, "Title").text() == suggested
    window.sources.view.text.setFocus()  # (not a text box: Ctrl+Z is the window's Undo)
    assert window.actions.undo.text() == "&Undo Use Suggested Title"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert named(window, TitleEdit, "Title").text() == shown
    assert window.ws.briefing.title == shown and window.ws.fields.get("title", shown) == shown
    assert named(window, QWidget, "Title suggestion").isVisible()  # offered again, not lost
    assert window.actions.redo.text() == "&Redo Use Suggested Title"
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert named(window, TitleEdit, "Title").text() == suggested
    # saved as it shows: the undone-then-redone title is the workspace's too
    window.sync_briefing()
    assert window.ws.briefing.title == suggested and window.ws.fields["title"] == suggested


def view_selection(window) -> tuple[str, int, int]:
    view = window.sources.view
    cursor = view.text.textCursor()
    return (view.source.id if view.source else "", cursor.selectionStart(), cursor.selectionEnd())


def marker_position(editor):
    """The place of the first citation marker in a section (document position, point)."""
    from briefing_app.ui.briefing import block_text

    cursor = editor.textCursor()
    doc = editor.document()
    for position in range(doc.characterCount() - 1):
        cursor.setPosition(position + 1)
        if cursor.charFormat().property(block_text.CITE):
            cursor.setPosition(position)
            rect = editor.cursorRect(cursor)
            return position, rect.center() + QPoint(3, 0)
    raise AssertionError("no citation marker")


def test_clicking_into_auto_text_only_places_the_cursor(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    editor, _, pos = first_key_point_pos(window)
    before = view_selection(window)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert QApplication.focusWidget() is editor
    assert view_selection(window) == before  # the source pane did not jump

    press(qtbot, Qt.Key.Key_F4)  # Show Source
    source_id, start, end = view_selection(window)
    assert end > start and (source_id, start, end) != before

    window.sources.view.text.setTextCursor(window.sources.view.text.cursorForPosition(pos))
    before = view_selection(window)
    QApplication.processEvents()  # any pending relayout first: the marker must stay put
    _, at = marker_position(editor)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view_selection(window) != before  # the [n] marker shows the source


def test_typing_into_auto_text_marks_the_typed_words_only(qtbot, window, sample_path):
    from briefing_app.ui.briefing import block_text

    open_sample(qtbot, window, sample_path)
    editor, block, pos = first_key_point_pos(window)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    machine = block.text()
    type_text(qtbot, "NOTE ")
    block = editor.textCursor().block()
    assert block_text.is_from_auto(block, editor.originals)  # still tinted as auto text
    assert not block_text.is_pristine_auto(block, editor.originals)
    window.sync_briefing()
    edited = window.ws.briefing.section("key_points").blocks[0]
    typed = [r.text for r in edited.runs if r.user]
    assert typed == ["NOTE "]
    assert "".join(r.text for r in edited.runs if not r.user and not r.cite).strip() in machine

    window.actions.refresh.trigger()  # a refresh never touches the typed words
    wait_idle(qtbot, window)
    again = window.ws.briefing.section("key_points").blocks[0]
    assert [r.text for r in again.runs if r.user] == ["NOTE "]
    assert "NOTE " in window.editor.editor("key_points").toPlainText()


def test_an_edited_bottom_line_is_marked_when_sources_change(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    click_into(qtbot, window, "bluf")
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " My reading.")
    window.sync_briefing()
    assert not [w for w in window.findChildren(QWidget) if w.accessibleName() == "Sources changed"]
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: named(window, QWidget, "Sources changed").isVisible())
    mark = named(window, QWidget, "Sources changed")
    assert "Sources changed since this was written" in mark.text()
    assert " My reading." in section_text(window, "bluf")


def test_a_reopened_project_comes_back_as_it_was_left(qtbot, make_window, sample_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE * 6, encoding="utf-8")  # long enough to scroll
    first = make_window()
    first.open_paths([str(sample_path), str(other)])
    wait_idle(qtbot, first)
    first.prompter.project_path = str(tmp_path / "kz.briefing")
    assert first.save()
    wait_idle(qtbot, first)
    first.actors_dock.show()
    first.splitter.setSizes([380, 900])
    sizes = first.splitter.sizes()
    second_source = first.ws.sources[1].id
    first.sources.show_source(second_source)
    bar = first.sources.view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    first.close()

    again = make_window()
    assert not again.work_built or not again.actors_dock.isVisible()
    again.open_project(str(tmp_path / "kz.briefing"))
    wait_idle(qtbot, again)
    qtbot.waitUntil(lambda: again.sources.current_id() == second_source)
    assert again.actors_dock.isVisible()
    assert again.splitter.sizes()[0] == sizes[0]
    bar = again.sources.view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == scrolled)


def test_a_long_session_loses_no_typed_word(qtbot, make_window, sample_path, tmp_path):
    from docx import Document
    from pypdf import PdfReader
    from test_ui_annotate import select

    window = make_window()
    open_sample(qtbot, window, sample_path)
    # typed into an auto-filled key point, and a sentence of the analyst's own
    editor, _, pos = first_key_point_pos(window)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    press(qtbot, Qt.Key.Key_Home)
    type_text(qtbot, "Firstly ")
    click_into(qtbot, window, "assessment")
    type_text(qtbot, "Integration will deepen.")
    # annotate a passage and quote it into the key points
    window.editor.note_focus(window.editor.editor("key_points"))
    select(window, "Kassym-Jomart Tokayev")
    window.annotate.highlight_action.trigger()
    window.editor.note_focus(window.editor.editor("key_points"))
    select(window, "Kassym-Jomart Tokayev")
    window.annotate.quote_action.trigger()
    assert len(window.ws.annotations) == 1
    words = ("Firstly", "Integration will deepen.", "Kassym-Jomart Tokayev")

    def everything() -> str:
        window.sync_briefing()
        return "\n".join(section_text(window, s.id) for s in window.ws.briefing.sections)

    # two switches, then Undo
    template_action(window, "Government briefing note").trigger()
    template_action(window, "Situation report").trigger()
    for word in words:
        assert everything().count(word) >= 1, word
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.template.id == "government_note"
    assert "Firstly" in section_text(window, "key_considerations")
    assert "Integration will deepen." in section_text(window, "notes")

    # export both and read back what a reader gets
    window.prompter.export_target = str(tmp_path / "brief.docx")
    window.export_dialog("both")
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    docx = "\n".join(p.text for p in Document(str(tmp_path / "brief.docx")).paragraphs)
    pdf = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "brief.pdf")).pages
    )
    for word in words:
        assert word in docx, word
        assert word in pdf, word

    # save, close, reopen: every word, and back in the first template every section as it was
    window.prompter.project_path = str(tmp_path / "session.briefing")
    assert window.save()
    wait_idle(qtbot, window)
    window.close()
    again = make_window()
    again.open_project(str(tmp_path / "session.briefing"))
    wait_idle(qtbot, again)
    assert again.ws.template.id == "government_note"
    template_action(again, "Analyst brief").trigger()
    assert section_text(again, "key_points").count("Firstly") == 1
    assert section_text(again, "assessment").strip() == "Integration will deepen."
    assert section_text(again, "key_points").count("Kassym-Jomart Tokayev") >= 1
    assert len(again.ws.annotations) == 1


def test_at_1024_by_700_the_briefing_gets_the_most_room(qtbot, make_window, sample_path):
    window = make_window(resize=False)
    window.resize(1024, 700)
    open_sample(qtbot, window, sample_path)
    window.actors_dock.show()
    briefing = named(window, QWidget, "Briefing editor")
    qtbot.waitUntil(  # today: 264 px for the briefing, 330 for the Actors dock
        lambda: (
            briefing.width() > window.sources.width()
            and briefing.width() > window.actors_dock.width()
            and briefing.width() >= 0.38 * window.width()
        ),
        timeout=15000,
    )
    # the Actors table's names are whole: a long one wraps instead of ending in "…"
    tree = named(window, QWidget, "Actors")
    qtbot.waitUntil(lambda: tree.topLevelItem(0).sizeHint(0).isValid(), timeout=15000)
    metrics = tree.fontMetrics()

    def long_names_wrap() -> bool:
        column = tree.header().sectionSize(0) - 24
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return all(
            tree.visualItemRect(item).height() >= 2 * metrics.height()
            for item in items
            if metrics.horizontalAdvance(item.text(0)) > column
        )

    qtbot.waitUntil(long_names_wrap, timeout=15000)  # the layout settles in its own time
    window.resize(1300, 850)  # and after a relayout
    window.resize(1024, 700)
    long = max(
        (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())),
        key=lambda it: metrics.horizontalAdvance(it.text(0)),
    )
    width = tree.header().sectionSize(0) - 24
    if metrics.horizontalAdvance(long.text(0)) > width:
        qtbot.waitUntil(
            lambda: tree.visualItemRect(long).height() >= 2 * metrics.height(), timeout=15000
        )


def test_at_1024_by_700_the_whole_title_shows(qtbot, make_window, sample_path):
    window = make_window(resize=False)
    window.resize(1024, 700)
    open_sample(qtbot, window, sample_path)
    title = named(window, TitleEdit, "Title")
    text = title.text()
    metrics = title.fontMetrics()
    qtbot.waitUntil(lambda: title.isVisible() and title.width() > 0, timeout=15000)
    # the sample's title is longer than the box is wide: it wraps instead of being cut
    assert metrics.horizontalAdvance(text) > title.viewport().width()

    def whole() -> bool:
        layout = title.document().firstBlock().layout()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        room = title.viewport().width()
        return (
            len(lines) >= 2
            and sum(line.textLength() for line in lines) == len(text)
            and all(line.naturalTextWidth() <= room for line in lines)
            and title.document().size().height() <= title.viewport().height() + 1
        )

    qtbot.waitUntil(whole, timeout=15000)
    window.resize(1300, 850)  # and again after a relayout
    window.resize(1024, 700)
    qtbot.waitUntil(whole, timeout=15000)
    window.grab().save("/tmp/title.png")
    # still one line of text: Enter adds no newline, typing is an edit like before
    edits: list[str] = []
    title.textEdited.connect(edits.append)
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "!")
    assert title.text() == text + "!" and "\n" not in title.text()
    assert edits and window.editor.fields()["title"] == text + "!"


def test_at_1024_by_700_side_panels_side_by_side_collapse_to_tabs(qtbot, make_window, sample_path):
    from PySide6.QtWidgets import QTabBar

    window = make_window(resize=False)
    window.resize(1024, 700)
    open_sample(qtbot, window, sample_path)
    actors, notes = window.actors_dock, window.annotate.dock
    actors.show()
    # the analyst put Annotations beside Actors at the right edge (two columns of panels)
    window.splitDockWidget(actors, notes, Qt.Orientation.Horizontal)
    notes.show()
    briefing = named(window, QWidget, "Briefing editor")
    qtbot.waitUntil(lambda: notes in window.tabifiedDockWidgets(actors))
    qtbot.waitUntil(
        lambda: briefing.width() > max(window.sources.width(), actors.width(), notes.width())
    )

    # one tab strip names both panels; choosing a tab brings that panel to the front
    def strip():
        return next(
            (
                bar
                for bar in window.findChildren(QTabBar)
                if bar.isVisible()
                and {bar.tabText(i) for i in range(bar.count())} >= {"Actors", "Annotations"}
            ),
            None,
        )

    qtbot.waitUntil(lambda: strip() is not None)
    bar = strip()
    for title, shown, behind in (("Annotations", notes, actors), ("Actors", actors, notes)):
        tab = next(i for i in range(bar.count()) if bar.tabText(i) == title)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        qtbot.waitUntil(
            lambda s=shown, b=behind: (
                not s.visibleRegion().isEmpty() and b.visibleRegion().isEmpty()
            )
        )


def test_annotating_keeps_the_passage_in_view_and_a_quote_is_shown(qtbot, window, sample_path):
    from test_ui_annotate import select

    open_sample(qtbot, window, sample_path)
    view = window.sources.view.text
    select(window, "Uzbekistan")  # far down the article
    window.annotate.highlight_action.trigger()
    assert len(window.ws.annotations) == 1
    assert not named(window, QWidget, "Annotations").isVisible()  # not opened over it
    rect = view.cursorRect()
    assert view.viewport().rect().contains(rect.center())  # the passage is still in view

    window.editor.note_focus(window.editor.editor("key_points"))
    select(window, "Uzbekistan")
    window.annotate.quote_action.trigger()
    editor = window.editor.editor("key_points")
    qtbot.waitUntil(lambda: bool(editor.extraSelections()))  # the quote flashes
    selections = editor.extraSelections()  # (kept alive: the cursors belong to the list)
    flashed = QTextCursor(selections[0].cursor)
    assert "Uzbekistan" in flashed.selectedText()
    # and is scrolled into view in the briefing
    scroll = window.editor.scroll
    top_left = editor.mapTo(scroll.widget(), editor.cursorRect(flashed).topLeft())
    visible = scroll.verticalScrollBar().value()
    assert visible <= top_left.y() <= visible + scroll.viewport().height()
    qtbot.waitUntil(lambda: not editor.extraSelections(), timeout=3000)


def test_section_hints_are_never_cut_off(qtbot, make_window, sample_path):
    window = make_window(resize=False)
    window.resize(1024, 700)
    open_sample(qtbot, window, sample_path)
    window.actors_dock.show()
    empty = [e for e in window.editor.text_editors() if e.document().isEmpty()]
    assert empty and all(e.placeholderText() for e in empty)
    for editor in empty:
        margin = editor.document().documentMargin()
        width = int(editor.viewport().width() - 2 * margin)
        need = editor.fontMetrics().boundingRect(
            0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), editor.placeholderText()
        )
        height = need.height() + margin
        qtbot.waitUntil(lambda e=editor, h=height: e.viewport().height() >= h)


def test_the_source_can_be_selected_and_annotated_from_the_keyboard(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    text = named(window, QWidget, "Source text")
    text.setFocus()
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    both = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    press(qtbot, Qt.Key.Key_Right, both)
    selected = text.textCursor().selectedText()
    assert selected and window.sources.view.source.text.startswith(selected)
    press(qtbot, Qt.Key.Key_H, both)  # Highlight (Ctrl+Shift+H)
    [ann] = window.ws.annotations
    assert ann.quote == selected


def test_tab_runs_through_the_fields_the_sections_then_the_sources(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    named(window, TitleEdit, "Title").setFocus()
    seen = [QApplication.focusWidget().accessibleName()]
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
        if seen[-1] == "Sources":
            break
    assert seen[:4] == ["Title", "Classification", "Date", "Author"]
    sections = [s.heading for s in window.ws.briefing.sections if s.fill != "sources"]
    shown = [name.removeprefix("Section ") for name in seen[4:-1] if name.startswith("Section")]
    assert shown == sections
    assert seen[-1] == "Sources"


def test_wording_enablement_and_last_folder(qtbot, window, sample_path, tmp_path):
    # editing actions wait for a briefing: nothing to undo or find on the start page
    assert window.stack.currentWidget() is window.start
    assert not window.actions.undo.isEnabled() and not window.actions.find.isEnabled()
    open_sample(qtbot, window, sample_path)
    assert window.actions.undo.isEnabled() and window.actions.find.isEnabled()
    tree = named(window, QWidget, "Actors")
    assert "(n): in how many of the sources" in tree.headerItem().toolTip(2)
    once = next(a for a in window.ws.analysis.actors if a.mentions == 1)
    window.actors.select_actor(once.id)
    assert "1 mention in 1 source" in window.actors.tree.currentItem().toolTip(0)

    # Save and Export start in the folder last used
    folder = tmp_path / "work"
    folder.mkdir()
    asked = []
    window.prompter.save_project = lambda suggested: (
        asked.append(suggested) or str(folder / "p.briefing")
    )
    assert window.save()
    wait_idle(qtbot, window)
    window.prompter.export_path = lambda suggested, kind: asked.append(suggested) or ""
    window.export_dialog("docx")
    assert str(folder) in asked[-1]  # Export starts where the project was saved


def test_the_actors_map_fits_zooms_and_names_the_busiest(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    window.map_dock.show()
    view = named(window, QWidget, "Actors map")
    qtbot.waitUntil(lambda: view.node_count() > 0)

    def fits() -> bool:
        shown = view.mapFromScene(view.scene().sceneRect()).boundingRect()
        return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)

    qtbot.waitUntil(fits)  # the whole map in its panel on open
    fitted = view.zoom_factor()
    named(window, QWidget, "Zoom in").click()
    assert view.zoom_factor() > fitted and not fits()
    named(window, QWidget, "Zoom out").click()
    named(window, QWidget, "Zoom out").click()
    assert view.zoom_factor() < fitted
    named(window, QWidget, "Fit map").click()
    assert abs(view.zoom_factor() - fitted) < 1e-6 and fits()
