"""The portion mark, likelihood and confidence the analyst gives an auto-filled line stay on it
through refreshes and template switches (tests/test_ui_session_seen13.py shows it in the
window); one taken off where it shows stays off."""

from __future__ import annotations

from test_ui_session_random import TEXTS

from briefing_app.workspace import Workspace


def _workspace(tmp_path) -> Workspace:
    paths = []
    for name in ("flood.txt", "pumps.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXTS[name], encoding="utf-8")
    ws = Workspace()
    ws.add_files(paths)
    ws.analyze()
    return ws


def _first(ws: Workspace):
    return ws.briefing.section("key_points").blocks[0]


def test_a_line_keeps_its_mark_and_estimate_through_a_refresh_and_a_switch_back(tmp_path):
    ws = _workspace(tmp_path)
    briefing = ws.briefing.copy()
    line = briefing.section("key_points").blocks[0]
    line.mark, line.likelihood, line.confidence = "S", "likely", "high confidence"
    ws.update_briefing(briefing)
    ws.refresh_autofill()
    assert (_first(ws).mark, _first(ws).likelihood, _first(ws).confidence) == (
        "S", "likely", "high confidence"
    )  # fmt: skip
    ws.set_template("situation_report")
    ws.set_template("analyst_brief")
    assert (_first(ws).mark, _first(ws).likelihood) == ("S", "likely")


def test_a_mark_taken_off_where_it_shows_is_not_brought_back_from_a_template_put_aside(
    tmp_path,
):
    ws = _workspace(tmp_path)
    briefing = ws.briefing.copy()
    briefing.section("key_points").blocks[0].mark = "S"
    ws.update_briefing(briefing)
    ws.set_template("government_note")  # the analyst brief, marked, is put aside
    section = next(s for s in ws.briefing.sections if s.fill == "key_points")
    marked = [b for b in section.blocks if b.mark == "S"]
    assert marked, "the mark follows the line into the new template"
    briefing = ws.briefing.copy()
    for s in briefing.sections:
        for b in s.blocks:
            b.mark = ""  # the analyst takes it off here
    ws.update_briefing(briefing)
    ws.refresh_autofill()
    assert not [b for s in ws.briefing.sections for b in s.blocks if b.mark]
