# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the eighteenth round's whole-session checks found, one test each, named for what the
analyst sees."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from session_analyst import CTRL
from session_day import named
from test_ui_integrity import press, section_text
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
TONGA = [
    CORPUS / f"{name}.txt"
    for name in (
        "tonga_eu_europeantimes_2022",
        "tonga_adf_miragenews_2022",
        "tonga_unnews_gsmarthub_2022",
    )
]


def _spoken_against_markers(line: str) -> tuple[set[int], set[int]] | None:
    """The source numbers a summary line names in words, and those its markers cite."""
    said = re.match(r"(?:Only source|Sources) ([\d, and]+?) (?:reports|agree) that", line)
    if said is None:
        said = re.search(r"\(sources? ([\d, and]+)\)", line)
    if said is None:
        return None
    words = {int(n) for n in re.findall(r"\d+", said.group(1))}
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", line[said.end() :])}
    return words, markers


def _remove_first_and_undo(qtbot, window) -> None:
    window.open_paths([str(p) for p in TONGA])
    wait_idle(qtbot, window)
    window.sources.list.setFocus()
    window.sources.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)  # the first source out: the others move up a number
    wait_idle(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # and back: it comes after them now
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 3


def test_a_source_removed_and_brought_back_is_named_in_the_summary_by_its_marker_number(
    qtbot, window, tmp_path
):
    _remove_first_and_undo(qtbot, window)
    window.sync_briefing()
    target = tmp_path / "note.docx"
    window.ws.export(target)
    shown = section_text(window, "source_summary").splitlines()
    exported = [p.text for p in Document(str(target)).paragraphs]
    for where, lines in (("window", shown), ("export", exported)):
        checked = [(line, _spoken_against_markers(line)) for line in lines]
        checked = [(line, pair) for line, pair in checked if pair is not None]
        assert checked, f"no summary line names its sources in the {where}"
        # was: the words used the sources' order on the list ("Only source 2 reports …")
        # while the markers and the Sources list used the note's numbering ([1])
        wrong = [line[:90] for line, (words, markers) in checked if words != markers]
        assert not wrong, f"{where}: {wrong}"


def test_exported_actors_number_their_sources_as_the_note_does_after_a_remove_and_undo(
    qtbot, window, tmp_path
):
    _remove_first_and_undo(qtbot, window)
    window.sync_briefing()
    table = section_text(window, "actors").splitlines()
    in_note = {
        cells[0]: cells[-1] for cells in (line.split("\t") for line in table) if len(cells) > 1
    }
    window.prompter.export_target = str(tmp_path / "actors.csv")
    window.tradecraft.export_actors.trigger()  # File ▸ Export Actors…
    rows = list(csv.DictReader((tmp_path / "actors.csv").open(encoding="utf-8")))
    exported = {r["name"]: set(r["sources"].split("; ")) for r in rows}
    in_note = {name: set(numbers.split(", ")) for name, numbers in in_note.items()}
    both = sorted(set(in_note) & set(exported))
    assert both, (in_note, exported)
    # was: the CSV numbered the sources in the order of the Sources list, the note by its
    # own numbering (a source brought back comes last), so "2" meant two different sources
    assert {n: exported[n] for n in both} == {n: in_note[n] for n in both}


def test_a_source_with_a_long_web_address_leaves_the_briefing_as_wide_as_its_pane(qtbot, window):
    # a real page's address: 200 characters with no space and no slash after the first few
    wide = window.width()
    window.open_paths([str(CORPUS / "finland_vnk_2022.txt"), str(TONGA[0])])
    wait_idle(qtbot, window)
    area = window.editor.scroll
    page, pane = area.widget(), area.viewport()
    # was: the Sources list under the note could not wrap the address, so the whole page
    # widened past the pane: every section ran off the right edge behind a scroll bar
    assert page.width() <= pane.width(), (page.width(), pane.width())
    assert not area.horizontalScrollBar().isVisible()
    # was: the reading pane's details line (outlet, date, address) did not wrap either and
    # the window grew wider than the screen to hold it
    assert window.width() == wide
    details = named(window, QLabel, "Source details").text()
    assert details.endswith("decisionId=0900908f8076f828  ·  274 words")  # as written


def test_the_summary_says_from_an_outlet_only_of_the_sources_that_name_it(qtbot, window):
    bowen = CORPUS / "cop28_bowen_press_conference_2023.txt"
    window.open_paths([str(TONGA[0]), str(bowen)])
    wait_idle(qtbot, window)
    first = section_text(window, "source_summary").splitlines()[0]
    # was: "This note draws on 2 sources (2 plain texts) from minister.dcceew.gov.au.", as if
    # both came from the one outlet only the press conference names
    assert first.startswith(
        "This note draws on 2 sources (2 plain texts), 1 of them from minister.dcceew.gov.au."
    ), first
