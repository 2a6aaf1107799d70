"""One briefing section as an editable rich-text area that grows with its content.

Auto-filled paragraphs are tinted, with a mark in the margin, for as long as their text is
what auto-fill wrote; clicking one (or "Show Source") asks for its evidence to be shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from briefing_app.model import Block, Evidence
from briefing_app.ui.briefing import block_text, bullets, cited_copy
from briefing_app.ui.briefing.bullets import MAX_LEVEL  # noqa: F401  (re-exported)
from briefing_app.ui.widgets import pasted_text, theme

EvidenceTip = Callable[[list[Evidence]], str]  # evidence -> rich-text tooltip
MARK_WIDTH = 3
MARK_MARGIN = 64  # right margin where portion marks are shown when a scheme is chosen


class SectionEdit(QTextEdit):
    """Rich text for one section; ``blocks()`` reads it back as model Blocks."""

    evidence_clicked = Signal(list)  # list[Evidence] of the clicked auto block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.originals: dict[str, Block] = {}
        self.list_section = False
        self.evidence_tip: EvidenceTip = lambda evidence: ""  # the window gives the real one
        # source ids -> the Sources heading and their entries as the export prints them
        self.cited_entries: Callable[[list[str]], cited_copy.Listing] = lambda ids: ("", [])
        self.setAcceptRichText(False)  # pasted text arrives plain: no foreign styles
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab moves between sections (keyboard navigation), except on a bullet that can nest
        # under the one before it, where Tab indents and Shift+Tab outdents, as in a word
        # processor; Ctrl+Tab always leaves.
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(8)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.cursorPositionChanged.connect(self._leave_citation_format)
        self._press = QPoint()
        # what other features add: context-menu entries (menu, paragraph under the cursor),
        # checker findings as (start, end, tip) spans, and the portion mark painter
        self.menu_extras: list[Callable] = []
        self.finding_spans: list[tuple[int, int, str]] = []
        self.show_marks = False
        self.default_mark = ""  # the portion mark of a paragraph that has none of its own
        self._mark_area = None
        self._fit_height()

    def set_marks_shown(self, shown: bool, default: str = "") -> None:
        """Show each paragraph's portion mark in a right margin (a marking scheme is on).

        The margin is the widget's, not the document's: a document format change would be a
        step on the section's undo stack."""
        if shown == self.show_marks and default == self.default_mark:
            return
        self.show_marks, self.default_mark = shown, default
        if shown and self._mark_area is None:
            from briefing_app.ui.briefing.mark_area import MarkArea

            self._mark_area = MarkArea(self)
        self.setViewportMargins(0, 0, MARK_MARGIN if shown else 0, 0)
        if self._mark_area is not None:
            self._mark_area.setVisible(shown)
            self._mark_area.place()

    # -- content -----------------------------------------------------------------------------
    def set_blocks(self, blocks: list[Block], numbers: dict[str, int], *, as_list: bool) -> None:
        self.list_section = as_list
        self.originals = block_text.write_blocks(
            self.document(), blocks, numbers, theme.pick(("#2f5fa8", "#8ab4ff")), self._base()
        )
        self._fit_height()

    def blocks(self) -> list[Block]:
        return block_text.read_blocks(self.document(), self.originals)

    def evidence_at(self, pos: QPoint) -> list[Evidence]:
        block = self.cursorForPosition(pos).block()
        original = block_text.original_of(block, self.originals)
        return list(original.evidence) if original else []

    def current_evidence(self) -> list[Evidence]:
        original = block_text.original_of(self.textCursor().block(), self.originals)
        return list(original.evidence) if original else []

    # -- formatting --------------------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_bullets(self) -> None:
        bullets.toggle_bullets(self)

    def can_nest(self, step: int) -> bool:
        """Whether the bullet at the cursor can go a level deeper (``step`` > 0) or out."""
        return bullets.can_nest(self, step)

    def nest(self, step: int) -> bool:
        """Move the selected bullets ``step`` levels deeper (negative: out); False if the
        cursor is not in a list."""
        return bullets.nest(self, step)

    def focusInEvent(self, event) -> None:
        # Arriving by Tab starts at the top (by Shift+Tab at the end), as reading does: a
        # further Tab then moves on instead of nesting a bullet it cannot see.
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            cursor = self.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Start
                if reason == Qt.FocusReason.TabFocusReason
                else QTextCursor.MoveOperation.End
            )
            self.setTextCursor(cursor)
        super().focusInEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            mods = event.modifiers()
            back = event.key() == Qt.Key.Key_Backtab or bool(
                mods & Qt.KeyboardModifier.ShiftModifier
            )
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.focusNextPrevChild(not back)  # Ctrl+Tab: out of the list, to the next field
                return True
            step = -1 if back else 1
            if self.can_nest(step):  # else Tab moves on (the first bullet has no parent)
                self.nest(step)
                return True
        # Ctrl+Z with nothing typed here to undo belongs to the window's history (a template
        # switch, a quote, an actor decision): let the shortcut through instead of eating it.
        if event.type() == QEvent.Type.ShortcutOverride:
            doc = self.document()
            if (event.matches(QKeySequence.StandardKey.Undo) and not doc.isUndoAvailable()) or (
                event.matches(QKeySequence.StandardKey.Redo) and not doc.isRedoAvailable()
            ):
                event.ignore()
                return False
        return super().event(event)

    # -- copying: the [n] markers copied take their Sources entries along -------------------
    def createMimeDataFromSelection(self):
        mime = super().createMimeDataFromSelection()
        heading, entries = self.cited_entries(cited_copy.cited_ids(self.textCursor()))
        return cited_copy.with_sources(mime, entries, heading or cited_copy.SOURCES_HEADING)

    def insertFromMimeData(self, source) -> None:
        source = cited_copy.bare(source)  # (its own [n] need no list)
        text = source.text() if source.hasText() else ""
        if not text:
            super().insertFromMimeData(source)
            return
        clean = pasted_text.for_note(text)  # (a page break parts paragraphs, as it did)
        if clean != text:
            source = QMimeData()  # (only the text is taken: pasted text arrives plain)
            source.setText(clean)
        with self._writing():
            super().insertFromMimeData(source)

    def inputMethodEvent(self, event) -> None:
        if not event.commitString() or event.replacementLength():
            super().inputMethodEvent(event)  # (preedit, or a correction of words written)
            return
        with self._writing():  # (an input method or an emoji picker writes)
            super().inputMethodEvent(event)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Words written at the cursor (typed, committed, pasted): they replace the selection
        in one undo step with it, and are never in a citation marker's format (the note keeps
        a marker's stored text only, so they would be lost); in auto-filled text they are the
        analyst's (marked as typed, drawn without the tint)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self._words_to_come()
            yield
            return
        # (the selection goes first, so that setting the format does not reformat it)
        cursor.beginEditBlock()
        try:
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
            self._words_to_come()
            yield
        finally:
            cursor.endEditBlock()

    def _words_to_come(self) -> None:
        self._leave_citation_format()
        if block_text.is_from_auto(self.textCursor().block(), self.originals):
            fmt = self.currentCharFormat()
            if not fmt.property(block_text.TYPED):
                self.setCurrentCharFormat(block_text.typed_format(fmt, self._base()))

    def copy_with_sources(self) -> None:
        """Copy the selection (the whole section when nothing is selected) with the Sources
        entries its markers cite."""
        cited_copy.copy_with_sources(self)

    def canInsertFromMimeData(self, source) -> bool:
        # Files dropped here are meant for the window (to load as sources), not as text.
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            return False
        return super().canInsertFromMimeData(source)

    def _base(self):
        return self.palette().color(self.palette().ColorRole.Base)

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers()
        shortcut = mods & Qt.KeyboardModifier.ControlModifier and not (
            mods & Qt.KeyboardModifier.AltModifier  # (AltGr, Ctrl+Alt on Windows, types)
        )
        typing = bool(event.text()) and event.text().isprintable() and not shortcut
        was_empty = self.document().isEmpty()
        if typing:
            with self._writing():
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)
        # In a list section the first thing typed starts a bulleted list. (An empty list made
        # up front would draw its bullet over the section's hint.)
        started = was_empty and not self.document().isEmpty()
        if self.list_section and started and self.textCursor().currentList() is None:
            self.textCursor().createList(QTextListFormat.Style.ListDisc)

    def _leave_citation_format(self) -> None:
        # Text typed just after a citation marker must not become part of the marker. Not
        # with a selection (a paragraph shown): that would reformat it, markers and all.
        if self.textCursor().hasSelection():
            return
        fmt = self.currentCharFormat()
        if fmt.hasProperty(block_text.CITE):
            plain = block_text.plain_format()
            plain.setFontWeight(fmt.fontWeight())
            plain.setFontItalic(fmt.fontItalic())
            self.setCurrentCharFormat(plain)

    def flash_block(self, index: int, ms: int = 900) -> QTextCursor | None:
        """Briefly highlight paragraph ``index`` (a quote just inserted); its cursor."""
        block = self.document().findBlockByNumber(index)
        if not block.isValid():
            return None
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        flash = QTextEdit.ExtraSelection()
        flash.cursor = cursor
        flash.format.setBackground(theme.pick(theme.FLASH))
        self.setExtraSelections([flash])
        QTimer.singleShot(ms, self, lambda: self.setExtraSelections([]))  # (gone with self)
        return cursor

    # -- size --------------------------------------------------------------------------------
    def _fit_height(self, *_args) -> None:
        height = max(self.document().size().height(), self.hint_height())
        frame = 2 * self.frameWidth()
        self.setFixedHeight(max(44, math.ceil(height) + frame + 2))

    def hint_height(self) -> float:
        """The height the hint needs while the section is empty: it is never cut off."""
        hint = self.placeholderText()
        if not hint or not self.document().isEmpty():
            return 0.0
        margin = self.document().documentMargin()
        width = max(40, int(self.viewport().width() - 2 * margin))
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, hint)
        return rect.height() + 2 * margin

    def setPlaceholderText(self, text: str) -> None:
        # Qt draws a placeholder on one line, cut at the edge: the hint is drawn here instead,
        # wrapped, and the box is made as tall as it needs (never cut mid-sentence)
        self._hint = text
        super().setPlaceholderText("")
        self.setAccessibleDescription(text)
        self._fit_height()
        self.viewport().update()

    def placeholderText(self) -> str:
        return getattr(self, "_hint", "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()
        if self._mark_area is not None:
            self._mark_area.place()

    def wheelEvent(self, event) -> None:
        event.ignore()  # the briefing's scroll area scrolls, not this fixed-height box

    # -- auto tint ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        tint, mark = theme.pick(theme.AUTO_TINT), theme.pick(theme.AUTO_MARK)
        layout = self.document().documentLayout()
        offset = -self.verticalScrollBar().value()
        width = self.viewport().width()
        # Only the paragraphs in the area being painted (a keystroke repaints a line or two):
        # reading every paragraph back on each repaint made typing in a long section lag.
        area = event.rect()
        block = self.cursorForPosition(QPoint(0, area.top())).block()
        if block.previous().isValid():
            block = block.previous()  # (a paragraph's spacing above may be in the area)
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() + offset
            if top > area.bottom():
                break
            # auto-filled text keeps its tint when the analyst types into it (their words are
            # drawn on the page colour); the margin mark says "as auto-fill wrote it"
            if top + rect.height() >= area.top() and block_text.is_from_auto(block, self.originals):
                painter.fillRect(QRectF(0, top, width, rect.height()), tint)
                if block_text.is_pristine_auto(block, self.originals):
                    painter.fillRect(QRectF(1, top + 2, MARK_WIDTH, rect.height() - 4), mark)
            block = block.next()
        painter.end()
        super().paintEvent(event)
        hint = self.placeholderText()
        if hint and self.document().isEmpty():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            margin = int(self.document().documentMargin())
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            flags = int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(area, flags, hint)
            painter.end()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            evidence = self.evidence_at(event.pos())
            finding = self._finding_tip(event.pos())
            if finding:
                QToolTip.showText(event.globalPos(), finding, self)
            elif evidence:
                QToolTip.showText(event.globalPos(), self.evidence_tip(evidence), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _finding_tip(self, pos: QPoint) -> str:
        return self._finding_tip_at(self.cursorForPosition(pos).position())

    def _finding_tip_at(self, position: int) -> str:
        """The checker's messages for the text at ``position`` ("" when none)."""
        from briefing_app.ui.briefing.squiggles import tip_at

        return tip_at(self.finding_spans, position)

    # -- click-through -----------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        moved = (event.position().toPoint() - self._press).manhattanLength()
        click = event.button() == Qt.MouseButton.LeftButton and moved < 4
        if not click or self.textCursor().hasSelection():
            return
        # A plain click only places the cursor (to edit auto-filled text without the source
        # pane jumping away). The source shows on a citation marker, or with Ctrl+click.
        pos = event.position().toPoint()
        cited = self.citation_at(pos)
        if cited:
            evidence = [e for e in self.evidence_at(pos) if e.source == cited]
            self.evidence_clicked.emit(evidence or [Evidence(cited, 0, 0)])
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            evidence = self.evidence_at(pos)
            if evidence:
                self.evidence_clicked.emit(evidence)

    def citation_at(self, pos: QPoint) -> str:
        """The source id of the citation marker at ``pos`` ("" if there is none)."""
        cursor = self.cursorForPosition(pos)
        for step in (0, 1):  # the character before the position, then the one after it
            probe = QTextCursor(cursor)
            if step:
                probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if probe.block() != cursor.block():
                continue
            source = probe.charFormat().property(block_text.CITE)
            if source and self._near(pos, probe):
                return str(source)
        return ""

    def _near(self, pos: QPoint, cursor: QTextCursor) -> bool:
        rect = self.cursorRect(cursor)
        return abs(rect.center().y() - pos.y()) <= rect.height()

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        evidence = self.evidence_at(event.pos())
        if evidence:
            show = QAction("Show Source", menu)
            show.setStatusTip("Open the source passage this text came from")
            show.triggered.connect(lambda: self.evidence_clicked.emit(evidence))
            menu.insertAction(menu.actions()[0] if menu.actions() else None, show)
            menu.insertSeparator(menu.actions()[1])
        cited_copy.add_menu_entry(self, menu)
        qblock = self.cursorForPosition(event.pos()).block()
        for extra in self.menu_extras:
            extra(menu, qblock)
        menu.exec(event.globalPos())
        menu.deleteLater()
