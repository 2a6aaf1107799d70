"""Curating actors in the window: rename, retype, merge, split, hide, add; mention stepping."""

from __future__ import annotations

import pytest
import test_ui_window as window_tests
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from test_ui_annotate import background_at
from test_ui_window import OTHER_ARTICLE, open_sample, table_names, wait_idle

from briefing_app.ui.widgets import theme

pytestmark = pytest.mark.slow
make_window = window_tests.make_window  # the window fixtures, shared
window = window_tests.window


def actor_named(window, name: str):
    return next(a for a in window.ws.analysis.actors if a.name == name)


def underlined_at(window, position: int) -> bool:
    """Whether the reading view draws the selected-actor underline at a document position."""
    block = window.sources.view.text.document().findBlock(position)
    offset = position - block.position()
    return any(
        r.start <= offset < r.start + r.length
        and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        and r.format.underlineColor() == theme.pick(theme.MENTION_LINE)
        for r in block.layout().formats()
    )


def add_other_source(qtbot, window, tmp_path) -> None:
    other = tmp_path / "astana.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)


def test_rename_merge_hide_persist_across_reanalysis_and_reopen(
    qtbot, make_window, sample_path, tmp_path
):
    first = make_window()
    open_sample(qtbot, first, sample_path)
    ctl = first.curation
    russia_mentions = actor_named(first, "Russia").mentions
    moscow_mentions = actor_named(first, "Moscow").mentions

    ctl.ask_text = lambda title, label, default: "President-elect Trump"
    assert ctl.rename("person:donald-trump")
    wait_idle(qtbot, first)  # (decisions are applied on a worker)
    assert "President-elect Trump" in first.actors.names()
    assert "Donald Trump" not in first.actors.names()
    assert "President-elect Trump" in table_names(first)  # the briefing follows

    # Merge Moscow into Russia, picked from the list the menu offers.
    moscow = actor_named(first, "Moscow")
    offered = []

    def pick(title, label, items):
        offered.extend(items)
        return next(i for i, text in enumerate(items) if text.startswith("Russia "))

    ctl.ask_item = pick
    assert ctl.merge_into(moscow.id)
    wait_idle(qtbot, first)
    assert not any(text.startswith("Moscow") for text in offered)  # not into itself
    assert "Moscow" not in first.actors.names()
    assert actor_named(first, "Russia").mentions == russia_mentions + moscow_mentions

    us = actor_named(first, "United States")
    assert ctl.set_hidden(us.id, True)
    wait_idle(qtbot, first)
    item = next(
        first.actors.tree.topLevelItem(i)
        for i in range(first.actors.tree.topLevelItemCount())
        if first.actors.tree.topLevelItem(i).text(0) == "United States"
    )
    assert item.font(0).italic(), "a hidden actor is still listed, greyed"
    assert "United States" not in table_names(first)

    add_other_source(qtbot, first, tmp_path)  # everything analysed again
    names = first.actors.names()
    assert "President-elect Trump" in names and "Moscow" not in names
    assert actor_named(first, "United States").hidden
    assert "United States" not in table_names(first)
    first.prompter.project_path = str(tmp_path / "curated.briefing")
    assert first.save()
    first.close()

    second = make_window()
    second.open_project(str(tmp_path / "curated.briefing"))
    wait_idle(qtbot, second)
    names = second.actors.names()
    assert "President-elect Trump" in names and "Moscow" not in names
    assert actor_named(second, "United States").hidden
    assert "President-elect Trump" in table_names(second)
    assert "United States" not in table_names(second)


def test_each_decision_is_an_undo_step(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    ctl = window.curation
    trump = actor_named(window, "Donald Trump")
    assert ctl.split(trump.id, "Trump")
    wait_idle(qtbot, window)
    assert "Trump" in window.actors.names()
    assert ctl.retype("place:siberia", "organization")
    wait_idle(qtbot, window)
    assert actor_named(window, "Siberia").type == "organization"
    window.actors.tree.setFocus()
    window.actions.undo.trigger()  # Edit ▸ Undo, outside the text boxes
    assert actor_named(window, "Siberia").type == "place"
    window.actions.undo.trigger()
    assert "Trump" not in window.actors.names()
    assert window.ws.actor_decisions == []
    window.actions.redo.trigger()
    assert "Trump" in window.actors.names()
    assert window.undo_stack.undoText().startswith("Split Trump")


def test_context_menu_offers_every_decision(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    trump = actor_named(window, "Donald Trump")
    menu = window.curation.build_menu(trump)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Rename…",
        "Change Type",
        "Merge into…",
        "Split Alias…",
        "Hide from Briefing",
    ]
    types = menu.actions()[1].menu()
    checked = [a.text() for a in types.actions() if a.isChecked()]
    assert checked == ["Person"]
    menu.actions()[-1].trigger()  # Hide from Briefing
    wait_idle(qtbot, window)
    assert actor_named(window, "Donald Trump").hidden
    menu.deleteLater()
    again = window.curation.build_menu(actor_named(window, "Donald Trump"))
    assert again.actions()[-1].text().replace("&", "") == "Show in Briefing"
    solo = window.curation.build_menu(actor_named(window, "Moscow"))
    split = next(a for a in solo.actions() if a.text().startswith("&Split"))
    assert not split.isEnabled()  # no other name to split off


def test_right_click_on_an_actor_opens_the_menu_and_its_keys_work(qtbot, window, sample_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    open_sample(qtbot, window, sample_path)
    window.actors_dock.show()
    tree = window.actors.tree
    [item] = tree.findItems("Donald Trump", Qt.MatchFlag.MatchExactly, 0)
    where = tree.visualItemRect(item).center()
    shown: list[list[str]] = []
    tries = []

    def drive() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            tries.append(1)
            if len(tries) < 500:  # 5 s, then give up (the test fails instead of hanging)
                QTimer.singleShot(10, drive)
            return
        shown.append([a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()])
        qtbot.keyClick(menu, Qt.Key.Key_H)  # the mnemonic of "&Hide from Briefing"

    QTimer.singleShot(0, drive)
    # A right click on the row, as the platform delivers it to the list.
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, tree.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(tree.viewport(), event)  # returns once the menu has closed
    assert shown and shown[0][-1] == "Hide from Briefing", shown
    assert window.actors.current_id() == "person:donald-trump"  # the row clicked is selected
    wait_idle(qtbot, window)  # (the decision is applied on a worker)
    assert actor_named(window, "Donald Trump").hidden
    assert "Donald Trump" not in table_names(window)  # the briefing follows
    assert window.undo_stack.undoText() == "Hide Donald Trump"
    assert QApplication.activePopupWidget() is None


def test_add_an_actor_from_a_selection_in_the_source(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    view = window.sources.view
    start = view.source.text.index("Russian language")
    end = start + len("Russian language")
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    ctl = window.curation
    asked = []
    ctl.ask_text = lambda title, label, default: asked.append(default) or default
    ctl.ask_item = lambda title, label, items: list(items).index("Organisation")
    window.curation.add_actor_action.trigger()
    wait_idle(qtbot, window)
    assert asked == ["Russian language"]  # the name defaults to the selected text
    added = actor_named(window, "Russian language")
    assert added.type == "organization" and added.mentions >= 1
    assert "Russian language" in window.actors.names()


def test_next_and_previous_mention_switch_sources(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    add_other_source(qtbot, window, tmp_path)
    tokayev = actor_named(window, "Kassym-Jomart Tokayev")
    assert len(tokayev.sources) == 2
    assert window.actors.select_actor(tokayev.id)
    ctl = window.curation
    spans = list(ctl.mentions)
    assert len(spans) >= 2 and {s.source for s in spans} == set(tokayev.sources)
    assert window.actors.next_button.isEnabled()

    seen = []
    for _ in spans:
        window.actions.find_next.trigger()  # F3 while Find is closed
        view = window.sources.view
        cursor = view.text.textCursor()
        text = view.source.text[cursor.selectionStart() : cursor.selectionEnd()]
        assert "Tokayev" in text
        seen.append((view.source.id, cursor.selectionStart()))
    assert seen == [(s.source, s.start) for s in spans]
    assert window.actors.mention_label.text() == f"Mention {len(spans)} of {len(spans)}"
    window.actions.find_previous.trigger()  # Shift+F3
    view = window.sources.view
    assert (view.source.id, view.text.textCursor().selectionStart()) == seen[-2]
    window.actors.prev_button.click()
    n = len(spans)
    assert window.actors.mention_label.text() == f"Mention {(n - 3) % n + 1} of {n}"


def test_selecting_an_actor_marks_all_its_mentions(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    russia = actor_named(window, "Russia")
    window.actors.select_actor(russia.id)
    view = window.sources.view
    starts = [s.start for s in window.curation.mentions if s.source == view.source.id]
    assert len(starts) == russia.mentions
    assert all(underlined_at(window, start) for start in starts)
    # the mark is added to the type colour, not painted over it
    assert all(background_at(window, start) == theme.entity_colour("place") for start in starts)
    window.actors.tree.setCurrentItem(None)  # nothing selected: the marks go
    assert not underlined_at(window, starts[0])
    assert window.actors.mention_label.text().startswith("Select an actor")
