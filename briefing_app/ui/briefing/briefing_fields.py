"""The briefing's fields above the sections: title, classification, date and author."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from briefing_app.ui.widgets import pasted_text
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.form_rows import buddy, pair
from briefing_app.ui.widgets.title_edit import TitleEdit

if TYPE_CHECKING:
    from briefing_app.ui.briefing.briefing_editor import BriefingEditor

CLASSIFICATIONS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET", "UNCLASSIFIED")


def build(editor: BriefingEditor) -> QFormLayout:
    """Make the field widgets as ``editor.title`` etc. and lay them out in a form."""
    editor.title = TitleEdit(placeholderText="Title of the briefing")  # wraps: never clipped
    editor.classification = QComboBox(editable=True)
    editor.classification.addItems(CLASSIFICATIONS)
    editor.classification.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    editor.classification.setMinimumContentsLength(10)  # the list shows the long names
    editor.date = QLineEdit(placeholderText="YYYY-MM-DD")
    editor.date.setMinimumWidth(editor.date.fontMetrics().horizontalAdvance("0000-00-00  ") + 12)
    editor.date.setMaximumWidth(140)
    editor.author = QLineEdit(placeholderText="Your name")
    editor.author.setMinimumWidth(editor.author.fontMetrics().horizontalAdvance("x" * 14))
    title_font = QFont(editor.title.font())
    title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
    title_font.setBold(True)
    editor.title.setFont(title_font)
    editor._fields = {
        "title": editor.title,
        "classification": editor.classification,
        "date": editor.date,
        "author": editor.author,
    }
    for name, widget in editor._fields.items():
        widget.setAccessibleName(name.capitalize())
        if not isinstance(widget, TitleEdit):  # (a page break pasted: a space, not nothing)
            pasted_text.guard(widget.lineEdit() if isinstance(widget, QComboBox) else widget)
        if isinstance(widget, QComboBox):  # (its text box, which has the keyboard, too)
            widget.lineEdit().setAccessibleName(name.capitalize())
            widget.currentTextChanged.connect(lambda v, n=name: editor._field_edited(n, v))
        else:
            widget.textEdited.connect(lambda v, n=name: editor._field_edited(n, v))

    top = QFormLayout()
    top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    top.addRow("&Title", editor.title)
    # Classification, date and author share a line, wrapping in a narrow pane.
    # (in a widget of its own: QFormLayout gives a widget, not a layout, the height it
    # needs for its width, so the wrapped lines do not overlap the row below)
    fields_row = QWidget()
    row = FlowLayout(fields_row, spacing=10, fill=True)
    row.addWidget(editor.classification)
    row.addWidget(pair(buddy("&Date", editor.date), editor.date))
    row.addWidget(pair(buddy("&Author", editor.author), editor.author))
    top.addRow(buddy("&Classification", editor.classification), fields_row)
    return top
