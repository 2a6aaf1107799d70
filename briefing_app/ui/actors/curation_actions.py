"""Curating actors from the window: rename, retype, merge, split, hide, add; mention stepping.

Every decision goes through ``ws.curate`` (kept in the project and re-applied after each
re-analysis) as one step on the window's undo stack; the briefing is refreshed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from briefing_app.briefing import block_order
from briefing_app.model import Actor, BriefingError, Evidence
from briefing_app.model.decisions import Decision
from briefing_app.ui import workers
from briefing_app.ui.actors.actors_panel import TYPE_NAMES
from briefing_app.ui.widgets.delete_key import show_keys
from briefing_app.ui.widgets.icons import icon

AskText = Callable[[str, str, str], str | None]  # (title, label, default) -> text or None
AskItem = Callable[[str, str, Sequence[str]], int | None]  # (title, label, items) -> index


class _CurateCommand(QUndoCommand):
    """One actor decision; undo takes it back with ``ws.undo_curation``."""

    def __init__(
        self, ctl: CurationController, text: str, op: str, args: tuple, order: dict
    ) -> None:
        super().__init__(text)
        self.ctl, self.op, self.args = ctl, op, args
        self.order = order  # the briefing's rows before the decision (undo puts them back)
        self.decision: Decision | None = None  # what undo took back, as it was anchored
        self._first = True

    def redo(self) -> None:
        if self._first:  # applied (and checked) before the command was pushed
            self._first = False
            return
        self.ctl.win.sync_briefing()
        if self.decision is not None:  # the same decision, not one re-made on today's actors
            self.ctl.win.ws.curate(self.decision)
        else:
            self.ctl.win.ws.curate(self.op, *self.args)
        self.ctl.refresh()

    def undo(self) -> None:
        self.ctl.win.sync_briefing()
        taken = self.ctl.win.ws.undo_curation(self.order)
        self.decision = taken if isinstance(taken, Decision) else None
        self.ctl.refresh()


class CurationController(QObject):
    """The Actors panel's context menu, "Add Actor from Selection" and mention navigation.

    ``actors_changed`` follows every decision (and its undo); ``actor_chosen`` names the actor
    whose mentions are now marked ("" for none). The window connects the map to both.
    """

    actors_changed = Signal()
    actor_chosen = Signal(str)

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.ask_text: AskText = self._ask_text
        self.ask_item: AskItem = self._ask_item
        self.mentions: list = []  # spans (source, start, end) of the selected actor
        self.index = -1
        self.actor_id = ""
        panel = win.actors
        panel.menu_requested.connect(self.show_menu)
        panel.actor_selected.connect(self.select_actor)
        panel.step_requested.connect(self.step)
        panel.hide_requested.connect(lambda actor_id: self.set_hidden(actor_id, True))
        self.add_actor_action = QAction("Add &Actor from Selection…", win)
        self.add_actor_action.setStatusTip(
            "Make the selected source text an actor the analysis missed"
        )
        self.add_actor_action.triggered.connect(lambda: self.add_from_selection())

    # -- the context menu ----------------------------------------------------------------------
    def build_menu(self, actor: Actor) -> QMenu:
        menu = QMenu(self.win.actors)
        menu.setToolTipsVisible(True)
        menu.addAction("&Rename…", lambda: self.rename(actor.id))
        types = menu.addMenu("Change &Type")
        for key, name in TYPE_NAMES.items():
            action = types.addAction(icon(key), name, lambda k=key: self.retype(actor.id, k))
            action.setCheckable(True)
            action.setChecked(actor.type == key)
        merge = menu.addAction("&Merge into…", lambda: self.merge_into(actor.id))
        merge.setToolTip("Fold this actor into another one: names, mentions and evidence combine")
        aliases = [a for a in actor.aliases if a != actor.name]
        split = menu.addAction("&Split Alias…", lambda: self.split(actor.id))
        split.setEnabled(bool(aliases))
        split.setToolTip("Make one of this actor's other names an actor of its own")
        menu.addSeparator()
        if actor.hidden:
            menu.addAction("S&how in Briefing", lambda: self.set_hidden(actor.id, False))
        else:
            hide = menu.addAction("&Hide from Briefing", lambda: self.set_hidden(actor.id, True))
            show_keys(hide)  # (Delete on the row does the same)
        return menu

    def show_menu(self, actor: Actor, where: QPoint) -> None:
        menu = self.build_menu(actor)
        menu.exec(where)
        menu.deleteLater()

    # -- decisions -----------------------------------------------------------------------------
    def _actor(self, actor_id: str) -> Actor | None:
        analysis = self.win.ws.analysis
        return next((a for a in analysis.actors if a.id == actor_id), None) if analysis else None

    def curate(self, text: str, op: str, *args) -> bool:
        """Apply one decision as an undo step; False (and a message) if it cannot be made.

        Re-applying the decisions and refreshing the briefing runs on a worker over a
        snapshot (slow at hundreds of sources); the result is taken here, then the undo step.
        """
        win = self.win
        win.sync_briefing()
        ws = win.ws
        order = block_order(ws.briefing)
        try:
            job = ws.curation_job(op, *args)
        except (BriefingError, KeyError, ValueError) as exc:
            win.prompter.error("Actors", str(exc).strip("'\"") or type(exc).__name__)
            return False

        def apply(result) -> None:
            if win.closing or win.open_ws is not ws:
                return
            win.sync_briefing()  # typed while the job ran: kept (the refresh runs again)
            ws.apply_curation(result)
            win.undo_stack.push(_CurateCommand(self, text, op, args, order))
            self.refresh()
            win.statusBar().showMessage(text, 4000)

        workers.run_task(
            job,
            apply,
            lambda exc: win.prompter.error("Actors", str(exc) or type(exc).__name__),
            name="curate",
        )
        return True

    def rename(self, actor_id: str, name: str | None = None) -> bool:
        actor = self._actor(actor_id)
        if actor is None:
            return False
        if name is None:
            name = self.ask_text("Rename Actor", f"New name for {actor.name}:", actor.name)
        name = (name or "").strip()
        if not name or name == actor.name:
            return False
        return self.curate(f"Rename {actor.name} to {name}", "rename", actor_id, name)

    def retype(self, actor_id: str, type_: str) -> bool:
        actor = self._actor(actor_id)
        if actor is None or actor.type == type_:
            return False
        kind = TYPE_NAMES.get(type_, type_)
        return self.curate(f"Make {actor.name} a {kind.lower()}", "retype", actor_id, type_)

    def merge_into(self, actor_id: str, keep_id: str | None = None) -> bool:
        """Fold ``actor_id`` into ``keep_id`` (asked for when None)."""
        actor = self._actor(actor_id)
        if actor is None:
            return False
        others = [a for a in self.win.ws.analysis.actors if a.id != actor_id]
        if keep_id is None:
            labels = [f"{a.name} ({TYPE_NAMES.get(a.type, a.type)})" for a in others]
            index = self.ask_item("Merge Actor", f"Merge {actor.name} into:", labels)
            if index is None:
                return False
            keep_id = others[index].id
        keep = self._actor(keep_id)
        if keep is None:
            return False
        return self.curate(f"Merge {actor.name} into {keep.name}", "merge", keep_id, actor_id)

    def split(self, actor_id: str, alias: str | None = None) -> bool:
        actor = self._actor(actor_id)
        if actor is None:
            return False
        aliases = [a for a in actor.aliases if a != actor.name]
        if alias is None:
            if not aliases:
                return False
            index = self.ask_item("Split Alias", "Make an actor of its own from:", aliases)
            if index is None:
                return False
            alias = aliases[index]
        return self.curate(f"Split {alias} from {actor.name}", "split", actor_id, alias)

    def set_hidden(self, actor_id: str, hidden: bool) -> bool:
        actor = self._actor(actor_id)
        if actor is None or actor.hidden == hidden:
            return False
        if hidden:
            return self.curate(f"Hide {actor.name}", "hide", actor_id)
        return self.curate(f"Show {actor.name}", "unhide", actor_id)

    def add_from_selection(self, name: str | None = None, type_: str | None = None) -> bool:
        """An actor the model missed, from the text selected in the reading view."""
        view = self.win.sources.view
        span = view.selected_span()
        if view.source is None or span is None or span[0] == span[1]:
            self.win.statusBar().showMessage("Select the actor's name in the source first", 4000)
            return False
        if self.win.ws.analysis is None:
            self.win.prompter.error("Actors", "Wait for the analysis to finish first.")
            return False
        start, end = span
        selected = " ".join(view.source.text[start:end].split())
        if name is None:
            name = self.ask_text("Add Actor", "Name of the actor:", selected)
        if not (name or "").strip():
            return False
        if type_ is None:
            names = list(TYPE_NAMES.values())
            index = self.ask_item("Add Actor", f"{name.strip()} is a:", names)
            if index is None:
                return False
            type_ = list(TYPE_NAMES)[index]
        text = f"Add actor {name.strip()}"
        return self.curate(text, "add", view.source.id, start, end, name.strip(), type_)

    # -- after every decision ------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the curated analysis: actors panel, highlights, map, briefing."""
        win = self.win
        analysis = win.ws.analysis
        win.actors.set_analysis(analysis)
        win.sources.set_entities(analysis.entities if analysis else [])
        self.actors_changed.emit()
        win.show_briefing()
        win.update_title()
        self.select_actor(win.actors.current_id())

    # -- mentions ------------------------------------------------------------------------------
    def select_actor(self, actor_id: str) -> None:
        """Mark every mention of the actor across sources; Next/Previous step through them."""
        self.actor_id = actor_id
        actor = self._actor(actor_id) if actor_id else None
        spans: list = []
        if actor is not None:
            analysis = self.win.ws.analysis
            spans = [e for e in analysis.entities if e.actor == actor.id] or list(actor.evidence)
            order = {sid: i for i, sid in enumerate(s.id for s in self.win.ws.sources)}
            spans.sort(key=lambda s: (order.get(s.source, len(order)), s.start, s.end))
        self.mentions, self.index = spans, -1
        self.win.sources.set_mentions(spans)
        self.win.actors.set_position(0, len(spans))
        self.actor_chosen.emit(actor_id)

    def step(self, delta: int) -> bool:
        """Show the next (``delta`` 1) or previous (-1) mention, switching sources as needed."""
        if not self.mentions:
            return False
        self.index = (self.index + delta) % len(self.mentions)
        span = self.mentions[self.index]
        shown = self.win.sources.show_evidence(Evidence(span.source, span.start, span.end))
        self.win.actors.set_position(self.index + 1, len(self.mentions))
        return shown

    def workspace_shown(self) -> None:
        # the panel keeps the actor selected when it is in the new workspace: mark its mentions
        self.select_actor(self.win.actors.current_id())

    # -- questions -----------------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self.win, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

    def _ask_item(self, title: str, label: str, items: Sequence[str]) -> int | None:
        item, ok = QInputDialog.getItem(self.win, title, label, list(items), 0, False)
        return list(items).index(item) if ok and item in items else None
