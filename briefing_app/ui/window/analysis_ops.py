"""The window's analysis: the model warm-up, analysing on a worker with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.ui import workers


class AnalysisMixin:
    """Mixed into MainWindow; uses its ``ws``, views, status bar and ``prompter``."""

    # -- analysis ----------------------------------------------------------------------------
    def start_model_warm_up(self) -> None:
        """Load the NLP model on a worker; the window is already on screen."""
        workers.run_task(_warm_up, self._model_loaded, self._model_failed, name="warm_up")

    def _model_loaded(self, _key: object = None) -> None:
        self.model_ready = True
        self.model_label.setText("")
        self.model_label.hide()
        if self._analysis_wanted:
            self.request_analysis()

    def _model_failed(self, exc: BaseException) -> None:
        self.model_label.setText("Language model unavailable")
        self.prompter.error("Language model", f"The language model could not be loaded: {exc}")

    def request_analysis(self) -> None:
        """Analyse the current sources (restarting a running analysis on the new set)."""
        if self._closing or not self.ws.sources:
            return
        self._analysis_wanted = True
        if not self.model_ready:
            self.statusBar().showMessage("Analysis starts once the language model has loaded")
            return
        if self._analysis_task is not None:
            self._analysis_task.cancel()
        self._analysis_wanted = False
        job = self.ws.analysis_job()
        self._set_busy(True, len(self.ws.sources))
        self._analysis_task = workers.run_task(
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
        if self._closing:
            return
        self._analysis_task = None
        self._set_busy(False)
        self.sync_briefing()
        self.ws.apply_analysis(result)
        analysis = self.ws.analysis
        self.sources.set_entities(analysis.entities)
        self.actors.set_analysis(analysis)
        if not self.actors_dock.isVisible() and analysis.actors:
            self.actors_dock.show()
            self.resizeDocks([self.actors_dock], [330], Qt.Orientation.Horizontal)
        self._show_briefing()
        self._update_title()
        self._work.analysed()
        n = len(result.source_ids)
        self.statusBar().showMessage(
            f"Analysed {n} source{'s' if n != 1 else ''}: {len(analysis.actors)} actors, "
            f"{len(analysis.key_points)} key points. Click tinted text to see its source.",
            8000,
        )
        if self.ws.needs_analysis:
            self.request_analysis()

    def _analysis_failed(self, exc: BaseException) -> None:
        self._analysis_task = None
        self._set_busy(False)
        from briefing_app.workspace import AnalysisCancelled

        if not isinstance(exc, AnalysisCancelled):
            self.prompter.error("Analysis failed", _one_line(exc))

    def cancel_analysis(self) -> None:
        if self._analysis_task is not None:
            self._analysis_task.cancel()
            self._analysis_task = None
        self._analysis_wanted = False
        self._set_busy(False)
        self.statusBar().showMessage("Analysis cancelled", 4000)

    def refresh_autofill(self) -> None:
        """Analyse new sources if any, else re-run auto-fill; the analyst's edits stay."""
        self.sync_briefing()
        if self.ws.needs_analysis or self.ws.analysis is None:
            self.request_analysis()
            return
        self.ws.refresh_autofill()
        self._show_briefing()
        self._update_title()

    def _set_busy(self, busy: bool, total: int = 0) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.actions.cancel.setEnabled(busy)
        if busy:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(0)
            self.progress.setFormat("Analysing %v/%m")

    def analysis_running(self) -> bool:
        return self._analysis_task is not None or (self._analysis_wanted and bool(self.ws.sources))


def _warm_up() -> str:
    # Imported here, on the worker: the core packages load while the window is already up.
    from briefing_app.workspace import warm_up

    return warm_up()


def _one_line(exc: BaseException) -> str:
    from briefing_app.model import BriefingError

    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0] if isinstance(exc, BriefingError) else text
