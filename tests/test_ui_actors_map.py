"""The Actors map: what it draws, what clicks do, and the figures it writes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from briefing_app.analysis.cooccurrence import cooccurrence
from briefing_app.model import Actor, Analysis, BriefingError, EntitySpan
from briefing_app.model.text import naive_sentences
from briefing_app.ui.actors.actors_map import ACTOR_COLOURS, ActorsMap

TEXT = (
    "Vladimir Putin spoke with Kassym-Jomart Tokayev about Kazakhstan. "
    "The CSTO sent troops to Almaty after Tokayev asked Putin. "
    "Russia and Kazakhstan share a long border. "
    "Olaf Scholz met Dmytro Kuleba in Berlin. "
    "Kuleba said the IAEA must return to Zaporizhzhia. "
    "Scholz and the IAEA spoke about Zaporizhzhia. "
    "The Vatican said nothing."
)
ACTORS = [
    ("Vladimir Putin", "person", ["Putin"]),
    ("Kassym-Jomart Tokayev", "person", ["Tokayev"]),
    ("Olaf Scholz", "person", ["Scholz"]),
    ("Dmytro Kuleba", "person", ["Kuleba"]),
    ("CSTO", "organization", []),
    ("IAEA", "organization", []),
    ("Kazakhstan", "place", []),
    ("Almaty", "place", []),
    ("Russia", "place", []),
    ("Berlin", "place", []),
    ("Zaporizhzhia", "place", []),
    ("Vatican", "place", []),
]


def build(hidden: tuple[str, ...] = ()) -> Analysis:
    actors, entities = [], []
    for name, type_, aliases in ACTORS:
        actor_id = f"{type_}:{name.lower().replace(' ', '-')}"
        count = 0
        for form in [name, *aliases]:
            for m in re.finditer(rf"\b{re.escape(form)}\b", TEXT):
                if any(e.start <= m.start() < e.end for e in entities):
                    continue
                entities.append(EntitySpan("s1", m.start(), m.end(), type_, actor_id))
                count += 1
        actors.append(
            Actor(actor_id, name, type_, aliases, mentions=count, sources=["s1"],
                  hidden=name in hidden)
        )  # fmt: skip
    return Analysis(actors=actors, entities=entities)


@pytest.fixture
def graph():
    analysis = build()
    return analysis, cooccurrence(analysis, {"s1": naive_sentences(TEXT)})


@pytest.fixture
def view(qtbot, graph):
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.set_graph(graph[0].actors, graph[1])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_draws_one_node_per_visible_actor_and_one_line_per_edge(view, graph):
    analysis, edges = graph
    assert view.node_count() == len(analysis.actors) == 12
    assert view.edge_count() == len(edges) > 0
    putin = view.nodes["person:vladimir-putin"]
    assert putin.brush().color() == QColor(ACTOR_COLOURS["person"])
    assert view.nodes["organization:iaea"].brush().color() == QColor(ACTOR_COLOURS["organization"])
    assert view.nodes["place:berlin"].brush().color() == QColor(ACTOR_COLOURS["place"])
    assert len({ACTOR_COLOURS[t] for t in ("person", "organization", "place")}) == 3


def test_hidden_actors_and_their_edges_are_left_out(qtbot):
    analysis = build(hidden=("Vladimir Putin",))
    edges = cooccurrence(build(), {"s1": naive_sentences(TEXT)})  # edges made before hiding
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.set_graph(analysis.actors, edges)
    assert widget.node_count() == 11
    assert "person:vladimir-putin" not in widget.nodes
    assert all("person:vladimir-putin" not in (i.edge.a, i.edge.b) for i in widget.edge_items())


def test_too_many_actors_keeps_the_linked_ones(qtbot, graph):
    widget = ActorsMap(max_nodes=5)
    qtbot.addWidget(widget)
    widget.set_graph(graph[0].actors, graph[1])
    assert widget.node_count() == 5
    assert "place:vatican" not in widget.nodes, "an unlinked actor goes first"


def test_heavier_edges_are_drawn_wider(view):
    items = sorted(view.edge_items(), key=lambda i: i.edge.weight)
    assert items[0].edge.weight < items[-1].edge.weight
    assert items[0].pen().widthF() < items[-1].pen().widthF()


def test_labels_do_not_overlap(view):
    labels = [child.sceneBoundingRect() for node in view.nodes.values() for child in
              node.childItems()]  # fmt: skip
    assert len(labels) == view.node_count()
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.intersects(b)


def test_clicking_a_node_selects_the_actor(view, qtbot):
    point = view.mapFromScene(view.node_position("place:kazakhstan"))
    with qtbot.waitSignal(view.actorSelected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["place:kazakhstan"]
    assert view.nodes["place:kazakhstan"].pen().widthF() > view.nodes["place:berlin"].pen().widthF()


def test_clicking_a_node_label_selects_the_actor_too(view, qtbot):
    node = view.nodes["person:olaf-scholz"]
    label = node.childItems()[0].sceneBoundingRect().center()
    with qtbot.waitSignal(view.actorSelected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(label))
    assert blocker.args == ["person:olaf-scholz"]


def test_clicking_an_edge_gives_its_sentences(view, qtbot):
    for item in view.edge_items():
        a, b = view.node_position(item.edge.a), view.node_position(item.edge.b)
        point = view.mapFromScene((a + b) / 2)
        if view.itemAt(point) is item:
            break
    else:
        pytest.fail("no edge could be clicked at its middle")
    with qtbot.waitSignal(view.edgeSelected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    edge = blocker.args[0]
    assert edge is item.edge
    assert edge.weight == len(edge.evidence) >= 1
    names = {a.id: a for a in build().actors}
    for ev in edge.evidence:
        sentence = TEXT[ev.start : ev.end]
        for actor_id in (edge.a, edge.b):
            actor = names[actor_id]
            assert any(form in sentence for form in [actor.name, *actor.aliases])


def test_wheel_zooms(view):
    before = view.zoom_factor()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_factor() > before * 1.2
    view.fit()
    assert view.zoom_factor() == pytest.approx(before)


def test_export_png_and_svg(view, tmp_path):
    png = view.export_png(tmp_path / "map.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600 and image.height() > 300
    corner = image.pixelColor(2, 2)
    assert corner == QColor("#ffffff"), "a white figure background"
    blue = QColor(ACTOR_COLOURS["person"])
    assert any(
        image.pixelColor(x, y) == blue
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 7)
    ), "person nodes are drawn"
    svg = view.export_svg(tmp_path / "map.svg")
    text = svg.read_text(encoding="utf-8")
    assert svg.stat().st_size > 1000 and "<svg" in text
    assert "Olaf Scholz" in text and "Zaporizhzhia" in text, "labels stay text in the SVG"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png", "map.svg"], "no temp files"


def test_export_to_a_missing_folder_is_a_user_error(view, tmp_path):
    target = tmp_path / "missing" / "map.png"
    with pytest.raises(BriefingError, match=r"map\.png"):
        view.export_png(target)
    with pytest.raises(BriefingError, match=r"map\.svg"):
        view.export_svg(tmp_path / "missing" / "map.svg")


def test_empty_map_says_what_to_do(qtbot):
    widget = ActorsMap()
    qtbot.addWidget(widget)
    assert widget.node_count() == 0 and widget.edge_count() == 0
    texts = [i.text() for i in widget.scene().items() if hasattr(i, "text")]
    assert any("add sources" in t for t in texts)


def test_labels_of_a_crowded_map_do_not_overlap(qtbot):
    names = [f"Ministry of Long Names Number {i}" for i in range(14)]
    actors = [Actor(f"organization:m{i}", n, "organization", mentions=3) for i, n in
              enumerate(names)]  # fmt: skip
    edges = [
        cooccurrence_edge(f"organization:m{i}", f"organization:m{j}")
        for i in range(14)
        for j in range(i + 1, 14)
    ]
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.set_graph(actors, edges)
    labels = [n.childItems()[0].sceneBoundingRect() for n in widget.nodes.values()]
    circles = [n.sceneBoundingRect() for n in widget.nodes.values()]
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if i < j:
                assert not a.intersects(b), (names[i], names[j])
        for j, c in enumerate(circles):
            if i != j:
                assert not a.intersects(c), (names[i], names[j])


def cooccurrence_edge(a: str, b: str):
    from briefing_app.analysis.cooccurrence import Edge

    return Edge(a, b, 1, [])


def crowded(n: int = 45):
    """``n`` actors, fewer mentions down the list, each linked to a few others."""
    from briefing_app.analysis.cooccurrence import Edge

    kinds = ("person", "organization", "place")
    actors = [
        Actor(f"{kinds[i % 3]}:a{i}", f"Actor Number {i}", kinds[i % 3],
              mentions=200 if i == 0 else 60 - i, sources=["s1"])
        for i in range(n)
    ]  # fmt: skip
    edges = [
        Edge(actors[i].id, actors[j].id, 1 + (i + j) % 3, [])
        for i in range(n)
        for j in (i + 1, i + 3, i + 7)
        if j < n
    ]
    return actors, edges


@pytest.fixture
def dock_sized(qtbot):
    """A map the size the Actors Map dock gives it: wide and short."""
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.resize(900, 280)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def named_share(view) -> float:
    """The share of the actors in sight whose names are shown."""
    area = view.viewport().rect()
    in_sight = [i for i in view.nodes if area.contains(view.mapFromScene(view.node_position(i)))]
    return sum(view.labels[i].isVisible() for i in in_sight) / len(in_sight)


def visible_rects(view) -> list:
    return [view.label_rect(i) for i, label in view.labels.items() if label.isVisible()]


def test_a_crowded_map_names_the_most_salient_and_the_rest_on_zoom_or_hover(dock_sized, qtbot):
    view = dock_sized
    view.set_graph(*crowded())
    assert view.node_count() == 40
    shown = view.shown_labels()
    assert 3 <= len(shown) < 40, "not every name fits a short dock at once"
    assert shown[0] == "Actor Number 0", "the most mentioned and linked actor is named"
    rects = visible_rects(view)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    text_height = QFontMetricsF(view.font()).height()
    assert all(r.height() >= text_height for r in rects), "names at text size, not scaled down"

    # Zooming in makes room for more of the names in sight, at the same size.
    zoom = view.zoom_factor()
    before = named_share(view)
    view.zoom_in()
    view.zoom_in()
    assert view.zoom_factor() > zoom * 1.5
    assert named_share(view) > before
    assert all(r.height() == pytest.approx(text_height, abs=1) for r in visible_rects(view))
    assert all(view.viewport().rect().toRectF().contains(r) for r in visible_rects(view))

    # Pointing at an unnamed actor names it.
    view.fit()
    hidden = next(i for i, label in view.labels.items() if not label.isVisible())
    qtbot.mouseMove(view.viewport(), view.mapFromScene(view.node_position(hidden)))
    qtbot.waitUntil(lambda: view.labels[hidden].isVisible())


def test_the_map_follows_a_dark_palette_on_screen_and_prints_on_white(qtbot, monkeypatch, tmp_path):
    from briefing_app.ui.widgets import theme

    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_graph(*build_graph())
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.backgroundBrush().color().lightness() < 60
    shot = widget.grab().toImage()
    assert shot.pixelColor(shot.width() - 5, shot.height() - 5).lightness() < 60
    label = next(label for label in widget.labels.values() if label.isVisible())
    assert label.text.brush().color().lightness() > 180, "light names on the dark map"

    png = QImage(str(widget.export_png(tmp_path / "map.png")))
    assert png.pixelColor(2, 2) == QColor("#ffffff")
    figure = widget.render_image(1.0)  # what Insert in Briefing puts in the briefing
    assert figure.pixelColor(2, 2) == QColor("#ffffff")
    svg = widget.export_svg(tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "#222222" in svg and "#e6e6e6" not in svg, "dark names on the white figure"
    assert widget.backgroundBrush().color().lightness() < 60, "the screen is dark again"
    assert label.text.brush().color().lightness() > 180


def build_graph():
    analysis = build()
    return analysis.actors, cooccurrence(analysis, {"s1": naive_sentences(TEXT)})


def test_a_map_asked_for_is_laid_out_on_a_worker_and_drawn_as_set_graph_draws_it(qtbot, graph):
    from briefing_app.ui import workers

    actors, edges = crowded(40)
    direct = ActorsMap()
    qtbot.addWidget(direct)
    direct.set_graph(actors, edges)
    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.set_graph(graph[0].actors, graph[1])  # an older map, on screen meanwhile
    with qtbot.waitSignal(widget.graphShown, timeout=20_000):
        widget.request_graph(actors, edges)
        assert widget.layout_pending() and widget.node_count() == 12, "the old map stays"
    assert not widget.layout_pending()
    assert widget.node_count() == 40
    for actor_id in direct.nodes:
        assert widget.node_position(actor_id) == direct.node_position(actor_id)
    assert workers.wait_for_all(), "the layout task ends"


def test_a_layout_that_comes_back_after_the_actors_changed_is_dropped(qtbot, graph):
    from briefing_app.ui import workers

    widget = ActorsMap()
    qtbot.addWidget(widget)
    widget.request_graph(*crowded(40))
    widget.set_graph(graph[0].actors, graph[1])  # the actors changed before it was back
    assert workers.wait_for_all()
    assert widget.node_count() == 12 and "place:vatican" in widget.nodes
    widget.request_graph(*crowded(40))
    widget.request_graph(*crowded(30))  # the later request wins, whichever ends first
    assert workers.wait_for_all()
    assert widget.node_count() == 30 and not widget.layout_pending()


def test_a_burst_of_map_requests_lays_out_the_first_and_the_last_only(qtbot, monkeypatch):
    from briefing_app.ui import workers
    from briefing_app.ui.actors import map_plan

    laid_out = []

    def counted(snapshot):
        laid_out.append(len(snapshot.ids))
        return snapshot.generation, map_plan.place_nodes(snapshot)

    monkeypatch.setattr(map_plan, "layout_job", counted)
    widget = ActorsMap()
    qtbot.addWidget(widget)
    shown = []
    widget.graphShown.connect(lambda: shown.append(widget.node_count()))
    for n in (20, 25, 30, 35, 40):  # analysis finishing source after source
        widget.request_graph(*crowded(n))
    assert workers.wait_for_all()
    assert laid_out == [20, 40] and shown == [40]
