# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Working sessions in the window on real articles of one event (the Türkiye–Syria earthquakes
of the corpus: plain texts and saved web pages), checked as the analyst checks them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
