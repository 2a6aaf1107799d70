"""A small dialog to write an annotation's comment, tags (autocompleted) and highlight colour."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from briefing_app.model import Annotation
from briefing_app.model.annotation import HIGHLIGHT_COLOURS
from briefing_app.ui.widgets import theme

# Swatches for the highlight colours: the reading view's light tones (one source of truth).
SWATCHES = {name: light for name, (light, _dark) in theme.ANNOTATION_COLOURS.items()}


def swatch_icon(colour: str, size: int = 14) -> QIcon:
    """A filled square of a highlight colour with a thin border, for lists and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#808080"))
    inner = QPixmap(size - 2, size - 2)
    inner.fill(QColor(SWATCHES.get(colour, colour)))
    painter = QPainter(pixmap)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return QIcon(pixmap)


def parse_tags(text: str) -> list[str]:
    """Tags typed as a comma-separated list: trimmed, empty ones dropped, repeats removed."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, from tags already used."""

    def __init__(self, tags: Iterable[str], edit: QLineEdit):
        super().__init__(edit)
        self.setModel(QStringListModel(sorted(set(tags), key=str.casefold), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        # attached by hand, not with setCompleter: that would replace the whole line, not a tag
        self.setWidget(edit)
        self._edit = edit
        edit.textEdited.connect(self._update)
        self.activated[str].connect(self._insert)

    def _update(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        self.setCompletionPrefix(prefix)
        if prefix and self.completionCount():
            self.complete()
        else:
            self.popup().hide()

    def _insert(self, tag: str) -> None:
        done = parse_tags(self._edit.text().rsplit(",", 1)[0]) if "," in self._edit.text() else []
        self._edit.setText(", ".join(dict.fromkeys([*done, tag])) + ", ")


class AnnotationDialog(QDialog):
    """Edit comment, tags and colour of an annotation; ``annotation()`` gives the edited copy."""

    def __init__(
        self,
        annotation: Annotation,
        *,
        known_tags: Iterable[str] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._original = annotation
        self.setWindowTitle("Annotation")
        self.setAccessibleName("Annotation editor")
        form = QFormLayout(self)

        quote = annotation.quote.strip()
        if len(quote) > 240:
            quote = quote[:239] + "…"
        self._quote = QLabel(f"“{quote}”" if quote else "")
        self._quote.setWordWrap(True)
        self._quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Passage:", self._quote)

        self.comment_edit = QPlainTextEdit(annotation.comment)
        self.comment_edit.setPlaceholderText("Your note on this passage")
        self.comment_edit.setAccessibleName("Comment")
        self.comment_edit.setTabChangesFocus(True)
        form.addRow("&Comment:", self.comment_edit)

        self.tags_edit = QLineEdit(", ".join(annotation.tags))
        self.tags_edit.setPlaceholderText("e.g. military, timeline (comma-separated)")
        self.tags_edit.setAccessibleName("Tags")
        self.completer = TagCompleter([*known_tags, *annotation.tags], self.tags_edit)
        form.addRow("&Tags:", self.tags_edit)

        row = QHBoxLayout()
        self._colours = QButtonGroup(self)
        self._colours.setExclusive(True)
        for name in HIGHLIGHT_COLOURS:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(swatch_icon(name, 18))
            button.setToolTip(name.capitalize())
            button.setAccessibleName(f"{name} highlight")
            button.setProperty("colour", name)
            button.setChecked(name == annotation.colour)
            self._colours.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow("Colour:", row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def tags(self) -> list[str]:
        return parse_tags(self.tags_edit.text())

    def colour(self) -> str:
        checked = self._colours.checkedButton()
        return str(checked.property("colour")) if checked else self._original.colour

    def set_colour(self, colour: str) -> None:
        for button in self._colours.buttons():
            button.setChecked(button.property("colour") == colour)

    def annotation(self) -> Annotation:
        """A copy of the annotation with what the analyst entered (the span never changes)."""
        return dataclasses.replace(
            self._original,
            comment=self.comment(),
            tags=self.tags(),
            colour=self.colour(),
        )


def edit_annotation(
    annotation: Annotation,
    known_tags: Iterable[str] = (),
    parent: QWidget | None = None,
    focus: str = "comment",
) -> Annotation | None:
    """Show the dialog (typing goes to ``focus``: comment or tags); the edited copy, or None."""
    dialog = AnnotationDialog(annotation, known_tags=known_tags, parent=parent)
    (dialog.tags_edit if focus == "tags" else dialog.comment_edit).setFocus()
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.annotation()
        return None
    finally:
        dialog.deleteLater()
