"""Preferences kept with QSettings, and the dialog that edits them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from briefing_app.model import Template

PAGE_SIZES = ("A4", "Letter")
MAX_RECENT = 8


def _flag(value) -> bool:
    """A QSettings value as a bool (INI files give back "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class Preferences:
    """Typed access to the app's QSettings (author, classification, template, ...)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings()

    def _get(self, key: str, default, kind=str):
        value = self.qs.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    author = property(lambda self: self._get("prefs/author", ""))
    classification = property(lambda self: self._get("prefs/classification", "OFFICIAL"))
    template = property(lambda self: self._get("prefs/template", ""))
    page_size = property(lambda self: self._get("prefs/page_size", "A4"))
    font_size = property(lambda self: self._get("prefs/font_size", 11.0, float))
    autosave_seconds = property(lambda self: self._get("prefs/autosave_seconds", 60, int))
    # export options (File menu): annotation comments as Word comments, excerpts appendix
    export_comments = property(lambda self: self._get("prefs/export_comments", True, _flag))
    export_appendix = property(lambda self: self._get("prefs/export_appendix", False, _flag))

    def set(self, **values) -> None:
        for key, value in values.items():
            self.qs.setValue(f"prefs/{key}", value)

    def folder(self, *kinds: str) -> str:
        """The folder last used for the first of ``kinds`` that has one ("export", "projects",
        "sources"), else the home folder: file dialogs start where the analyst last was."""
        from pathlib import Path

        for kind in kinds:
            folder = str(self.qs.value(f"dirs/{kind}", "") or "")
            if folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def remember_folder(self, kind: str, path) -> None:
        """Remember the folder of ``path`` (a file) as the last one used for ``kind``."""
        from pathlib import Path

        self.qs.setValue(f"dirs/{kind}", str(Path(path).resolve().parent))

    def default_fields(self) -> dict[str, str]:
        """Field values a new briefing starts with."""
        fields = {"classification": self.classification}
        if self.author:
            fields["author"] = self.author
        return fields

    # -- recent projects ---------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        value = self.qs.value("recent/projects", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        items = [path, *[p for p in self.recent_projects() if p != path]][:MAX_RECENT]
        self.qs.setValue("recent/projects", items)

    def remove_recent(self, path: str) -> None:
        self.qs.setValue("recent/projects", [p for p in self.recent_projects() if p != path])


class PreferencesDialog(QDialog):
    """Edits Preferences; applied on OK."""

    def __init__(
        self, prefs: Preferences, templates: list[Template], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.prefs = prefs
        self.author = QLineEdit(prefs.author, placeholderText="Your name, put on new briefings")
        self.classification = QComboBox(editable=True)
        from briefing_app.ui.briefing.briefing_editor import CLASSIFICATIONS

        self.classification.addItems(CLASSIFICATIONS)
        self.classification.setCurrentText(prefs.classification)
        self.template = QComboBox()
        for t in templates:
            self.template.addItem(t.name, t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(prefs.template)))
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.page_size.setCurrentText(prefs.page_size)
        self.font_size = QDoubleSpinBox(minimum=7, maximum=28, singleStep=0.5, suffix=" pt")
        self.font_size.setValue(prefs.font_size)
        self.autosave = QSpinBox(minimum=10, maximum=3600, suffix=" s")
        self.autosave.setValue(prefs.autosave_seconds)
        form = QFormLayout(self)
        form.addRow("&Author name", self.author)
        form.addRow("Default &classification", self.classification)
        # (an editable box is spoken by its words, "OFFICIAL", not by its label: name it)
        self.classification.setAccessibleName("Default classification")
        self.classification.lineEdit().setAccessibleName("Default classification")
        form.addRow("Default &template", self.template)
        form.addRow("&Page size for export", self.page_size)
        form.addRow("Reading view &font size", self.font_size)
        form.addRow("Autosave &every", self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        self.prefs.set(
            author=self.author.text().strip(),
            classification=self.classification.currentText().strip(),
            template=self.template.currentData() or "",
            page_size=self.page_size.currentText(),
            font_size=self.font_size.value(),
            autosave_seconds=self.autosave.value(),
        )
