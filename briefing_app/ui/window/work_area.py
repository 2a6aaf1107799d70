"""The window's work area: sources on the left, the briefing editor on the right, two docks.

Built on first use rather than at start-up: the start page does not need it.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from briefing_app.ui.actors.actors_panel import ActorsPanel
from briefing_app.ui.annotations.problems_panel import ProblemsPanel
from briefing_app.ui.briefing.briefing_editor import BriefingEditor
from briefing_app.ui.sources.evidence_tip import evidence_tooltip
from briefing_app.ui.sources.find_bar import FindBar
from briefing_app.ui.sources.sources_panel import SourcesPanel
from briefing_app.ui.widgets.icons import icon


def build_work_area(win: QMainWindow) -> SimpleNamespace:
    """Create, place and wire the work area of ``win`` (a MainWindow); returns its parts."""
    sources = SourcesPanel()
    sources.view.set_font_size(win.prefs.font_size)
    editor = BriefingEditor(template_box=win.template_box)
    editor.tab_after = sources.list  # Tab from the last section goes to the Sources list
    editor.evidence_tip = lambda evidence: evidence_tooltip(evidence, win.ws.evidence_sentence)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(sources)
    splitter.addWidget(editor)
    splitter.setChildrenCollapsible(False)
    # A resized window grows or shrinks the briefing; the reading pane keeps the width chosen.
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([560, 640])
    find_bar = FindBar(win.editing.find_target, win.editing.find_scope)
    find_bar.hide()
    work = QWidget()
    box = QVBoxLayout(work)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    box.addWidget(splitter, 1)
    box.addWidget(find_bar)
    win.stack.addWidget(work)

    actors = ActorsPanel()
    actors_dock = win.add_dock(
        "Actors", "actorsDock", actors, Qt.DockWidgetArea.RightDockWidgetArea
    )
    problems = ProblemsPanel()
    problems_dock = win.add_dock(
        "Problems", "problemsDock", problems, Qt.DockWidgetArea.BottomDockWidgetArea
    )
    for dock in (actors_dock, problems_dock):
        dock.hide()
        win.restoreDockWidget(dock)  # where the analyst last put it, if anywhere
        # shown in a small window: the briefing keeps the most room
        dock.visibilityChanged.connect(lambda on: on and win.resizeEvent_later())

    qs = win.prefs.qs
    for s in (splitter, sources.splitter):
        state = qs.value(f"splitter/{s.objectName()}")
        if isinstance(state, QByteArray):
            s.restoreState(state)

    editor.evidence_clicked.connect(win.show_evidence_list)
    editor.template_chosen.connect(win.set_template)
    editor.title_offer.accepted.connect(lambda: _title_offer(win, accept=True))
    editor.title_offer.declined.connect(lambda: _title_offer(win, accept=False))
    actors.actor_activated.connect(lambda actor: win.show_evidence_list(actor.evidence))
    sources.remove_requested.connect(win.remove_source)
    return SimpleNamespace(
        sources=sources,
        editor=editor,
        splitter=splitter,
        find_bar=find_bar,
        work=work,
        actors=actors,
        actors_dock=actors_dock,
        problems=problems,
        problems_dock=problems_dock,
    )


def show_problems(win: QMainWindow) -> None:
    """Show the Problems dock just tall enough for its lines: the work area keeps the room."""
    dock = win.problems_dock
    if not dock.isVisible() and not dock.isFloating():
        dock.show()
        title = dock.fontMetrics().height() + 10  # the dock's title bar
        height = title + win.problems.fitting_height() + 2
        win.resizeDocks([dock], [height], Qt.Orientation.Vertical)
    dock.show()
    dock.raise_()


def refresh_problems(win: QMainWindow) -> None:
    """List the workspace's load errors and warnings; show the dock when a line was added."""
    before = win.problems.count()
    win.problems.set_problems(win.ws.errors, win.ws.warnings())
    if win.problems.count() > before:
        show_problems(win)


def _give_room(win: QMainWindow, dock) -> None:
    """A bottom dock opened for the first time gets a good share of the height (once)."""
    if dock.property("sized") or dock.isFloating():
        return
    dock.setProperty("sized", True)
    if dock.height() < win.height() * 0.35:
        win.resizeDocks([dock], [int(win.height() * 0.42)], Qt.Orientation.Vertical)


def _title_offer(win: QMainWindow, *, accept: bool) -> None:
    """The analyst took (or turned down) the title the sources now suggest."""
    from briefing_app.ui.window.template_switch import TemplateSwitch

    win.sync_briefing()
    ws = win.ws
    if ws.briefing is None:
        return
    before = (ws.briefing.copy(), ws.template.id, ws.fields.get("title"))
    if accept:
        ws.accept_title_offer()
    else:
        ws.decline_title_offer()
    after = (ws.briefing.copy(), ws.template.id, ws.fields.get("title"))
    # one named step: Undo gives back the analyst's title (and the offer)
    text = "Use Suggested Title" if accept else "Keep My Title"
    stack = getattr(win, "undo_stack", None)
    if stack is not None:
        stack.push(TemplateSwitch(win, before, after, text))
    win.show_briefing()
    win.update_title()


def build_extras(win: QMainWindow, work: SimpleNamespace) -> None:
    """Annotating, actor curation and the Actors map (they need the work area to exist)."""
    from PySide6.QtGui import QUndoStack

    from briefing_app.ui.actors.curation_actions import CurationController
    from briefing_app.ui.actors.map_dock import MapPanel
    from briefing_app.ui.annotations.annotate_actions import AnnotateController

    # One history for what is done outside the text boxes: annotations, actor decisions,
    # quotes and figures put in the briefing (Edit ▸ Undo uses it there).
    win.undo_stack = QUndoStack(win)
    win.editing.watch_undo_stack(win.undo_stack)
    win.annotate = AnnotateController(win)
    win.curation = CurationController(win)
    win.actors_map_panel = MapPanel(win)
    win.annotate.selection_extras.append(win.curation.add_actor_action)
    from briefing_app.ui.window.tradecraft import TradecraftController

    win.tradecraft = TradecraftController(win)
    win.curation.actors_changed.connect(win.actors_map_panel.mark_stale)
    win.curation.actors_changed.connect(lambda: refresh_problems(win))
    win.curation.actor_chosen.connect(win.actors_map_panel.map.select_actor)
    map_dock = win.add_dock(
        "Actors Map", "actorsMapDock", win.actors_map_panel, Qt.DockWidgetArea.BottomDockWidgetArea
    )
    win.tabifyDockWidget(win.annotate.dock, map_dock)
    map_dock.hide()
    win.restoreDockWidget(map_dock)
    map_dock.toggleViewAction().setIcon(icon("map"))
    map_dock.visibilityChanged.connect(lambda on: on and _give_room(win, map_dock))
    work.map_dock = map_dock

    # The features follow the window: a new workspace shown, an analysis applied.
    win.workspace_shown.connect(win.undo_stack.clear)  # its steps belonged to the old one
    for feature in (win.annotate, win.curation):
        win.workspace_shown.connect(feature.workspace_shown)
    win.analyser.analysed.connect(win.annotate.analysed)
    win.analyser.analysed.connect(lambda: win.curation.select_actor(win.actors.current_id()))
    for changed in (win.workspace_shown, win.analyser.analysed):
        changed.connect(win.actors_map_panel.mark_stale)
