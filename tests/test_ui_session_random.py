# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""The window driven through a random but seeded order of a session's operations (keys to the
focused widget, actions of the menus): highlight, quote, type in a section, hide an actor,
switch template, undo and redo with Ctrl+Z / Ctrl+Shift+Z in the reading view, remove a source,
add one. After every step each annotation covers the text it was made on; at the end the
saved project reopens in a new window equal, and the exported DOCX holds the title and every
key point and cites only listed sources. (The same invariants as the core's state machine,
tests/test_session_state_machine.py, through the window.)"""

from __future__ import annotations

import random
import re

import pytest
from docx import Document
from PySide6.QtCore import Qt
from test_ui_annotate import select
from test_ui_integrity import click_into, press, template_action, type_text
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

from briefing_app import briefing as briefing_pkg

pytestmark = pytest.mark.slow

TEXTS = {
    "flood.txt": "Heavy rain flooded the river town of Veldmark on 3 March 2025. Mayor Anna "
    "Keller said that 400 people had left their homes. The Red Cross opened two shelters near "
    "the station. Keller asked the Ministry of Interior for pumps.",
    "pumps.txt": "The Ministry of Interior sent 12 pumps to Veldmark on 5 March 2025, a "
    "spokesman, Jonas Brandt, said. Anna Keller thanked the ministry. The Red Cross said 150 "
    "people still slept in its shelters.",
    "dam.txt": "Engineers from the Water Board will inspect the Ostwall dam above Veldmark next "
    "week. Minister Clara Voss said the inspection would report by 1 April 2025.",
}
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _state(ws) -> dict:
    return {
        "sources": [(s.id, s.text, s.title) for s in ws.sources],
        "annotations": [a.to_dict() for a in ws.annotations],
        "decisions": [d if isinstance(d, dict) else d.to_dict() for d in ws.actor_decisions],
        "briefing": briefing_pkg.briefing_to_dict(ws.briefing) if ws.briefing else None,
        "template": ws.template.id,
    }


def _covered(ws) -> None:
    for ann in ws.annotations:
        src = ws.source(ann.source)
        assert src is not None and src.text[ann.start : ann.end] == ann.quote


@pytest.mark.parametrize("seed", [7, 108, 123])
def test_a_seeded_random_session_through_the_window_keeps_the_work(
    qtbot, make_window, tmp_path, seed
):
    rng = random.Random(seed)
    paths = {}
    for name, text in TEXTS.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")
    window = make_window()
    window.open_paths([str(paths["flood.txt"]), str(paths["pumps.txt"])])
    wait_idle(qtbot, window)
    ws = lambda: window.ws  # noqa: E731  (a reopened project is a new workspace)

    def pick_span():
        src = rng.choice(ws().sources)
        window.sources.show_source(src.id)
        words = re.findall(r"[A-Z][a-z]+(?: [a-z]+)?", src.text)
        return select(window, rng.choice(words))

    def highlight():
        pick_span()
        window.annotate.highlight_action.trigger()

    def quote():
        pick_span()
        window.annotate.quote_action.trigger()

    def write():
        sections = [s.id for s in ws().briefing.sections if s.kind != "table"]
        sections = [s for s in sections if hasattr(window.editor.editor(s), "toPlainText")]
        click_into(qtbot, window, rng.choice(sections))
        type_text(qtbot, " Pumps are short.")
        window.sync_briefing()

    def hide():
        actors = [a for a in ws().analysis.actors if not a.hidden]
        if actors:
            menu = window.curation.build_menu(rng.choice(actors))
            next(a for a in menu.actions() if a.text() == "&Hide from Briefing").trigger()

    def switch():
        names = [t.name for t in ws().templates() if t.id != ws().template.id]
        template_action(window, rng.choice(names)).trigger()

    def undo():
        window.sources.view.text.setFocus()
        press(qtbot, Qt.Key.Key_Z, CTRL)

    def redo():
        window.sources.view.text.setFocus()
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)

    def remove():
        if len(ws().sources) > 1:
            window.remove_source(rng.choice(ws().sources).id)

    def add():
        window.open_paths([str(paths[rng.choice(list(paths))])])

    ops = [highlight, quote, write, hide, switch, undo, redo, remove, add]
    done = []
    for _ in range(14):
        op = rng.choice(ops)
        op()
        wait_idle(qtbot, window)
        done.append(op.__name__)
        _covered(ws())
    assert ws().briefing is not None, done

    # export: the title and every key point, only listed sources cited
    out = ws().export(tmp_path / "note.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    briefing = ws().briefing
    assert " ".join(briefing.title.split()) in " ".join(text.split()), done
    for section in briefing.sections:
        if section.fill == "key_points":
            for block in section.blocks:
                assert " ".join(block.text.split()) in " ".join(text.split()), (done, block.text)
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert numbers <= set(range(1, len(briefing.citations) + 1)), done
    # (a source removed stays listed while the analyst's own words still cite it)
    cited = {r.cite for sec in briefing.sections for b in sec.blocks for r in b.runs if r.cite}
    assert cited <= {c.source for c in briefing.citations}, done

    # save, reopen in a new window: the same work
    window.sync_briefing()
    saved = _state(ws())
    window.prompter.project_path = str(tmp_path / "session.briefing")
    assert window.save()
    wait_idle(qtbot, window)
    window.close()
    again = make_window()
    again.open_project(str(tmp_path / "session.briefing"))
    wait_idle(qtbot, again)
    assert _state(again.ws) == saved, done
