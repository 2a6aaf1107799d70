"""The reading pane shows a source's headline once: at the top of its text, at the size of the
header's title, which steps aside for it; a source whose text opens with no headline keeps the
title in the header."""

from __future__ import annotations

import test_ui_window as window_tests
from test_ui_window import open_sample, wait_idle

from briefing_app.ui.window.main_window import MainWindow

make_window = window_tests.make_window  # the window fixtures, shared
window = window_tests.window


def _first_block(main: MainWindow):
    return main.sources.view.text.document().firstBlock()


def test_the_headline_reads_once_at_the_top_of_the_text(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    view = window.sources.view
    source = view.source
    first = _first_block(window)
    assert " ".join(first.text().split()) == " ".join(source.display_name.split())
    assert not view.title.isVisible()  # not a second time in the header
    assert view.meta.isVisible() and source.outlet in view.meta.text()
    size = first.begin().fragment().charFormat().fontPointSize()
    assert size >= view.title.font().pointSizeF() - 0.1


def test_a_source_without_a_headline_keeps_its_title_in_the_header(qtbot, window):
    text = (
        "The council of Kelvo met on Tuesday to agree a budget for flood defences along the "
        "river, officials said after the meeting in the town hall.\n\n"
        "Work on the first embankment will begin in the spring, the council's engineer said.\n"
    )
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(text)
    window.prompter.clipboard_answer = (text, "Kelvo flood budget")
    window.paste_source()
    wait_idle(qtbot, window)
    view = window.sources.view
    assert [s.display_name for s in window.ws.sources] == ["Kelvo flood budget"]
    assert view.title.text() == "Kelvo flood budget"
    assert view.title.isVisible()
    assert _first_block(window).text().startswith("The council of Kelvo")
