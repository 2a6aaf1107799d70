"""Small form helpers: a label kept beside its field, a label that is a field's buddy."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together on one line."""
    pair = QWidget()
    box = QHBoxLayout(pair)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(label)
    box.addWidget(field)
    if field.maximumWidth() < 10_000:  # a capped field stays beside its label
        box.addStretch(1)
    return pair


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
