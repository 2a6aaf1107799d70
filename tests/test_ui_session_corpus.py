# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Working sessions in the window on real articles of one event (the Türkiye–Syria earthquakes
of the corpus: plain texts and saved web pages), checked as the analyst checks them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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


ARABIC = (
    "زلزال في سوريا\n\nضرب زلزال قوي شمال سوريا وجنوب تركيا يوم 6 فبراير 2023. "
    "وقال الدفاع المدني السوري إن فرق الإنقاذ تعمل في حلب وإدلب.\n\n"
    "The Syrian Civil Defence (White Helmets) said rescue teams were working in Aleppo.\n"
)


def drawn_fonts(pdf: Path) -> dict[str, set[str]]:
    """Each character the PDF draws and the fonts it is drawn in."""
    from pypdf import PdfReader

    fonts: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size):
        name = str(font.get("/BaseFont", "")) if font else ""
        for ch in text:
            fonts.setdefault(ch, set()).add(name.split("+")[-1])

    for page in PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return fonts


def test_an_arabic_passage_quoted_and_annotated_prints_in_a_font_that_has_it(
    qtbot, make_window, tmp_path
):
    """An Arabic passage quoted into the briefing and commented on (with the Annotated Excerpts
    appendix on) prints in the PDF in letters, not replacement signs: the quote's italic
    serif has no Arabic, so those words are drawn in the sans that has."""
    win = make_window()
    shutil.copy(CORPUS / "turkey_voa.txt", tmp_path / "turkey_voa.txt")
    (tmp_path / "syria_ar.txt").write_text(ARABIC, encoding="utf-8")
    win.open_paths([str(tmp_path / "turkey_voa.txt"), str(tmp_path / "syria_ar.txt")])
    wait_idle(qtbot, win)
    arabic = next(s for s in win.ws.sources if "سوريا" in s.text)
    click_into(qtbot, win, "key_points")
    win.sources.show_source(arabic.id)  # (a click in its Sources row)
    passage = "وقال الدفاع المدني السوري إن فرق الإنقاذ تعمل في حلب وإدلب."
    select_text(win, passage)
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert win.undo_stack.undoText() == "Quote"
    select_text(win, "الدفاع المدني السوري")
    win.annotate.ask = lambda d, tags, focus: dataclasses.replace(d, comment="Who said it")
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert win.undo_stack.undoText() == "Comment"
    if not win.prefs.export_appendix:
        win.actions.export_appendix.trigger()
    target = tmp_path / "note.pdf"
    win.prompter.export_target = str(target)
    win.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(win.prompter.exported_paths), timeout=60_000)
    fonts = drawn_fonts(target)
    lacking = {
        ch: sorted(f)
        for ch, f in fonts.items()
        if "\u0600" <= ch <= "\u06ff" and any("Serif" in n or "Oblique" in n for n in f)
    }
    assert not lacking, f"Arabic drawn in fonts without Arabic letters: {lacking}"
    assert any("\u0600" <= ch <= "\u06ff" for ch in fonts)


def docx_words(path: Path) -> str:
    """Every paragraph and table cell of a DOCX, as the reader gets them."""
    from docx import Document

    doc = Document(str(path))
    lines = [p.text for p in doc.paragraphs]
    lines += [" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
    return "\n".join(lines)


def test_a_day_on_one_event_comes_back_whole_after_undo_redo_save_and_reopen(
    qtbot, make_window, tmp_path
):
    """Three texts and two saved pages of one event and an Arabic text: annotations that
    overlap and end paragraphs, actor decisions, a source added and F5, typing, templates
    switched there and back, everything undone and redone from the keyboard wherever it is;
    the DOCX prints every annotation, comment and typed line, and the project saved, closed,
    reopened exports the same note again."""
    from session_analyst import first_difference
    from test_ui_integrity import template_action
    from test_ui_session_random import _state

    win = make_window()
    names = ["turkey_un_briefing.txt", "turkey_voa.txt", "turkey_dod.html", "turkey_ukgov_pm.html"]
    for name in [*names, "turkey_state_remarks.txt"]:
        shutil.copy(CORPUS / name, tmp_path / name)
    (tmp_path / "syria_ar.txt").write_text(ARABIC, encoding="utf-8")
    win.open_paths([str(tmp_path / n) for n in [*names, "syria_ar.txt"]])
    wait_idle(qtbot, win)
    ws = win.ws

    def annotate(needle: str, key, **values) -> None:
        select_text(win, needle)
        win.annotate.ask = lambda d, tags, focus: dataclasses.replace(d, **values)
        press(qtbot, key, CTRL | SHIFT)

    for src in ws.sources[:4]:  # the end of a paragraph, and a passage overlapping it
        win.sources.show_source(src.id)
        para = max(
            (p for p in src.paragraphs if p.kind != "heading"), key=lambda p: p.end - p.start
        )
        text = src.text[para.start : para.end]
        annotate(text[-40:], Qt.Key.Key_M, comment=f"End of {src.id[:6]}", tags=["end"])
        annotate(text[-70:-20], Qt.Key.Key_H)
    arabic = next(s for s in ws.sources if "سوريا" in s.text)
    win.sources.show_source(arabic.id)
    annotate("الدفاع المدني السوري", Qt.Key.Key_T, tags=["سوريا"])
    assert len(ws.annotations) == 9

    def decide(label: str, actor, **asked) -> None:
        for name, answer in asked.items():
            setattr(win.curation, name, answer)
        win.actors.select_actor(actor.id)
        menu = win.curation.build_menu(actor)
        next(a for a in menu.actions() if a.text() == label).trigger()
        menu.deleteLater()
        wait_idle(qtbot, win)

    actors = lambda: win.ws.analysis.actors  # noqa: E731
    ryder = next(a for a in actors() if a.name == "Pat Ryder")
    decide("&Rename…", ryder, ask_text=lambda title, label, default: "Brig. Gen. Pat Ryder")
    erdogan = next(a for a in actors() if "Erdogan" in a.name)
    aliases = [x for x in erdogan.aliases if x != erdogan.name]
    decide("&Split Alias…", erdogan, ask_item=lambda title, label, items: items.index(aliases[-1]))
    decide("&Hide from Briefing", next(a for a in actors() if a.name == "Gaziantep"))
    assert len(win.ws.actor_decisions) == 3
    win.open_paths([str(tmp_path / "turkey_state_remarks.txt")])
    wait_idle(qtbot, win)
    win.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_F5)
    wait_idle(qtbot, win)
    click_into(qtbot, win, "key_points")
    press(qtbot, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), " Analyst: teams reached Hatay.")
    for name in ["Situation report", "Government briefing note", "Analyst brief"]:
        template_action(win, name).trigger()
        wait_idle(qtbot, win)
    win.sync_briefing()
    done = _state(win.ws)
    stack = win.undo_stack
    places = [win.sources.view.text, win.actors.tree, win.sources.list, win.annotate.panel.view]
    for step in range(stack.index()):
        places[step % len(places)].setFocus()
        press(qtbot, Qt.Key.Key_Z, CTRL)
        wait_idle(qtbot, win)
    assert stack.index() == 0 and not win.ws.annotations and not win.ws.actor_decisions
    for step in range(stack.count()):
        places[step % len(places)].setFocus()
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
        wait_idle(qtbot, win)
    win.sync_briefing()
    found = first_difference(_state(win.ws), done)
    assert not found, f"undone and redone, the work is not as it was: {found}"
    if not win.prefs.export_appendix:
        win.actions.export_appendix.trigger()
    first = tmp_path / "note.docx"
    win.prompter.export_target = str(first)
    win.actions.export_both.trigger()
    qtbot.waitUntil(lambda: bool(win.prompter.exported_paths), timeout=60_000)
    printed = " ".join(docx_words(first).split())
    for ann in win.ws.annotations:
        assert " ".join(ann.quote.split()) in printed, ann.quote
        assert ann.comment in printed
    assert "Analyst: teams reached Hatay." in printed
    assert "Brig. Gen. Pat Ryder" in printed
    win.prompter.project_path = str(tmp_path / "day.briefing")
    win.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    win.files.wait_for_save()
    saved = _state(win.ws)
    win.close()
    again = make_window()
    again.open_project(str(tmp_path / "day.briefing"))
    wait_idle(qtbot, again)
    assert not (found := first_difference(_state(again.ws), saved)), found
    second = tmp_path / "again.docx"
    again.prompter.export_target = str(second)
    again.actions.export_both.trigger()
    qtbot.waitUntil(lambda: bool(again.prompter.exported_paths), timeout=60_000)
    assert docx_words(second) == docx_words(first)


def test_a_file_name_too_long_for_the_disk_is_refused_in_one_line(qtbot, make_window, tmp_path):
    """Save As or Export to a name longer than the disk allows (a long title in Cyrillic or
    CJK is soon 255 bytes): one line naming the file and why, the work still unsaved, the
    earlier files as they were."""
    win = make_window()
    open_articles(qtbot, win, tmp_path, "turkey_voa.txt")
    long_name = "Землетрясение в Турции и Сирии, февраль 2023 " * 4
    before = sorted(p.name for p in tmp_path.iterdir())
    for trigger, target in [
        (win.actions.save_as, tmp_path / f"{long_name}.briefing"),
        (win.actions.export_pdf, tmp_path / f"{long_name}.pdf"),
        (win.actions.export_docx, tmp_path / f"{long_name}.docx"),
    ]:
        win.prompter.project_path = win.prompter.export_target = str(target)
        errors = len(win.prompter.errors)
        trigger.trigger()
        qtbot.waitUntil(lambda n=errors: len(win.prompter.errors) > n, timeout=60_000)
        wait_idle(qtbot, win)
        [line] = win.prompter.errors[errors:]
        assert target.name in line and "too long" in line, line
        assert "Errno" not in line and "\n" not in line, line
    assert win.isWindowModified()
    after = sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini")
    assert after == [n for n in before if n != "settings.ini"]
