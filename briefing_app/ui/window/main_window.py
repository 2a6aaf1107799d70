"""The main window: layout, actions and wiring between the widgets and the Workspace.

Everything the app does to a briefing goes through ``self.ws`` (a Workspace); long work goes
through ``workers.run_task``; every question to the user through ``self.prompter``.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from briefing_app.ui import workers

if TYPE_CHECKING:  # the model is imported when first needed, not at start-up
    from collections.abc import Callable

from briefing_app.ui.widgets.icons import app_icon
from briefing_app.ui.window import drops, layout_memory
from briefing_app.ui.window.actions import (
    EDITING,
    build_actions,
    build_menus,
    fill_template_menu,
    fit_toolbar,
    refresh_icons,
)
from briefing_app.ui.window.analysis_ops import AnalysisRunner
from briefing_app.ui.window.dialogs import Prompter
from briefing_app.ui.window.editing import EditingCommands
from briefing_app.ui.window.export_ops import ExportOps
from briefing_app.ui.window.file_ops import FileOps
from briefing_app.ui.window.give_way import give_way
from briefing_app.ui.window.help import HelpWindows
from briefing_app.ui.window.preferences import Preferences, PreferencesDialog
from briefing_app.ui.window.start_panel import StartPanel
from briefing_app.ui.window.wiring import wire_actions

APP_NAME = "Briefing"


def _to(part: str, name: str):
    """A window method handing over to one of its controllers (``files``, ``analyser``)."""

    def call(self, *args, **kwargs):
        return getattr(getattr(self, part), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


class MainWindow(QMainWindow):
    """One window editing one Workspace at a time.

    The window owns the layout, the workspace and the title; each feature is a controller
    object using the window's public interface: ``files`` (FileOps), ``exports`` (ExportOps),
    ``analyser`` (AnalysisRunner), ``editing`` (EditingCommands) and, once the work area
    exists, ``annotate``, ``curation`` and ``actors_map_panel``. The features hear of a new
    workspace through ``workspace_shown`` and of a finished analysis through ``analyser.analysed``.
    """

    first_painted = Signal()  # the window is on screen: slow start-up work may begin
    workspace_shown = Signal()  # every view shows a (new or reloaded) workspace

    # Operations of the controllers that others ask of the window (app start, drops, views).
    open_paths = _to("files", "open_paths")
    load_sources = _to("files", "load_sources")
    paste_source = _to("files", "paste_source")
    remove_source = _to("files", "remove_source")
    new_briefing = _to("files", "new_briefing")
    open_project = _to("files", "open_project")
    save = _to("files", "save")
    save_as = _to("files", "save_as")
    export = _to("exports", "export")
    export_dialog = _to("exports", "export_dialog")
    write_recovery = _to("files", "write_recovery")
    offer_recovery = _to("files", "offer_recovery")
    start_model_warm_up = _to("analyser", "warm_up")
    refresh_autofill = _to("analyser", "refresh_autofill")
    analysis_running = _to("analyser", "running")
    show_evidence_list = _to("editing", "show_evidence")

    def __init__(self, prefs: Preferences | None = None, prompter: Prompter | None = None):
        super().__init__()
        self.prefs = prefs or Preferences()
        self.prompter = prompter or Prompter(self)
        self.session_id = uuid.uuid4().hex[:12]
        # The Workspace (and the core packages behind it) are imported on first use, after the
        # window is on screen: start-up time is the time to a usable-looking window.
        self._ws = None
        self._views_stale = True
        self._editor_dirty = False
        self._closing = False
        self.files = FileOps(self)
        self.exports = ExportOps(self)
        self.analyser = AnalysisRunner(self)
        self.help = HelpWindows(self)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._build()
        self.editing = EditingCommands(self)
        wire_actions(self)
        layout_memory.restore(self)
        self.start.set_recent(self.prefs.recent_projects())
        self.stack.setCurrentIndex(0)
        self.words_label.hide()
        self.update_title()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", False):
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        elif event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):
            # the strip of tabs Qt makes for docks sharing a place: named for screen readers
            event.child().setAccessibleName("Panel tabs")
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

    @property
    def open_ws(self):
        """The open Workspace, or None if none has been made yet (never makes one)."""
        return self._ws

    @property
    def closing(self) -> bool:
        """The window is closing: late results from workers are dropped."""
        return self._closing

    @property
    def model_ready(self) -> bool:
        return self.analyser.model_ready

    @property
    def work_built(self) -> bool:
        """Whether the work area (sources, editor, docks) exists yet."""
        return self._work is not None

    def set_workspace(self, ws) -> None:
        """Replace the open briefing with ``ws`` (the caller has dealt with unsaved changes)."""
        self.analyser.stop()
        self.files.discard_own_recovery()
        if self._ws is not None and self._ws is not ws:
            self._ws.release_lock()  # this window no longer has that project open
        self.ws = ws
        self._editor_dirty = False
        self.show_editor()
        if ws.sources and (ws.needs_analysis or ws.analysis is None):
            self.analyser.request()

    # -- the work area, built on first use ---------------------------------------------------
    def _ensure_work(self):
        """Build the sources pane, editor and docks (kept off the start-up path: the start
        page does not need them, and every Qt class first used costs start-up time)."""
        if self._work is None:
            from briefing_app.ui.window.work_area import build_extras, build_work_area

            self._work = work = build_work_area(self)
            work.editor.changed.connect(self._editor_changed)
            work.editor.field_changed.connect(self._field_changed)
            work.editor.format_changed.connect(self.editing.show_format)
            build_extras(self, work)
        return self._work

    sources = property(lambda self: self._ensure_work().sources)
    editor = property(lambda self: self._ensure_work().editor)
    splitter = property(lambda self: self._ensure_work().splitter)
    find_bar = property(lambda self: self._ensure_work().find_bar)
    actors = property(lambda self: self._ensure_work().actors)
    actors_dock = property(lambda self: self._ensure_work().actors_dock)
    problems = property(lambda self: self._ensure_work().problems)
    problems_dock = property(lambda self: self._ensure_work().problems_dock)
    map_dock = property(lambda self: self._ensure_work().map_dock)

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
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed(0)
        self.setCentralWidget(self.stack)
        self._work = None  # sources, editor, docks: built on first use (see _ensure_work)

        self.analyser.add_status_widgets(self.statusBar())
        self.words_label = QLabel()
        self.words_label.setAccessibleName("Word count")
        self.words_label.setToolTip("Words in the briefing")
        self.statusBar().addPermanentWidget(self.words_label)

        self.autosave = QTimer(self)
        self.autosave.setInterval(max(10, self.prefs.autosave_seconds) * 1000)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        self._sync_timer = QTimer(self, singleShot=True, interval=400)
        self._sync_timer.timeout.connect(self._update_word_count)
        # in a small window the side panels give way to the briefing (after resizing settles)
        self._give_way_timer = QTimer(self, singleShot=True, interval=0)
        self._give_way_timer.timeout.connect(lambda: give_way(self))

    def _page_changed(self, index: int) -> None:
        """Editing commands only work with a briefing on screen (not on the start panel)."""
        for name in EDITING:
            getattr(self.actions, name).setEnabled(index != 0)
        if index != 0 and self.work_built:
            self.editing.update_format_actions()

    def add_dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        """A dock for a feature's panel, with its show/hide toggle in the View menu."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(f"Show or hide the {title} panel")
        # A panel sharing tabs with another comes to the front when asked for, not behind it.
        toggle.triggered.connect(lambda on: on and dock.raise_())
        self.menus.view.addAction(toggle)
        # a panel shown or moved in a small window: the briefing keeps the most room
        for signal in (dock.visibilityChanged, dock.dockLocationChanged):
            signal.connect(lambda *_: self.resizeEvent_later())
        return dock

    # -- showing the workspace ---------------------------------------------------------------
    def _show_workspace(self) -> None:
        """Refresh every view from ``self.ws``."""
        ws = self.ws
        self._views_stale = False
        self.start.set_recent(self.prefs.recent_projects())
        self.sources.set_sources(ws.sources)
        self.sources.set_entities(ws.analysis.entities if ws.analysis else [])
        self.actors.set_analysis(ws.analysis)
        self.problems.set_problems(ws.errors, ws.warnings())
        self.problems_dock.setVisible(self.problems.count() > 0)
        fill_template_menu(self.menus.templates, self.ws, self.set_template)
        self.show_briefing()
        self.update_title()
        self.workspace_shown.emit()

    def show_briefing(self) -> None:
        """Show ``ws.briefing`` in the editor (after the workspace changed it)."""
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

    def update_title(self) -> None:
        """The file name, and the modified mark when anything is unsaved."""
        ws = self._ws
        name = ws.project_path.name if ws is not None and ws.project_path else "Untitled"
        if ws is not None and ws.read_only:
            name += " (read-only)"
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
        self.update_title()

    def _update_word_count(self) -> None:
        words = self.editor.word_count()
        self.words_label.setText(f"{words:,} word{'s' if words != 1 else ''}")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_toolbar(self.menus.toolbar, event.size().width())
        self.resizeEvent_later()

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: recolour icons and highlights.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_work", None):
            refresh_icons(self.actions)
            self.sources.view.refresh_colours()
            self.editor.update()
        super().changeEvent(event)

    def set_template(self, template_id: str) -> None:
        """Lay the briefing out by another template (Briefing ▸ Template, the tool bar box)."""
        from briefing_app.ui.window.template_switch import switch_template

        switch_template(self, template_id)

    def template_changed(self) -> None:
        """Show the briefing in the workspace's (new) template."""
        fill_template_menu(self.menus.templates, self.ws, self.set_template)
        self.show_briefing()
        self.update_title()

    def insert_into_briefing(self, text: str, change: Callable[[str], object]) -> object | None:
        """Run ``change(section_id)`` on the workspace as one undo step named ``text``."""
        from briefing_app.ui.briefing.briefing_insert import insert_into_section

        return insert_into_section(self, text, change)

    # -- preferences -------------------------------------------------------------------------
    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self.ws.templates(), self)
        if dialog.exec():
            dialog.apply()
            self.sources.view.set_font_size(self.prefs.font_size)
            self.autosave.setInterval(max(10, self.prefs.autosave_seconds) * 1000)
        dialog.deleteLater()

    # -- drops: a project opens, any other file becomes a source ----------------------------
    def dragEnterEvent(self, event) -> None:
        drops.accept_files(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        paths = drops.local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- closing -----------------------------------------------------------------------------

    def resizeEvent_later(self) -> None:
        """Let the side panels give way to the briefing once the layout has settled."""
        if getattr(self, "_work", None) is not None:
            self._give_way_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_keep_changes():
            event.ignore()
            return
        self._closing = True
        self.autosave.stop()
        workers.cancel_all()
        self.analyser.stop()
        layout_memory.save(self)
        self.files.discard_own_recovery()
        if self._ws is not None:
            self._ws.release_lock()
        workers.wait_for_all(10_000)
        event.accept()


__all__ = ["MainWindow"]
