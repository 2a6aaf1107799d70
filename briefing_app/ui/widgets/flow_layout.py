"""A layout that places its items left to right and wraps them onto the next line when narrow.

Rows of labels and small fields (the entity legend, the briefing's fields) use it so that a
narrow window or pane wraps them instead of forcing the whole window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items in reading order, wrapped at the layout's width (height follows the width)."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, *, fill: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill = fill  # the last item of each line takes the rest of the line
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
        # Filling lines want the whole width (a QFormLayout grows only expanding fields).
        return Qt.Orientation.Horizontal if self._fill else Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        # Not every parent layout asks for height-for-width (QFormLayout does not): a widget
        # holding this layout asks for the height of its wrapped lines itself.
        owner = self.parentWidget()
        if owner is not None and owner.layout() is self and owner.minimumHeight() != height:
            owner.setMinimumHeight(height)

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

    def _width(self, item: QLayoutItem) -> int:
        # Filling lines, items start at their minimum and grow on the line toward their hint:
        # fields then share a line in a pane where their preferred widths would not fit.
        if self._fill:
            return max(item.minimumSize().width(), 1)
        return item.sizeHint().width()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = self._width(item)
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for n, line in enumerate(lines):
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if n:
                y += self._vertical_gap(line[0])
            if move:
                self._place_line(line, area, y, height)
            y += height
        return y - rect.y() + m.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        widths = [self._width(item) for item in line]
        spare = area.width() - sum(widths) - self._spacing * (len(line) - 1)
        if self._fill:
            for i, item in enumerate(line):  # grow toward the hint, left to right
                grow = max(0, min(spare, item.sizeHint().width() - widths[i]))
                widths[i] += grow
                spare -= grow
            widths[-1] += max(0, spare)  # and the last item takes the rest of the line
        x = area.x()
        for item, width in zip(line, widths, strict=True):
            hint = item.sizeHint()
            top = y + (height - hint.height()) // 2  # centred on the line, as in a row
            width = min(width, area.right() + 1 - x)
            item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
            x += width + self._spacing

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
