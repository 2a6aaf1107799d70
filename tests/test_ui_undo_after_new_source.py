# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Undo of a quote put into the briefing after another source was added takes back the quote
only: the briefing keeps following the sources there are now (the new source's citation and
key points stay). Found by the session state machine (tests/test_session_state_machine.py)."""

from __future__ import annotations

import pytest
from test_ui_annotate import select
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

FLOOD = (
    "Heavy rain flooded the river town of Veldmark on 3 March 2025. Mayor Anna Keller said "
    "that 400 people had left their homes. The Red Cross opened two shelters near the station."
)
PUMPS = (
    "The Ministry of Interior sent 12 pumps to Veldmark on 5 March 2025, a spokesman, Jonas "
    "Brandt, said. Anna Keller thanked the ministry for the pumps."
)


def _open(qtbot, window, path):
    window.open_paths([str(path)])
    wait_idle(qtbot, window)


def _cited(window) -> set[str]:
    return {c.source for c in window.ws.briefing.citations}


@pytest.fixture
def sources(tmp_path):
    flood, pumps = tmp_path / "flood.txt", tmp_path / "pumps.txt"
    flood.write_text(FLOOD, encoding="utf-8")
    pumps.write_text(PUMPS, encoding="utf-8")
    return flood, pumps


def _texts(window) -> list[str]:
    return [b.text for s in window.ws.briefing.sections for b in s.blocks]


def test_undo_of_a_quote_after_adding_a_source_keeps_the_new_source(qtbot, make_window, sources):
    flood, pumps = sources
    window = make_window()
    _open(qtbot, window, flood)
    window.sources.show_source(window.ws.sources[0].id)
    select(window, "two shelters")
    window.annotate.quote_action.trigger()
    assert any(t == "two shelters" for t in _texts(window))

    _open(qtbot, window, pumps)
    new = window.ws.sources[1].id
    assert new in _cited(window)

    window.undo_stack.undo()  # Undo Quote
    assert not any(t == "two shelters" for t in _texts(window))
    assert new in _cited(window), "undoing the quote dropped the source added since"
