"""The main window's actions connected to the window and its controllers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow


def wire_actions(win: MainWindow) -> None:
    """Connect the window's actions (menus, tool bar, start panel) to what they do."""
    a, files = win.actions, win.files
    a.new.triggered.connect(win.new_briefing)
    a.open.triggered.connect(files.open_project_dialog)
    a.open_sources.triggered.connect(files.open_sources_dialog)
    a.paste_source.triggered.connect(win.paste_source)
    a.sample.triggered.connect(files.open_sample)
    a.save.triggered.connect(files.save)
    a.save_as.triggered.connect(files.save_as)
    a.export_docx.triggered.connect(lambda: win.export_dialog("docx"))
    a.export_pdf.triggered.connect(lambda: win.export_dialog("pdf"))
    a.export_both.triggered.connect(lambda: win.export_dialog("both"))
    a.preferences.triggered.connect(win.edit_preferences)
    a.quit.triggered.connect(win.close)
    a.show_source.triggered.connect(win.editing.show_source_at_cursor)
    a.refresh.triggered.connect(win.refresh_autofill)
    a.cancel.triggered.connect(win.analyser.cancel)
    a.quick_start.triggered.connect(win.help.show_quick_start)
    a.shortcuts.triggered.connect(win.help.show_shortcuts)
    a.about.triggered.connect(win.help.show_about)
    a.export_comments.setChecked(win.prefs.export_comments)
    a.export_appendix.setChecked(win.prefs.export_appendix)
    a.export_comments.toggled.connect(lambda on: win.prefs.set(export_comments=on))
    a.export_appendix.toggled.connect(lambda on: win.prefs.set(export_appendix=on))
    win.menus.recent.aboutToShow.connect(files.fill_recent_menu)
    win.start.chosen.connect(files.start_chosen)
    win.start.recent_chosen.connect(files.open_project)
