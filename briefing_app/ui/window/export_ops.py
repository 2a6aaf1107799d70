"""The window's export: DOCX/PDF written on a worker from a snapshot of the briefing."""

from __future__ import annotations

from pathlib import Path

from briefing_app.model.text import fold
from briefing_app.ui import workers


class ExportOps:
    """The window's export controller (``win.exports``, beside ``win.files``); uses only the
    window's public interface (``ws``, ``prefs``, ``prompter``, ``sync_briefing``)."""

    def __init__(self, win) -> None:
        self.win = win

    # -- export ------------------------------------------------------------------------------
    def export_dialog(self, kind: str) -> None:
        self.win.sync_briefing()
        if self.win.ws.briefing is None:
            self.win.prompter.error(
                "Nothing to export", "Add a source or write the briefing first."
            )
            return
        stem = _slug(self.win.ws.briefing.title) or "briefing"
        folder = Path(self.win.prefs.folder("export", "projects", "sources"))
        suffix = ".pdf" if kind == "pdf" else ".docx"
        path = self.win.prompter.export_path(str(folder / f"{stem}{suffix}"), kind)
        if path:
            self.win.prefs.remember_folder("export", path)
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> None:
        """Export on a worker; ``kind`` docx, pdf or both (then ``path``'s stem names both)."""
        from briefing_app.model import BriefingError

        self.win.sync_briefing()
        # Both: the PDF first. Its layout is what content can break, so a failure there leaves
        # neither file replaced rather than a new DOCX beside an old PDF.
        targets = (
            [path.with_suffix(".pdf"), path.with_suffix(".docx")]
            if kind == "both"
            else [path.with_suffix(f".{kind}")]
        )
        try:
            jobs = [
                self.win.ws.export_job(
                    t,
                    self.win.prefs.page_size,
                    comments=self.win.prefs.export_comments,
                    appendix=self.win.prefs.export_appendix,
                )
                for t in targets
            ]
        except BriefingError as exc:
            self.win.prompter.error("Could not export", str(exc))
            return
        self.win.statusBar().showMessage("Exporting…")
        workers.run_task(
            lambda: [job() for job in jobs],
            self._exported,
            lambda exc: self.win.prompter.error("Could not export", str(exc)),
            name="export",
        )

    def _exported(self, paths: list) -> None:
        if self.win.closing:  # delivered while the window was closing: drop it
            return
        self.win.statusBar().showMessage("Exported " + ", ".join(Path(p).name for p in paths), 6000)
        self.win.prompter.exported([Path(p) for p in paths])


def _slug(text: str) -> str:
    """A file name from a title: "Astana talks: day 2" -> "Astana-talks-day-2"."""
    return fold(text, "-", accents=True, case=True)[:60].rstrip("-")
