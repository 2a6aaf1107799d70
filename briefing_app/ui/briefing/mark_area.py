"""The right margin of a section that shows each paragraph's portion mark, e.g. "(S//NF)"."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from briefing_app.ui.briefing import block_text
from briefing_app.ui.widgets import theme


class MarkArea(QWidget):
    """Paints the marks beside the paragraphs of its SectionEdit (the parent)."""

    def __init__(self, edit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.setToolTip("Portion marks: right-click a paragraph ▸ Portion Mark to change one")
        edit.document().contentsChanged.connect(self.update)

    def place(self) -> None:
        from briefing_app.ui.briefing.section_edit import MARK_MARGIN

        rect = self.edit.contentsRect()
        self.setGeometry(
            QRect(rect.right() - MARK_MARGIN + 1, rect.top(), MARK_MARGIN, rect.height())
        )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(theme.pick(("#6b6b6b", "#a0a0a0")))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        layout = self.edit.document().documentLayout()
        offset = -self.edit.verticalScrollBar().value()
        block = self.edit.document().begin()
        while block.isValid():
            if block.text().strip():
                portion = block_text.block_props(block)["mark"] or self.edit.default_mark
                top = layout.blockBoundingRect(block).top() + offset
                painter.drawText(
                    QRectF(2, top, self.width() - 6, 18),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    f"({portion})" if portion else "",
                )
            block = block.next()
        painter.end()
