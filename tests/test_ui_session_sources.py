# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""A working session over several sources, as an analyst runs one: open two sources of one event,
curate an actor, annotate, write, add a third source, drop the first, undo, export, save and
reopen. Nothing typed, curated or annotated is lost, and every citation marker in the exported
note points at a source the note lists.

The sources are three real articles of the corpus on one event (the Tonga eruption of 2022).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_ui_annotate import select
from test_ui_integrity import click_into, press, section_text, type_text
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
EU, ADF, UN = (
    CORPUS / f"{name}.txt"
    for name in (
        "tonga_eu_europeantimes_2022",
        "tonga_adf_miragenews_2022",
        "tonga_unnews_gsmarthub_2022",
    )
)
MINE = "Ash on the runway may delay flights."


def _actor(window, name: str):
    return next((a for a in window.ws.analysis.actors if a.name == name), None)


def _show(window, path: Path) -> None:
    source = next(s for s in window.ws.sources if Path(s.path).name == path.name)
    window.sources.show_source(source.id)


def _markers_point_at_listed_sources(text: str, listed: int) -> None:
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert numbers, "no citation marker in the note"
    assert numbers <= set(range(1, listed + 1)), (sorted(numbers), listed)


def test_a_session_over_several_sources_keeps_every_piece_of_work(qtbot, make_window, tmp_path):
    window = make_window()
    window.open_paths([str(EU), str(ADF)])
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2

    # curate: the model's person "Stuart Watters" is kept, renamed with his rank
    watters = _actor(window, "Stuart Watters")
    assert watters is not None
    window.curation.ask_text = lambda title, label, default: "Captain Stuart Watters"
    assert window.curation.rename(watters.id)
    wait_idle(qtbot, window)

    # annotate a passage of the second source with a comment
    _show(window, ADF)
    select(window, "HMAS Adelaide")
    window.annotate.ask = lambda draft, tags, focus: replace(
        draft, comment="Check the arrival date."
    )
    window.annotate.comment_action.trigger()
    assert len(window.ws.annotations) == 1

    # write a judgement of one's own
    click_into(qtbot, window, "assessment")
    type_text(qtbot, MINE)

    # a third source arrives: the work stays, the analysis now covers three
    window.open_paths([str(UN)])
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 3
    names = [a.name for a in window.ws.analysis.actors]
    assert "Captain Stuart Watters" in names and "Stuart Watters" not in names
    assert section_text(window, "assessment").strip() == MINE
    assert len(window.ws.annotations) == 1

    # the annotated source is dropped by mistake, and Ctrl+Z brings it back as it was
    names_before = [Path(s.path).name for s in window.ws.sources]
    window.remove_source(window.ws.sources[1].id)
    wait_idle(qtbot, window)
    assert [Path(s.path).name for s in window.ws.sources] == [EU.name, UN.name]
    assert window.ws.annotations == []
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert [Path(s.path).name for s in window.ws.sources] == names_before
    assert [a.comment for a in window.ws.annotations] == ["Check the arrival date."]
    assert len(window.ws.analysis.citations) == 3

    # then the first source is dropped on purpose
    window.remove_source(window.ws.sources[0].id)
    wait_idle(qtbot, window)
    assert [Path(s.path).name for s in window.ws.sources] == [ADF.name, UN.name]
    window.sync_briefing()
    assert len(window.ws.briefing.citations) == 2
    _markers_point_at_listed_sources(section_text(window, "key_points"), 2)
    assert section_text(window, "assessment").strip() == MINE
    assert len(window.ws.annotations) == 1  # its source stayed

    # export both formats and read back what a reader gets
    window.prompter.export_target = str(tmp_path / "tonga.docx")
    window.export_dialog("both")
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    docx = "\n".join(p.text for p in Document(str(tmp_path / "tonga.docx")).paragraphs)
    pdf = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "tonga.pdf")).pages
    )
    for text in (docx, pdf):
        assert MINE in text
        assert "Captain Stuart Watters" in text or "Stuart Watters" not in text
        _markers_point_at_listed_sources(text, 2)
        assert "europeantimes" not in text.lower() and "NewsTonga" not in text

    # save, close, reopen: the sources, the curation, the comment and the words
    window.prompter.project_path = str(tmp_path / "tonga.briefing")
    assert window.save()
    wait_idle(qtbot, window)
    window.close()
    again = make_window()
    again.open_project(str(tmp_path / "tonga.briefing"))
    wait_idle(qtbot, again)
    assert [Path(s.path).name for s in again.ws.sources] == [ADF.name, UN.name]
    assert _actor(again, "Captain Stuart Watters") is not None
    assert section_text(again, "assessment").strip() == MINE
    assert [a.comment for a in again.ws.annotations] == ["Check the arrival date."]
    note = again.ws.annotations[0]
    source = next(s for s in again.ws.sources if s.id == note.source)
    assert source.text[note.start : note.end] == "HMAS Adelaide"
