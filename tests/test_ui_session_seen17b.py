# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the review of the seventeenth round's window changes found, one test each, named for
what the analyst sees."""

from __future__ import annotations

import pypdf
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit
from session_analyst import CTRL
from session_day import named
from session_notes import commit_text
from test_ui_integrity import click_into, press, type_text
from test_ui_session_seen import _two_sources
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def _exported_lines(window, tmp_path) -> tuple[list[str], list[str]]:
    """The DOCX's paragraphs and the PDF's text lines of the note as it is now."""
    window.sync_briefing()
    docx_path, pdf_path = tmp_path / "note.docx", tmp_path / "note.pdf"
    window.ws.export(docx_path)
    window.ws.export(pdf_path)
    paragraphs = [p.text for p in Document(str(docx_path)).paragraphs]
    for table in Document(str(docx_path)).tables:
        paragraphs += [cell.text for row in table.rows for cell in row.cells]
    pages = pypdf.PdfReader(str(pdf_path)).pages
    return paragraphs, "\n".join(page.extract_text() for page in pages).splitlines()


@pytest.mark.parametrize("control", ["\f", "\v", "\x1e", "\x85", "\x00"])
def test_a_page_break_in_text_pasted_into_a_section_parts_the_words_in_the_docx_and_pdf(
    qtbot, window, tmp_path, control
):
    _two_sources(qtbot, window, tmp_path)
    click_into(qtbot, window, "discussion")
    press(qtbot, Qt.Key.Key_End, CTRL)
    QApplication.clipboard().setText(f"Page one{control}page two")  # (copied from a PDF)
    press(qtbot, Qt.Key.Key_V, CTRL)
    paragraphs, lines = _exported_lines(window, tmp_path)
    # was: the editor showed the words apart, both exports printed "Page onepage two"
    for printed in (paragraphs, lines):
        assert not any("onepage" in p for p in printed), printed
        assert any("Page one" in p for p in printed) and any("page two" in p for p in printed)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # one Ctrl+Z takes the paste back
    assert "Page one" not in window.editor.editor("discussion").toPlainText()


def test_a_page_break_pasted_into_the_title_a_field_or_a_table_cell_is_a_space_in_the_exports(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    QApplication.clipboard().setText("Page one\fpage two")
    window.editor.title.setFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    press(qtbot, Qt.Key.Key_V, CTRL)
    named(window, QLineEdit, "Author").setFocus()
    press(qtbot, Qt.Key.Key_V, CTRL)
    table = window.editor.editor("actors")
    table.setFocus()
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_V, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    paragraphs, lines = _exported_lines(window, tmp_path)
    # was: "Page onepage two" in the title, the author line and the cell of both exports
    for printed in (paragraphs, lines):
        assert not any("onepage" in p for p in printed), printed
    assert sum("Page one page two" in p for p in paragraphs) >= 3, paragraphs


def _select_over_first_marker(editor, *, end_on_marker: bool) -> str:
    """Select from the last word before the key point's first [n] over the marker (and the
    word after it, unless ``end_on_marker``); the text the selection leaves before it."""
    text = editor.toPlainText()
    marker = text.index(" [")
    close = text.index("]", marker) + 1
    start = text.rindex(" ", 0, marker) + 1
    end = close if end_on_marker else (text.find(" ", close + 1) % (len(text) + 1))
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return text[:start]


@pytest.mark.parametrize("how", ["typed", "pasted", "committed"])
@pytest.mark.parametrize("end_on_marker", [False, True])
def test_words_written_over_a_selection_in_a_key_point_are_the_analysts_and_one_ctrl_z_undoes(
    qtbot, window, tmp_path, how, end_on_marker
):
    _two_sources(qtbot, window, tmp_path)
    click_into(qtbot, window, "key_points")
    editor = window.editor.editor("key_points")
    before = editor.toPlainText()
    kept = _select_over_first_marker(editor, end_on_marker=end_on_marker)
    if how == "typed":
        type_text(qtbot, "Xavier")
    elif how == "pasted":
        QApplication.clipboard().setText("Xavier")
        press(qtbot, Qt.Key.Key_V, CTRL)
    else:
        commit_text(editor, "Xavier")
    assert editor.toPlainText().startswith(kept + "Xavier")
    window.sync_briefing()
    runs = window.ws.briefing.section("key_points").blocks[0].runs
    # was: pasted or committed words (and the first letter typed) were drawn with the
    # auto-fill tint and kept as the machine's, unlike the same words typed elsewhere
    assert [r.user for r in runs if "Xavier" in r.text] == [True], runs
    assert not any(r.user for r in runs if "Xavier" not in r.text), runs
    press(qtbot, Qt.Key.Key_Z, CTRL)  # was: typed, 'avier' went and the 'X' stayed
    assert editor.toPlainText() == before
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText().startswith(kept + "Xavier")


def test_typing_in_a_thousand_line_key_points_section_repaints_only_the_lines_near_it(
    qtbot, monkeypatch
):
    from PySide6.QtCore import QRect

    from briefing_app.model import AUTO, BULLET, Block, Run
    from briefing_app.ui.briefing import block_text
    from briefing_app.ui.briefing.section_edit import SectionEdit
    from briefing_app.ui.widgets import theme

    edit = SectionEdit()
    qtbot.addWidget(edit)
    points = [
        Block(BULLET, [Run(f"Point {i} about the flood"), Run(cite="s1")], origin=AUTO, key=f"k{i}")
        for i in range(1000)
    ]
    edit.set_blocks(points, {"s1": 1}, as_list=True)
    edit.resize(600, 300)
    edit.show()
    qtbot.waitExposed(edit)
    layout = edit.document().documentLayout()

    def mark_drawn(index: int) -> bool:
        """Whether the margin mark ("as auto-fill wrote it") is drawn beside point ``index``."""
        rect = layout.blockBoundingRect(edit.document().findBlockByNumber(index)).toRect()
        image = edit.viewport().grab(QRect(0, rect.top(), 40, rect.height())).toImage()
        return image.pixelColor(2, rect.height() // 2) == theme.pick(theme.AUTO_MARK)

    read_back = []
    pristine = block_text.is_pristine_auto
    monkeypatch.setattr(
        block_text, "is_pristine_auto", lambda *a: read_back.append(1) or pristine(*a)
    )
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(5).position() + 5)
    edit.setTextCursor(cursor)
    edit.setFocus()
    qtbot.wait(50)  # (the first paint, all of it)
    for ch in "typed":
        read_back.clear()
        qtbot.keyClick(edit, ch)
        edit.viewport().repaint(edit.cursorRect().adjusted(0, -20, 0, 20))  # (the line typed on)
        # was: every keystroke read all 1,000 points back (88 ms a key on the test machine)
        assert len(read_back) < 20, len(read_back)
    # the painted part still draws the marks: the typed point has none, its neighbours have
    assert [mark_drawn(i) for i in (0, 4, 5, 6, 999)] == [True, True, False, True, True]


def test_arabic_and_hebrew_in_a_note_print_right_to_left_joined_and_read_back_as_written(
    tmp_path,
):
    import re
    import shutil
    import subprocess

    from briefing_app.export import export_pdf
    from briefing_app.export.pdf_bidi import visual
    from briefing_app.model import Block, Briefing, Run, Section

    lines = [
        "Arabic: السلام عليكم يا صديقي, end",
        "Hebrew: שלום עולם, end",
        "Mixed: the minister (הנשיא) met 12 of 1,200 (ولد عام 1990) there",
        "Accents typed apart: Zoe\u0308 cafe\u0301 Vie\u0323\u0302t",
    ]
    note = Briefing(
        title="RTL", sections=[Section("s", "S", blocks=[Block(runs=[Run(t)]) for t in lines])]
    )
    path = export_pdf(note, tmp_path / "rtl.pdf")
    # was: drawn left to right as stored (a mirrored name, Arabic letters apart), and what
    # readers rebuild from a visual page read back reversed ('םלוע םולש')
    read = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    texts = [read]
    if shutil.which("pdftotext"):
        texts.append(
            subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        )
    for text in texts:
        text = " ".join(re.sub("[\u202a-\u202e]", "", text).split())  # (a reader's marks)
        for words in ("السلام عليكم يا صديقي", "שלום עולם", "הנשיא", "ولد عام"):
            assert words in text, (words, text)
        assert "Zoe\u0308 cafe\u0301 Vie\u0323\u0302t" in text  # (marks drawn over their letter)
    # the page: each right-to-left run reversed whole (numbers and brackets kept the right
    # way), Arabic letters in their joined forms
    assert visual("the minister (הנשיא) met") == "the minister (אישנה) met"
    assert visual("a שלום 12 עולם b") == "a םלוע 12 םולש b"
    assert visual("x (ولد 1990) y").startswith("x (1990 ")  # (the number ends the run)
    assert visual("x (ولد 1990) y").endswith(") y")
    shaped = visual("سلام")
    assert len(shaped) == 4 and all("\ufe70" <= ch <= "\ufeff" for ch in shaped)
