"""What the window shows before any briefing is open: the four ways in, and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.widgets.icons import app_icon, icon

ACTIONS = (
    ("new", "new", "New Briefing", "Start an empty briefing and add sources to it"),
    ("sample", "sample", "Open Sample Article", "Try the app on the bundled sample article"),
    ("sources", "open-sources", "Open Sources…", "Choose article files to brief from"),
    ("project", "open-project", "Open Project…", "Continue a saved .briefing project"),
)


class StartPanel(QWidget):
    """Start page: big buttons for the first step, then recent projects."""

    chosen = Signal(str)  # new | sample | sources | project
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Start")
        card = QFrame()
        card.setObjectName("startCard")
        card.setFixedWidth(440)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(56, 56)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h2>Briefing</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = QLabel(
            "Load source articles, check the auto-filled draft against its evidence, "
            "edit, and export to Word and PDF. Everything stays on this computer."
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(card)
        layout.setSpacing(8)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        self.buttons: dict[str, QToolButton] = {}
        for key, icon_name, text, tip in ACTIONS:
            button = QToolButton()
            button.setText(f"  {text}")
            button.setIcon(icon(icon_name))
            button.setIconSize(QSize(22, 22))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(tip)
            button.setStatusTip(tip)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addSpacing(8)
        self.recent_label = QLabel("<b>Recent projects</b>")
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent projects")
        self.recent.setMaximumHeight(150)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(256)))
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addWidget(QLabel("<small>Tip: you can also drop files on this window.</small>"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(icon("open-project"), Path(p).name)
            item.setToolTip(p)
            item.setData(256, p)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
