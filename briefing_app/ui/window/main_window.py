"""The main window: layout, actions and wiring between the widgets and the Workspace.

Everything the app does to a briefing goes through ``self.ws`` (a Workspace); long work goes
through ``workers.run_task``; every question to the user through ``self.prompter``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from briefing_app.ui import workers

if TYPE_CHECKING:  # the model is imported when first needed, not at start-up
    from briefing_app.model import Actor, Evidence
from briefing_app.ui.widgets.icons import app_icon
from briefing_app.ui.window.actions import build_actions, build_menus, refresh_icons
from briefing_app.ui.window.analysis_ops import AnalysisMixin
from briefing_app.ui.window.dialogs import Prompter
from briefing_app.ui.window.drops import DropMixin
from briefing_app.ui.window.file_ops import FileOpsMixin
from briefing_app.ui.window.preferences import Preferences, PreferencesDialog
from briefing_app.ui.window.start_panel import StartPanel

APP_NAME = "Briefing"


class MainWindow(DropMixin, FileOpsMixin, AnalysisMixin, QMainWindow):
    """One window editing one Workspace at a time."""

    first_painted = Signal()  # the window is on screen: slow start-up work may begin

    def __init__(self, prefs: Preferences | None = None, prompter: Prompter | None = None):
        super().__init__()
        self.prefs = prefs or Preferences()
        self.prompter = prompter or Prompter(self)
        self.session_id = uuid.uuid4().hex[:12]
        # The Workspace (and the core packages behind it) are imported on first use, after the
        # window is on screen: start-up time is the time to a usable-looking window.
        self._ws = None
        self._views_stale = True
        self.model_ready = False
        self._analysis_task: workers.Task | None = None
        self._analysis_wanted = False
        self._editor_dirty = False
        self._closing = False
        self._last_area = ""
        self.recovery_path: Path | None = None
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._build()
        self._wire()
        self._restore_layout()
        self.start.set_recent(self.prefs.recent_projects())
        self.stack.setCurrentIndex(0)
        self.words_label.hide()
        self._update_title()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", False):
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)

    @property
    def ws(self):
        """The open Workspace (a new, empty one is made on first use)."""
        if self._ws is None:
            from briefing_app.workspace import Workspace

            self._ws = Workspace(
                template_id=self.prefs.template or None, fields=self.prefs.default_fields()
            )
            self._views_stale = True
        return self._ws

    @ws.setter
    def ws(self, value) -> None:
        self._ws = value
        self._views_stale = True

    # -- the work area, built on first use ---------------------------------------------------
    def _ensure_work(self):
        """Build the sources pane, editor and docks (kept off the start-up path: the start
        page does not need them, and every Qt class first used costs start-up time)."""
        if self._work is None:
            from briefing_app.ui.window.work_area import build_extras, build_work_area

            self._work = build_work_area(self)
            build_extras(self, self._work)
        return self._work

    sources = property(lambda self: self._ensure_work().sources)
    editor = property(lambda self: self._ensure_work().editor)
    splitter = property(lambda self: self._ensure_work().splitter)
    find_bar = property(lambda self: self._ensure_work().find_bar)
    actors = property(lambda self: self._ensure_work().actors)
    actors_dock = property(lambda self: self._ensure_work().actors_dock)
    problems = property(lambda self: self._ensure_work().problems)
    problems_dock = property(lambda self: self._ensure_work().problems_dock)

    def _find(self, method: str, **kwargs) -> None:
        # F3 / Shift+F3 step through the selected actor's mentions while Find is closed.
        stepping = method in ("find_next", "find_previous") and self._work is not None
        if stepping and not self.find_bar.isVisible() and self.curation.mentions:
            self.curation.step(1 if method == "find_next" else -1)
            return
        self.show_editor()
        getattr(self.find_bar, method)(**kwargs)

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.actions = build_actions(self)
        self.menus = build_menus(self, self.actions)
        self.start = StartPanel()
        # The template picker sits in the tool bar; the editor fills it in once it exists.
        self.template_box = QComboBox()
        self.template_box.setAccessibleName("Template")
        self.template_box.setToolTip("The briefing template: its sections and their order")
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_box.setMinimumContentsLength(16)
        self.template_box.setEnabled(False)  # until a briefing is open
        toolbar = self.menus.toolbar
        toolbar.addSeparator()
        label = QLabel(" Template ")
        label.setBuddy(self.template_box)
        toolbar.addWidget(label)
        toolbar.addWidget(self.template_box)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self._work = None  # sources, editor, docks: built on first use (see _ensure_work)

        status = self.statusBar()
        self.model_label = QLabel("Loading language model…")
        self.model_label.setToolTip(
            "The language model analyses sources; it loads in the background"
        )
        self.progress = QProgressBar(maximumWidth=180, textVisible=True)
        self.progress.setAccessibleName("Analysis progress")
        self.cancel_button = QToolButton(defaultAction=self.actions.cancel, autoRaise=True)
        self.words_label = QLabel()
        self.words_label.setAccessibleName("Word count")
        self.words_label.setToolTip("Words in the briefing")
        for w in (self.model_label, self.progress, self.cancel_button, self.words_label):
            status.addPermanentWidget(w)
        self._set_busy(False)

        self.autosave = QTimer(self)
        self.autosave.setInterval(max(10, self.prefs.autosave_seconds) * 1000)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        self._sync_timer = QTimer(self, singleShot=True, interval=400)
        self._sync_timer.timeout.connect(self._update_word_count)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(f"Show or hide the {title} panel")
        # A panel sharing tabs with another comes to the front when asked for, not behind it.
        toggle.triggered.connect(lambda on: on and dock.raise_())
        self.menus.view.addAction(toggle)
        return dock

    def _wire(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.new_briefing)
        a.open.triggered.connect(self.open_project_dialog)
        a.open_sources.triggered.connect(self.open_sources_dialog)
        a.paste_source.triggered.connect(self.paste_source)
        a.sample.triggered.connect(self.open_sample)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.export_docx.triggered.connect(lambda: self.export_dialog("docx"))
        a.export_pdf.triggered.connect(lambda: self.export_dialog("pdf"))
        a.export_both.triggered.connect(lambda: self.export_dialog("both"))
        a.preferences.triggered.connect(self.edit_preferences)
        a.quit.triggered.connect(self.close)
        for name in ("undo", "redo", "cut", "copy", "paste", "selectAll"):
            action = getattr(a, "select_all" if name == "selectAll" else name)
            action.triggered.connect(lambda _=False, n=name: self._on_focus(n))
        a.find.triggered.connect(lambda: self._find("open"))
        a.replace.triggered.connect(lambda: self._find("open", replace=True))
        a.find_next.triggered.connect(lambda: self._find("find_next"))
        a.find_previous.triggered.connect(lambda: self._find("find_previous"))
        a.bold.triggered.connect(lambda: self._format("toggle_bold"))
        a.italic.triggered.connect(lambda: self._format("toggle_italic"))
        a.bullets.triggered.connect(lambda: self._format("toggle_bullets"))
        a.show_source.triggered.connect(self.show_source_at_cursor)
        a.refresh.triggered.connect(self.refresh_autofill)
        a.cancel.triggered.connect(self.cancel_analysis)
        a.switch_pane.triggered.connect(self.switch_pane)
        a.zoom_in.triggered.connect(lambda: self._zoom(1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.about.triggered.connect(self._about)
        a.export_comments.setChecked(self.prefs.export_comments)
        a.export_appendix.setChecked(self.prefs.export_appendix)
        a.export_comments.toggled.connect(lambda on: self.prefs.set(export_comments=on))
        a.export_appendix.toggled.connect(lambda on: self.prefs.set(export_appendix=on))
        self.menus.recent.aboutToShow.connect(self._fill_recent_menu)
        self.start.chosen.connect(self._start_chosen)
        self.start.recent_chosen.connect(self.open_project)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- showing the workspace ---------------------------------------------------------------
    def _show_workspace(self) -> None:
        """Refresh every view from ``self.ws``."""
        ws = self.ws
        self._views_stale = False
        self.start.set_recent(self.prefs.recent_projects())
        self.sources.set_sources(ws.sources)
        self.sources.set_entities(ws.analysis.entities if ws.analysis else [])
        self.actors.set_analysis(ws.analysis)
        self.problems.set_errors(ws.errors)
        self.problems_dock.setVisible(bool(ws.errors))
        self._fill_template_menu()
        self._show_briefing()
        self._update_title()
        self._work.workspace_shown()

    def _show_briefing(self) -> None:
        ws = self.ws
        self.editor.set_templates(ws.templates(), ws.template.id)
        briefing = ws.briefing or ws.empty_briefing()
        self.editor.set_briefing(briefing, choices=ws.template.choices)
        self._editor_dirty = False
        self._update_word_count()

    def show_editor(self) -> None:
        """Leave the start page for the sources and the briefing."""
        if self._views_stale:
            self._show_workspace()
        self.stack.setCurrentIndex(1)
        self.words_label.show()

    def _update_title(self) -> None:
        ws = self._ws
        name = ws.project_path.name if ws is not None and ws.project_path else "Untitled"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(bool(ws is not None and ws.modified) or self._editor_dirty)

    # -- editing -----------------------------------------------------------------------------
    def _editor_changed(self) -> None:
        self._editor_dirty = True
        self.setWindowModified(True)
        self._sync_timer.start()  # word count, after typing pauses

    def sync_briefing(self) -> None:
        """Hand the analyst's edits to the workspace (before anything reads ws.briefing)."""
        if self._editor_dirty and self._ws is not None:
            briefing = self.editor.briefing()
            if briefing is not None:
                self.ws.update_briefing(briefing)
            self._editor_dirty = False

    def _field_changed(self, name: str, value: str) -> None:
        self.ws.set_field(name, value)
        self._update_title()

    def _update_word_count(self) -> None:
        words = self.editor.word_count()
        self.words_label.setText(f"{words:,} word{'s' if words != 1 else ''}")

    def _on_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if (
            method in ("undo", "redo")
            and self._work is not None
            and not _own_history(widget, method)
        ):
            # Outside the text boxes (reading view, panels, map), or in one with nothing to
            # undo, Undo takes back annotations, actor decisions and insertions (quotes,
            # figures) into the briefing.
            getattr(self.undo_stack, method)()
            return
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _format(self, method: str) -> None:
        editor = self.editor.current_editor()
        if editor is not None:
            getattr(editor, method)()
            editor.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Find searches where the analyst last was: the source being read or the briefing.
        if new is not None and self._work is not None:
            if new is self.sources.view.text or self.sources.isAncestorOf(new):
                self._last_area = "source"
            elif self.editor.isAncestorOf(new):
                self._last_area = "briefing"
                self.editor.note_focus(new)
        self._update_format_actions()

    def _format_changed(self, bold: bool, italic: bool) -> None:
        self.actions.bold.setChecked(bold)
        self.actions.italic.setChecked(italic)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: recolour icons and highlights.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_work", None):
            refresh_icons(self.actions)
            self.sources.view.refresh_colours()
            self.editor.update()
        super().changeEvent(event)

    def _update_format_actions(self) -> None:
        if self._work is None:
            return
        editor = self.editor.current_editor()
        enabled = editor is not None and editor.hasFocus()
        for action in (self.actions.bold, self.actions.italic, self.actions.bullets):
            action.setEnabled(enabled or editor is not None)

    def set_template(self, template_id: str) -> None:
        self.sync_briefing()
        self.ws.set_template(template_id)
        self._fill_template_menu()
        self._show_briefing()
        self._update_title()

    def _fill_template_menu(self) -> None:
        menu = self.menus.templates
        menu.clear()
        for old in menu.findChildren(QActionGroup):  # clear() keeps the last group: drop it
            old.deleteLater()
        group = QActionGroup(menu)
        for t in self.ws.templates():
            action = menu.addAction(t.name)
            action.setCheckable(True)
            action.setChecked(t.id == self.ws.template.id)
            action.setStatusTip(t.description)
            action.setToolTip(t.description)
            action.triggered.connect(lambda _=False, tid=t.id: self.set_template(tid))
            group.addAction(action)

    # -- evidence ----------------------------------------------------------------------------
    def show_evidence_list(self, evidence: list[Evidence]) -> None:
        """Show the first passage of ``evidence`` whose source is loaded."""
        for ev in evidence:
            if self.sources.show_evidence(ev):
                n = len({e.source for e in evidence})
                support = f"{n} sources support" if n != 1 else "1 source supports"
                self.statusBar().showMessage(f"Showing the source passage ({support} this)", 4000)
                return
        self.statusBar().showMessage("The source of this text is no longer loaded", 4000)

    def show_source_at_cursor(self) -> None:
        editor = self.editor.current_editor()
        evidence = editor.current_evidence() if editor else []
        if evidence:
            self.show_evidence_list(evidence)
        else:
            self.statusBar().showMessage("This text has no source passage (written by you)", 4000)

    def _actor_activated(self, actor: Actor) -> None:
        self.show_evidence_list(actor.evidence)

    # -- preferences, zoom, about ------------------------------------------------------------
    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self.ws.templates(), self)
        if dialog.exec():
            dialog.apply()
            self.sources.view.set_font_size(self.prefs.font_size)
            self.autosave.setInterval(max(10, self.prefs.autosave_seconds) * 1000)
        dialog.deleteLater()

    def switch_pane(self) -> None:
        """F6: from the briefing to the reading view and back (keyboard navigation)."""
        self.show_editor()
        if self._last_area != "source" and self.sources.view.source is not None:
            self.sources.view.text.setFocus()
            self._last_area = "source"
        else:
            (self.editor.current_editor() or self.editor.title).setFocus()
            self._last_area = "briefing"

    def _zoom(self, step: int) -> None:
        size = min(28.0, max(7.0, self.prefs.font_size + step))
        self.prefs.set(font_size=size)
        self.sources.view.set_font_size(size)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            "<h3>Briefing</h3><p>An offline briefing-note editor: load sources, check the "
            "auto-filled draft against its evidence, export to DOCX and PDF.</p>",
        )

    # -- find --------------------------------------------------------------------------------
    def _find_target(self):
        focus = QApplication.focusWidget()
        if focus is not None and (
            focus is self.sources.view.text or self.sources.isAncestorOf(focus)
        ):
            return "source", self.sources.view
        if self.editor.current_editor() is not None:
            return "briefing", self.editor
        return (
            ("source", self.sources.view) if self.sources.view.source else ("briefing", self.editor)
        )

    # -- layout memory and closing -----------------------------------------------------------
    def _restore_layout(self) -> None:
        qs = self.prefs.qs
        geometry = qs.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen()
            size = screen.availableGeometry().size() if screen else None
            self.resize(
                min(1400, size.width() - 80) if size else 1280,
                min(900, size.height() - 80) if size else 820,
            )
        state = qs.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _save_layout(self) -> None:
        qs = self.prefs.qs
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        if self._work is not None:
            for splitter in (self.splitter, self.sources.splitter):
                qs.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self._closing = True
        self.autosave.stop()
        workers.cancel_all()
        self._analysis_task = None
        self._save_layout()
        self.discard_own_recovery()
        workers.wait_for_all(10_000)
        event.accept()


def _own_history(widget: QWidget | None, method: str) -> bool:
    """Whether ``widget`` is an editable text box with something of its own to undo/redo."""
    if widget is None or not hasattr(widget, method):
        return False
    if hasattr(widget, "isReadOnly") and widget.isReadOnly():
        return False
    target = widget.document() if hasattr(widget, "document") else widget
    available = getattr(target, "isUndoAvailable" if method == "undo" else "isRedoAvailable", None)
    return available() if available is not None else True


__all__ = ["MainWindow"]
