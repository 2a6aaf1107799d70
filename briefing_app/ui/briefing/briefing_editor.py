"""The briefing editor: fields on top, then each section of the template as an editable area."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import AUTO, Briefing, Evidence, Section, Template
from briefing_app.ui.briefing import briefing_fields, keep_place, text_search
from briefing_app.ui.briefing.briefing_fields import CLASSIFICATIONS  # noqa: F401  (re-exported)
from briefing_app.ui.briefing.notices import TitleOffer, stale_mark
from briefing_app.ui.briefing.section_edit import SectionEdit
from briefing_app.ui.briefing.table_edit import TableEdit
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.form_rows import buddy, pair
from briefing_app.ui.widgets.long_words import WrappingLabel
from briefing_app.workspace import STALE_MARK, is_stale
from briefing_app.workspace.cited import cited_entries, sources_heading

FIELDS = ("title", "classification", "date", "author")
PAGE_WIDTH = 860  # the page column stops growing here: long lines are hard to read


class BriefingEditor(QWidget):
    """Edits one Briefing; ``briefing()`` returns it with the analyst's edits applied."""

    changed = Signal()  # the analyst changed a section (not emitted by set_briefing)
    field_changed = Signal(str, str)
    evidence_clicked = Signal(list)
    template_chosen = Signal(str)
    format_changed = Signal(bool, bool)  # bold, italic at the cursor of the section in use
    briefing_shown = Signal()  # the page was rebuilt for a briefing (features re-attach)

    def __init__(self, parent: QWidget | None = None, template_box: QComboBox | None = None):
        super().__init__(parent)
        self.setAccessibleName("Briefing editor")
        self._briefing: Briefing | None = None
        self._choices: dict[str, list[str]] = {}
        self._editors: dict[str, SectionEdit | TableEdit] = {}
        self._field_boxes: dict[str, dict[str, QComboBox]] = {}
        self._last_editor: SectionEdit | None = None
        self._loading = False
        # The tooltip of auto-filled text (the window gives one quoting the source sentence).
        self.evidence_tip: Callable[[list[Evidence]], str] = lambda evidence: ""
        self.search = text_search.FindReplace(
            self.text_editors, self.current_editor, self.note_focus, self._scroll_to_cursor
        )

        # (the window puts the template picker in its tool bar and hands it over)
        self.template_box = template_box if template_box is not None else QComboBox()
        self.template_box.activated.connect(
            lambda i: self.template_chosen.emit(self.template_box.itemData(i))
        )
        top = briefing_fields.build(self)

        holder = QWidget()
        self._centre = QHBoxLayout(holder)
        self._centre.setContentsMargins(0, 0, 0, 0)
        self.page = self._new_page()
        self._centre.addWidget(self.page)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from Author to a section
        # Where Tab goes after the last section (the window gives the Sources list).
        self.tab_after: QWidget | None = None
        self.scroll.setWidget(holder)

        # Tells a first-time user what the tint means and what clicking it does.
        self.auto_hint = QLabel(
            "Tinted text was filled in from your sources: Ctrl+click it (or press F4) to see "
            "the passage it came from, or click a [n] marker. Edit anything; what you type is "
            "kept when the auto-fill is refreshed."
        )
        self.auto_hint.setWordWrap(True)
        self.auto_hint.setObjectName("autoHint")
        self.auto_hint.setStyleSheet("#autoHint { color: palette(placeholder-text); }")
        self.auto_hint.hide()
        header = QWidget()
        header.setLayout(top)
        top.setContentsMargins(16, 10, 16, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        # (below the form, not in it: a wrapped label spanning a QFormLayout row is given too
        # little height in a narrow pane and its first lines are cut off)
        self.auto_hint.setContentsMargins(16, 0, 16, 8)
        layout.addWidget(self.auto_hint)
        self.title_offer = TitleOffer()
        layout.addWidget(self.title_offer)
        layout.addWidget(QFrame(frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken))
        layout.addWidget(self.scroll, 1)

    # -- templates and fields ----------------------------------------------------------------
    def set_templates(self, templates: list[Template], current: str) -> None:
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for t in templates:
            self.template_box.addItem(t.name, t.id)
            self.template_box.setItemData(
                self.template_box.count() - 1, t.description, Qt.ItemDataRole.ToolTipRole
            )
        index = self.template_box.findData(current)
        self.template_box.setCurrentIndex(max(0, index))
        self.template_box.blockSignals(False)
        self.template_box.setEnabled(True)

    def set_fields(self, values: dict[str, str]) -> None:
        self._loading = True
        for name, widget in self._fields.items():
            value = values.get(name, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            elif widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)
        self._loading = False

    def fields(self) -> dict[str, str]:
        return {
            name: (w.currentText() if isinstance(w, QComboBox) else w.text()).strip()
            for name, w in self._fields.items()
        }

    def _field_edited(self, name: str, value: str) -> None:
        if not self._loading:
            self.field_changed.emit(name, value.strip())

    # -- content -----------------------------------------------------------------------------
    def set_briefing(
        self, briefing: Briefing | None, *, choices: dict[str, list[str]] | None = None
    ) -> None:
        """Show ``briefing`` (a copy is kept; the caller's object is never edited)."""
        scroll = self.scroll.verticalScrollBar().value()
        place = keep_place.where(self._editors)  # a rebuild while typing keeps the place
        self._loading = True
        self._briefing = briefing.edit_copy() if briefing else None
        self._choices = dict(choices or {})
        self._clear_page()
        if briefing is not None:
            self.set_fields({n: getattr(briefing, n) for n in FIELDS})
            numbers = {c.source: c.number for c in briefing.citations}
            for section in self._briefing.sections:
                self._add_section(section, numbers)
        self.title_offer.offer(briefing.title_offer if briefing else "")
        self.auto_hint.setVisible(
            any(b.origin == AUTO for s in (briefing.sections if briefing else []) for b in s.blocks)
        )
        self.page_layout.addStretch(1)
        self._chain_tabs()
        self._loading = False
        # Shown now, not at the layout's queued show: the next keystroke and Tab must find
        # the new widgets on screen (a hidden one is skipped by the focus chain).
        self.page.show()
        keep_place.restore(self._editors, place)
        self.briefing_shown.emit()
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(scroll))

    def _chain_tabs(self) -> None:
        """Tab order: Title, Classification, Date, Author, then each section (its fields,
        then its text) in order, then ``tab_after``."""
        chain: list[QWidget] = [self.title, self.classification, self.date, self.author]
        for section in self._briefing.sections if self._briefing else []:
            chain += list(self._field_boxes.get(section.id, {}).values())
            if section.id in self._editors:
                chain.append(self._editors[section.id])
        if self.tab_after is not None:
            chain.append(self.tab_after)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _new_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("briefingPage")
        page.setMaximumWidth(PAGE_WIDTH)
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(16, 8, 16, 24)
        self.page_layout.setSpacing(6)
        return page

    def _clear_page(self) -> None:
        self._editors = {}
        self._field_boxes = {}
        self._last_editor = None
        # A fresh page rather than takeAt() on the old layout: every widget and nested row
        # goes with the old page, and no QLayoutItem wrappers outlive their items (PySide
        # reused such a stale wrapper for a new object at the same address).
        old, self.page = self.page, self._new_page()
        self._centre.replaceWidget(old, self.page)
        old.hide()
        old.deleteLater()

    def _add_section(self, section: Section, numbers: dict[str, int]) -> None:
        heading = QLabel(section.heading)
        heading.setObjectName("sectionHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * (1.15 if section.level <= 1 else 1.05))
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 10, 0, 0)
        self.page_layout.addWidget(heading)
        if section.fields:
            self.page_layout.addLayout(self._section_fields(section))
        if section.fill == "sources":
            self.page_layout.addWidget(self._sources_list())
            return
        if self._briefing is not None and any(is_stale(b, self._briefing) for b in section.blocks):
            self.page_layout.addWidget(stale_mark(STALE_MARK))
        if section.kind == "table":
            editor: SectionEdit | TableEdit = TableEdit()
            editor.evidence_tip = self.evidence_tip
            editor.set_rows(section.columns, section.blocks)
            editor.changed.connect(self._edited)
        else:
            editor = SectionEdit()
            editor.evidence_tip = self.evidence_tip
            editor.cited_entries = self._cited_entries
            # a required section says so while empty (it exports as "[To be completed]")
            editor.setPlaceholderText(("[To be completed] " * section.required) + section.hint)
            editor.set_blocks(section.blocks, numbers, as_list=section.kind == "list")
            editor.textChanged.connect(self._edited)
            editor.cursorPositionChanged.connect(lambda e=editor: self._cursor_moved(e))
            editor.currentCharFormatChanged.connect(
                lambda fmt: self.format_changed.emit(
                    fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()
                )
            )
        editor.setAccessibleName(f"Section {section.heading}")
        editor.evidence_clicked.connect(self.evidence_clicked)
        heading.setBuddy(editor)
        self._editors[section.id] = editor
        self.page_layout.addWidget(editor)

    def _cited_entries(self, source_ids: list[str]) -> tuple[str, list[tuple[int, str, str]]]:
        """The Sources heading and the entries of ``source_ids`` as the export prints them."""
        if self._briefing is None:
            return "", []
        return sources_heading(self._briefing), cited_entries(self._briefing, source_ids)

    def _section_fields(self, section: Section) -> FlowLayout:
        row = FlowLayout(spacing=12)
        boxes: dict[str, QComboBox] = {}
        for name, value in section.fields.items():
            box = QComboBox(editable=True)
            box.addItem("")
            box.addItems(self._choices.get(name, []))
            box.setCurrentText(value)
            label = name.replace("_", " ").capitalize()
            box.setAccessibleName(f"{section.heading}: {label}")
            box.lineEdit().setAccessibleName(box.accessibleName())  # (it has the keyboard)
            box.currentTextChanged.connect(self._edited)
            row.addWidget(pair(buddy(label, box), box))
            boxes[name] = box
        self._field_boxes[section.id] = boxes
        return row

    def _sources_list(self) -> WrappingLabel:
        lines = [f"{c.number}. {c.text()}" for c in (self._briefing.citations or [])]
        # (a long web address breaks across lines: unbroken, it widened the whole page)
        label = WrappingLabel("\n".join(lines) or "Filled in from the sources you load.")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setToolTip(
            "Numbered from the loaded sources; citation numbers in the text point here"
        )
        label.setContentsMargins(8, 2, 8, 2)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return label

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def add_header_widget(self, widget: QWidget) -> None:
        """A feature's row under the fields (e.g. the marking scheme and banner)."""
        self.layout().insertWidget(1, widget)

    def set_header(self, label: str, value: str) -> None:
        """Set a header, sign-off or authority field (To, Prepared by, Classified By...)."""
        if self._briefing is not None and self._briefing.header.get(label) != value:
            self._briefing.header[label] = value
            self._edited()

    def set_marking(self, marking: str) -> None:
        """Choose the marking scheme ("" for a free-text banner)."""
        if self._briefing is not None and self._briefing.marking != marking:
            self._briefing.marking = marking
            self._edited()

    def _cursor_moved(self, editor: SectionEdit) -> None:
        self._last_editor = editor
        if editor.hasFocus():
            self._scroll_to_cursor(editor)

    def focus_first_section(self) -> None:
        editors = self.text_editors()
        if editors:
            editors[0].setFocus()

    def reveal(self, section_id: str, index: int) -> None:
        """Scroll to block ``index`` of a section and flash it (something just inserted)."""
        editor = self._editors.get(section_id)
        cursor = editor.flash_block(index) if isinstance(editor, SectionEdit) else None
        if cursor is not None:
            editor.setTextCursor(cursor)
            self._scroll_to_cursor(editor)

    def _scroll_to_cursor(self, editor: SectionEdit) -> None:
        rect = editor.cursorRect()
        centre = editor.mapTo(self.scroll.widget(), rect.center())
        self.scroll.ensureVisible(centre.x(), centre.y(), 10, 40)

    def briefing(self) -> Briefing | None:
        """The edited briefing: fields, sections' blocks and section fields from the widgets."""
        if self._briefing is None:
            return None
        result = self._briefing.edit_copy()
        for name, value in self.fields().items():
            setattr(result, name, value)
        for section in result.sections:
            editor = self._editors.get(section.id)
            if editor is not None:
                section.blocks = editor.blocks()
            for name, box in self._field_boxes.get(section.id, {}).items():
                section.fields[name] = box.currentText().strip()
        return result

    def word_count(self) -> int:
        """Words in the title and sections as the exported briefing has them (no markers)."""
        briefing = self.briefing()
        return briefing.word_count() if briefing is not None else 0

    # -- editors -----------------------------------------------------------------------------
    def editor(self, section_id: str) -> SectionEdit | TableEdit | None:
        return self._editors.get(section_id)

    def text_editors(self) -> list[SectionEdit]:
        return [e for e in self._editors.values() if isinstance(e, SectionEdit)]

    def focused_table(self) -> TableEdit | None:
        """The table section the keyboard is in (a cell being typed in counts), else None."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        tables = (e for e in self._editors.values() if isinstance(e, TableEdit))
        return next((t for t in tables if t is focus or t.isAncestorOf(focus)), None)

    def note_focus(self, widget: QWidget) -> None:
        """Remember the section the analyst went to (formatting and Find act on it)."""
        if isinstance(widget, SectionEdit) and widget in self.text_editors():
            self._last_editor = widget

    def current_section_id(self) -> str:
        """The id of the section the analyst is typing in (or last typed in), else ""."""
        current = self.current_editor()
        return next((sid for sid, e in self._editors.items() if e is current), "")

    def current_editor(self) -> SectionEdit | None:
        """The section the analyst is typing in (or last typed in)."""
        editors = self.text_editors()
        focused = next((e for e in editors if e.hasFocus()), None)
        return focused or (self._last_editor if self._last_editor in editors else None)

    # -- find and replace (the Find bar's target; forwarded to ``self.search``) --------------
    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool:
        return self.search.find(text, backward=backward, case=case)

    def matches(self, text: str, *, case: bool = False) -> tuple[int, int]:
        return self.search.matches(text, case=case)

    def focus_match(self) -> None:
        self.search.focus_match()

    def replace(self, text: str, replacement: str, *, case: bool = False) -> bool:
        return self.search.replace(text, replacement, case=case)

    def replace_all(self, text: str, replacement: str, *, case: bool = False) -> int:
        return self.search.replace_all(text, replacement, case=case)
