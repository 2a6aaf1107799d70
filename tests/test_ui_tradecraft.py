"""The standards in the window: findings as squiggles and in Problems, portion marks and
estimates from a paragraph's menu with the banner following, grades in the Sources list,
"[To be completed]" on empty required sections, File ▸ Export Actors / Timeline."""

from __future__ import annotations

import csv
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from test_check import note
from test_ui_window import FakePrompter, make_window, open_sample, wait_idle, window  # noqa: F401

from briefing_app.ui.briefing.squiggles import paragraphs
from briefing_app.workspace import Workspace


def _show(qtbot, window, briefing):  # noqa: F811
    ws = Workspace(template_id="analyst_brief")
    ws.briefing = briefing
    window.set_workspace(ws)
    window.tradecraft.check()  # (also run when the briefing is shown)
    return window.tradecraft


def _menu_action(edit, qblock, *path: str):
    """The action at ``path`` ("Portion Mark", "(TS) TOP SECRET") of a paragraph's menu."""
    top = menu = QMenu()
    for extra in edit.menu_extras:
        extra(menu, qblock)
    for title in path[:-1]:
        menu = next(
            a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == title
        )
    action = next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])
    return action, top  # the caller keeps the menu alive while it triggers the action


def test_findings_are_squiggles_with_tips_and_lines_in_problems(qtbot, window):  # noqa: F811
    controller = _show(qtbot, window, note(planted=True))
    lines = window.problems.finding_lines()
    assert any(line.startswith("Discussion: “could” gives") for line in lines)
    assert any("Outlook and implications" in line and "required" in line for line in lines)
    discussion = window.editor.editor("discussion")
    selections = discussion.extraSelections()
    underlined = []
    for selection in selections:
        cursor = selection.cursor
        underlined.append(cursor.selectedText())
    assert underlined == ["could"]
    start = discussion.toPlainText().index("could")
    assert "no idea how likely" in discussion._finding_tip_at(start + 1)
    # the empty required section says so
    outlook = window.editor.editor("outlook")
    assert outlook.placeholderText().startswith("[To be completed]")
    # a Problems line takes the cursor to its paragraph
    row = next(i for i, t in enumerate(lines) if "“could”" in t)
    item = next(
        window.problems.item(i)
        for i in range(window.problems.count())
        if window.problems.item(i).text() == lines[row]
    )
    window.problems.itemActivated.emit(item)
    assert window.editor.current_editor() is discussion
    assert controller.banner.text() == "SECRET"


def test_portion_mark_menu_changes_the_mark_and_the_banner_follows(qtbot, window):  # noqa: F811
    controller = _show(qtbot, window, note(planted=False))
    assert window.tradecraft.marking_box.currentData() == "us"
    assert controller.banner.text() == "SECRET"
    edit = window.editor.editor("discussion")
    assert edit.show_marks and edit.default_mark == ""  # (the note has no level of its own)
    assert edit._mark_area.isVisible() and edit.viewportMargins().right() > 0
    qblock = paragraphs(edit)[0]
    action, _menu = _menu_action(edit, qblock, "Portion Mark", "(TS) TOP SECRET")
    action.trigger()
    assert controller.banner.text() == "TOP SECRET"
    action, _menu = _menu_action(edit, paragraphs(edit)[0], "Portion Mark", "NOFORN")
    action.trigger()
    assert controller.banner.text() == "TOP SECRET//NOFORN"
    block = window.editor.briefing().section("discussion").blocks[0]
    assert block.mark == "TS//NF"
    window.sync_briefing()
    assert window.ws.briefing.section("discussion").blocks[0].mark == "TS//NF"


def test_likelihood_and_confidence_set_from_the_judgement_menu(qtbot, window):  # noqa: F811
    _show(qtbot, window, note(planted=True))
    assert any("key judgement without" in line for line in window.problems.finding_lines())
    edit = window.editor.editor("key_judgements")
    second = paragraphs(edit)[1]
    action, _menu = _menu_action(edit, second, "Likelihood", "very likely")
    action.trigger()
    action, _menu = _menu_action(edit, paragraphs(edit)[1], "Confidence", "high confidence")
    action.trigger()
    block = window.editor.briefing().section("key_judgements").blocks[1]
    assert (block.likelihood, block.confidence) == ("very likely", "high confidence")
    # the estimate shows as the paragraph's tooltip
    position = paragraphs(edit)[1].position() + 2
    assert "this is very likely (80–95%)" in edit._finding_tip_at(position)
    assert not any("key judgement without" in line for line in window.problems.finding_lines())


def test_sources_are_graded_from_the_sources_list(qtbot, window):  # noqa: F811
    ws = Workspace()
    src = ws.add_text("Officials met in Astana on Monday to sign accords.", title="Accords")
    window.set_workspace(ws)
    assert src.accessed  # the day it was added
    window.sources.grade_requested.emit(src.id, "B", "2")
    assert window.ws.source(src.id).grade == "B2"
    assert window.sources.list.item(0).text().endswith("[B2]")
    window.sources.grade_requested.emit(src.id, "Z", "2")
    assert window.prompter.errors and "reliability" in window.prompter.errors[-1]


def test_export_actors_and_timeline_from_the_file_menu(qtbot, window, sample_path, tmp_path):  # noqa: F811
    open_sample(qtbot, window, sample_path)
    window.prompter.export_target = str(tmp_path / "actors.csv")
    window.tradecraft.export_actors.trigger()
    rows = list(csv.DictReader((tmp_path / "actors.csv").open(encoding="utf-8")))
    assert "Vladimir Putin" in {r["name"] for r in rows}
    window.prompter.export_target = str(tmp_path / "timeline.json")
    window.tradecraft.export_timeline.trigger()
    assert isinstance(json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8")), list)
    wait_idle(qtbot, window)


def test_note_fields_edit_the_header_and_authority_block(qtbot, window):  # noqa: F811
    briefing = note(planted=False)
    briefing.marking, briefing.header = "", {}
    _show(qtbot, window, briefing)
    controller = window.tradecraft
    assert "Classified By" not in controller.field_edits
    controller.marking_box.setCurrentIndex(controller.marking_box.findData("us"))
    controller.marking_box.activated.emit(controller.marking_box.currentIndex())
    assert {"Classified By", "Derived From", "Declassify On"} <= set(controller.field_edits)
    qtbot.mouseClick(controller.fields_button, Qt.MouseButton.LeftButton)
    edit = controller.field_edits["Classified By"]
    assert edit.isVisible()
    edit.setFocus()
    qtbot.keyClicks(edit, "J. Smith")
    window.sync_briefing()
    assert window.ws.briefing.header["Classified By"] == "J. Smith"
    assert window.ws.briefing.marking == "us"


def test_pdfa_is_chosen_in_the_file_menu_and_kept_with_the_project(qtbot, window, tmp_path):  # noqa: F811
    _show(qtbot, window, note(planted=False))
    assert not window.tradecraft.pdfa.isChecked()
    window.tradecraft.pdfa.trigger()
    assert window.ws.settings["pdfa"] is True and window.isWindowModified()
    window.sync_briefing()
    path = window.ws.export_job(tmp_path / "n.pdf")()
    assert b"pdfaid:part" in path.read_bytes()


def test_a_damaged_grading_file_is_named_in_the_source_menu(qtbot, damage_standard):
    from briefing_app.ui.sources.sources_panel import SourcesPanel

    bad = damage_standard("grading", "admiralty")
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    ws = Workspace()
    src = ws.add_text("Officials met in Astana on Monday to sign accords.", title="Accords")
    panel.set_sources(ws.sources)
    menu = QMenu()
    panel._grade_menus(menu, src.id)  # what a right-click on the source builds
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 1 and str(bad) in texts[0] and not menu.actions()[0].isEnabled()
