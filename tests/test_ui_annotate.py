"""Annotating sources in the window: highlight, comment, tag, quote, the dock, undo, export."""

from __future__ import annotations

import dataclasses

import docx
import pypdf
import pytest
import test_ui_window as window_tests
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from test_ui_window import OTHER_ARTICLE, open_sample, wait_idle

from briefing_app.model import QUOTE
from briefing_app.ui.annotations.annotation_dialog import AnnotationDialog
from briefing_app.ui.widgets import theme

pytestmark = pytest.mark.slow
make_window = window_tests.make_window  # the window fixtures, shared
window = window_tests.window


def select(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``needle`` in the source being read, as a mouse drag would; its span."""
    view = window.sources.view
    text = view.source.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    view.text.setFocus()
    return start, end


def background_at(window, position: int) -> QColor:
    """The background the reading view draws at a document position."""
    block = window.sources.view.text.document().findBlock(position)
    offset = position - block.position()
    for fmt_range in block.layout().formats():
        inside = fmt_range.start <= offset < fmt_range.start + fmt_range.length
        if inside and fmt_range.format.background().style() != Qt.BrushStyle.NoBrush:
            return fmt_range.format.background().color()
    return QColor()


def answer(**values):
    """A stand-in for the annotation dialog that fills in ``values``; records what it got."""
    calls = []

    def ask(ann, known_tags, focus):
        calls.append((ann, list(known_tags), focus))
        return dataclasses.replace(ann, **values)

    ask.calls = calls
    return ask


def test_highlight_comment_and_tag_with_undo(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    ctl = window.annotate
    source = window.sources.view.source
    start, end = select(window, "Tokayev")
    assert ctl.highlight_action.isEnabled()
    ctl.colour_actions["green"].trigger()
    [ann] = window.ws.annotations
    assert (ann.source, ann.start, ann.end, ann.colour) == (source.id, start, end, "green")
    assert ann.quote == "Tokayev" and source.text[start:end] == "Tokayev"  # text unchanged
    assert background_at(window, start) == theme.pick(theme.ANNOTATION_COLOURS["green"])
    assert not ctl.dock.isVisible()  # not opened over the passage being read
    assert ctl.panel.model.rowCount() == 1
    assert window.isWindowModified()

    # Comment on the same span edits that annotation; a new span gets a new one.
    ctl.ask = answer(comment="Kazakh president; check the title", tags=["Kazakhstan"])
    select(window, "Tokayev")
    ctl.comment()
    [ann] = window.ws.annotations
    assert ann.comment.startswith("Kazakh president") and ann.tags == ["Kazakhstan"]
    assert ctl.ask.calls[0][2] == "comment"
    tip_block = window.sources.view.text.document().findBlock(start)
    assert any(r.format.toolTip() == ann.comment for r in tip_block.layout().formats()), (
        "the comment shows as a tooltip on the highlight"
    )

    ctl.ask = answer(tags=["energy"])
    s2, _ = select(window, "Putin")
    ctl.tag()
    assert ctl.ask.calls[0][1] == ["Kazakhstan"], "the dialog is offered the tags in use"
    assert ctl.ask.calls[0][2] == "tags"
    assert len(window.ws.annotations) == 2
    assert {t for a in window.ws.annotations for t in a.tags} == {"Kazakhstan", "energy"}

    # Edit ▸ Undo, with the reading view focused, takes the tag back, then the comment.
    window.sources.view.text.setFocus()
    window.actions.undo.trigger()
    assert len(window.ws.annotations) == 1
    assert background_at(window, s2) != theme.pick(theme.ANNOTATION_COLOURS["yellow"])
    window.actions.undo.trigger()
    assert window.ws.annotations[0].comment == ""
    window.actions.redo.trigger()
    assert window.ws.annotations[0].comment.startswith("Kazakh president")


def test_tag_completion_offers_a_tag_already_used(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    ctl = window.annotate
    ctl.ask = answer(tags=["Kazakhstan", "energy"])
    select(window, "Tokayev")
    ctl.tag()
    select(window, "Putin")
    source = window.sources.view.source
    from briefing_app.model import Annotation

    draft = Annotation("", source.id, 0, 5, quote="Putin")
    dialog = AnnotationDialog(draft, known_tags=ctl.known_tags())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tags_edit, "kaz")
    assert dialog.completer.completionCount() == 1
    assert dialog.completer.currentCompletion() == "Kazakhstan"
    dialog.completer.activated[str].emit(dialog.completer.currentCompletion())
    assert dialog.tags() == ["Kazakhstan"]
    dialog.close()


def test_dock_filters_and_jumps_across_sources(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    ctl = window.annotate
    sample_id = window.sources.view.source.id
    select(window, "Tokayev")
    ctl.highlight("pink")
    other = tmp_path / "astana.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    window.open_paths([str(other)])
    wait_idle(qtbot, window)
    window.sources.show_source(window.ws.sources[1].id)
    ctl.ask = answer(comment="Beijing's line on the SCO", tags=["China"], colour="blue")
    start, end = select(window, "Shanghai Cooperation Organisation")
    ctl.comment()
    panel = ctl.panel
    assert panel.model.rowCount() == 2
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("China"))
    assert panel.proxy.rowCount() == 1
    panel.tag_box.setCurrentIndex(0)
    panel.colour_box.setCurrentIndex(panel.colour_box.findData("pink"))
    assert panel.proxy.rowCount() == 1
    panel.colour_box.setCurrentIndex(0)
    panel.search_edit.setText("sco")
    assert panel.proxy.rowCount() == 1
    panel.search_edit.setText("")
    panel.source_box.setCurrentIndex(panel.source_box.findData(sample_id))
    assert panel.proxy.rowCount() == 1
    panel.source_box.setCurrentIndex(0)

    # Reading the sample, double-clicking the Astana annotation opens Astana at the passage.
    window.sources.show_source(sample_id)
    row = next(
        r for r in range(panel.proxy.rowCount()) if "Shanghai" in panel.proxy.index(r, 1).data()
    )
    index = panel.proxy.index(row, 1)
    panel.view.doubleClicked.emit(index)
    view = window.sources.view
    assert view.source.id == window.ws.sources[1].id
    cursor = view.text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)

    # Delete in the dock, undo brings it back (one shared history).
    panel.select(window.ws.annotations[0].id)
    assert panel.delete_selected() == 1
    assert len(window.ws.annotations) == 1
    window.undo_stack.undo()
    assert len(window.ws.annotations) == 2

    # Removing a source takes its annotations out of the dock too.
    window.remove_source(window.ws.sources[1].id)
    wait_idle(qtbot, window)
    assert panel.model.rowCount() == 1 and len(window.ws.annotations) == 1


def test_quote_in_briefing_cites_the_source_and_clicks_through(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    source = window.sources.view.source
    sentence_start = source.text.index("Tokayev")
    sentence_end = source.text.index(".", sentence_start) + 1
    cursor = QTextCursor(window.sources.view.text.document())
    cursor.setPosition(sentence_start)
    cursor.setPosition(sentence_end, QTextCursor.MoveMode.KeepAnchor)
    window.sources.view.text.setTextCursor(cursor)
    window.editor.note_focus(window.editor.editor("summary") or window.editor.text_editors()[0])
    section_id = window.editor.current_section_id()
    before = len(window.ws.briefing.section(section_id).blocks)

    window.annotate.quote_action.trigger()
    blocks = window.ws.briefing.section(section_id).blocks
    assert len(blocks) == before + 1
    quote = blocks[-1]
    assert quote.kind == QUOTE
    assert quote.citations == [source.id]
    assert window.ws.briefing.citation_number(source.id) is not None
    [ev] = quote.evidence
    assert (ev.source, ev.start, ev.end) == (source.id, sentence_start, sentence_end)
    assert window.ws.evidence_text(ev) == source.text[sentence_start:sentence_end]

    # The editor shows the quote with its marker; Ctrl+clicking it selects the passage.
    editor = window.editor.editor(section_id)
    number = window.ws.briefing.citation_number(source.id)
    assert f"[{number}]" in editor.toPlainText().splitlines()[-1]
    window.sources.view.text.moveCursor(QTextCursor.MoveOperation.Start)
    block = editor.document().lastBlock()
    layout = editor.document().documentLayout()
    qtbot.waitUntil(lambda: layout.blockBoundingRect(block).top() > 0)  # laid out
    rect = layout.blockBoundingRect(block)
    pos = QPoint(int(rect.left()) + 40, int(rect.top()) + 8)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, ctrl, pos=pos)
    cursor = window.sources.view.text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (sentence_start, sentence_end)

    # Undo takes the quote out again.
    window.sources.view.text.setFocus()
    window.actions.undo.trigger()
    assert len(window.ws.briefing.section(section_id).blocks) == before
    window.actions.redo.trigger()
    assert len(window.ws.briefing.section(section_id).blocks) == before + 1
    # In the section itself, with no typing of its own to undo, Undo also takes the quote out.
    window.editor.editor(section_id).setFocus()
    qtbot.waitUntil(lambda: window.editor.editor(section_id).hasFocus())
    window.actions.undo.trigger()
    assert len(window.ws.briefing.section(section_id).blocks) == before


def test_annotations_survive_reanalysis_and_save_reopen(qtbot, make_window, sample_path, tmp_path):
    first = make_window()
    open_sample(qtbot, first, sample_path)
    ctl = first.annotate
    ctl.ask = answer(comment="Key claim", tags=["claims"])
    start, end = select(first, "Putin")
    ctl.comment()
    other = tmp_path / "astana.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    first.open_paths([str(other)])  # a new source: everything is analysed again
    wait_idle(qtbot, first)
    first.refresh_autofill()
    wait_idle(qtbot, first)
    [ann] = first.ws.annotations
    assert (ann.start, ann.end, ann.comment, ann.tags) == (start, end, "Key claim", ["claims"])
    first.sources.show_source(ann.source)
    assert background_at(first, start) == theme.pick(theme.ANNOTATION_COLOURS["yellow"])
    first.annotate.dock.show()  # the analyst opens the list: it comes back with the project
    first.prompter.project_path = str(tmp_path / "notes.briefing")
    assert first.save()
    first.close()

    second = make_window()
    second.open_project(str(tmp_path / "notes.briefing"))
    wait_idle(qtbot, second)
    [again] = second.ws.annotations
    assert again == ann
    assert second.annotate.panel.model.rowCount() == 1
    assert second.annotate.dock.isVisible()
    second.sources.show_source(again.source)
    assert background_at(second, start) == theme.pick(theme.ANNOTATION_COLOURS["yellow"])


def test_export_has_word_comments_and_the_excerpts_appendix(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    ctl = window.annotate
    source = window.sources.view.source
    start = source.text.index("Tokayev")
    end = source.text.index(".", start) + 1
    cursor = QTextCursor(window.sources.view.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.sources.view.text.setTextCursor(cursor)
    ctl.ask = answer(comment="Check against the Kremlin readout", tags=["diplomacy"])
    ctl.comment()
    ctl.quote()
    assert window.actions.export_comments.isChecked()  # on unless the analyst turns it off
    window.actions.export_appendix.setChecked(True)
    assert window.prefs.export_appendix  # remembered for the next export
    window.export(tmp_path / "brief.docx", "both")
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    comments = list(docx.Document(str(tmp_path / "brief.docx")).comments)
    assert [c.text for c in comments] == ["Check against the Kremlin readout"]
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "brief.pdf")).pages)
    assert "Annotated excerpts" in text and "diplomacy" in text
    assert "Check against the Kremlin readout" in text
