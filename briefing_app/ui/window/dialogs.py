"""Every question the window asks the user, in one object tests can replace.

The window never opens a modal dialog directly; it calls its ``prompter``. Tests give the
window a stand-in that answers at once, so no test ever blocks on a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from briefing_app.ui.widgets.wording import count

SOURCE_FILTERS = (
    "All supported files (*.txt *.md *.markdown *.html *.htm *.docx *.pdf)",
    "Text (*.txt)",
    "Markdown (*.md *.markdown)",
    "Web pages (*.html *.htm)",
    "Word documents (*.docx)",
    "PDF documents (*.pdf)",
    "All files (*)",
)
PROJECT_FILTER = "Briefing projects (*.briefing)"


class Prompter:
    """Asks the user things with real dialogs (the default)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to {name}?")
        box.setInformativeText("Your changes will be lost if you don't save them.")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = _run(box)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_project_in_use(self, name: str, holder: str) -> str:
        """'read-only', 'anyway' or 'cancel' for a project another instance has open."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Project in use")
        box.setText(f"{name} is open in another instance: {holder}.")
        box.setInformativeText(
            "If you both edit it, one of you cannot save over the other's work. Open it "
            "read-only (you can still Save As), open it anyway, or cancel?"
        )
        read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("Open Anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        _run(box)
        if box.clickedButton() is read_only:
            return "read-only"
        return "anyway" if box.clickedButton() is anyway else "cancel"

    def ask_recover(self, recoveries: list) -> tuple[str, object | None]:
        """('recover', recovery), ('discard', None) or ('later', None)."""
        rec = recoveries[0]
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Recover unsaved work")
        title = rec.title or (Path(rec.project_path).name if rec.project_path else "Untitled")
        box.setText(f"The app closed unexpectedly while “{title}” had unsaved changes.")
        box.setInformativeText(
            f"A copy was saved at {rec.saved_at.replace('T', ' ')[:16]} UTC "
            f"({count(rec.sources, 'source')}). Recover it?"
        )
        recover = box.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Not Now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        _run(box)
        if box.clickedButton() is recover:
            return "recover", rec
        if box.clickedButton() is discard:
            return "discard", None
        return "later", None

    def confirm_template_switch(self, name: str, moves: list[str]) -> bool:
        """Tell which sections' own text moves where; True to switch."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Switch Template")
        box.setText(f"Switch the briefing to “{name}”?")
        lines = "\n".join(f"• {m}" for m in moves)
        box.setInformativeText(
            f"Your own text in these sections moves:\n{lines}\n\n"
            "Auto-filled text is filled in afresh. Switching back restores every section "
            "as it was, and Undo takes the switch back."
        )
        switch = box.addButton("Switch", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(switch)
        _run(box)
        return box.clickedButton() is switch

    def open_sources(self, folder: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent, "Open Sources", folder, ";;".join(SOURCE_FILTERS)
        )
        return paths

    def open_project(self, folder: str = "") -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open Project", folder, PROJECT_FILTER)
        return path

    def save_project(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, "Save Project As", suggested, PROJECT_FILTER
        )
        return path

    def export_path(self, suggested: str, kind: str) -> str:
        filters = {
            "docx": "Word documents (*.docx)",
            "pdf": "PDF documents (*.pdf)",
            "both": "Word and PDF (*.docx *.pdf)",
            "data": "CSV (*.csv);;JSON (*.json)",
        }
        path, _ = QFileDialog.getSaveFileName(self.parent, "Export", suggested, filters[kind])
        return path

    def clipboard_source(self, text: str, title: str) -> tuple[str, str] | None:
        """Let the user check the pasted text and name it; (text, title) or None."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle("New Source from Clipboard")
        title_edit = QLineEdit(title)
        title_edit.setAccessibleName("Source title")
        body = QPlainTextEdit(text)
        body.setAccessibleName("Source text")
        form = QFormLayout(dialog)
        form.addRow("&Title", title_edit)
        form.addRow("T&ext", body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.resize(560, 420)
        if _run(dialog) != QDialog.DialogCode.Accepted or not body.toPlainText().strip():
            return None
        return body.toPlainText(), title_edit.text().strip()

    def show_text(self, title: str, rich_text: str) -> None:
        """A page of help (rich text) in a window of its own."""
        box = QMessageBox(self.parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(rich_text)
        _run(box)

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def exported(self, paths: list[Path]) -> None:
        """Tell the user where the export went; offer to open it or show its folder."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Export finished")
        names = "\n".join(str(p) for p in paths)
        box.setText(f"The briefing was exported to:\n{names}")
        open_b = box.addButton("Open File", QMessageBox.ButtonRole.AcceptRole)
        folder_b = box.addButton("Show in Folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        _run(box)
        if box.clickedButton() is open_b:
            for p in paths:
                open_local(p)
        elif box.clickedButton() is folder_b:
            open_local(paths[0].parent)


def _run(dialog: QDialog) -> int:
    """Show a modal dialog and let it go afterwards (a child of the window would live on)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()  # deferred: its answer can still be read by the caller


def open_local(path: Path) -> bool:
    """Open a local file or folder with the desktop's default application (never a web URL)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
