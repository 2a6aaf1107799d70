"""The Actors map in the window: fed by the analysis, clicks, export, a figure in the briefing."""

from __future__ import annotations

import docx
import pypdf
import pytest
import test_ui_window as window_tests
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from test_ui_window import open_sample

from briefing_app.model import FIGURE
from briefing_app.ui.briefing.block_text import OBJECT

pytestmark = pytest.mark.slow
make_window = window_tests.make_window  # the window fixtures, shared
window = window_tests.window


def show_map(qtbot, window):
    window.map_dock.show()
    window.map_dock.raise_()
    panel = window.actors_map_panel
    # (laid out on a worker: the map is drawn once the layout is back)
    qtbot.waitUntil(lambda: panel.map.node_count() > 0 and not panel.map.layout_pending())
    return panel


def click_scene(qtbot, view, scene_point) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point))


def test_the_map_shows_the_visible_actors_and_follows_curation(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    panel = show_map(qtbot, window)
    actors = window.ws.analysis.actors
    assert set(panel.map.nodes) == {a.id for a in actors if not a.hidden}
    assert panel.map.edge_count() == len(window.ws.actor_edges())
    window.curation.set_hidden("place:russia", True)
    qtbot.waitUntil(lambda: "place:russia" not in panel.map.nodes)  # (applied on a worker)
    assert all("place:russia" not in (e.edge.a, e.edge.b) for e in panel.map.edge_items())


def test_clicking_a_node_selects_the_actor(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    panel = show_map(qtbot, window)
    view = panel.map
    view.resize(900, 600)
    view.fit()
    click_scene(qtbot, view, view.node_position("person:vladimir-putin"))
    assert window.actors.current_id() == "person:vladimir-putin"
    assert window.curation.actor_id == "person:vladimir-putin"
    assert window.curation.mentions, "its mentions are marked in the sources"


def test_clicking_a_link_lists_its_sentences_and_jumps(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    panel = show_map(qtbot, window)
    edge = max(panel.map.edge_items(), key=lambda e: e.edge.weight)
    panel.map.edgeSelected.emit(edge.edge)
    assert panel.lower.isVisibleTo(panel)
    assert panel.sentences.count() == len(edge.edge.evidence)
    item = panel.sentences.item(0)
    ev = edge.edge.evidence[0]
    assert " ".join(window.ws.evidence_text(ev).split()) == item.text()
    panel.sentences.itemActivated.emit(item)
    cursor = window.sources.view.text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (ev.start, ev.end)


def test_map_exports_png_and_svg(qtbot, window, sample_path, tmp_path):
    open_sample(qtbot, window, sample_path)
    panel = show_map(qtbot, window)
    panel.ask_path = lambda title, suggested, filters: str(tmp_path / "map")
    png = panel.export("png")
    image = QImage(str(png))
    assert png.name == "map.png" and not image.isNull() and image.width() > 400
    svg = panel.export("svg")
    assert svg.stat().st_size > 1000 and "Vladimir Putin" in svg.read_text(encoding="utf-8")


def test_insert_map_in_briefing_as_a_figure(qtbot, make_window, sample_path, tmp_path):
    first = make_window()
    open_sample(qtbot, first, sample_path)
    panel = show_map(qtbot, first)
    first.editor.note_focus(first.editor.text_editors()[0])
    section_id = first.editor.current_section_id()
    panel.insert_button.click()
    figure = first.ws.briefing.section(section_id).blocks[-1]
    assert figure.kind == FIGURE and figure.image and "Actors map" in figure.text
    editor = first.editor.editor(section_id)
    assert OBJECT in editor.toPlainText(), "the editor shows the picture"
    first.sync_briefing()
    assert first.ws.briefing.section(section_id).blocks[-1] == figure  # kept on save

    first.export(tmp_path / "with-map.docx", "both")
    qtbot.waitUntil(lambda: bool(first.prompter.exported_paths), timeout=60_000)
    assert len(docx.Document(str(tmp_path / "with-map.docx")).inline_shapes) == 1
    reader = pypdf.PdfReader(str(tmp_path / "with-map.pdf"))
    assert sum(len(page.images) for page in reader.pages) == 1

    first.prompter.project_path = str(tmp_path / "map.briefing")
    assert first.save()
    first.close()
    second = make_window()
    second.open_project(str(tmp_path / "map.briefing"))
    qtbot.waitUntil(lambda: second.ws.briefing is not None)
    assert second.ws.briefing.section(section_id).blocks[-1] == figure
    assert OBJECT in second.editor.editor(section_id).toPlainText()

    # Undo (outside the text boxes) takes the figure out again.
    second.undo_stack.clear()
    first_blocks = len(second.ws.briefing.section(section_id).blocks)
    second.actors_map_panel.insert_in_briefing()
    second.actors.tree.setFocus()
    second.actions.undo.trigger()
    assert len(second.ws.briefing.section(section_id).blocks) == first_blocks


def test_view_menu_brings_the_map_to_the_front_of_its_tabs(qtbot, window, sample_path):
    open_sample(qtbot, window, sample_path)
    window.annotate.dock.show()
    map_dock = window.map_dock
    assert not map_dock.isVisible()
    map_dock.toggleViewAction().trigger()  # View ▸ Actors Map
    qtbot.waitUntil(lambda: not map_dock.visibleRegion().isEmpty())
    assert window.annotate.dock.visibleRegion().isEmpty()  # the map is the tab in front
    qtbot.waitUntil(lambda: window.actors_map_panel.map.node_count() > 0)  # (laid out apart)
    window.annotate.dock.toggleViewAction().trigger()  # hidden: it was visible
    window.annotate.dock.toggleViewAction().trigger()  # and asked for again: in front
    qtbot.waitUntil(lambda: not window.annotate.dock.visibleRegion().isEmpty())


def fits(view) -> bool:
    """The whole map is in sight in the view."""
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)


def test_the_map_fits_its_panel_and_zooms_with_its_controls_and_keys(qtbot, window, sample_path):
    from PySide6.QtWidgets import QApplication, QToolButton

    open_sample(qtbot, window, sample_path)
    panel = show_map(qtbot, window)
    view = panel.map
    qtbot.waitUntil(lambda: view.viewport().height() > 100)
    assert fits(view), "the whole map shows when the panel opens"
    controls = {b.accessibleName(): b for b in panel.findChildren(QToolButton)}
    for name in ("Fit map", "Zoom in", "Zoom out"):
        assert controls[name].isVisible() and controls[name].isEnabled(), name
    start = view.zoom_factor()
    qtbot.mouseClick(controls["Zoom in"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controls["Zoom in"], Qt.MouseButton.LeftButton)
    assert view.zoom_factor() == pytest.approx(start * 1.25**2)
    assert not fits(view)
    qtbot.mouseClick(controls["Zoom out"], Qt.MouseButton.LeftButton)
    assert view.zoom_factor() == pytest.approx(start * 1.25)
    qtbot.mouseClick(controls["Fit map"], Qt.MouseButton.LeftButton)
    assert fits(view)

    # The same from the keyboard, in the map.
    view.setFocus()
    fitted = view.zoom_factor()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)
    assert view.zoom_factor() == pytest.approx(fitted * 1.25) and not fits(view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0)
    assert fits(view)
