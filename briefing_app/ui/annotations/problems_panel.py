"""The Problems dock: files that could not be loaded, then warnings (what loading lost, a
non-English source, actor decisions that no longer match), then what the checker found in
the briefing (a finding's line takes you to its paragraph), one line each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing_app.model import LoadError
from briefing_app.ui.widgets.icons import icon


class ProblemsPanel(QListWidget):
    """Lists load errors as "file: reason", the workspace's warnings, then checker findings
    as "Section: message" (the two kinds are replaced independently)."""

    finding_chosen = Signal(str, int)  # section id, paragraph index
    FINDING = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Problems")
        self.setToolTip("Files that could not be loaded, and what the analysis may have missed")
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)

    def set_errors(self, errors: Iterable[LoadError]) -> None:
        self.set_problems(errors, ())

    def set_problems(self, errors: Iterable[LoadError], warnings: Iterable[str]) -> None:
        """Replace the load errors and warnings (the checker's lines stay below them)."""
        for row in reversed(range(self.count())):
            if self.item(row).data(self.FINDING) is None:
                self.takeItem(row)
        items = []
        for err in errors:
            name = err.path.replace("\\", "/").rsplit("/", 1)[-1] or err.path
            message = err.message
            # Loader messages usually start with the path; show it once, short.
            for prefix in (f"{err.path}: ", f"{name}: "):
                if message.startswith(prefix):
                    message = message[len(prefix) :]
            item = QListWidgetItem(icon("warning", "#c77700"), f"{name}: {message}")
            item.setToolTip(f"{err.path}\n{err.message}")
            items.append(item)
        for line in warnings:
            item = QListWidgetItem(icon("warning", "#5a7fa8"), line)
            item.setToolTip(line)
            items.append(item)
        for row, item in enumerate(items):
            self.insertItem(row, item)

    def set_findings(self, findings: Iterable) -> None:
        """Replace the checker's lines (load errors and warnings stay above them)."""
        for row in reversed(range(self.count())):
            if self.item(row).data(self.FINDING) is not None:
                self.takeItem(row)
        for f in findings:
            colour = "#d32f2f" if f.severity == "error" else "#c77700"
            quoted = f" “{f.text}”" if f.text and len(f.text) < 40 else ""
            quoted = "" if f.text and f.text in f.message else quoted
            item = QListWidgetItem(icon("warning", colour), f"{f.section}:{quoted} {f.message}")
            item.setToolTip(f"{f.rule} ({f.severity})\n{f.message}\n{f.suggestion}".strip())
            item.setData(self.FINDING, (f.section_id, f.block))
            self.addItem(item)

    def fitting_height(self, max_rows: int = 5) -> int:
        """Pixels that show every problem (up to ``max_rows``): a dock this tall, no taller."""
        rows = min(max(self.count(), 1), max_rows)
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        return rows * row + 2 * self.frameWidth() + 4

    def lines(self) -> list[str]:
        """The load errors' and warnings' lines."""
        return [
            self.item(i).text()
            for i in range(self.count())
            if self.item(i).data(self.FINDING) is None
        ]

    def finding_lines(self) -> list[str]:
        return [
            self.item(i).text()
            for i in range(self.count())
            if self.item(i).data(self.FINDING) is not None
        ]

    def _activated(self, item: QListWidgetItem) -> None:
        where = item.data(self.FINDING)
        if where is not None:
            self.finding_chosen.emit(*where)
