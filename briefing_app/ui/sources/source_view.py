"""The read-only reading view of one source: header, entity legend with toggles, clean text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import Annotation, EntitySpan, Evidence, Source
from briefing_app.ui.sources.highlighter import Offsets, SpanHighlighter
from briefing_app.ui.widgets import theme
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.long_words import ZWSP, WrappingLabel
from briefing_app.ui.widgets.wording import count

FLASH_MS = 900


class ReadingText(QPlainTextEdit):
    """The text itself: read-only, selectable with the mouse and the keyboard (a caret shows
    where Shift+arrows start), wrapped for reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only text is mouse-only by default: arrows would scroll and nothing could be
        # annotated without a mouse. With keyboard selection the caret is drawn as well.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setCursorWidth(2)  # the caret shows where a keyboard selection starts
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(14)
        self.setAccessibleName("Source text")
        self.setUndoRedoEnabled(False)
        # read-only, yet with a caret: Shift+arrows and Shift+Ctrl+arrows select a passage, so
        # every annotation action works without a mouse
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # a passage just shown stays in the middle while the pane settles: opening another
        # source changes the pane's size (its title shown or not, a scroll bar) after the jump,
        # and the text wrapped anew would leave the passage off screen
        self.keep_centred = QTimer(self, singleShot=True, interval=FLASH_MS)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.keep_centred.isActive():
            self.centerCursor()


_BREAKS = re.compile(r"(?<=[_./\\-])(?=\w)")
_LONG_RUN = re.compile(r"\S{20,}")  # a run this long with no space: a file name or address


class TitleLabel(WrappingLabel):
    """A wrapped title that may break inside a long run with no space in it, such as a file
    name (``fcdo_belarus_govworld_2020.txt``), after ``_ . / - \\``; the words of a title
    keep to their spaces ("U.S." stays whole). Without that the run's whole width became the
    reading pane's minimum and, in a small window, squeezed the Actors dock to a column of
    one-word lines. ``text()`` gives the title as set, and so does a copy."""

    def soften(self, text: str) -> str:
        return _LONG_RUN.sub(lambda m: _BREAKS.sub(ZWSP, m.group()), text)


class SourceView(QWidget):
    """Shows a source with its entities highlighted; ``show_evidence`` jumps to a span."""

    labels_changed = Signal(set)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: Source | None = None
        self._offsets = Offsets("")
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

        self.title = TitleLabel()
        self.title.setAccessibleName("Source title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(self.title.textInteractionFlags() | _selectable())
        self.meta = WrappingLabel()  # (a long web address breaks: not the pane wider)
        self.meta.setAccessibleName("Source details")
        self.meta.setTextInteractionFlags(_selectable())
        self.meta.setForegroundRole(self.meta.foregroundRole())
        self.meta.setStyleSheet("color: palette(placeholder-text);")

        # Wraps onto a second line in a narrow pane instead of widening the window.
        self.legend = FlowLayout(spacing=4)
        self.legend.addWidget(QLabel("Highlight:"))
        self._toggles: dict[str, QToolButton] = {}
        for label, name in theme.ENTITY_LABELS.items():
            button = QToolButton(text=name, checkable=True, checked=True)
            button.setAccessibleName(f"Highlight {name.lower()}")
            button.setToolTip(f"Show or hide the highlighting of {name.lower()}")
            button.setAutoRaise(True)
            button.toggled.connect(self._toggled)
            self._toggles[label] = button
            self.legend.addWidget(button)

        self.text = ReadingText(self)
        self.highlighter = SpanHighlighter(self.text.document())
        self._formats: dict[str, QTextCharFormat] = {}
        self.refresh_colours()
        self.highlighter.set_visible_labels(self._toggles)

        header = QWidget(self)
        header.setObjectName("sourceHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(14, 10, 14, 6)
        head.setSpacing(3)
        head.addWidget(self.title)
        head.addWidget(self.meta)
        head.addLayout(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        line = QFrame(frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.text)

    # -- content -----------------------------------------------------------------------------
    def set_source(self, source: Source | None, entities: Iterable[EntitySpan] = ()) -> None:
        """Show ``source`` (None clears) with its entity spans highlighted."""
        self.source = source
        self._end_flash()
        if source is None:
            self.title.setText("")
            self.meta.setText("")
            self._offsets = Offsets("")
            self.highlighter.set_entities((), self._offsets, self._formats)
            self.text.setPlainText("")
            return
        self.title.setText(source.display_name)
        # The headline kept at the top of the text reads there, large and bold; the header
        # shows it only when the text does not open with it.
        self.title.setVisible(not _opens_with_title(source))
        self.meta.setText(_meta_line(source))
        self._offsets = Offsets(source.text)
        # Spans before text: setting the text then highlights every paragraph exactly once.
        self.highlighter.clear_marks()
        self.set_entities(entities, redraw=False)
        # setPlainText gives the whole new text the format at the cursor: after a source
        # opening with its headline, that was the headline's bold at its size
        self.text.setCurrentCharFormat(QTextCharFormat())
        self.text.setPlainText(source.text)
        self._show_tables(source)
        self._show_headings(source)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _show_tables(self, source: Source) -> None:
        """A source's table rows read as a table: one tinted band, its first row bold. Only
        formats change, so document positions stay those of the text (evidence, selection)."""
        document = self.text.document()
        for table in source.tables:
            first = document.findBlock(self._offsets.to_doc(table.start))
            last = document.findBlock(self._offsets.to_doc(max(table.start, table.end - 1)))
            block, header = first, True
            while block.isValid():
                cursor = QTextCursor(block)
                row = QTextBlockFormat()
                row.setBackground(theme.pick(theme.TABLE_ROW))
                cursor.setBlockFormat(row)
                if header:
                    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                    bold = QTextCharFormat()
                    bold.setFontWeight(QFont.Weight.Bold)
                    cursor.mergeCharFormat(bold)
                    header = False
                if block == last:
                    break
                block = block.next()

    def _show_headings(self, source: Source) -> None:
        """A source's headings (its headline kept at the top) read bold: formats only."""
        document = self.text.document()
        headline = _opens_with_title(source)
        for p in source.paragraphs:
            if p.kind != "heading" or p.end <= p.start:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(self._offsets.to_doc(p.start))
            cursor.setPosition(self._offsets.to_doc(p.end), QTextCursor.MoveMode.KeepAnchor)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            if headline:  # the headline stands in for the header's title, at its size
                bold.setFontPointSize(self.title.font().pointSizeF())
                headline = False
            cursor.mergeCharFormat(bold)

    def set_entities(self, entities: Iterable[EntitySpan], *, redraw: bool = True) -> None:
        """Replace the highlighted entities of the current source."""
        sid = self.source.id if self.source else None
        spans = [e for e in entities if e.source == sid]
        counts: dict[str, int] = {}
        for span in spans:
            counts[span.label] = counts.get(span.label, 0) + 1
        for label, button in self._toggles.items():
            name = theme.ENTITY_LABELS[label]
            button.setText(f"{name} {counts[label]}" if counts.get(label) else name)
            button.setEnabled(bool(counts.get(label)))
        self.highlighter.set_entities(spans, self._offsets, self._formats, redraw=redraw)

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Draw the analyst's highlights (issue 5) over the entities; comments as tooltips."""
        sid = self.source.id if self.source else None
        spans = []
        for ann in annotations:
            if ann.source != sid:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(
                theme.pick(
                    theme.ANNOTATION_COLOURS.get(ann.colour, theme.ANNOTATION_COLOURS["yellow"])
                )
            )
            if ann.comment:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setToolTip(ann.comment)
            spans.append((self._offsets.to_doc(ann.start), self._offsets.to_doc(ann.end), fmt))
        self.highlighter.set_marks("annotations", spans)

    def set_mentions(self, spans: Iterable[Evidence | EntitySpan]) -> None:
        """Mark the mentions of the selected actor (underlined, over entities and highlights)."""
        sid = self.source.id if self.source else None
        fmt = QTextCharFormat()  # merged over the entity or annotation colour beneath
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(theme.pick(theme.MENTION_LINE))
        fmt.setFontWeight(QFont.Weight.DemiBold)
        marks = [
            (self._offsets.to_doc(s.start), self._offsets.to_doc(s.end), fmt)
            for s in spans
            if s.source == sid
        ]
        self.highlighter.set_marks("mentions", marks)

    def refresh_colours(self) -> None:
        """Rebuild the highlight formats for the current light/dark scheme."""
        self._formats = {}
        for label in theme.ENTITY_COLOURS:
            fmt = QTextCharFormat()
            fmt.setBackground(theme.entity_colour(label))
            self._formats[label] = fmt
            chip = theme.entity_colour(label).name()
            self._toggles[label].setStyleSheet(
                "QToolButton { border-radius: 3px; padding: 1px 6px; }"
                f"QToolButton:checked {{ background: {chip}; }}"
            )
        if self.source is not None:
            self.highlighter.rehighlight()

    def visible_labels(self) -> set[str]:
        return self.highlighter.visible_labels()

    def set_visible_labels(self, labels: Iterable[str]) -> None:
        labels = set(labels)
        for label, button in self._toggles.items():
            button.blockSignals(True)
            button.setChecked(label in labels)
            button.blockSignals(False)
        self.highlighter.set_visible_labels(labels)

    def _toggled(self) -> None:
        labels = {label for label, b in self._toggles.items() if b.isChecked()}
        self.highlighter.set_visible_labels(labels)
        self.labels_changed.emit(labels)

    def set_font_size(self, points: float) -> None:
        font = QFont(self.text.font())
        font.setPointSizeF(points)
        self.text.setFont(font)

    # -- evidence ----------------------------------------------------------------------------
    def show_evidence(self, ev: Evidence, *, flash: bool = True) -> bool:
        """Scroll to, select and briefly flash ``ev``; False if it is not in this source."""
        if self.source is None or ev.source != self.source.id:
            return False
        start, end = self._offsets.to_doc(ev.start), self._offsets.to_doc(ev.end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.keep_centred.start()
        if flash:
            self._end_flash()
            self._flash_span = (start, end)
            self.highlighter.set_flash(start, end, theme.pick(theme.FLASH))
            self._flash_timer.start()
        return True

    def text_position(self, doc_position: int) -> int:
        """The offset in the source text of a position in the shown document."""
        return self._offsets.to_text(doc_position)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as a ``[start, end)`` span of the source text, or None."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._offsets.to_text(cursor.selectionStart()),
            self._offsets.to_text(cursor.selectionEnd()),
        )

    def _end_flash(self) -> None:
        self._flash_timer.stop()
        span = getattr(self, "_flash_span", None)
        if span is not None:
            self._flash_span = None
            self.highlighter.set_flash(*span, None)

    # -- find --------------------------------------------------------------------------------
    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool:
        """Select the next match of ``text`` (wrapping around); False if there is none."""
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if case:
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.text.find(text, flags):
            return True
        cursor = self.text.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.text.setTextCursor(cursor)
        return self.text.find(text, flags)

    def matches(self, text: str, *, case: bool = False) -> tuple[int, int]:
        """(number of the selected match counting from 1, or 0; how many in this source)."""
        from briefing_app.ui.widgets.text_find import count_matches

        return count_matches([self.text], self.text, text, case=case)

    def focus_match(self) -> None:
        self.text.setFocus()


def _selectable():
    return Qt.TextInteractionFlag.TextSelectableByMouse


def _meta_line(source: Source) -> str:
    parts = [source.outlet, source.author, source.published[:10], source.url]
    words = count(source.word_count, "word")
    return "  ·  ".join([p for p in parts if p] + [words])


def _opens_with_title(source: Source) -> bool:
    """The text's first paragraph is a heading that says the title."""
    first = next((p for p in source.paragraphs if p.end > p.start), None)
    if first is None or first.kind != "heading":
        return False
    return " ".join(source.text[first.start : first.end].split()) == " ".join(
        source.display_name.split()
    )
