"""The window's file work: sources in, projects open/save, autosave and recovery (export is
``export_ops.ExportOps``, the window's ``exports``)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from briefing_app.model import list_names
from briefing_app.ui import workers
from briefing_app.ui.widgets.wording import count
from briefing_app.ui.window import layout_memory
from briefing_app.ui.window.export_ops import _slug


class _RemoveSource(QUndoCommand):
    """Remove Source as an undo step; undo puts the source back with its annotations."""

    def __init__(self, ops: FileOps, source_id: str, name: str) -> None:
        super().__init__(f"Remove source “{name}”")
        self.ops, self.source_id, self.removed = ops, source_id, None
        self.restored = True  # the first redo removes it; later ones only what undo put back

    def redo(self) -> None:
        if not self.restored:  # the analyst had added it again: undo put nothing back
            return
        self.ops.win.sync_briefing()
        self.removed = self.ops.win.ws.remove_source(self.source_id)
        self.ops.sources_changed()

    def undo(self) -> None:
        self.restored = False
        if self.removed is not None:
            self.ops.win.sync_briefing()
            self.restored = self.ops.win.ws.restore_source(self.removed)
            self.ops.sources_changed()


class FileOps:
    """The window's file operations; uses only the window's public interface (``ws``,
    ``prefs``, ``prompter``, its views and ``set_workspace``/``show_editor``/``update_title``).

    The model and workspace are imported inside the methods: starting the window needs neither.
    """

    def __init__(self, win) -> None:
        self.win = win
        self.recovery_path: Path | None = None  # this session's autosave copy, if written
        # saving and autosaving run on a worker over a snapshot (a big project takes a while)
        self._saving: workers.Task | None = None
        self._recovering: workers.Task | None = None

    # -- workspace lifecycle -----------------------------------------------------------------
    def new_briefing(self) -> None:
        if not self.maybe_keep_changes():
            return
        from briefing_app.workspace import Workspace

        self.win.set_workspace(
            Workspace(
                template_id=self.win.prefs.template or None, fields=self.win.prefs.default_fields()
            )
        )

    def maybe_keep_changes(self) -> bool:
        """Ask to save unsaved changes; False if the user cancelled what they were doing."""
        layout_memory.save_project(self.win)  # the project is about to be left
        self.win.sync_briefing()
        self.wait_for_save()
        if self.win.open_ws is None or not self.win.open_ws.modified:
            return True
        name = self.win.ws.project_path.name if self.win.ws.project_path else "this briefing"
        answer = self.win.prompter.ask_save_changes(name)
        if answer == "save":
            return self.save(wait=True)
        return answer == "discard"

    def start_chosen(self, what: str) -> None:
        {
            "new": lambda: (self.new_briefing(), self.win.show_editor()),
            "sample": self.open_sample,
            "sources": self.open_sources_dialog,
            "project": self.open_project_dialog,
        }[what]()

    # -- sources -----------------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        """Open files given on the command line or dropped: a project opens, the rest load."""
        from briefing_app.workspace import PROJECT_SUFFIX

        projects = [p for p in paths if str(p).lower().endswith(PROJECT_SUFFIX)]
        others = [p for p in paths if p not in projects]
        if projects:
            self.open_project(projects[0])
        if others:
            self.load_sources(others)

    def open_sources_dialog(self) -> None:
        paths = self.win.prompter.open_sources(str(self.win.prefs.qs.value("dirs/sources", "")))
        if paths:
            self.win.prefs.qs.setValue("dirs/sources", str(Path(paths[0]).parent))
            self.load_sources(paths)

    def open_sample(self) -> None:
        from briefing_app.resources import sample_article

        self.load_sources([str(sample_article())])

    def load_sources(self, paths: list[str]) -> None:
        """Read files on a worker; good ones become sources, bad ones go to Problems."""
        from briefing_app.workspace import load_files

        self.win.show_editor()
        self.win.statusBar().showMessage(f"Loading {count(len(paths), 'file')}…")
        snapshot = [str(p) for p in paths]
        workers.run_task(
            lambda: load_files(snapshot), self._loaded, self._load_failed, name="load_files"
        )

    def _loaded(self, result) -> None:
        if self.win.closing:  # delivered while the window was closing: drop it
            return
        added = self.win.ws.add_loaded(result)
        self.win.sources.set_sources(self.win.ws.sources, current=added[0].id if added else None)
        from briefing_app.ui.window.work_area import refresh_problems  # built on first use

        refresh_problems(self.win)
        n = len(added)
        message = f"Added {count(n, 'source')}"
        if result.errors:
            failed = len(result.errors)
            message += f"; {count(failed, 'file')} could not be loaded (see Problems)"
        self.win.statusBar().showMessage(message, 6000)
        self.win.update_title()
        if added:
            self.win.analyser.request()

    def _load_failed(self, exc: BaseException) -> None:
        self.win.prompter.error(
            "Could not load files", str(exc).splitlines()[0] if str(exc) else repr(exc)
        )

    def paste_source(self) -> None:
        from PySide6.QtWidgets import QApplication

        from briefing_app.model import BriefingError

        text = QApplication.clipboard().text()
        if not text.strip():
            self.win.prompter.error("Nothing to paste", "The clipboard holds no text.")
            return
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        answer = self.win.prompter.clipboard_source(text, first[:120])
        if answer is None:
            return
        body, title = answer
        try:
            src = self.win.ws.add_text(body, title)
        except BriefingError as exc:
            self.win.prompter.error("Could not add the text", str(exc))
            return
        self.win.show_editor()
        self.win.sources.set_sources(self.win.ws.sources, current=src.id)
        self.win.update_title()
        self.win.analyser.request()

    def remove_source(self, source_id: str) -> None:
        """Take a source out (the file is not touched): one undo step, which brings it back
        where it was with its annotations."""
        source = self.win.ws.source(source_id)
        if source is None:
            return
        name = list_names(self.win.ws.sources)[source_id]
        self.win.undo_stack.push(_RemoveSource(self, source_id, name))

    def sources_changed(self) -> None:
        """After a source went or came back: the list, its annotations, the title, a re-analysis."""
        self.win.sources.set_sources(self.win.ws.sources)
        self.win.annotate.refresh()
        self.win.update_title()
        self.win.analyser.request()

    # -- projects ----------------------------------------------------------------------------
    def open_project_dialog(self) -> None:
        path = self.win.prompter.open_project(str(self.win.prefs.qs.value("dirs/projects", "")))
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> None:
        """Open a project on a worker (no re-analysis: the analysis is stored in it)."""
        if not self.maybe_keep_changes():
            return
        from briefing_app.workspace import Workspace

        self.win.statusBar().showMessage(f"Opening {Path(path).name}…")
        workers.run_task(
            lambda: Workspace.open(path),
            lambda ws: self._project_opened(ws, path),
            lambda exc: self._project_failed(exc, path),
            name="open_project",
        )

    def _project_opened(self, ws, path: str) -> None:
        if self.win.closing:  # delivered while the window was closing: drop it
            return
        if ws.lock_holder is not None:
            answer = self.win.prompter.ask_project_in_use(
                Path(path).name, ws.lock_holder.describe()
            )
            if answer == "cancel":
                self.win.statusBar().showMessage(f"Did not open {Path(path).name}", 4000)
                return
            if answer == "read-only":
                ws.read_only = True
            else:
                ws.take_lock()
        self.win.prefs.add_recent(str(Path(path).resolve()))
        self.win.prefs.qs.setValue("dirs/projects", str(Path(path).resolve().parent))
        self.win.set_workspace(ws)
        layout_memory.restore_project(self.win)
        self.win.statusBar().showMessage(f"Opened {Path(path).name}", 4000)

    def _project_failed(self, exc: BaseException, path: str) -> None:
        from briefing_app.model import BriefingError

        if not isinstance(exc, BriefingError):
            exc = BriefingError(f"{path}: {exc}")
        self.win.prefs.remove_recent(str(Path(path).resolve()))
        self.win.prompter.error("Could not open the project", str(exc))

    def save(self, *, wait: bool = False) -> bool:
        """Save (Save As if the project has no file yet); on a worker unless ``wait``."""
        if self.win.ws.project_path is None:
            return self.save_as(wait=wait)
        return self._save_to(self.win.ws.project_path, wait=wait)

    def save_as(self, *, wait: bool = False) -> bool:
        suggested = (
            self.win.ws.project_path
            or Path(self.win.prefs.folder("projects", "export", "sources"))
            / f"{_slug(self.win.editor.fields().get('title', '')) or 'briefing'}.briefing"
        )
        path = self.win.prompter.save_project(str(suggested))
        return bool(path) and self._save_to(Path(path), wait=wait)

    def _save_to(self, path: Path, *, wait: bool = False) -> bool:
        """Snapshot the project here, write it on a worker, take the result here."""
        from briefing_app.model import BriefingError

        self.win.sync_briefing()
        self.wait_for_save()  # one writer at a time
        ws = self.win.ws
        try:
            job, saved = ws.save_job(path)
        except BriefingError as exc:
            self.win.prompter.error("Could not save", str(exc))
            return False

        def done(written: Path) -> None:
            if self.win.open_ws is not ws:  # another project was opened meanwhile
                return
            saved(written)
            layout_memory.save_project(self.win)
            self.win.prefs.add_recent(str(written.resolve()))
            self.win.prefs.qs.setValue("dirs/projects", str(written.resolve().parent))
            self.discard_own_recovery()
            self.win.update_title()
            self.win.statusBar().showMessage(f"Saved {written.name}", 4000)

        def failed(exc: BaseException) -> None:
            self.win.prompter.error("Could not save", str(exc))

        if wait:
            try:
                written = job()
            except (BriefingError, OSError) as exc:
                failed(exc)
                return False
            done(written)
            return True
        self.win.statusBar().showMessage(f"Saving {path.name}…")
        self._saving = workers.run_task(
            job, done, failed, name="save", on_finished=lambda: self._finished("_saving")
        )
        return True

    def _finished(self, attr: str) -> None:
        setattr(self, attr, None)

    def wait_for_save(self, timeout_ms: int = 60_000) -> None:
        """Until a save (or autosave) running on a worker has finished and been taken."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while (self._saving or self._recovering) and not deadline.hasExpired():
            workers.pool().waitForDone(10)
            QCoreApplication.processEvents()

    def fill_recent_menu(self) -> None:
        menu = self.win.menus.recent
        menu.clear()
        for p in self.win.prefs.recent_projects():
            action = menu.addAction(Path(p).name)
            action.setToolTip(p)
            action.setStatusTip(p)
            action.triggered.connect(lambda _=False, path=p: self.open_project(path))
        if menu.isEmpty():
            menu.addAction("No recent projects").setEnabled(False)

    # -- autosave and recovery ---------------------------------------------------------------
    def write_recovery(self) -> workers.Task | None:
        """Autosave: write this session's recovery copy (on a worker) if anything is unsaved.

        Returns the task writing it, None when there was nothing to write or a write is
        already under way (the next tick writes).
        """
        self.win.sync_briefing()
        ws = self.win.open_ws
        if ws is None or not ws.modified or self._saving or self._recovering:
            return None

        def written(path: Path) -> None:
            self.recovery_path = path
            if not ws.modified:  # saved meanwhile: the copy is not needed
                self.discard_own_recovery()

        self._recovering = workers.run_task(
            ws.recovery_job(self.win.session_id),
            written,
            lambda exc: self.win.statusBar().showMessage(f"Autosave failed: {exc}", 8000),
            name="autosave",
            on_finished=lambda: self._finished("_recovering"),
        )
        return self._recovering

    def discard_own_recovery(self) -> None:
        from briefing_app.model import BriefingError

        if self.recovery_path is not None:
            from briefing_app.workspace import Workspace

            with contextlib.suppress(BriefingError, OSError):
                Workspace.discard_recovery(self.recovery_path)
            self.recovery_path = None

    def offer_recovery(self) -> bool:
        """If an earlier session left a recovery copy, offer it; True if one was restored."""
        from briefing_app.model import BriefingError
        from briefing_app.workspace import Workspace

        try:
            recoveries = Workspace.recoveries()
        except BriefingError:
            return False
        if not recoveries:
            return False
        answer, rec = self.win.prompter.ask_recover(recoveries)
        if answer == "discard":
            for r in recoveries:
                Workspace.discard_recovery(r.path)
            return False
        if answer != "recover" or rec is None:
            return False
        try:
            ws = Workspace.open_recovery(rec.path)
        except BriefingError as exc:
            self.win.prompter.error("Could not recover", str(exc))
            return False
        self.win.set_workspace(ws)
        # Our own copy replaces the old one, so a second crash loses nothing either.
        self.write_recovery()
        Workspace.discard_recovery(rec.path)
        self.win.statusBar().showMessage("Recovered your unsaved work; save it to keep it", 8000)
        return True
