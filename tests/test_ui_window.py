"""The main window as an analyst uses it: sample in, auto-fill, click-through, save, recover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor

from briefing_app.model import EDITED
from briefing_app.ui import workers
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.preferences import Preferences

pytestmark = pytest.mark.slow

OTHER_ARTICLE = """Kazakh leaders meet Chinese delegation in Astana

Kazakhstan's President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi in Astana on
Tuesday to discuss trade and security along the border.

Wang Yi said Beijing supports the Shanghai Cooperation Organisation's role in the region.
The two sides signed agreements on rail links and energy supplies.
"""


class FakePrompter:
    """Answers every question at once, and remembers what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.save_answer = "discard"
        self.recover_answer = "recover"
        self.project_path = ""
        self.export_target = ""
        self.sources: list[str] = []
        self.clipboard_answer: tuple[str, str] | None = None
        self.errors: list[str] = []
        self.exported_paths: list[Path] = []
        self.switch_answer = True

    def ask_save_changes(self, name):
        self.asked.append("save_changes")
        return self.save_answer

    def ask_recover(self, recoveries):
        self.asked.append("recover")
        return (self.recover_answer, recoveries[0] if self.recover_answer == "recover" else None)

    def show_text(self, title, rich_text):
        self.asked.append(f"show {title}")
        self.shown = (title, rich_text)

    def confirm_template_switch(self, name, moves):
        self.asked.append(f"switch to {name}: " + "; ".join(moves))
        return self.switch_answer

    def open_sources(self, folder=""):
        return list(self.sources)

    def open_project(self, folder=""):
        return self.project_path

    def save_project(self, suggested):
        return self.project_path

    def export_path(self, suggested, kind):
        return self.export_target

    def clipboard_source(self, text, title):
        return self.clipboard_answer or (text, title)

    def error(self, title, message):
        self.errors.append(f"{title}: {message}")

    def exported(self, paths):
        self.exported_paths = list(paths)


@pytest.fixture
def make_window(ui_env, qtbot):
    windows: list[MainWindow] = []

    def make(*, resize: bool = True) -> MainWindow:
        window = MainWindow(prefs=Preferences(ui_env), prompter=FakePrompter())
        if resize:
            window.resize(1300, 850)
        window.show()
        qtbot.waitExposed(window)
        window.start_model_warm_up()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.prompter.save_answer = "discard"
        window.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def wait_idle(qtbot, window: MainWindow) -> None:
    """Until no file load or analysis is pending or running."""
    qtbot.waitUntil(
        lambda: not workers.active_tasks() and not window.analysis_running(), timeout=90_000
    )


def open_sample(qtbot, window: MainWindow, sample_path: Path) -> None:
    window.open_paths([str(sample_path)])
    wait_idle(qtbot, window)
    assert window.ws.briefing is not None


def table_names(window: MainWindow) -> list[str]:
    table = window.editor.editor("actors")
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def first_key_point_pos(window: MainWindow) -> tuple:
    editor = window.editor.editor("key_points")
    block = editor.document().begin()
    rect = editor.document().documentLayout().blockBoundingRect(block)
    return editor, block, QPoint(int(rect.left()) + 40, int(rect.center().y()))


def type_at_start_of_first_key_point(qtbot, window: MainWindow, text: str) -> None:
    editor, block, _ = first_key_point_pos(window)
    editor.setFocus()
    cursor = QTextCursor(block)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)
    window.sync_briefing()


def test_sample_article_is_auto_filled_with_its_actors(qtbot, window, sample_path):
    assert window.stack.currentWidget() is window.start  # start page first
    open_sample(qtbot, window, sample_path)
    names = table_names(window)
    assert "Vladimir Putin" in names
    assert "Kassym-Jomart Tokayev" in names
    assert "Vladimir Putin" in window.actors.names()
    key_points = window.editor.editor("key_points").toPlainText()
    assert key_points.strip(), "the key points section was not filled"
    assert window.words_label.text().split()[0] != "0"
    assert window.sources.view.source.id == window.ws.sources[0].id


def test_clicking_a_key_point_selects_exactly_its_evidence(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    editor, block, pos = first_key_point_pos(window)
    ev = editor.originals[block.blockFormat().property(0x100001)].evidence[0]
    ctrl = Qt.KeyboardModifier.ControlModifier  # (a plain click only places the cursor)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, ctrl, pos=pos)
    cursor = window.sources.view.text.textCursor()
    source = window.ws.source(ev.source)
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (ev.start, ev.end)
    assert cursor.selectedText() == source.text[ev.start : ev.end].replace("\n", "\u2029")
    # the clicked sentence is the one the key point quotes
    assert block.text().split(" [")[0].strip()[:40] in source.text[ev.start : ev.end]


def test_an_edit_survives_a_new_source_and_refresh(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    type_at_start_of_first_key_point(qtbot, window, "EDITED BY ANALYST: ")
    other = tmp_path / "astana.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2
    window.refresh_autofill()
    wait_idle(qtbot, window)
    text = window.editor.editor("key_points").toPlainText()
    assert "EDITED BY ANALYST: " in text
    blocks = window.ws.briefing.section("key_points").blocks
    edited = [b for b in blocks if b.text.startswith("EDITED BY ANALYST")]
    assert len(edited) == 1 and edited[0].origin == EDITED and edited[0].evidence
    assert len(window.ws.briefing.citations) == 2


def test_save_close_reopen_gives_back_the_same_briefing(qtbot, make_window, sample_path, tmp_path):
    first = make_window()
    open_sample(qtbot, first, sample_path)
    type_at_start_of_first_key_point(qtbot, first, "Checked: ")
    first.editor.author.setText("A. Analyst")
    first.editor.author.textEdited.emit("A. Analyst")
    first.prompter.project_path = str(tmp_path / "kz.briefing")
    assert first.save()
    wait_idle(qtbot, first)  # (it writes on a worker)
    assert not first.isWindowModified()
    assert "kz.briefing" in first.windowTitle()
    saved = first.editor.briefing()
    sources = [s.to_dict() for s in first.ws.sources]
    first.close()
    assert not first.prompter.asked  # nothing unsaved, nothing asked

    second = make_window()
    second.open_project(str(tmp_path / "kz.briefing"))
    wait_idle(qtbot, second)
    again = second.editor.briefing()
    assert [s.to_dict() for s in again.sections] == [s.to_dict() for s in saved.sections]
    assert (again.title, again.author, again.date) == (saved.title, "A. Analyst", saved.date)
    assert [s.to_dict() for s in second.ws.sources] == sources
    assert "Checked: " in second.editor.editor("key_points").toPlainText()
    assert not second.isWindowModified()


def test_a_crash_leaves_a_recovery_copy_that_restores_the_edits(qtbot, make_window, sample_path):
    crashed = make_window()
    open_sample(qtbot, crashed, sample_path)
    type_at_start_of_first_key_point(qtbot, crashed, "Unsaved note: ")
    assert crashed.write_recovery() is not None  # what the autosave timer does
    wait_idle(qtbot, crashed)  # (it writes on a worker)
    assert crashed.files.recovery_path is not None
    crashed.files.recovery_path = None  # a crash never gets to clean up its copy
    crashed.close()  # (answers "discard": the process is gone)

    restarted = make_window()
    assert restarted.offer_recovery()
    assert restarted.prompter.asked == ["recover"]
    wait_idle(qtbot, restarted)
    assert "Unsaved note: " in restarted.editor.editor("key_points").toPlainText()
    assert restarted.isWindowModified()


def test_export_both_writes_docx_and_pdf(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    window.prompter.export_target = str(tmp_path / "out" / "brief.docx")
    (tmp_path / "out").mkdir()
    window.export_dialog("both")
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    docx, pdf = tmp_path / "out" / "brief.docx", tmp_path / "out" / "brief.pdf"
    assert docx.read_bytes()[:2] == b"PK"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert set(window.prompter.exported_paths) == {docx, pdf}
    assert not window.prompter.errors


def test_dropping_a_bad_file_among_good_ones(qtbot, window, sample_path, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    good = tmp_path / "astana.txt"
    good.write_text(OTHER_ARTICLE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (sample_path, bad, good)])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2
    lines = window.problems.lines()
    assert len(lines) == 1 and lines[0].startswith("broken.pdf")
    assert window.problems_dock.isVisible()
    assert window.sources.list.count() == 2
    # One problem takes a line or two of height, not a third of the window.
    qtbot.waitUntil(lambda: window.problems_dock.height() < window.height() * 0.2)
    assert window.problems.viewport().height() >= window.problems.sizeHintForRow(0)


def test_closing_with_unsaved_changes_asks(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.prompter.save_answer = "cancel"
    window.close()
    assert window.isVisible() and window.prompter.asked == ["save_changes"]


def test_clipboard_text_becomes_a_titled_source(qtbot, window):
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(OTHER_ARTICLE)
    window.prompter.clipboard_answer = (OTHER_ARTICLE, "Wang Yi in Astana")
    window.paste_source()
    wait_idle(qtbot, window)
    assert [s.display_name for s in window.ws.sources] == ["Wang Yi in Astana"]
    assert window.sources.view.title.text() == "Wang Yi in Astana"


def test_switching_template_keeps_the_content(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    type_at_start_of_first_key_point(qtbot, window, "Keep me: ")
    window.set_template("government_note")
    assert window.ws.template.id == "government_note"
    everything = " ".join(e.toPlainText() for e in window.editor.text_editors())
    assert "Keep me: " in everything
    assert window.editor.template_box.currentData() == "government_note"


def test_find_and_replace_in_the_briefing_with_undo(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    editor, _, pos = first_key_point_pos(window)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # into the briefing
    window.actions.replace.trigger()
    assert window.find_bar.replace_edit.isVisible()
    word = max(editor.toPlainText().split(), key=len)  # a word the key points surely hold
    window.find_bar.find_edit.setText(word)
    window.find_bar.replace_edit.setText("REPLACED")
    n = window.find_bar.replace_all()
    assert n >= 1
    text = " ".join(e.toPlainText() for e in window.editor.text_editors())
    assert word not in text and text.count("REPLACED") == n
    editor.undo()
    assert word in editor.toPlainText()


def test_cancel_stops_the_analysis_and_leaves_the_briefing_alone(qtbot, window, sample_path):
    qtbot.waitUntil(lambda: window.model_ready, timeout=60_000)
    window.load_sources([str(sample_path)])
    qtbot.waitUntil(lambda: window.analyser.task is not None, timeout=30_000)
    assert window.analyser.progress.isVisible() and window.analyser.cancel_button.isVisible()
    window.actions.cancel.trigger()
    wait_idle(qtbot, window)
    assert not window.analyser.progress.isVisible()
    assert window.ws.analysis is None and window.ws.briefing is None
    window.actions.refresh.trigger()  # Refresh Auto-fill analyses what is pending
    wait_idle(qtbot, window)
    assert window.ws.analysis is not None


def test_find_in_the_source_being_read(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    view = window.sources.view
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    window.actions.find.trigger()
    assert window.find_bar.isVisible() and not window.find_bar.replace_edit.isVisible()
    window.find_bar.find_edit.setText("Tokayev")
    assert window.find_bar.find_next()
    assert view.text.textCursor().selectedText() == "Tokayev"
    window.find_bar.find_edit.setText("no such words here")
    assert not window.find_bar.find_next()
    assert window.find_bar.status.text() == "Not found"


def test_window_layout_is_remembered(qtbot, make_window):
    first = make_window()
    first.show_editor()
    first.splitter.setSizes([300, 900])
    first.resize(1010, 690)
    size = (first.width(), first.height())
    assert size != (1300, 850)
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(resize=False)
    # (the offscreen screen is 800 px wide, so a restored width is clamped: check the height)
    assert second.height() == size[1]
    second.show_editor()
    assert second.splitter.sizes()[0] == sizes[0]  # the sources pane keeps its width


def test_start_page_buttons_open_the_sample_and_a_new_briefing(qtbot, window):
    window.start.buttons["sample"].click()
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is not window.start
    assert [s.title for s in window.ws.sources] and window.ws.briefing is not None
    window.prompter.save_answer = "discard"
    window.actions.new.trigger()
    assert window.prompter.asked == ["save_changes"]
    assert window.ws.sources == [] and window.editor.briefing().sections
    assert "Untitled" in window.windowTitle()


def test_preferences_shape_new_briefings_and_exports(qtbot, window, sample_path, tmp_path):
    from briefing_app.ui.window.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.prefs, window.ws.templates(), window)
    dialog.author.setText("J. Smith")
    dialog.classification.setCurrentText("OFFICIAL-SENSITIVE")
    dialog.template.setCurrentIndex(dialog.template.findData("government_note"))
    dialog.page_size.setCurrentText("Letter")
    dialog.apply()
    dialog.deleteLater()
    window.new_briefing()
    assert window.ws.template.id == "government_note"
    assert window.editor.author.text() == "J. Smith"
    assert window.editor.classification.currentText() == "OFFICIAL-SENSITIVE"
    window.open_paths([str(sample_path)])
    wait_idle(qtbot, window)
    assert window.editor.author.text() == "J. Smith"  # auto-fill keeps the analyst's fields
    window.export(tmp_path / "letter.pdf", "pdf")
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    from pypdf import PdfReader

    width, height = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # US Letter in points


def test_a_foreign_file_given_as_a_project_gets_a_clear_message(qtbot, window, tmp_path):
    bogus = tmp_path / "notes.briefing"
    bogus.write_bytes(b"This is a text file, not a project.\n" * 20)
    window.open_paths([str(bogus)])
    wait_idle(qtbot, window)
    assert len(window.prompter.errors) == 1
    message = window.prompter.errors[0]
    assert "notes.briefing" in message and "Traceback" not in message
    assert len(message.splitlines()) == 1
    assert window.ws.sources == []  # nothing half-opened


def test_a_small_screen_fits_the_window_with_its_panels(qtbot, make_window, sample_path):
    window = make_window(resize=False)
    open_sample(qtbot, window, sample_path)
    for dock in (window.actors_dock, window.annotate.dock, window.map_dock):
        dock.show()
    window.resize(1024, 700)
    legend = window.sources.view._toggles["person"]
    author = window.editor.author

    def laid_out() -> bool:  # once the layouts have run for the new size
        return (
            window.width() <= 1024
            and window.height() <= 700
            and legend.isVisible()
            and legend.geometry().right() <= window.sources.view.width()
            and author.mapTo(window, author.rect().bottomRight()).x() <= window.width()
        )

    # The legend, the briefing's fields and the panels' rows wrap instead of widening it.
    qtbot.waitUntil(laid_out, timeout=5_000)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint


def test_every_shortcut_is_bound_once(window, monkeypatch):
    from PySide6.QtGui import QKeySequence

    from briefing_app.ui.window.actions import SPECS, build_actions

    bound: dict[str, str] = {}
    for name, (_, shortcut, _, _) in SPECS.items():
        keys = [k.toString() for k in getattr(window.actions, name).shortcuts()]
        if shortcut is not None:
            assert keys, f"{name} has no shortcut on this platform"
        for key in keys:
            assert key not in bound, f"{key} is bound to both {bound[key]} and {name}"
            bound[key] = name
    assert {"F3", "F5", "Ctrl+F", "Ctrl+Q"} <= set(bound)
    # A desktop without standard keys for Replace gets Ctrl+H, not nothing.
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda key: [])
    bare = build_actions(window)
    assert [k.toString() for k in bare.replace.shortcuts()] == ["Ctrl+H"]
    assert bare.find.shortcuts() == []  # a standard key without a fallback stays unbound
    for action in vars(bare).values():
        action.deleteLater()


def test_replace_shortcut_opens_find_and_replace(qtbot, window):
    from PySide6.QtTest import QTest

    window.show_editor()
    window.editor.title.setFocus()
    key = window.actions.replace.shortcuts()[0]
    QTest.keySequence(window, key)
    qtbot.waitUntil(window.find_bar.isVisible)
    assert window.find_bar.replace_edit.isVisible()


def test_dialogs_and_menus_leave_nothing_behind(qtbot, window, sample_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QDialog, QMessageBox

    from briefing_app.ui.window.dialogs import Prompter

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    prompter = Prompter(window)
    assert prompter.ask_save_changes("x.briefing") == "discard"
    assert prompter.clipboard_source("Some pasted text", "Pasted") == ("Some pasted text", "Pasted")
    prompter.exported([sample_path])
    open_sample(qtbot, window, sample_path)
    for template in window.ws.templates() * 2:
        window.set_template(template.id)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QMessageBox) == [] and window.findChildren(QDialog) == []
    assert len(window.menus.templates.findChildren(QActionGroup)) == 1
    assert len(window.menus.templates.actions()) == len(window.ws.templates())


def test_dark_scheme_can_be_asked_for_where_the_desktop_cannot_tell(window, monkeypatch):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.widgets import theme

    app = QApplication.instance()
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    try:
        theme.apply_theme(app)
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80
        assert app.palette().color(QPalette.ColorRole.Text).lightness() > 180
        assert theme.is_dark()
        assert theme.entity_colour("person") == QColor(theme.ENTITY_COLOURS["person"][1])
        monkeypatch.setenv(theme.SCHEME_ENV, "light")
        theme.apply_theme(app)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert not theme.is_dark()
    finally:
        monkeypatch.delenv(theme.SCHEME_ENV)
        theme.apply_theme(app)


def test_the_source_list_grows_with_the_sources_until_the_analyst_sizes_it(
    qtbot, window, sample_path
):
    articles = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
    window.open_paths([str(sample_path), *map(str, articles[:3])])
    wait_idle(qtbot, window)
    listing = window.sources.list
    assert listing.count() == 4
    # every source's row is on screen without scrolling
    assert listing.viewport().height() >= 4 * listing.sizeHintForRow(0)
    assert listing.visualItemRect(listing.item(3)).bottom() <= listing.viewport().height()
    splitter = window.sources.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([40, total - 40])  # the analyst drags the handle up
    splitter.splitterMoved.emit(40, 1)
    kept = splitter.sizes()[0]
    window.open_paths([str(articles[3])])
    wait_idle(qtbot, window)
    assert listing.count() == 5 and splitter.sizes()[0] == kept


def test_a_non_english_source_gets_a_note_in_problems(qtbot, window, tmp_path):
    italian = tmp_path / "roma.txt"
    italian.write_text(
        "Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti dei sindacati "
        "per discutere della riforma delle pensioni e del lavoro, secondo fonti del governo.",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(italian))])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 1
    [line] = window.problems.lines()
    assert "written in Italian; the analysis is English-only" in line
    assert window.problems_dock.isVisible()
