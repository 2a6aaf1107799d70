"""The Help menu: a quick-start page, the keyboard shortcuts (read from the window's own
actions, so the list cannot go stale) and About with the version.

The three windows are modeless: they can stay open beside the work, and no test blocks on them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

QUICK_START = """
<h2>Quick start</h2>
<p><b>1. Add sources.</b> Drop article files on the window, or use <i>File ▸ Open Sources…</i>
(text, web pages, Markdown, Word, PDF) or <i>File ▸ New Source from Clipboard</i>. Each source is
analysed on this computer; nothing is sent anywhere.</p>
<p><b>2. Check the draft.</b> The briefing on the right fills itself in: bottom line, key points,
actors, dates and the numbered sources. Tinted text came from your sources: put the cursor in
it and press <b>F4</b> (Show Source) to see the passage it came from. Edit anything; a refresh
of the auto-fill never touches your own words.</p>
<p><b>3. Annotate while you read.</b> Select text in the source (with the mouse, or with
Shift+arrow keys after <b>F6</b> moves you there), then Highlight, Comment, Tag or
Quote in Briefing from the <i>Annotate</i> menu, the tool bar or the right-click menu.</p>
<p><b>4. Curate the actors.</b> Right-click a name in the Actors panel to rename, merge, split,
retype or hide it; <i>View ▸ Actors Map</i> shows who appears with whom.</p>
<p><b>5. Export.</b> <i>File ▸ Export</i> writes Word and PDF; <i>File ▸ Save</i> keeps
everything (sources, annotations, draft) in one <code>.briefing</code> file.</p>
<p><i>Help ▸ Keyboard Shortcuts</i> lists every key.</p>
"""

SPECIAL_KEYS = Qt.Key.Key_Hyper_R.value  # beyond it: media and application keys, not typed
# Keys handled by the widgets themselves rather than by a menu command.
TEXT_KEYS = [
    ("In the text", "Extend the selection", "Shift+Arrow keys, Ctrl+Shift+Left/Right"),
    ("In a bulleted list", "Nest a bullet under the one before, or take it out", "Tab, Shift+Tab"),
    ("In a bulleted list", "Go on to the next field or section", "Ctrl+Tab, Ctrl+Shift+Tab"),
    ("In the text", "Next field or section", "Tab, Shift+Tab"),
    ("Find bar", "Next or previous match", "Enter, Shift+Enter"),
    ("Find bar", "Close the find bar", "Esc"),
    ("Actors map", "Zoom in, zoom out, show the whole map", "+, -, 0"),
    ("Sources list", "Remove the selected source (Undo brings it back)", "Delete, Backspace"),
    ("Actors panel", "Hide the selected actor from the briefing", "Delete, Backspace"),
]


def shortcut_rows(win: QWidget) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of the window's menus that has a shortcut, in
    menu order, then those of actions outside the menus."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(where: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator():
            return
        seen.add(id(action))
        keys = _typed_keys(action.shortcuts())
        if keys:
            rows.append((where, _plain(action.text()), ", ".join(keys)))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} ▸ {_plain(sub.title())}")
            add(where, action)

    for top in win.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), _plain(top.menu().title()))
    for action in win.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        add("Window", action)
    return rows


def _typed_keys(sequences: list[QKeySequence], most: int = 2) -> list[str]:
    """The key combinations worth listing: not the dedicated keys of some keyboards (Copy,
    Open, Undo…), Ctrl combinations first, at most ``most`` of them."""
    typed = []
    for seq in sequences:
        combo = seq[0] if seq.count() else None
        if combo is None:
            continue
        if combo.key().value > SPECIAL_KEYS:
            continue  # a dedicated "Copy" or "Open" key (or Shift with one)
        typed.append(seq)
    ctrl = [s for s in typed if s[0].keyboardModifiers() & Qt.KeyboardModifier.ControlModifier]
    ordered = ctrl + [s for s in typed if s not in ctrl]
    return [s.toString(QKeySequence.SequenceFormat.NativeText) for s in ordered[:most]]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """A table of the window's keyboard shortcuts."""

    def __init__(self, win: QWidget) -> None:
        super().__init__(win)
        self.setWindowTitle("Keyboard Shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("Shortcuts")
        self.table.setHorizontalHeaderLabels(["Command", "Keys", "Where"])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.win = win

    def refresh(self) -> None:
        rows = [(cmd, keys, where) for where, cmd, keys in shortcut_rows(self.win)]
        rows += [(cmd, keys, where) for where, cmd, keys in TEXT_KEYS]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def commands(self) -> dict[str, str]:
        """Command -> keys as listed (first listing of a command)."""
        out: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            out.setdefault(self.table.item(r, 0).text(), self.table.item(r, 1).text())
        return out


class HelpWindows:
    """Opens (and re-uses) the Help menu's windows of ``win``."""

    def __init__(self, win) -> None:
        self.win = win
        self.shortcuts: ShortcutsDialog | None = None
        self.quick_start: QDialog | None = None
        self.about: QMessageBox | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.win)
        self.shortcuts.refresh()  # read now: plugins and controllers add actions late
        _present(self.shortcuts)
        return self.shortcuts

    def show_quick_start(self) -> QDialog:
        if self.quick_start is None:
            dialog = QDialog(self.win)
            dialog.setWindowTitle("Quick Start")
            dialog.setAccessibleName("Quick start")
            text = QTextBrowser()
            text.setAccessibleName("Quick start text")
            text.setOpenExternalLinks(False)
            text.setHtml(QUICK_START)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(dialog.close)
            shortcuts = buttons.addButton(
                "Keyboard Shortcuts", QDialogButtonBox.ButtonRole.ActionRole
            )
            shortcuts.clicked.connect(self.show_shortcuts)
            layout = QVBoxLayout(dialog)
            layout.addWidget(text)
            layout.addWidget(buttons)
            dialog.resize(560, 440)
            dialog.text = text
            self.quick_start = dialog
        _present(self.quick_start)
        return self.quick_start

    def show_about(self) -> QMessageBox:
        from briefing_app import __version__

        if self.about is None:
            box = QMessageBox(self.win)
            box.setWindowTitle("About Briefing")
            box.setIconPixmap(self.win.windowIcon().pixmap(64, 64))
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setText(
                f"<h3>Briefing {__version__}</h3>"
                "<p>An offline briefing-note editor: load sources, check the auto-filled draft "
                "against its evidence, export to DOCX and PDF.</p>"
                "<p>Nothing leaves this computer: no network at run time, no telemetry.</p>"
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.setWindowModality(Qt.WindowModality.NonModal)
            self.about = box
        _present(self.about)
        return self.about


def _present(dialog: QWidget) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
