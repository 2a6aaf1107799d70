"""The window's file work: sources in, projects open/save, export, autosave and recovery."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt

from briefing_app.ui import workers


class FileOpsMixin:
    """Mixed into MainWindow; uses its ``ws``, ``prefs``, ``prompter`` and views.

    The model and workspace are imported inside the methods: starting the window needs neither.
    """

    # -- workspace lifecycle -----------------------------------------------------------------
    def set_workspace(self, ws) -> None:
        """Replace the open briefing with ``ws`` (the caller has dealt with unsaved changes)."""
        if self._analysis_task is not None:
            self._analysis_task.cancel()
            self._analysis_task = None
            self._set_busy(False)
        self.discard_own_recovery()
        self.ws = ws
        self._editor_dirty = False
        self.show_editor()
        if ws.sources and (ws.needs_analysis or ws.analysis is None):
            self.request_analysis()

    def new_briefing(self) -> None:
        if not self.maybe_keep_changes():
            return
        from briefing_app.workspace import Workspace

        self.set_workspace(
            Workspace(template_id=self.prefs.template or None, fields=self.prefs.default_fields())
        )

    def maybe_keep_changes(self) -> bool:
        """Ask to save unsaved changes; False if the user cancelled what they were doing."""
        self.sync_briefing()
        if self._ws is None or not self._ws.modified:
            return True
        name = self.ws.project_path.name if self.ws.project_path else "this briefing"
        answer = self.prompter.ask_save_changes(name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _start_chosen(self, what: str) -> None:
        {
            "new": lambda: (self.new_briefing(), self.show_editor()),
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
        paths = self.prompter.open_sources(str(self.prefs.qs.value("dirs/sources", "")))
        if paths:
            self.prefs.qs.setValue("dirs/sources", str(Path(paths[0]).parent))
            self.load_sources(paths)

    def open_sample(self) -> None:
        from briefing_app.resources import sample_article

        self.load_sources([str(sample_article())])

    def load_sources(self, paths: list[str]) -> None:
        """Read files on a worker; good ones become sources, bad ones go to Problems."""
        from briefing_app.workspace import load_files

        self.show_editor()
        self.statusBar().showMessage(f"Loading {len(paths)} file{'s' if len(paths) != 1 else ''}…")
        snapshot = [str(p) for p in paths]
        workers.run_task(
            lambda: load_files(snapshot), self._loaded, self._load_failed, name="load_files"
        )

    def _loaded(self, result) -> None:
        if self._closing:  # delivered while the window was closing: drop it
            return
        added = self.ws.add_loaded(result)
        self.sources.set_sources(self.ws.sources, current=added[0].id if added else None)
        self.problems.set_errors(self.ws.errors)
        if result.errors:
            self._show_problems()
        n = len(added)
        message = f"Added {n} source{'s' if n != 1 else ''}"
        if result.errors:
            message += f"; {len(result.errors)} file(s) could not be loaded (see Problems)"
        self.statusBar().showMessage(message, 6000)
        self._update_title()
        if added:
            self.request_analysis()

    def _show_problems(self) -> None:
        """Show the Problems dock just tall enough for its lines: the work area keeps the room."""
        dock = self.problems_dock
        if not dock.isVisible() and not dock.isFloating():
            dock.show()
            title = dock.fontMetrics().height() + 10  # the dock's title bar
            height = title + self.problems.fitting_height() + 2
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        dock.show()
        dock.raise_()

    def _load_failed(self, exc: BaseException) -> None:
        self.prompter.error(
            "Could not load files", str(exc).splitlines()[0] if str(exc) else repr(exc)
        )

    def paste_source(self) -> None:
        from PySide6.QtWidgets import QApplication

        from briefing_app.model import BriefingError

        text = QApplication.clipboard().text()
        if not text.strip():
            self.prompter.error("Nothing to paste", "The clipboard holds no text.")
            return
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        answer = self.prompter.clipboard_source(text, first[:120])
        if answer is None:
            return
        body, title = answer
        try:
            src = self.ws.add_text(body, title)
        except BriefingError as exc:
            self.prompter.error("Could not add the text", str(exc))
            return
        self.show_editor()
        self.sources.set_sources(self.ws.sources, current=src.id)
        self._update_title()
        self.request_analysis()

    def remove_source(self, source_id: str) -> None:
        self.sync_briefing()
        self.ws.remove_source(source_id)
        self.sources.set_sources(self.ws.sources)
        self.annotate.refresh()  # its annotations went with it
        self._update_title()
        self.request_analysis()

    # -- projects ----------------------------------------------------------------------------
    def open_project_dialog(self) -> None:
        path = self.prompter.open_project(str(self.prefs.qs.value("dirs/projects", "")))
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> None:
        """Open a project on a worker (no re-analysis: the analysis is stored in it)."""
        if not self.maybe_keep_changes():
            return
        from briefing_app.workspace import Workspace

        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        workers.run_task(
            lambda: Workspace.open(path),
            lambda ws: self._project_opened(ws, path),
            lambda exc: self._project_failed(exc, path),
            name="open_project",
        )

    def _project_opened(self, ws, path: str) -> None:
        if self._closing:  # delivered while the window was closing: drop it
            return
        self.prefs.add_recent(str(Path(path).resolve()))
        self.prefs.qs.setValue("dirs/projects", str(Path(path).resolve().parent))
        self.set_workspace(ws)
        self.statusBar().showMessage(f"Opened {Path(path).name}", 4000)

    def _project_failed(self, exc: BaseException, path: str) -> None:
        from briefing_app.model import BriefingError

        if not isinstance(exc, BriefingError):
            exc = BriefingError(f"{path}: {exc}")
        self.prefs.remove_recent(str(Path(path).resolve()))
        self.prompter.error("Could not open the project", str(exc))

    def save(self) -> bool:
        if self.ws.project_path is None:
            return self.save_as()
        return self._save_to(self.ws.project_path)

    def save_as(self) -> bool:
        suggested = (
            self.ws.project_path
            or Path(str(self.prefs.qs.value("dirs/projects", "")) or Path.home())
            / f"{_slug(self.editor.fields().get('title', '')) or 'briefing'}.briefing"
        )
        path = self.prompter.save_project(str(suggested))
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from briefing_app.model import BriefingError

        self.sync_briefing()
        try:
            saved = self.ws.save(path)
        except BriefingError as exc:
            self.prompter.error("Could not save", str(exc))
            return False
        self.prefs.add_recent(str(saved.resolve()))
        self.prefs.qs.setValue("dirs/projects", str(saved.resolve().parent))
        self.discard_own_recovery()
        self._update_title()
        self.statusBar().showMessage(f"Saved {saved.name}", 4000)
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.menus.recent
        menu.clear()
        for p in self.prefs.recent_projects():
            action = menu.addAction(Path(p).name)
            action.setToolTip(p)
            action.setStatusTip(p)
            action.triggered.connect(lambda _=False, path=p: self.open_project(path))
        if menu.isEmpty():
            menu.addAction("No recent projects").setEnabled(False)

    # -- export ------------------------------------------------------------------------------
    def export_dialog(self, kind: str) -> None:
        self.sync_briefing()
        if self.ws.briefing is None:
            self.prompter.error("Nothing to export", "Add a source or write the briefing first.")
            return
        stem = _slug(self.ws.briefing.title) or "briefing"
        folder = Path(str(self.prefs.qs.value("dirs/export", "")) or Path.home())
        suffix = ".pdf" if kind == "pdf" else ".docx"
        path = self.prompter.export_path(str(folder / f"{stem}{suffix}"), kind)
        if path:
            self.prefs.qs.setValue("dirs/export", str(Path(path).parent))
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> None:
        """Export on a worker; ``kind`` docx, pdf or both (then ``path``'s stem names both)."""
        from briefing_app.model import BriefingError

        self.sync_briefing()
        targets = (
            [path.with_suffix(".docx"), path.with_suffix(".pdf")]
            if kind == "both"
            else [path.with_suffix(f".{kind}")]
        )
        try:
            jobs = [
                self.ws.export_job(
                    t,
                    self.prefs.page_size,
                    comments=self.prefs.export_comments,
                    appendix=self.prefs.export_appendix,
                )
                for t in targets
            ]
        except BriefingError as exc:
            self.prompter.error("Could not export", str(exc))
            return
        self.statusBar().showMessage("Exporting…")
        workers.run_task(
            lambda: [job() for job in jobs],
            self._exported,
            lambda exc: self.prompter.error("Could not export", str(exc)),
            name="export",
        )

    def _exported(self, paths: list) -> None:
        if self._closing:  # delivered while the window was closing: drop it
            return
        self.statusBar().showMessage("Exported " + ", ".join(Path(p).name for p in paths), 6000)
        self.prompter.exported([Path(p) for p in paths])

    # -- autosave and recovery ---------------------------------------------------------------
    def write_recovery(self) -> Path | None:
        """Autosave: write this session's recovery copy if there is anything unsaved."""
        from briefing_app.model import BriefingError

        self.sync_briefing()
        if self._ws is None or not self._ws.modified:
            return None
        try:
            self.recovery_path = self.ws.write_recovery(self.session_id)
        except BriefingError as exc:
            self.statusBar().showMessage(f"Autosave failed: {exc}", 8000)
            return None
        return self.recovery_path

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
        answer, rec = self.prompter.ask_recover(recoveries)
        if answer == "discard":
            for r in recoveries:
                Workspace.discard_recovery(r.path)
            return False
        if answer != "recover" or rec is None:
            return False
        try:
            ws = Workspace.open_recovery(rec.path)
        except BriefingError as exc:
            self.prompter.error("Could not recover", str(exc))
            return False
        self.set_workspace(ws)
        # Our own copy replaces the old one, so a second crash loses nothing either.
        self.write_recovery()
        Workspace.discard_recovery(rec.path)
        self.statusBar().showMessage("Recovered your unsaved work; save it to keep it", 8000)
        return True


def _slug(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return "-".join(keep.split())[:60]
