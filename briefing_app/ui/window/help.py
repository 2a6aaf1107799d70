"""Help ▸ Quick Start, Keyboard Shortcuts and About (the version): shown through the prompter."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

QUICK_START = """
<h3>Quick start</h3>
<ol>
<li><b>Add sources</b>: File ▸ Open Sources (Ctrl+Shift+O), drop files on the window, or paste
text as a source (Ctrl+Shift+V). Text, HTML, Markdown, Word and PDF files load.</li>
<li><b>Check the draft</b>: the briefing fills itself in. Tinted text came from your sources:
Ctrl+click it, press F4 or click a [n] marker to see the passage it came from.</li>
<li><b>Write</b>: edit anything. What you type is kept when the auto-fill is refreshed (F5).
</li>
<li><b>Annotate</b>: select a passage in a source (Shift+arrows work too) and Highlight
(Ctrl+Shift+H), Comment, Tag, or Quote it into the briefing (Ctrl+Shift+B).</li>
<li><b>Curate actors</b>: right-click an actor to rename, merge, split or hide it.</li>
<li><b>Change template</b> from the tool bar: your own text moves with you, and switching back
restores every section. Undo (Ctrl+Z) takes back any of it.</li>
<li><b>Export</b> Word and PDF (Ctrl+E, Ctrl+Shift+E); <b>save</b> the project (Ctrl+S).</li>
</ol>
"""


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, in menu order, without repeats."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        name = action.text().replace("&", "").rstrip("…")
        if keys and name not in seen:
            seen.add(name)
            rows.append((name, " or ".join(keys)))
    return rows


def shortcuts_html(actions: list[QAction]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for name, keys in shortcut_rows(actions)
    )
    return f"<h3>Keyboard shortcuts</h3><table cellspacing='6'>{rows}</table>"


def about_html(version: str) -> str:
    return (
        f"<h3>Briefing {html.escape(version)}</h3><p>An offline briefing-note editor: load "
        "sources, check the auto-filled draft against its evidence, export to DOCX and PDF.</p>"
    )


def window_actions(win) -> list[QAction]:
    """The window's actions in menu order (the menus' own, then any added to the window)."""
    found: list[QAction] = []
    for menu_action in win.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            sub = action.menu()
            found += sub.actions() if sub is not None else [action]
    # (QWidget.actions: the window's own ``actions`` attribute is its action namespace)
    return found + [a for a in QWidget.actions(win) if a not in found]


def install(win) -> None:
    """Help ▸ Quick Start, Keyboard Shortcuts, About."""
    from briefing_app import __version__

    menu = win.menus.help
    quick = QAction("&Quick Start", win)
    quick.setStatusTip("The main steps, on one page")
    quick.triggered.connect(lambda: win.prompter.show_text("Quick Start", QUICK_START))
    keys = QAction("&Keyboard Shortcuts", win)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.setStatusTip("Every keyboard shortcut of the window")
    keys.triggered.connect(
        lambda: win.prompter.show_text("Keyboard Shortcuts", shortcuts_html(window_actions(win)))
    )
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, [quick, keys])
    menu.insertSeparator(first)
    win.actions.about.triggered.connect(
        lambda: win.prompter.show_text("About Briefing", about_html(__version__))
    )
    win.help_actions = {"quick_start": quick, "shortcuts": keys}
