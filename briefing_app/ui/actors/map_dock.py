"""The Actors map dock: the map, the sentences behind a clicked link, export and "insert"."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import FIGURE, Block, BriefingError, Evidence, Run, list_names
from briefing_app.ui.actors.actors_map import ActorsMap
from briefing_app.ui.widgets.wording import count

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
CAPTION = "Figure: Actors map — actors linked by the sentences they share (line width: how many)"
# (title, suggested path, filter) -> chosen path or ""
AskPath = Callable[[str, str, str], str]


class MapPanel(QWidget):
    """ActorsMap above the list of sentences a clicked link stands for."""

    def __init__(self, win) -> None:
        super().__init__()
        self.win = win
        self.setAccessibleName("Actors map panel")
        self.ask_path: AskPath = self._ask_path
        self._stale = True
        self.map = ActorsMap()
        self.map.setMinimumHeight(130)  # (the hint's line below takes 20 px: the panel as before)
        self.map.actorSelected.connect(self._node_clicked)
        self.map.edgeSelected.connect(self.show_edge)
        self.map.graphShown.connect(self._graph_shown)

        self.png_button = QPushButton("Export PNG…", clicked=lambda: self.export("png"))
        self.png_button.setToolTip("Save the map as a PNG picture")
        self.svg_button = QPushButton("Export SVG…", clicked=lambda: self.export("svg"))
        self.svg_button.setToolTip("Save the map as an SVG drawing (scales without blurring)")
        self.insert_button = QPushButton("Insert in Briefing", clicked=self.insert_in_briefing)
        self.insert_button.setToolTip(
            "Add the map as a figure to the current briefing section (exported in DOCX and PDF)"
        )
        self.hint = QLabel(
            "Click an actor to select it, a line to read the sentences it stands for; "
            "point at an actor for its name"
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        # Zoom controls (the map also zooms with the wheel and, when it has focus, +, - and 0).
        self.fit_button = _tool("Fit", "Fit map", "Show the whole map (0)", self.map.fit)
        self.zoom_in_button = _tool("+", "Zoom in", "Zoom in: more names fit (+)", self.map.zoom_in)
        self.zoom_out_button = _tool("−", "Zoom out", "Zoom out (-)", self.map.zoom_out)
        buttons = QHBoxLayout()
        for button in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.png_button, self.svg_button, self.insert_button):
            buttons.addWidget(button)

        self.edge_label = QLabel("")
        self.edge_label.setWordWrap(True)
        self.sentences = QListWidget()
        self.sentences.setAccessibleName("Sentences of the chosen link")
        self.sentences.setWordWrap(True)
        self.sentences.setMinimumWidth(180)
        self.sentences.setAlternatingRowColors(True)
        self.sentences.setToolTip("Double-click a sentence to see it in its source")
        self.sentences.itemActivated.connect(self._sentence_activated)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edge_label)
        box.addWidget(self.sentences)
        lower.hide()
        self.lower = lower

        # The sentences sit beside the map: a bottom dock is wide and short, and the map
        # needs the height to stay readable.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        # (its own line, the panel's width: squeezed between the buttons of a 500 px panel it
        # wrapped a word a line and lost its end below the buttons' height)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

    # -- content -------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The analysis changed: redraw now if the map is on screen, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self, *, now: bool = False) -> None:
        """Draw the map of the current analysis: laid out on a worker (the window stays
        responsive; the old map shows until then), or ``now`` on this thread."""
        ws = self.win.ws
        actors = ws.analysis.actors if ws.analysis else []
        edges = ws.actor_edges() if ws.analysis else []
        self._stale = False
        if now:
            self.map.set_graph(actors, edges)
        else:
            self.map.request_graph(actors, edges)

    def _graph_shown(self) -> None:
        """A new map is on screen: no link chosen yet, and the current actor ringed."""
        self.lower.hide()
        self.sentences.clear()
        has = self.map.node_count() > 0
        for button in (self.png_button, self.svg_button, self.insert_button, *self.zoom_buttons()):
            button.setEnabled(has)
        current = self.win.actors.current_id()
        if current:
            self.map.select_actor(current)

    def zoom_buttons(self) -> tuple[QToolButton, ...]:
        return (self.fit_button, self.zoom_out_button, self.zoom_in_button)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- clicks --------------------------------------------------------------------------------
    def _node_clicked(self, actor_id: str) -> None:
        self.win.actors.select_actor(actor_id)

    def show_edge(self, edge) -> None:
        """List the sentences two actors share."""
        names = {
            a.id: a.name for a in (self.win.ws.analysis.actors if self.win.ws.analysis else [])
        }
        n = edge.weight
        self.edge_label.setText(
            f"<b>{names.get(edge.a, edge.a)}</b> and <b>{names.get(edge.b, edge.b)}</b>: "
            f"{count(n, 'shared sentence')}"
        )
        self.sentences.clear()
        sources = list_names(self.win.ws.sources)
        for ev in edge.evidence:
            sentence = self.win.ws.evidence_text(ev) or self.win.ws.evidence_sentence(ev)
            item = QListWidgetItem(" ".join(sentence.split()))
            item.setData(EVIDENCE_ROLE, ev)
            item.setToolTip(sources.get(ev.source, ev.source))
            self.sentences.addItem(item)
        self.lower.show()

    def _sentence_activated(self, item: QListWidgetItem) -> None:
        ev = item.data(EVIDENCE_ROLE)
        if isinstance(ev, Evidence):
            self.win.show_evidence_list([ev])

    # -- export and insert ---------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> Path | None:
        """Save the map as PNG or SVG (asks where when ``path`` is None)."""
        if self._stale or self.map.layout_pending():  # (what is exported is what is current)
            self.refresh(now=True)
        if path is None:
            folder = Path(self.win.prefs.folder("export", "projects", "sources"))
            filters = {"png": "PNG pictures (*.png)", "svg": "SVG drawings (*.svg)"}
            path = self.ask_path(
                "Export Actors Map", str(folder / f"actors-map.{kind}"), filters[kind]
            )
            if not path:
                return None
            self.win.prefs.remember_folder("export", path)
        target = Path(path).with_suffix(f".{kind}")
        try:
            written = self.map.export_png(target) if kind == "png" else self.map.export_svg(target)
        except BriefingError as exc:
            self.win.prompter.error("Could not export the map", str(exc))
            return None
        self.win.statusBar().showMessage(f"Saved the map as {written.name}", 5000)
        return written

    def figure_block(self) -> Block:
        """The map as a figure block (base64 PNG, caption as its text)."""
        if self._stale or self.map.layout_pending():  # (what is exported is what is current)
            self.refresh(now=True)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.map.render_image(2.0).save(buffer, "PNG")
        buffer.close()
        encoded = base64.b64encode(bytes(data.data())).decode("ascii")
        return Block(kind=FIGURE, runs=[Run(CAPTION)], image=encoded)

    def insert_in_briefing(self):
        """Add the map as a figure to the current section (one undo step)."""
        block = self.figure_block()

        def insert(section_id: str) -> Block:
            if self.win.ws.briefing.section(section_id) is None:
                raise BriefingError("No section to put the map in")
            return self.win.ws.append_block(section_id, block)

        return self.win.insert_into_briefing("Insert Actors Map", insert)

    def _ask_path(self, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.win, title, suggested, filters)
        return path


def _tool(text: str, name: str, tip: str, slot) -> QToolButton:
    button = QToolButton(text=text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(lambda _=False: slot())
    return button
