"""A layout that places its items left to right and wraps them onto the next line when narrow.

Rows of labels and small fields (the entity legend, the briefing's fields) use it so that a
narrow window or pane wraps them instead of forcing the whole window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items in reading order, wrapped at the layout's width (height follows the width)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def horizontalSpacing(self) -> int:
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # One line: the width it wants when there is room.
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height) + _margin_size(self.contentsMargins())

    def minimumSize(self) -> QSize:
        # The widest single item: everything else can wrap below it.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + _margin_size(self.contentsMargins())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for n, line in enumerate(lines):
            height = max((hint.height() for _, hint in line), default=0)
            if n and line:
                y += self._vertical_gap(line[0][0])
            x = area.x()
            for item, hint in line:
                if move:  # centred on the line, as in a QHBoxLayout row
                    top = y + (height - hint.height()) // 2
                    width = min(hint.width(), area.right() + 1 - x)
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += hint.width() + self._spacing
            y += height
        return y - rect.y() + m.bottom()

    def _vertical_gap(self, item: QLayoutItem) -> int:
        widget = item.widget()
        if widget is None:
            return self._spacing
        style = widget.style()
        gap = style.layoutSpacing(
            QSizePolicy.ControlType.DefaultType,
            QSizePolicy.ControlType.DefaultType,
            Qt.Orientation.Vertical,
        )
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)


def _margin_size(m: QMargins) -> QSize:
    return QSize(m.left() + m.right(), m.top() + m.bottom())
