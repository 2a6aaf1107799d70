"""The window's analysis: the model warm-up, analysing on a worker with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from briefing_app.ui import workers
from briefing_app.ui.widgets.wording import count


class AnalysisRunner(QObject):
    """Runs the analysis for the window; uses the window's public interface only (``ws``,
    its views and status-bar widgets, ``prompter``, ``show_briefing``, ``update_title``).

    ``analysed`` is emitted once a result has been applied to the workspace and shown.
    """

    analysed = Signal()

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.model_ready = False
        self.task: workers.Task | None = None  # the running analysis, if any
        self.wanted = False  # asked for before the model was ready

    def add_status_widgets(self, status: QStatusBar) -> None:
        """The model's loading note, the progress bar and Cancel, in the window's status bar."""
        self.model_label = QLabel("Loading language model…")
        self.model_label.setToolTip(
            "The language model analyses sources; it loads in the background"
        )
        self.progress = QProgressBar(maximumWidth=180, textVisible=True)
        self.progress.setAccessibleName("Analysis progress")
        self.cancel_button = QToolButton(defaultAction=self.win.actions.cancel, autoRaise=True)
        for w in (self.model_label, self.progress, self.cancel_button):
            status.addPermanentWidget(w)
        self.set_busy(False)

    def warm_up(self) -> None:
        """Load the NLP model on a worker; the window is already on screen."""
        workers.run_task(_warm_up, self._model_loaded, self._model_failed, name="warm_up")

    def _model_loaded(self, _key: object = None) -> None:
        self.model_ready = True
        self.model_label.setText("")
        self.model_label.hide()
        if self.wanted:
            self.request()

    def _model_failed(self, exc: BaseException) -> None:
        self.model_label.setText("Language model unavailable")
        self.win.prompter.error("Language model", f"The language model could not be loaded: {exc}")

    def request(self) -> None:
        """Analyse the current sources (restarting a running analysis on the new set)."""
        if self.win.closing or not self.win.ws.sources:
            return
        self.wanted = True
        if not self.model_ready:
            self.win.statusBar().showMessage("Analysis starts once the language model has loaded")
            return
        if self.task is not None:
            self.task.cancel()
        self.wanted = False
        job = self.win.ws.analysis_job()
        self.set_busy(True, len(self.win.ws.sources))
        self.task = workers.run_task(
            job,
            self._analysed,
            self._analysis_failed,
            self._analysis_progress,
            with_progress=True,
            name="analysis",
        )

    def _analysis_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _analysed(self, result) -> None:
        if self.win.closing:
            return
        self.task = None
        self.set_busy(False)
        self.win.sync_briefing()
        self.win.ws.apply_analysis(result)
        from briefing_app.ui.window.work_area import refresh_problems

        refresh_problems(self.win)  # decisions that no longer match, bad list entries
        analysis = self.win.ws.analysis
        self.win.sources.set_entities(analysis.entities)
        self.win.actors.set_analysis(analysis)
        if not self.win.actors_dock.isVisible() and analysis.actors:
            self.win.actors_dock.show()
            self.win.resizeDocks([self.win.actors_dock], [330], Qt.Orientation.Horizontal)
        self.win.show_briefing()
        self.win.update_title()
        self.analysed.emit()
        n = len(result.source_ids)
        self.win.statusBar().showMessage(
            f"Analysed {count(n, 'source')}: {count(len(analysis.actors), 'actor')}, "
            f"{count(len(analysis.key_points), 'key point')}. "
            "Click tinted text to see its source.",
            8000,
        )
        if self.win.ws.needs_analysis:
            self.request()

    def _analysis_failed(self, exc: BaseException) -> None:
        self.task = None
        self.set_busy(False)
        from briefing_app.workspace import AnalysisCancelled

        if not isinstance(exc, AnalysisCancelled):
            self.win.prompter.error("Analysis failed", _one_line(exc))

    def stop(self) -> None:
        """Drop the running analysis quietly (a new workspace replaces the one it was for)."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self.set_busy(False)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.wanted = False
        self.set_busy(False)
        self.win.statusBar().showMessage("Analysis cancelled", 4000)

    def refresh_autofill(self) -> None:
        """Analyse new sources if any, else re-run auto-fill; the analyst's edits stay."""
        self.win.sync_briefing()
        if self.win.ws.needs_analysis or self.win.ws.analysis is None:
            self.request()
            return
        self.win.ws.refresh_autofill()
        self.win.show_briefing()
        self.win.update_title()

    def set_busy(self, busy: bool, total: int = 0) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.win.actions.cancel.setEnabled(busy)
        if busy:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(0)
            self.progress.setFormat("Analysing %v/%m")

    def running(self) -> bool:
        return self.task is not None or (self.wanted and bool(self.win.ws.sources))


def _warm_up() -> str:
    # Imported here, on the worker: the core packages load while the window is already up.
    from briefing_app.workspace import warm_up

    return warm_up()


def _one_line(exc: BaseException) -> str:
    from briefing_app.model import BriefingError

    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0] if isinstance(exc, BriefingError) else text
