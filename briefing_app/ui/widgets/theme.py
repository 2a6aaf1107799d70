"""Light and dark palettes that follow the system colour scheme, and the entity colours."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEME_ENV = "BRIEFING_COLOR_SCHEME"  # dark or light: overrides the system's scheme

# Entity highlight backgrounds (light, dark): soft enough to read through, distinct by type.
ENTITY_COLOURS = {
    "person": ("#cfe3ff", "#1f3d66"),
    "organization": ("#d5f2d5", "#1e4a2a"),
    "place": ("#ffe2bf", "#5a3b14"),
    "group": ("#ead9ff", "#45305f"),
    "date": ("#e3e3e3", "#3d3d3d"),
}
ENTITY_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "date": "Dates",
}
# Tint and margin mark of auto-filled text in the briefing (light, dark).
AUTO_TINT = ("#f1f6ff", "#1c2633")
AUTO_MARK = ("#7aa7e8", "#4f7fc4")
FLASH = ("#ffd54a", "#b38f00")
# Background band of a source's table rows in the reading pane (light, dark).
TABLE_ROW = ("#eef2f7", "#2b3138")
# Underline of the mentions of the actor selected in the Actors panel or map.
MENTION_LINE = ("#c0392b", "#ff8a80")
# Highlight colours for annotations (light, dark): marker-pen strong, so the analyst's own
# highlights stand out from the pale entity colours they sit on.
ANNOTATION_COLOURS = {
    "yellow": ("#ffe433", "#7a6a00"),
    "green": ("#8fe07a", "#2f6b22"),
    "blue": ("#8ec0ff", "#24528f"),
    "pink": ("#ff9fcb", "#7d2a52"),
    "orange": ("#ffb45c", "#7d4a0e"),
}


def is_dark() -> bool:
    """Whether the system (or the palette we were given) is dark."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = color_scheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def pick(pair: tuple[str, str]) -> QColor:
    """The light or dark member of a colour pair, for the current scheme."""
    return QColor(pair[1] if is_dark() else pair[0])


def entity_colour(label: str) -> QColor:
    return pick(ENTITY_COLOURS.get(label, ENTITY_COLOURS["date"]))


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8c8c8c"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#7fb2ff"),
        QPalette.ColorRole.Mid: QColor("#3a3c40"),
        QPalette.ColorRole.Dark: QColor("#151618"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def _light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f3f3f4"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8f98"))
    return p


def apply_theme(app: QApplication) -> None:
    """Use Fusion with a palette matching the system scheme, and follow it when it changes."""
    app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("followsScheme"):  # once, however often the theme is re-applied
        app.styleHints().colorSchemeChanged.connect(lambda *_: _apply_palette(app))
        app.setProperty("followsScheme", True)


def color_scheme() -> Qt.ColorScheme:
    """The system's scheme, unless ``BRIEFING_COLOR_SCHEME`` (dark or light) overrides it:
    desktops Qt cannot ask (plain X, some window managers) report Unknown, meaning light."""
    wanted = os.environ.get(SCHEME_ENV, "").strip().lower()
    if wanted in ("dark", "light"):
        return Qt.ColorScheme.Dark if wanted == "dark" else Qt.ColorScheme.Light
    return QGuiApplication.styleHints().colorScheme()


def _apply_palette(app: QApplication) -> None:
    scheme = color_scheme()
    palette = _dark_palette() if scheme == Qt.ColorScheme.Dark else _light_palette()
    # Keep the selection visible when the reading view does not have focus (click-through).
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(role))
    app.setPalette(palette)
