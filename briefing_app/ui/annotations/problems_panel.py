"""The Problems dock: files that could not be loaded, then warnings (what loading lost, a
non-English source, actor decisions that no longer match), one line each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing_app.model import LoadError
from briefing_app.ui.widgets.icons import icon


class ProblemsPanel(QListWidget):
    """Lists load errors as "file: reason", then the workspace's warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Problems")
        self.setToolTip("Files that could not be loaded, and what the analysis may have missed")
        self.setWordWrap(True)

    def set_errors(self, errors: Iterable[LoadError]) -> None:
        self.set_problems(errors, ())

    def set_problems(self, errors: Iterable[LoadError], warnings: Iterable[str]) -> None:
        self.clear()
        for err in errors:
            name = err.path.replace("\\", "/").rsplit("/", 1)[-1] or err.path
            message = err.message
            # Loader messages usually start with the path; show it once, short.
            for prefix in (f"{err.path}: ", f"{name}: "):
                if message.startswith(prefix):
                    message = message[len(prefix) :]
            item = QListWidgetItem(icon("warning", "#c77700"), f"{name}: {message}")
            item.setToolTip(f"{err.path}\n{err.message}")
            self.addItem(item)
        for line in warnings:
            item = QListWidgetItem(icon("warning", "#5a7fa8"), line)
            item.setToolTip(line)
            self.addItem(item)

    def fitting_height(self, max_rows: int = 5) -> int:
        """Pixels that show every problem (up to ``max_rows``): a dock this tall, no taller."""
        rows = min(max(self.count(), 1), max_rows)
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        return rows * row + 2 * self.frameWidth() + 4

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
