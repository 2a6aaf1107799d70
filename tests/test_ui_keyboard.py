"""Keyboard and discoverability (issue 10 §4): everything reachable without a mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_ui_window as window_tests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_window import open_sample, wait_idle

pytestmark = pytest.mark.slow
make_window = window_tests.make_window  # the window fixtures, shared
window = window_tests.window

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Keys to whatever has the focus, as a user types them."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_source_text_is_selected_and_highlighted_from_the_keyboard(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    window.actions.switch_pane.trigger()  # F6: into the reading view
    view = window.sources.view
    assert QApplication.focusWidget() is view.text
    flags = view.text.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard, "a caret to move"
    text = view.source.text
    press(qtbot, Qt.Key.Key_Home, CTRL)
    # a few lines in, past the headline at the top: the arrows move the caret, not the page
    press(qtbot, Qt.Key.Key_Down, times=3)
    start = view.text_position(view.text.textCursor().position())
    assert start > 0
    caret = view.text.cursorRect()
    with_caret = view.text.viewport().grab(caret.adjusted(-1, 0, 1, 0)).toImage()
    window.editor.title.setFocus()  # (an unfocused view draws no caret)
    without = view.text.viewport().grab(caret.adjusted(-1, 0, 1, 0)).toImage()
    assert with_caret != without, "a visible caret in the reading view"
    view.text.setFocus()
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT, times=2)  # two words
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=3)  # and three characters
    span = view.selected_span()
    assert span is not None and span[0] == start and span[1] > start + 3
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # Annotate ▸ Highlight
    [ann] = window.ws.annotations
    assert (ann.source, ann.start, ann.end) == (view.source.id, *span)
    assert ann.quote == text[span[0] : span[1]]

    # Comment, Tag and Quote work the same way on a keyboard selection.
    asked = []
    window.annotate.ask = lambda ann, tags, focus: (asked.append(focus), None)[1]
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    assert asked == ["comment", "tags"]
    quote = window.ws.source(ann.source).text[span[0] : span[1]]
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)  # Quote in Briefing
    quoted = [b for s in window.ws.briefing.sections for b in s.blocks if b.kind == "quote"]
    assert [b.evidence[0].start for b in quoted] == [span[0]] and quote.strip() in quoted[0].text


def toolbar_button(window, name: str):
    from PySide6.QtWidgets import QToolButton

    found = [
        b
        for b in window.menus.toolbar.findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction().iconText() == name
    ]
    return found[0] if found else None


def test_tag_has_a_toolbar_button(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    button = toolbar_button(window, "Tag")
    assert button is not None and button.isVisible() and not button.icon().isNull()
    assert not button.isEnabled(), "nothing selected yet"
    window.actions.switch_pane.trigger()
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    assert button.isEnabled()
    asked = []
    window.annotate.ask = lambda ann, tags, focus: (asked.append((focus, ann.start)), None)[1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [("tags", 0)]

    # On a 1024 px screen the tool bar keeps every button (icons only), Tag included.
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    names = ("Tag", "Comment", "Quote", "Export", "Open Sources")
    qtbot.waitUntil(lambda: all(toolbar_button(window, n).isVisible() for n in names))


def menu_action(window, *path: str):
    """The action at ``path`` of the menu bar ("Help", "Keyboard Shortcuts"), found by text."""
    actions = window.menuBar().actions()
    for name in path:
        found = next(a for a in actions if a.text().replace("&", "").rstrip("…") == name)
        actions = found.menu().actions() if found.menu() else []
    return found


def test_help_lists_the_shortcuts_of_the_real_actions(qtbot, window, sample_path):
    from briefing_app import __version__

    open_sample(qtbot, window, sample_path)
    window.annotate.tag_action.setShortcut("Ctrl+Alt+G")  # a changed key shows at once
    menu_action(window, "Help", "Keyboard Shortcuts").trigger()
    dialog = window.help.shortcuts
    assert dialog.isVisible() and dialog.accessibleName() == "Keyboard shortcuts"
    listed = dialog.commands()
    assert listed["Highlight"] == "Ctrl+Shift+H"
    assert listed["Tag"] == "Ctrl+Alt+G"
    assert listed["Show Source"] == "F4" and listed["Switch Pane"] == "F6"
    assert "Ctrl+Shift+B" in listed["Quote in Briefing"]
    for action in window.findChildren(type(window.actions.save)):
        keys = action.shortcuts()
        if keys and action.menu() is None and action.parent() is window:
            name = action.text().replace("&", "").rstrip("…")
            assert name in listed, f"{name} is missing from the shortcuts"
    dialog.close()

    menu_action(window, "Help", "Quick Start").trigger()
    quick = window.help.quick_start
    assert quick.isVisible() and "F4" in quick.text.toPlainText()
    assert quick.text.toPlainText().count("\n") > 5  # a few paragraphs
    quick.close()

    menu_action(window, "Help", "About Briefing").trigger()
    about = window.help.about
    assert about.isVisible() and __version__ in about.text()
    about.close()


def test_counts_are_worded_for_one_and_the_mentions_column_explains_itself(
    qtbot, window, sample_path
):
    from PySide6.QtWidgets import QTreeWidget

    open_sample(qtbot, window, sample_path)
    window.actors_dock.show()
    tree = next(t for t in window.findChildren(QTreeWidget) if t.accessibleName() == "Actors")
    header = tree.headerItem()
    mentions = next(c for c in range(tree.columnCount()) if header.text(c) == "Mentions")
    tip = header.toolTip(mentions)
    assert "(n)" in tip and "sources" in tip
    once = [a for a in window.ws.analysis.actors if a.mentions == 1 and len(a.sources) == 1]
    assert once, "the sample has actors named once"
    tree.setFocus()
    press(qtbot, Qt.Key.Key_End)  # sorted by mentions: the last is named once
    item = tree.currentItem()
    assert item.text(mentions) == "1 (1)"
    assert "1 mention in 1 source" in item.toolTip(0) and "mentions" not in item.toolTip(0)
    qtbot.waitUntil(lambda: "1 mention" in window.actors.mention_label.text())
    assert "1 mentions" not in window.actors.mention_label.text()


def test_editing_commands_wait_for_a_briefing(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    assert window.start.isVisible()
    for path in [("Edit", "Undo"), ("Edit", "Paste"), ("Edit", "Find"), ("Edit", "Bold"),
                 ("File", "Save"), ("File", "Export Word (DOCX)"), ("Briefing", "Show Source"),
                 ("View", "Switch Pane")]:  # fmt: skip
        assert not menu_action(window, *path).isEnabled(), path
    assert menu_action(window, "File", "Open Sources").isEnabled()
    press(qtbot, Qt.Key.Key_F, CTRL)  # Find: nothing happens, the start panel stays
    assert window.start.isVisible()
    new = next(b for b in window.start.findChildren(QToolButton) if "New" in b.text())
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert not window.start.isVisible()
    for path in [("Edit", "Undo"), ("Edit", "Find"), ("File", "Save"), ("View", "Switch Pane")]:
        assert menu_action(window, *path).isEnabled(), path


def test_save_and_export_start_in_the_last_folder_used(qtbot, make_window, sample_path, tmp_path):
    asked = []
    window = make_window()
    prompter = window.prompter
    prompter.save_project = lambda suggested: (asked.append(("save", suggested)), "")[1]
    prompter.export_path = lambda suggested, kind: (asked.append(("export", suggested)), "")[1]
    open_sample(qtbot, window, sample_path)
    (tmp_path / "cases").mkdir()
    window.prefs.qs.setValue("dirs/projects", str(tmp_path / "cases"))  # a project saved there
    menu_action(window, "File", "Export Word (DOCX)").trigger()
    assert asked[-1][0] == "export" and Path(asked[-1][1]).parent == tmp_path / "cases"

    # The map exported elsewhere: Export (and the map's next export) start there.
    (tmp_path / "figures").mkdir()
    panel = window.actors_map_panel
    window.map_dock.show()
    panel.ask_path = lambda title, suggested, filters: (
        asked.append(("map", suggested)),
        str(tmp_path / "figures" / "map.png"),
    )[1]
    panel.png_button.click()
    assert (tmp_path / "figures" / "map.png").is_file()
    menu_action(window, "File", "Export PDF").trigger()
    assert Path(asked[-1][1]).parent == tmp_path / "figures"
    panel.png_button.click()
    assert Path(asked[-1][1]).parent == tmp_path / "figures"
    menu_action(window, "File", "Save As").trigger()
    assert asked[-1][0] == "save" and Path(asked[-1][1]).parent == tmp_path / "cases"


def focus_name() -> str:
    return QApplication.focusWidget().accessibleName()


def test_tab_runs_through_the_fields_the_sections_then_the_sources(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    wait_idle(qtbot, window)  # no late analysis rebuilds the page while we walk it

    def expected() -> list[str]:
        sections = []
        for section in window.ws.briefing.sections:
            sections += [
                f"{section.heading}: {n.replace('_', ' ').capitalize()}" for n in section.fields
            ]
            if window.editor.editor(section.id) is not None:
                sections.append(f"Section {section.heading}")
        return ["Title", "Classification", "Date", "Author", *sections, "Sources"]

    def walk() -> list[str]:
        window.editor.title.setFocus()
        seen = [focus_name()]
        for _ in range(30):
            press(qtbot, Qt.Key.Key_Tab)
            seen.append(focus_name())
            if seen[-1] == "Sources":
                break
        return seen

    # A page rebuilt by a late signal (a check or a note arriving after the analysis) while we
    # walk would replace the widgets under the walk: wait for the page to be shown, and walk
    # again if it changed under us. Each walk must still be the whole chain to pass.
    for _ in range(3):
        qtbot.waitUntil(
            lambda: all(
                window.editor.editor(s.id) is None or window.editor.editor(s.id).isVisible()
                for s in window.ws.briefing.sections
            ),
            timeout=15000,
        )
        seen = walk()
        if seen == expected():
            break
    assert seen == expected()
    sections = expected()[4:-1]
    press(qtbot, Qt.Key.Key_Backtab)
    assert focus_name() == sections[-1]


def test_tab_in_a_bulleted_list_indents_and_ctrl_tab_leaves(qtbot, make_window, sample_path,
                                                            tmp_path):  # fmt: skip
    window = make_window()
    open_sample(qtbot, window, sample_path)

    def points():  # the page may be rebuilt under us (the focus and cursor stay: see below)
        return window.editor.editor("key_points")

    points().setFocus()
    cursor = points().textCursor()
    cursor.setPosition(points().document().begin().next().position())  # the second bullet
    points().setTextCursor(cursor)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is points(), "Tab stays in the list"
    assert points().textCursor().block().textList().format().indent() == 2
    press(qtbot, Qt.Key.Key_Backtab)
    assert points().textCursor().block().textList().format().indent() == 1
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab, CTRL)  # leaves for the next section
    assert QApplication.focusWidget() is not points()
    assert focus_name().startswith("Section ")
    window.sync_briefing()
    levels = [b.level for b in window.ws.briefing.section("key_points").blocks]
    assert levels[:3] == [0, 1, 0]

    # Kept on save and reopen.
    window.prompter.project_path = str(tmp_path / "nested.briefing")
    assert window.save()
    window.close()
    again = make_window()
    again.open_project(str(tmp_path / "nested.briefing"))
    qtbot.waitUntil(lambda: again.ws.briefing is not None)
    assert [b.level for b in again.ws.briefing.section("key_points").blocks][:3] == [0, 1, 0]
    second = again.editor.editor("key_points").document().begin().next()
    assert second.textList().format().indent() == 2

    # Exported as a nested bullet in Word and indented in the PDF.
    import docx
    import pypdf

    nested = again.ws.briefing.section("key_points").blocks[1].text
    again.export(tmp_path / "nested.docx", "both")
    qtbot.waitUntil(lambda: bool(again.prompter.exported_paths), timeout=60_000)
    styles = {
        p.text.strip(): p.style.name
        for p in docx.Document(str(tmp_path / "nested.docx")).paragraphs
    }
    found = [style for text, style in styles.items() if text.startswith(nested[:40])]
    assert found == ["List Bullet 2"]
    pdf = "".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "nested.pdf")).pages)
    assert "– " + nested[:20] in pdf or "–" + nested[:20] in pdf


def test_an_analysis_landing_while_typing_keeps_the_section_and_the_cursor(
    qtbot, window, sample_path
):
    """Adding a source re-analyses and rebuilds the page; the analyst typing in a section keeps
    the focus, the paragraph, the selection and their next keystrokes where they were."""
    open_sample(qtbot, window, sample_path)
    points = window.editor.editor("key_points")
    points.setFocus()
    cursor = points.textCursor()
    second = points.document().begin().next()  # the second point, at its end
    cursor.setPosition(second.position() + second.length() - 1)
    points.setTextCursor(cursor)
    qtbot.keyClicks(QApplication.focusWidget(), " Checked by phone.")  # now the analyst's
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Left, SHIFT)
    name, edited = focus_name(), points.textCursor().block().text()
    assert points.textCursor().selectedText() == "phone."

    other = Path(__file__).parent / "fixtures" / "articles"
    window.open_paths([str(sorted(other.glob("*.txt"))[0])])
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2
    now = window.editor.editor("key_points")
    assert now is not points, "the page was rebuilt for the new analysis"
    assert QApplication.focusWidget() is now and focus_name() == name
    assert now.textCursor().block().text() == edited
    assert now.textCursor().selectedText() == "phone."
    qtbot.keyClicks(QApplication.focusWidget(), "email.")
    window.sync_briefing()
    texts = [b.text for b in window.ws.briefing.section("key_points").blocks]
    assert sum("Checked by email." in t for t in texts) == 1, texts
    assert not any("phone." in t for t in texts)


def test_a_rebuild_between_two_keystrokes_leaves_the_next_one_in_the_section(
    qtbot, window, sample_path
):
    """The page rebuilt with no event processed in between (a late signal landing between two
    key presses): the very next key still goes to the same section, and Ctrl+Tab from there
    reaches the next section, not the Sources list."""
    open_sample(qtbot, window, sample_path)
    window.editor.editor("key_points").setFocus()
    assert focus_name() == window.editor.editor("key_points").accessibleName()
    window.show_briefing()  # synchronous, as from a worker's result arriving
    now = window.editor.editor("key_points")
    assert QApplication.focusWidget() is now
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert focus_name().startswith("Section ") and QApplication.focusWidget() is not now
