# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Working sessions in the window on real articles of one event (the Türkiye–Syria earthquakes
of the corpus: plain texts and saved web pages), checked as the analyst checks them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from session_analyst import CTRL, SHIFT, select_text
from test_ui_integrity import click_into, press
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def open_articles(qtbot, win, tmp_path, *names: str) -> None:
    for name in names:
        shutil.copy(CORPUS / name, tmp_path / name)
    win.open_paths([str(tmp_path / name) for name in names])
    wait_idle(qtbot, win)
    assert len(win.ws.sources) == len(names)


def test_a_cited_quote_with_abbreviations_is_not_called_uncited(qtbot, make_window, tmp_path):
    """A passage quoted into Key points carries its [n]; "U.S.", "Brig." and "Gen." inside it
    do not end a sentence the Problems panel then calls uncited."""
    win = make_window()
    open_articles(qtbot, win, tmp_path, "turkey_dod.html")
    click_into(qtbot, win, "key_points")
    passage = (
        "The U.S. — including the Defense Department — has multiple efforts underway to "
        "provide assistance to Turkey following devastating earthquakes, Pentagon Press "
        "Secretary Air Force Brig. Gen. Pat Ryder said today."
    )
    select_text(win, passage)
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    win.sync_briefing()
    assert win.undo_stack.undoText() == "Quote"
    qtbot.waitUntil(lambda: not win.tradecraft.timer.isActive())  # (checked once typing stops)
    assert (
        "Air Force Brig. Gen. Pat Ryder said today."
        in win.editor.editor("key_points").toPlainText()
    )
    uncited = [line for line in win.problems.finding_lines() if "cites no source" in line]
    assert not [line for line in uncited if any(w in line for w in ("U.S.", "Brig.", "Gen."))], (
        uncited
    )
