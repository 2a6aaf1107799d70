"""Annotating sources from the window: highlight, comment, tag, quote in the briefing.

Selections in the reading view become ``Annotation`` spans in the workspace (the source text
never changes). Every change is a step on the window's shared undo stack; the Annotations
dock lists them across sources.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu, QToolButton

from briefing_app.model import Annotation, BriefingError, Evidence, list_names
from briefing_app.model.annotation import HIGHLIGHT_COLOURS
from briefing_app.ui.annotations.annotation_dialog import edit_annotation, swatch_icon
from briefing_app.ui.annotations.annotations_panel import AnnotationsPanel
from briefing_app.ui.widgets.icons import icon

# (question, known tags, which field to start in: "comment" | "tags") -> edited copy or None
AskAnnotation = Callable[[Annotation, list[str], str], Annotation | None]


class _SetAnnotations(QUndoCommand):
    """Replace the workspace's annotations with ``after``; undo restores ``before``."""

    def __init__(self, ctl: AnnotateController, text: str, before: list, after: list) -> None:
        super().__init__(text)
        self.ctl, self.before, self.after = ctl, before, after

    def redo(self) -> None:
        self.ctl.apply(self.after)

    def undo(self) -> None:
        self.ctl.apply(self.before)


class AnnotateController(QObject):
    """Owns the annotate actions, the reading view's context menu and the Annotations dock."""

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.ask: AskAnnotation = self._ask_dialog
        # More actions on selected source text, from other features (the window adds them).
        self.selection_extras: list[QAction] = []
        self.panel = AnnotationsPanel(undo_stack=win.undo_stack)
        self.panel.jumpRequested.connect(self.jump)
        self.panel.annotationsChanged.connect(self._panel_changed)
        self.dock = win.add_dock(
            "Annotations", "annotationsDock", self.panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.dock.hide()
        win.restoreDockWidget(self.dock)
        self._build_actions()
        text = win.sources.view.text
        text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        text.customContextMenuRequested.connect(self._context_menu)
        text.selectionChanged.connect(self._update_actions)
        self._update_actions()

    # -- actions -----------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str, tip: str, slot, icon_name: str = "") -> QAction:
        action = QAction(text, self.win)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut}): {tip}")
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        win = self.win
        self.highlight_action = self._action(
            "&Highlight",
            "Ctrl+Shift+H",
            "Highlight the selected source text (the colour menu picks another colour)",
            self.highlight,
        )
        self.highlight_action.setIcon(icon("highlight"))
        self.colour_menu = QMenu("Highlight &Colour", win)
        self.colour_actions: dict[str, QAction] = {}
        for colour in HIGHLIGHT_COLOURS:
            action = self.colour_menu.addAction(swatch_icon(colour), colour.capitalize())
            action.setStatusTip(f"Highlight the selected source text in {colour}")
            action.triggered.connect(lambda _=False, c=colour: self.highlight(c))
            self.colour_actions[colour] = action
        self.highlight_action.setMenu(self.colour_menu)
        self.comment_action = self._action(
            "&Comment…",
            "Ctrl+Shift+M",
            "Write a note on the selected source text",
            self.comment,
            "comment",
        )
        self.tag_action = self._action(
            "&Tag…", "Ctrl+Shift+T", "Tag the selected source text", self.tag, "tag"
        )
        self.quote_action = self._action(
            "&Quote in Briefing",
            "Ctrl+Shift+B",
            "Put the selected source text in the current briefing section, with its citation",
            self.quote,
            "quote",
        )
        self.selection_actions = [
            self.highlight_action,
            self.comment_action,
            self.tag_action,
            self.quote_action,
        ]
        menu = QMenu("&Annotate", win)
        menu.setToolTipsVisible(True)
        menu.addActions([self.highlight_action])
        menu.addMenu(self.colour_menu)
        menu.addActions([self.comment_action, self.tag_action])
        menu.addSeparator()
        menu.addAction(self.quote_action)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        bar = win.menuBar()
        bar.insertMenu(win.menus.view.menuAction(), menu)
        self.menu = menu

        tools = win.menus.toolbar
        tools.addSeparator()
        button = QToolButton()
        button.setDefaultAction(self.highlight_action)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addWidget(button)
        self.highlight_button = button
        # Icons only beside Highlight (the tool bar must fit a laptop screen); the tips name them.
        for action, name in (
            (self.comment_action, "Comment"),
            (self.tag_action, "Tag"),
            (self.quote_action, "Quote"),
        ):
            action.setIconText(name)
            action.setPriority(QAction.Priority.LowPriority)
        tools.addActions([self.comment_action, self.tag_action, self.quote_action])

    def _update_actions(self) -> None:
        has = self.win.sources.view.selected_span() is not None
        for action in self.selection_actions:
            action.setEnabled(has)
        self.colour_menu.setEnabled(has)

    def _context_menu(self, pos: QPoint) -> None:
        text = self.win.sources.view.text
        menu = text.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        extra: list[QAction] = []
        if self.win.sources.view.selected_span() is not None:
            extra = [*self.selection_actions, *self.selection_extras]
        else:
            found = self.annotation_at(text.cursorForPosition(pos).position())
            if found is not None:
                edit = QAction("Edit Annotation…", menu)
                edit.triggered.connect(lambda: self.edit(found, "comment"))
                delete = QAction("Delete Annotation", menu)
                delete.triggered.connect(lambda: self.delete(found))
                extra = [edit, delete]
        for action in extra:
            menu.insertAction(first, action)
            if action is self.highlight_action:
                menu.insertMenu(first, self.colour_menu)
        if extra:
            menu.insertSeparator(first)
        menu.exec(text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- what is selected ----------------------------------------------------------------------
    def selection(self) -> tuple[str, int, int] | None:
        """(source id, start, end) of the selected source text, or None."""
        view = self.win.sources.view
        span = view.selected_span()
        if view.source is None or span is None or span[0] == span[1]:
            return None
        return view.source.id, span[0], span[1]

    def annotation_at(self, doc_position: int) -> Annotation | None:
        view = self.win.sources.view
        if view.source is None:
            return None
        index = view.text_position(doc_position)
        for ann in reversed(self.win.ws.annotations):
            if ann.source == view.source.id and ann.start <= index < ann.end:
                return ann
        return None

    def _existing(self, where: tuple[str, int, int]) -> Annotation | None:
        sid, start, end = where
        return next(
            (a for a in self.win.ws.annotations if (a.source, a.start, a.end) == (sid, start, end)),
            None,
        )

    # -- the operations ------------------------------------------------------------------------
    def highlight(self, colour: str | None = None) -> Annotation | None:
        """Highlight the selection (``colour`` None: the last colour used)."""
        where = self._require()
        if where is None:
            return None
        colour = colour or self._last_colour()
        self.win.prefs.qs.setValue("annotate/colour", colour)
        existing = self._existing(where)
        if existing is not None and existing.colour == colour:
            return existing  # already so: no undo step that changes nothing
        if existing is not None:
            return self._replace(existing, dataclasses.replace(existing, colour=colour))
        return self._add(where, colour=colour)

    def comment(self) -> Annotation | None:
        """Comment on the selection (edits the annotation already on exactly that span)."""
        return self._with_dialog("comment")

    def tag(self) -> Annotation | None:
        """Tag the selection, tags completed from those already used."""
        return self._with_dialog("tags")

    def _with_dialog(self, focus: str) -> Annotation | None:
        where = self._require()
        if where is None:
            return None
        existing = self._existing(where)
        if existing is not None:
            return self.edit(existing, focus)
        sid, start, end = where
        draft = Annotation(
            "", sid, start, end, quote=self.win.ws.source(sid).text[start:end],
            colour=self._last_colour(),
        )  # fmt: skip
        answer = self.ask(draft, self.known_tags(), focus)
        if answer is None:
            return None
        return self._add(
            where, colour=answer.colour, comment=answer.comment, tags=list(answer.tags)
        )

    def edit(self, ann: Annotation, focus: str = "comment") -> Annotation | None:
        answer = self.ask(ann, self.known_tags(), focus)
        if answer is None or answer == ann:
            return None
        return self._replace(ann, answer)

    def delete(self, ann: Annotation) -> None:
        before = list(self.win.ws.annotations)
        after = [a for a in before if a.id != ann.id]
        self.win.undo_stack.push(_SetAnnotations(self, "Delete annotation", before, after))

    def quote(self):
        """Quote the selection in the current section, with its citation and evidence."""
        where = self._require()
        if where is None:
            return None
        sid, start, end = where
        return self.win.insert_into_briefing(
            "Quote",
            lambda section_id: self.win.ws.insert_quote(section_id, sid, start, end),
        )

    def known_tags(self) -> list[str]:
        return sorted({t for a in self.win.ws.annotations for t in a.tags}, key=str.casefold)

    def _last_colour(self) -> str:
        colour = str(self.win.prefs.qs.value("annotate/colour", "yellow"))
        return colour if colour in HIGHLIGHT_COLOURS else "yellow"

    def _require(self) -> tuple[str, int, int] | None:
        where = self.selection()
        if where is None:
            self.win.statusBar().showMessage("Select some text in the source first", 4000)
        return where

    def _add(self, where: tuple[str, int, int], **values) -> Annotation | None:
        before = list(self.win.ws.annotations)
        try:
            ann = self.win.ws.add_annotation(*where, **values)
        except BriefingError as exc:
            self.win.prompter.error("Annotate", str(exc))
            return None
        after = list(self.win.ws.annotations)
        what = "Comment" if values.get("comment") else "Tag" if values.get("tags") else "Highlight"
        self.win.undo_stack.push(_SetAnnotations(self, what, before, after))
        # The Annotations panel is not opened over the passage being read: the analyst
        # carries on annotating, and opens the panel when they want the list.
        if not self.dock.isVisible():
            self.win.statusBar().showMessage(
                f"{what} added: see all of them in Annotate ▸ Annotations", 5000
            )
        self.win.sources.view.text.ensureCursorVisible()
        return ann

    def _replace(self, old: Annotation, new: Annotation) -> Annotation:
        before = list(self.win.ws.annotations)
        after = [new if a.id == old.id else a for a in before]
        self.win.undo_stack.push(_SetAnnotations(self, "Edit annotation", before, after))
        return new

    # -- keeping views and workspace in step ---------------------------------------------------
    def apply(self, annotations: Iterable[Annotation]) -> None:
        """Make ``annotations`` the workspace's and show them everywhere."""
        self.win.ws.set_annotations(annotations)
        self.refresh()
        self.win.update_title()

    def _panel_changed(self, annotations: list[Annotation]) -> None:
        # The panel changed its own list (edit, delete, or their undo): the workspace follows.
        self.win.ws.set_annotations(annotations)
        self.win.sources.set_annotations(self.win.ws.annotations)
        self.win.update_title()

    def refresh(self) -> None:
        ws = self.win.ws
        self.win.sources.set_annotations(ws.annotations)
        self.panel.set_source_names(list_names(ws.sources))
        self.panel.set_annotations(ws.annotations)

    def workspace_shown(self) -> None:
        self.refresh()
        if self.win.ws.annotations and not self.dock.isVisible():
            self.dock.show()

    def analysed(self) -> None:
        self.refresh()

    def jump(self, ann: Annotation) -> None:
        """Open the annotation's source and select its passage."""
        if not self.win.sources.show_evidence(Evidence(ann.source, ann.start, ann.end)):
            self.win.statusBar().showMessage("The source of this annotation is not loaded", 4000)

    # -- the dialog ------------------------------------------------------------------------------
    def _ask_dialog(self, ann: Annotation, tags: list[str], focus: str) -> Annotation | None:
        return edit_annotation(ann, tags, self.win, focus)
