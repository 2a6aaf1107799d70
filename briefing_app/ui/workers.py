"""The one place long work leaves the GUI thread: ``run_task`` on a QThreadPool.

Results, errors and progress come back as queued signals, so callbacks always run on the GUI
thread. Every task is tracked until its callbacks have run, so closing the window and tests can
wait for all of them (``wait_for_all``) and nothing touches a deleted widget afterwards.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_POOL: QThreadPool | None = None
_ACTIVE: set[Task] = set()


def pool() -> QThreadPool:
    """The pool every task runs on (separate from the global one so we can wait on ours only)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        # The GIL makes more threads no faster; two lets the model load while files are read.
        _POOL.setMaxThreadCount(2)
        _POOL.setExpiryTimeout(5_000)
    return _POOL


class Task(QObject):
    """A handle on one background task: ``cancel()``, ``cancelled()``, ``done``."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self.done = False
        self.traceback = ""

    def cancel(self) -> None:
        """Ask the task to stop at its next check; its result is then dropped."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _finish(self) -> None:
        self.done = True
        _ACTIVE.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        self._with_progress = with_progress

    def run(self) -> None:  # runs on a worker thread
        task = self._task
        try:
            if self._with_progress:
                value = self._fn(task.progress.emit, task.cancelled)
            else:
                value = self._fn()
        except BaseException as exc:  # reported on the GUI thread, never lost
            task.traceback = traceback.format_exc()
            if not task.cancelled():
                task.error.emit(exc)
        else:
            if not task.cancelled():
                task.result.emit(value)
        task.finished.emit()


def run_task(
    fn: Callable[..., Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    *,
    with_progress: bool = False,
    name: str = "",
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """Run ``fn`` on a worker; ``fn(progress, cancelled)`` if ``with_progress`` else ``fn()``.

    The callbacks run on the GUI thread. A cancelled task reports neither result nor error.
    """
    task = Task(name or getattr(fn, "__name__", "task"))
    # The Task lives in the GUI thread, so signals emitted from the worker are queued to it.
    # A result already on its way when the task is cancelled (a new briefing, another
    # project) is dropped here: it belongs to what the analyst has left.
    if on_result is not None:
        task.result.connect(lambda value: None if task.cancelled() else on_result(value))
    if on_error is not None:
        task.error.connect(lambda exc: None if task.cancelled() else on_error(exc))
    else:  # never silently: a failure nobody handles goes to stderr with its traceback
        task.error.connect(lambda exc: _unhandled(task, exc))
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_finished is not None:
        task.finished.connect(on_finished)
    task.finished.connect(task._finish)
    _ACTIVE.add(task)
    pool().start(_Runnable(task, fn, with_progress))
    return task


def _unhandled(task: Task, exc: BaseException) -> None:
    log.error("background task %s failed: %s\n%s", task.name, exc, task.traceback)


def active_tasks() -> list[Task]:
    """Tasks started and not yet finished (their callbacks not yet delivered)."""
    return list(_ACTIVE)


def cancel_all() -> None:
    """Ask every running task to stop."""
    for task in list(_ACTIVE):
        task.cancel()


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait until every task has finished and its callbacks ran; True if all did in time."""
    deadline = QDeadlineTimer(timeout_ms)
    app = QCoreApplication.instance()
    while _ACTIVE or pool().activeThreadCount():
        if deadline.hasExpired():
            return False
        pool().waitForDone(20)
        if app is not None:
            app.processEvents()
    return True
