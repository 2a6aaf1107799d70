"""The window's actions (with shortcuts, tips and icons) and the menus and toolbar holding them."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from briefing_app.ui.widgets.icons import icon

Key = QKeySequence.StandardKey

# name: (text, shortcut, icon, tip)
SPECS = {
    "new": ("&New Briefing", Key.New, "new", "Start a new, empty briefing"),
    "open": ("&Open Project…", Key.Open, "open-project", "Open a saved .briefing project"),
    "open_sources": (
        "Open &Sources…",
        "Ctrl+Shift+O",
        "open-sources",
        "Add article files (text, HTML, Markdown, Word, PDF) as sources",
    ),
    "paste_source": (
        "New Source from &Clipboard…",
        "Ctrl+Shift+V",
        "clipboard",
        "Make the text on the clipboard a new source",
    ),
    "sample": ("Open Sample &Article", None, "sample", "Add the bundled sample article"),
    "save": ("&Save", Key.Save, "save", "Save the project"),
    "save_as": ("Save &As…", Key.SaveAs, None, "Save the project under a new name"),
    "export_docx": ("Export &Word (DOCX)…", "Ctrl+E", "export", "Export the briefing as DOCX"),
    "export_pdf": ("Export &PDF…", "Ctrl+Shift+E", "export", "Export the briefing as PDF"),
    "export_both": ("Export &Both…", None, "export", "Export the briefing as DOCX and PDF"),
    "export_comments": (
        "Include Annotation &Comments (DOCX)",
        None,
        None,
        "Your comments on passages the briefing quotes become Word comments on the quote",
    ),
    "export_appendix": (
        "Append Annotated E&xcerpts",
        None,
        None,
        "End the DOCX and PDF with your annotated passages, grouped by tag",
    ),
    "preferences": (
        "&Preferences…",
        Key.Preferences,
        "settings",
        "Author name, default classification and template, page size, font size",
    ),
    "quit": ("&Quit", Key.Quit, None, "Close the window"),
    "undo": ("&Undo", Key.Undo, "undo", "Undo the last edit"),
    "redo": ("&Redo", Key.Redo, "redo", "Redo the last undone edit"),
    "cut": ("Cu&t", Key.Cut, None, "Cut the selection"),
    "copy": ("&Copy", Key.Copy, None, "Copy the selection"),
    "copy_sources": (
        "Copy with &Sources",
        "Ctrl+Shift+C",
        None,
        "Copy the selection, or the section, with the numbered sources its [n] markers cite",
    ),
    "paste": ("&Paste", Key.Paste, None, "Paste"),
    "select_all": ("Select &All", Key.SelectAll, None, "Select all text here"),
    "find": ("&Find…", Key.Find, "find", "Find text in the source being read or the briefing"),
    "find_next": ("Find &Next", Key.FindNext, None, "Find the next match"),
    "find_previous": ("Find Pre&vious", Key.FindPrevious, None, "Find the previous match"),
    "replace": ("R&eplace…", Key.Replace, None, "Find and replace text in the briefing"),
    "bold": ("&Bold", Key.Bold, "bold", "Bold text in the briefing"),
    "italic": ("&Italic", Key.Italic, "italic", "Italic text in the briefing"),
    "bullets": ("Bu&llets", "Ctrl+Shift+L", "bullets", "Make the paragraphs a bulleted list"),
    "show_source": (
        "Show &Source",
        "F4",
        "show-source",
        "Open the source passage the text at the cursor came from",
    ),
    "refresh": (
        "&Refresh Auto-fill",
        Key.Refresh,
        "refresh",
        "Analyse new sources and update the auto-filled text (your edits are kept)",
    ),
    "cancel": ("&Cancel Analysis", None, "cancel", "Stop the running analysis"),
    "switch_pane": (
        "Switch &Pane",
        "F6",
        None,
        "Move the keyboard focus between the source being read and the briefing",
    ),
    "zoom_in": ("Zoom &In", Key.ZoomIn, None, "Larger text in the reading view"),
    "zoom_out": ("Zoom &Out", Key.ZoomOut, None, "Smaller text in the reading view"),
    "quick_start": ("&Quick Start", Key.HelpContents, None, "A short guide to the first steps"),
    "shortcuts": (
        "&Keyboard Shortcuts",
        "Ctrl+/",
        None,
        "Every keyboard shortcut of the window, read from its commands",
    ),
    "about": ("&About Briefing", None, None, "The version of this application"),
}
# What acts on an open briefing: disabled while the start panel shows (nothing to act on).
EDITING = (
    "save", "save_as", "export_docx", "export_pdf", "export_both",
    "undo", "redo", "cut", "copy", "copy_sources", "paste", "select_all",
    "find", "find_next", "find_previous", "replace", "bold", "italic", "bullets",
    "show_source", "refresh", "switch_pane", "zoom_in", "zoom_out",
)  # fmt: skip
TEXT_TOOLBAR_WIDTH = 1200  # narrower windows get an icon-only tool bar (see fit_toolbar)
# Shortcuts for standard keys that some platforms leave unbound.
FALLBACK_KEYS = {
    "replace": "Ctrl+H",
    "preferences": "Ctrl+,",
    "quit": "Ctrl+Q",
    "quick_start": "F1",
}


def build_actions(win: QMainWindow) -> SimpleNamespace:
    """Create every action, parented to ``win`` so their shortcuts work everywhere in it."""
    actions = {}
    for name, (text, shortcut, icon_name, tip) in SPECS.items():
        action = QAction(text, win)
        if shortcut is not None:
            action.setShortcuts(_key_sequences(shortcut, FALLBACK_KEYS.get(name)))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')}: {tip}")
        action.setStatusTip(tip)
        action.setObjectName(f"action_{name}")
        actions[name] = action
    for name in ("bold", "italic", "export_comments", "export_appendix"):
        actions[name].setCheckable(True)
    # Redo answers Ctrl+Y as well as Ctrl+Shift+Z on every platform (Word and LibreOffice do).
    redo = [*actions["redo"].shortcuts()]
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if QKeySequence(extra) not in redo:
            redo.append(QKeySequence(extra))
    actions["redo"].setShortcuts(redo)
    # Ctrl+R as well as F5, unless this platform gives Ctrl+R to another action (KDE: Replace).
    taken = {k.toString() for n, a in actions.items() if n != "refresh" for k in a.shortcuts()}
    if "Ctrl+R" not in taken:
        actions["refresh"].setShortcuts([*actions["refresh"].shortcuts(), QKeySequence("Ctrl+R")])
    return SimpleNamespace(**actions)


def _key_sequences(shortcut: QKeySequence.StandardKey | str, fallback: str | None) -> list:
    """Every binding the platform has for a standard key (F3 and Ctrl+G for Find Next), or
    ``fallback`` where it has none (Replace, Preferences and Quit on some Linux desktops)."""
    if isinstance(shortcut, str):
        return [QKeySequence(shortcut)]
    keys = QKeySequence.keyBindings(shortcut)
    return keys or ([QKeySequence(fallback)] if fallback else [])


def refresh_icons(actions: SimpleNamespace) -> None:
    """Redraw the action icons in the current palette's colours."""
    from briefing_app.ui.widgets.icons import clear_cache

    clear_cache()
    for name, (_, _, icon_name, _) in SPECS.items():
        if icon_name:
            getattr(actions, name).setIcon(icon(icon_name))


def build_menus(win: QMainWindow, a: SimpleNamespace) -> SimpleNamespace:
    """The menu bar and tool bar; returns the menus that are filled in later."""
    bar = win.menuBar()
    file = bar.addMenu("&File")
    file.addActions([a.new, a.open])
    recent = QMenu("Open &Recent", win)
    recent.setToolTipsVisible(True)
    file.addMenu(recent)
    file.addSeparator()
    file.addActions([a.open_sources, a.paste_source, a.sample])
    file.addSeparator()
    file.addActions([a.save, a.save_as])
    file.addSeparator()
    file.addActions([a.export_docx, a.export_pdf, a.export_both])
    file.addActions([a.export_comments, a.export_appendix])
    file.addSeparator()
    file.addActions([a.preferences, a.quit])

    edit = bar.addMenu("&Edit")
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.cut, a.copy, a.copy_sources, a.paste, a.select_all])
    edit.addSeparator()
    edit.addActions([a.find, a.find_next, a.find_previous, a.replace])
    edit.addSeparator()
    edit.addActions([a.bold, a.italic, a.bullets])

    briefing = bar.addMenu("&Briefing")
    briefing.addActions([a.refresh, a.cancel, a.show_source])
    templates = QMenu("&Template", win)
    briefing.addMenu(templates)

    view = bar.addMenu("&View")
    view.addActions([a.switch_pane, a.zoom_in, a.zoom_out])
    view.addSeparator()

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([a.quick_start, a.shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    for menu in (file, edit, briefing, view, help_menu, templates):
        menu.setToolTipsVisible(True)

    tools = QToolBar("Main", win)
    tools.setObjectName("mainToolBar")
    tools.setMovable(False)
    # Words beside the icons of the first steps; the editing icons speak for themselves.
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.save, a.undo, a.redo, a.bold, a.italic, a.bullets, a.find, a.show_source):
        action.setPriority(QAction.Priority.LowPriority)
    tools.addActions([a.open_sources, a.paste_source])
    tools.addSeparator()
    tools.addActions([a.save, a.undo, a.redo])
    tools.addSeparator()
    tools.addActions([a.bold, a.italic, a.bullets])
    tools.addSeparator()
    tools.addActions([a.refresh, a.show_source, a.find])
    tools.addSeparator()
    tools.addActions([a.export_both])
    win.addToolBar(tools)
    a.open_sources.setIconText("Open Sources")
    a.paste_source.setIconText("Paste Source")
    a.refresh.setIconText("Refresh Auto-fill")
    a.export_both.setIconText("Export")
    return SimpleNamespace(
        recent=recent, templates=templates, view=view, toolbar=tools, edit=edit, help=help_menu
    )


def fit_toolbar(toolbar: QToolBar, width: int) -> None:
    """Words beside the first icons in a wide window; icons only in a narrow one (1024 px),
    so every button stays on the bar instead of behind its » menu."""
    style = (
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if width >= TEXT_TOOLBAR_WIDTH
        else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    if toolbar.toolButtonStyle() != style:
        toolbar.setToolButtonStyle(style)


def fill_template_menu(menu: QMenu, ws, choose: Callable[[str], None]) -> None:
    """Briefing ▸ Template: one checkable entry per template of ``ws``, the current checked."""
    menu.clear()
    for old in menu.findChildren(QActionGroup):  # clear() keeps the last group: drop it
        old.deleteLater()
    group = QActionGroup(menu)
    for t in ws.templates():
        action = menu.addAction(t.name)
        action.setCheckable(True)
        action.setChecked(t.id == ws.template.id)
        action.setStatusTip(t.description)
        action.setToolTip(t.description)
        action.triggered.connect(lambda _=False, tid=t.id: choose(tid))
        group.addAction(action)
