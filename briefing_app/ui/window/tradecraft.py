"""Analytic standards in the window: the marking scheme and banner, portion marks and
estimates from a paragraph's context menu, checker findings as squiggles and in Problems,
source grades from the Sources list, and File ▸ Export Actors / Timeline."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from briefing_app.model import BriefingError
from briefing_app.ui.briefing import block_text
from briefing_app.ui.briefing.briefing_insert import BriefingChange
from briefing_app.ui.briefing.squiggles import Squiggle, place
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.form_rows import pair
from briefing_app.workspace import tradecraft as T

CHECK_DELAY_MS = 500  # findings follow the text once typing pauses


class TradecraftController(QObject):
    """Wires the standards features into the window (created once the work area exists)."""

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.findings: list = []
        self.schemes = {s.id: s for s in T.marking_schemes()}
        self.row = QWidget()
        # (wraps where narrow: one line of fixed widths held the briefing at 519 px, and a
        # marking chosen in a 1024 px window squeezed the reading pane from 205 px to 165)
        layout = FlowLayout(self.row, spacing=12)
        layout.setContentsMargins(16, 0, 16, 8)
        self.marking_box = QComboBox()
        self.marking_box.setAccessibleName("Marking scheme")
        self.marking_box.setToolTip(
            "Portion marks on every paragraph and a banner at the highest mark"
        )
        self.marking_box.addItem("None", "")
        self.marking_box.setItemData(
            0,
            "No portion marks: the banner is the Classification field",
            Qt.ItemDataRole.ToolTipRole,
        )
        self.marking_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.marking_box.setMinimumContentsLength(14)
        for ident, scheme in self.schemes.items():
            self.marking_box.addItem(scheme.name, ident)
        # As wide as the longest scheme's name where the row has room ("United States
        # (CAPCO-style)" was cut to "United States (CAPCO-"), down to 14 characters where not.
        self.marking_box.setMinimumWidth(self.marking_box.minimumSizeHint().width())
        self.marking_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.marking_box.activated.connect(self._marking_chosen)
        label = QLabel("&Marking")
        label.setBuddy(self.marking_box)
        self.banner = QLabel()
        self.banner.setAccessibleName("Banner")
        self.banner.setToolTip("The banner the exports print at the top and bottom of each page")
        self.banner.setStyleSheet("font-weight: bold; letter-spacing: 1px;")
        layout.addWidget(pair(label, self.marking_box))
        layout.addWidget(pair(QLabel("Banner:"), self.banner))
        self.fields_button = QToolButton(text="Note &Fields", checkable=True)
        self.fields_button.setAccessibleName("Note fields")
        self.fields_button.setToolTip(
            "The header, sign-off and classification authority fields of the note"
        )
        layout.addWidget(self.fields_button)
        self.fields_form = QWidget()
        self.fields_form.setAccessibleName("Note fields form")
        self.fields_form.hide()
        self.fields_button.toggled.connect(self.fields_form.setVisible)
        self.field_edits: dict[str, QLineEdit] = {}
        win.editor.add_header_widget(self.fields_form)
        win.editor.add_header_widget(self.row)

        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        win.editor.changed.connect(self.timer.start)
        win.editor.field_changed.connect(lambda *_: self.timer.start())
        win.editor.briefing_shown.connect(self._shown)
        win.sources.grade_requested.connect(self.grade)
        win.problems.finding_chosen.connect(self.go_to)
        self.export_actors = QAction("Export &Actors…", win)
        self.export_actors.setStatusTip("Save the actors (aliases, roles, sources) as CSV or JSON")
        self.export_actors.triggered.connect(lambda: self.export_rows("actors"))
        self.export_timeline = QAction("Export &Timeline…", win)
        self.export_timeline.setStatusTip("Save the dated events as CSV or JSON")
        self.export_timeline.triggered.connect(lambda: self.export_rows("timeline"))
        self.pdfa = QAction("PDF/A-2b (&Archival PDF)", win, checkable=True)
        self.pdfa.setStatusTip("Export PDFs as PDF/A-2b: metadata, colour profile, embedded fonts")
        self.pdfa.toggled.connect(self._pdfa_toggled)
        file_menu = win.menuBar().actions()[0].menu()
        file_menu.insertActions(win.actions.export_comments, [self.export_actors,
                                                              self.export_timeline])  # fmt: skip
        file_menu.insertAction(win.actions.export_comments, self.pdfa)
        self._shown()

    # -- the briefing shown ------------------------------------------------------------------
    def briefing(self):
        return self.win.editor.briefing()

    def _pdfa_toggled(self, on: bool) -> None:
        if self.win.ws.settings.get("pdfa", False) != on:
            self.win.ws.settings["pdfa"] = on  # kept in the project
            self.win.ws.modified = True
            self.win.update_title()

    def _shown(self) -> None:
        self.pdfa.setChecked(bool(self.win.ws.settings.get("pdfa")))
        briefing = self.briefing()
        marking = briefing.marking if briefing is not None else ""
        self.marking_box.setCurrentIndex(max(0, self.marking_box.findData(marking)))
        for section_id, edit in self._edits():
            edit.menu_extras = [lambda menu, qb, sid=section_id: self._menu(menu, qb, sid)]
        self._fill_fields(briefing)
        self.check()

    def _fill_fields(self, briefing) -> None:
        """One line edit per header / sign-off / authority field the note has."""
        labels = list(briefing.header) if briefing is not None else []
        if labels != list(self.field_edits):
            old = self.fields_form.layout()
            if old is not None:
                QWidget().setLayout(old)  # hand the old layout and its rows to a throwaway
            form = QFormLayout(self.fields_form)
            form.setContentsMargins(16, 0, 16, 8)
            self.field_edits = {}
            for label in labels:
                edit = QLineEdit()
                edit.setAccessibleName(label)
                edit.textEdited.connect(lambda v, n=label: self.win.editor.set_header(n, v))
                form.addRow(f"{label}:", edit)
                self.field_edits[label] = edit
        for label, edit in self.field_edits.items():
            value = briefing.header.get(label, "")
            if edit.text() != value:
                edit.setText(value)
        self.fields_button.setEnabled(bool(labels))

    def _edits(self):
        editor = self.win.editor
        for edit in editor.text_editors():
            section_id = next(
                (sid for sid in self._section_ids() if editor.editor(sid) is edit), ""
            )
            yield section_id, edit

    def _section_ids(self) -> list[str]:
        briefing = self.briefing()
        return [s.id for s in briefing.sections] if briefing is not None else []

    def _marking_chosen(self, index: int) -> None:
        """A scheme chosen in the box: one undo step ("Marking: NATO"), as a template switch
        is, so Ctrl+Z takes it back rather than an earlier step, and Redo brings it again."""
        win = self.win
        win.sync_briefing()
        marking = self.marking_box.itemData(index) or ""
        if win.ws.briefing is None or win.ws.briefing.marking == marking:
            return
        before = copy.deepcopy(win.ws.briefing)
        win.editor.set_marking(marking)
        briefing = self.briefing()
        scheme = self.schemes.get(briefing.marking) if briefing is not None else None
        for label in scheme.authority_block if scheme else ():
            win.editor.set_header(label, briefing.header.get(label, ""))
        win.sync_briefing()
        after = copy.deepcopy(win.ws.briefing)
        stack = getattr(win, "undo_stack", None)
        if stack is not None:
            name = self.marking_box.itemText(index)
            stack.push(BriefingChange(win, f"Marking: {name}", before, after))
        self._fill_fields(self.briefing())
        self.check()
        win.update_title()

    # -- checking ----------------------------------------------------------------------------
    def check(self) -> None:
        """Run the checker over the briefing as edited; squiggles, Problems, banner, marks."""
        briefing = self.briefing()
        if briefing is None:
            return
        try:
            self.findings = T.check_briefing(briefing)
        except BriefingError:
            self.findings = []
        scheme = self.schemes.get(briefing.marking)
        default = scheme.parse(briefing.classification) if scheme else None
        default_mark = scheme.portion(default)[1:-1] if scheme and default else ""
        for section_id, edit in self._edits():
            squiggles = [
                Squiggle(f.block, f.text, f.occurrence, f"{f.message}\n{f.suggestion}", f.severity)
                for f in self.findings
                if f.section_id == section_id and f.rule != "required-section-empty"
            ]
            edit.finding_spans = place(edit, squiggles) + self._estimate_spans(edit, briefing)
            edit.set_marks_shown(scheme is not None, default_mark)
        self.win.problems.set_findings(self.findings)
        self.banner.setText(T.banner_of(briefing) or "(none)")

    @staticmethod
    def _estimate_spans(edit, briefing) -> list[tuple[int, int, str]]:
        """A judgement's estimate as the tooltip of its paragraph."""
        from briefing_app.ui.briefing.squiggles import paragraphs

        scale = T.scale_for(briefing)
        spans = []
        for qblock in paragraphs(edit):
            props = block_text.block_props(qblock)
            statement = scale.statement(props["likelihood"], props["confidence"])
            if statement:
                end = qblock.position() + qblock.length() - 1
                spans.append((qblock.position(), end, f"Estimate: {statement}"))
        return spans

    def go_to(self, section_id: str, block: int) -> None:
        """Put the cursor on the paragraph a finding is about."""
        from briefing_app.ui.briefing.squiggles import paragraphs

        edit = self.win.editor.editor(section_id)
        if edit is None or not hasattr(edit, "textCursor"):
            return
        blocks = paragraphs(edit)
        cursor = edit.textCursor()
        if blocks:
            cursor.setPosition(blocks[min(block, len(blocks) - 1)].position())
        else:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
        edit.setTextCursor(cursor)
        edit.setFocus()

    # -- the paragraph menu ------------------------------------------------------------------
    def _menu(self, menu: QMenu, qblock, section_id: str) -> None:
        briefing = self.briefing()
        if briefing is None or not qblock.text().strip():
            return
        section = briefing.section(section_id)
        scheme = self.schemes.get(briefing.marking)
        props = block_text.block_props(qblock)
        menu.addSeparator()
        if scheme is not None:
            self._portion_menu(menu.addMenu("Portion &Mark"), qblock, scheme, props["mark"])
        judgement = section is not None and (
            "likelihood" in section.fields or "judgement" in section.heading.casefold()
        )
        if judgement:
            scale = T.scale_for(briefing)
            self._choice_menu(menu.addMenu("&Likelihood"), qblock, "likelihood",
                              [b.term for b in scale.bands], props["likelihood"])  # fmt: skip
            self._choice_menu(menu.addMenu("C&onfidence"), qblock, "confidence",
                              [f"{c} confidence" for c in scale.confidence],
                              props["confidence"])  # fmt: skip

    def _portion_menu(self, sub: QMenu, qblock, scheme, current: str) -> None:
        marking = scheme.parse(current) if current else None
        for index, level in enumerate(scheme.levels):
            controls = marking.controls if marking else ()
            value = scheme.portion(type(scheme.lowest())(index, controls))[1:-1]
            action = sub.addAction(f"({level.portion}) {level.name}")
            action.setCheckable(True)
            action.setChecked(marking is not None and marking.level == index)
            action.triggered.connect(lambda _=False, v=value: self._set(qblock, "mark", v))
        if scheme.controls:
            sub.addSeparator()
        for index, control in enumerate(scheme.controls):
            action = sub.addAction(control.name)
            action.setCheckable(True)
            on = marking is not None and index in marking.controls
            action.setChecked(on)
            base = marking or scheme.lowest()
            controls = tuple(c for c in base.controls if c != index) if on else (
                *base.controls, index)  # fmt: skip
            value = scheme.portion(type(base)(base.level, controls))[1:-1]
            action.triggered.connect(lambda _=False, v=value: self._set(qblock, "mark", v))
        sub.addSeparator()
        clear = sub.addAction("The Note's Classification")
        clear.triggered.connect(lambda: self._set(qblock, "mark", ""))

    def _choice_menu(self, sub: QMenu, qblock, name: str, values: list[str], current: str):
        for value in ("", *values):
            action = sub.addAction(value or "Not set")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: self._set(qblock, name, v))

    def _set(self, qblock, name: str, value: str) -> None:
        block_text.set_block_prop(qblock, name, value)
        self.win.editor.changed.emit()
        self.check()

    # -- sources and data out ----------------------------------------------------------------
    def grade(self, source_id: str, reliability: str, credibility: str) -> None:
        win = self.win
        win.sync_briefing()
        try:
            T.grade_source(win.ws, source_id, reliability, credibility)
        except BriefingError as err:
            win.prompter.error("Cannot grade the source", str(err))
            return
        win.sources.set_sources(win.ws.sources, current=source_id)
        if win.ws.briefing is not None:
            win.show_briefing()
        win.update_title()

    def export_rows(self, what: str) -> None:
        win = self.win
        if win.ws.analysis is None:
            win.prompter.error("Nothing to export", "Add a source and let it be analysed first.")
            return
        folder = Path(str(win.prefs.qs.value("dirs/export", "")) or Path.home())
        path = win.prompter.export_path(str(folder / f"{what}.csv"), "data")
        if not path:
            return
        try:
            written = T.export_rows(win.ws, what, path)
        except (BriefingError, OSError) as err:
            win.prompter.error(f"Cannot export the {what}", str(err))
            return
        win.statusBar().showMessage(f"Exported the {what} to {written}", 5000)
