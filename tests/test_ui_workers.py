"""A failure no caller handles is logged with its traceback, never lost or printed raw."""

from __future__ import annotations

import logging

from briefing_app.ui import workers


def test_an_unhandled_task_failure_is_logged_with_its_traceback(qtbot, caplog):
    def fails():
        raise RuntimeError("disk gone")

    def logged():
        return [r for r in caplog.records if r.name == "briefing_app.ui.workers"]

    with caplog.at_level(logging.ERROR, logger="briefing_app.ui.workers"):
        workers.run_task(fails, name="export")
        qtbot.waitUntil(lambda: bool(logged()) and not workers.active_tasks(), timeout=10_000)
    [record] = logged()
    assert record.levelno == logging.ERROR
    message = record.getMessage()
    assert "background task export failed: disk gone" in message
    assert "Traceback" in message and 'raise RuntimeError("disk gone")' in message
