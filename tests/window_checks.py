"""What an analyst checks by eye in the window, as functions tests call after every step.

Each ``check_*`` compares one thing on screen with what the Workspace holds: the Sources list,
the reading pane's highlights (read from the text layout, the colours actually drawn), the
Actors panel, the Annotations panel and its filters, the briefing editor, the title bar's
unsaved mark, the template picker, and the Undo/Redo labels and Export actions.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel

from briefing_app.model import list_names
from briefing_app.ui.sources.highlighter import Offsets
from briefing_app.ui.widgets import theme
from briefing_app.workspace import curation, tradecraft


def drawn_backgrounds(view) -> dict[int, str]:
    """Document position -> background colour name, as the reading pane draws the text."""
    out: dict[int, str] = {}
    block = view.text.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            brush = r.format.background()
            if brush.style() == Qt.BrushStyle.NoBrush:
                continue
            name = brush.color().name()
            for p in range(block.position() + r.start, block.position() + r.start + r.length):
                out[p] = name
        block = block.next()
    return out


def check_sources(window) -> None:
    """The Sources list is the workspace's sources, in order; the pane reads one of them."""
    ws = window.ws
    listed = [window.sources.list.item(i) for i in range(window.sources.list.count())]
    assert [s.id for s in ws.sources] == window.sources.source_ids()
    names = list_names(ws.sources)  # (two sources with one title are told apart)
    assert len(set(names.values())) == len(names), f"two sources listed alike: {names}"
    assert [i.text() for i in listed] == [
        names[s.id] + (f"  [{s.grade}]" if s.grade else "") for s in ws.sources
    ]
    shown = window.sources.view.source
    if not ws.sources:
        assert shown is None, "the reading pane shows a source that is gone"
        return
    assert shown is not None, "sources are listed but the reading pane is empty"
    now = ws.source(shown.id)
    assert now is not None, f"the reading pane shows {shown.display_name}, no longer a source"
    assert window.sources.view.text.toPlainText() == now.text
    assert window.sources.current_id() == shown.id, "the list selects another source"


def check_highlights(window) -> None:
    """The analyst's highlights drawn are exactly the annotations of the source shown, in their
    colours; an entity tint is drawn only on an entity of that source."""
    view = window.sources.view
    shown = view.source
    if shown is None:
        return
    ws = window.ws
    marker = {theme.pick(pair).name(): c for c, pair in theme.ANNOTATION_COLOURS.items()}
    tints = {theme.entity_colour(label).name(): label for label in theme.ENTITY_COLOURS}
    flash = theme.pick(theme.FLASH).name()
    drawn = drawn_backgrounds(view)
    flashed = {p for p, c in drawn.items() if c == flash}
    doc = Offsets(shown.text).to_doc  # (a character outside the BMP takes two positions)
    want: dict[int, str] = {}
    for ann in ws.annotations:
        if ann.source == shown.id:
            for p in range(doc(ann.start), doc(ann.end)):
                want[p] = ann.colour
    got = {p: marker[c] for p, c in drawn.items() if c in marker}
    want = {p: c for p, c in want.items() if p not in flashed}
    missing = sorted(p for p in want if p not in got)
    stale = sorted(p for p in got if p not in want)
    plain = view.text.toPlainText()
    assert not missing, f"highlight not drawn at {plain[missing[0] : missing[0] + 30]!r}"
    assert not stale, f"stale highlight drawn at {plain[stale[0] : stale[0] + 30]!r}"
    assert got == want, "a highlight is drawn in another colour than its annotation's"
    entities = ws.analysis.entities if ws.analysis else []
    spans = {
        p
        for e in entities
        if e.source == shown.id and e.label in view.visible_labels()
        for p in range(doc(e.start), doc(e.end))
    }
    stray = sorted(p for p, c in drawn.items() if c in tints and p not in spans)
    assert not stray, f"entity tint on no entity: {plain[stray[0] : stray[0] + 30]!r}"


def check_type(window) -> None:
    """The reading pane draws bold only the source's headings and its tables' first rows (a
    source read after one opening with its headline was bold and large throughout)."""
    view = window.sources.view
    shown = view.source
    if shown is None:
        return
    doc = view.text.document()
    to_doc = Offsets(shown.text).to_doc
    allowed = {
        p
        for para in shown.paragraphs
        if para.kind == "heading"
        for p in range(to_doc(para.start), to_doc(para.end))
    }
    for table in shown.tables:
        first = doc.findBlock(to_doc(table.start))
        allowed.update(range(first.position(), first.position() + first.length()))
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().fontWeight() >= 600:
                stray = [
                    q
                    for q in range(frag.position(), frag.position() + frag.length())
                    if q not in allowed
                ]
                assert not stray, f"drawn bold, not a heading: {block.text()[:40]!r}"
            it += 1
        block = block.next()


def check_analysis_follows(window) -> None:
    """Once the window is idle, the analysis is of the sources listed (none left out)."""
    ws = window.ws
    if ws.sources and window.model_ready and not window.analysis_running():
        assert not ws.needs_analysis, (
            "sources not analysed and no analysis running: "
            f"{[s.display_name for s in ws.sources if s.id not in ws.analysed_ids]}"
        )
    if ws.raw_analysis is not None and not window.analysis_running():
        # the actors shown are the analyst's decisions applied to the analysis there is now
        made = curation.curated(ws.raw_analysis, ws.actor_decisions, ws.sources).analysis
        assert sorted(a.name for a in ws.analysis.actors) == sorted(a.name for a in made.actors)


def check_actors(window) -> None:
    """The Actors panel lists the actors; the mentions underlined in the reading pane are
    those of the actor selected there, in the source shown."""
    ws = window.ws
    actors = ws.analysis.actors if ws.analysis else []
    assert sorted(window.actors.names()) == sorted(a.name for a in actors)
    view = window.sources.view
    if view.source is None:
        return
    chosen = window.actors.current_id()
    actor = next((a for a in actors if a.id == chosen), None)
    want = set()
    if actor is not None:
        spans = [e for e in ws.analysis.entities if e.actor == actor.id] or actor.evidence
        doc = Offsets(view.source.text).to_doc
        want = {
            p for s in spans if s.source == view.source.id for p in range(doc(s.start), doc(s.end))
        }
    line = theme.pick(theme.MENTION_LINE).name()
    flash = theme.pick(theme.FLASH).name()  # (a passage flashing covers its marks a moment)
    flashed = {p for p, c in drawn_backgrounds(view).items() if c == flash}
    want -= flashed
    got = set()
    block = view.text.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.fontUnderline() and r.format.underlineColor().name() == line:
                got.update(range(block.position() + r.start, block.position() + r.start + r.length))
        block = block.next()
    total = len(spans) if actor is not None else 0
    label = window.actors.mention_label.text()
    if total:
        assert label.endswith((f"of {total}", f"{total} mentions", "1 mention")), label
    assert got == want, (
        f"mentions underlined: {sorted(got)[:3]}…, of the selected actor "
        f"{actor.name if actor else None!r}: {sorted(want)[:3]}…"
    )


def check_annotations_panel(window) -> None:
    """The Annotations panel lists every annotation, and its rows obey the filters shown."""
    panel = window.annotate.panel
    ws = window.ws
    assert [a.to_dict() for a in panel.annotations()] == [a.to_dict() for a in ws.annotations]
    tag = panel.tag_box.currentData() or ""
    source = panel.source_box.currentData() or ""
    if tag:
        assert panel.tag_box.currentText() == tag
        assert tag in panel.known_tags(), "the tag filter names a tag no annotation has"
    shown = {
        panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()
        for r in range(panel.proxy.rowCount())
    }
    expected = {
        i
        for i, a in enumerate(panel.annotations())
        if (not tag or tag in a.tags) and (not source or a.source == source)
        and (not (c := panel.colour_box.currentData()) or a.colour == c)
        and (not (q := panel.search_edit.text().strip().casefold())
             or q in a.comment.casefold() or q in a.quote.casefold())
    }  # fmt: skip
    assert shown == expected, "the Annotations list does not show what its filters ask for"


def section_texts(briefing) -> dict[str, str]:
    """Each section's words as shown and exported (a table row's cells joined by tabs)."""
    return {s.id: "\n".join(b.text for b in s.blocks) for s in briefing.sections}


def check_briefing(window) -> None:
    """The editor shows the workspace's briefing, section by section, in its template."""
    ws = window.ws
    window.sync_briefing()
    shown = window.editor.briefing()
    if ws.briefing is None:
        return
    assert shown is not None, "the workspace has a briefing, the editor none"
    assert section_texts(shown) == section_texts(ws.briefing)
    for section in ws.briefing.sections:
        for block in section.blocks:
            if block.kind == "quote":
                assert any(r.cite for r in block.runs), f"quote {block.text!r} lost its citation"
    assert " ".join(shown.title.split()) == " ".join(ws.briefing.title.split())
    assert window.template_box.currentData() == ws.template.id, "the template box is stale"
    checked = [a.text().replace("&", "") for a in window.menus.templates.actions() if a.isChecked()]
    assert checked == [ws.template.name], "Briefing ▸ Template checks another template"
    box = window.tradecraft.marking_box
    assert (box.currentData() or "") == ws.briefing.marking, "the Marking box is stale"
    banner = tradecraft.banner_of(ws.briefing) or "(none)"
    assert window.tradecraft.banner.text() == banner, "the Banner shows another marking"


def check_title(window) -> None:
    """The title bar names the project file and marks unsaved work (after edits are synced)."""
    ws = window.ws
    window.sync_briefing()
    name = ws.project_path.name if ws.project_path else "Untitled"
    assert window.windowTitle().startswith(name), (window.windowTitle(), name)
    assert window.isWindowModified() == ws.modified, (
        "the title bar's unsaved mark disagrees with the workspace",
        window.isWindowModified(),
        ws.modified,
    )


def check_actions(window) -> None:
    """Undo/Redo name what they would do (outside the text boxes); Export is there to use."""
    a = window.actions
    on_work = window.stack.currentIndex() != 0
    for action in (a.export_docx, a.export_pdf, a.export_both, a.save, a.undo, a.redo):
        assert action.isEnabled() == on_work, action.text()
    focus = QApplication.focusWidget()
    if focus is window.sources.view.text:
        stack = window.undo_stack
        window.editing.update_undo_texts()
        want = f"&Undo {stack.undoText()}" if stack.canUndo() else "&Undo"
        assert a.undo.text() == want
        want = f"&Redo {stack.redoText()}" if stack.canRedo() else "&Redo"
        assert a.redo.text() == want


def check_problems(window) -> None:
    """Problems lists every file that could not be loaded and every warning, once each."""
    ws = window.ws
    lines = window.problems.lines()
    names = [e.path.replace("\\", "/").rsplit("/", 1)[-1] for e in ws.errors]
    assert [line.split(":")[0] for line in lines[: len(names)]] == names
    assert lines[len(names) :] == ws.warnings()


def check_citations(window) -> None:
    """The briefing's Sources section lists the briefing's citations, numbered."""
    ws = window.ws
    if ws.briefing is None or not any(s.fill == "sources" for s in ws.briefing.sections):
        return
    labels = [
        w
        for w in window.editor.findChildren(QLabel)
        if w.toolTip().startswith("Numbered from the loaded sources") and w.isVisible()
    ]
    assert len(labels) == 1, f"{len(labels)} Sources lists in the briefing"
    for c in ws.briefing.citations:
        src = ws.source(c.source)
        if src is not None:
            assert (c.reliability, c.credibility) == (src.reliability, src.credibility), (
                f"the briefing's Sources entry {c.number} is graded "
                f"{c.reliability}{c.credibility or ''}, the source {src.grade or 'not at all'}"
            )
    want = "\n".join(f"{c.number}. {c.text()}" for c in ws.briefing.citations)
    assert labels[0].text() == (want or "Filled in from the sources you load.")


def check_anchors(window) -> None:
    """Every annotation still marks the words it was made on (after F5, a source removed and
    brought back, a project reopened)."""
    for ann in window.ws.annotations:
        src = window.ws.source(ann.source)
        if src is not None:
            assert src.text[ann.start : ann.end] == ann.quote, (
                f"a note made on {ann.quote!r} now marks {src.text[ann.start : ann.end]!r}"
            )


def check_window(window) -> None:
    """Everything on screen agrees with the workspace."""
    check_sources(window)
    check_anchors(window)
    check_type(window)
    check_analysis_follows(window)
    check_problems(window)
    check_citations(window)
    check_highlights(window)
    check_actors(window)
    check_annotations_panel(window)
    check_briefing(window)
    check_title(window)
    check_actions(window)


class QtWarnings:
    """Collects every warning Qt prints while installed (``with QtWarnings() as w``), passing
    each on to the handler installed before (pytest-qt's, or stderr): a step that makes Qt
    complain ("commitData called with an editor that does not belong to this view") fails
    the session instead of scrolling past in the log."""

    # the offscreen platform's own notices, printed for any window it shows: not the app's
    NOISE = ("This plugin does not support",)  # (propagateSizeHints(), raise()…)

    def __init__(self) -> None:
        self.messages: list[str] = []
        self._previous = None

    def __enter__(self) -> QtWarnings:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *_exc) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, kind, context, message) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(n in message for n in self.NOISE):
            self.messages.append(message)
        if self._previous is not None:
            self._previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    def take(self) -> list[str]:
        """The warnings printed since the last call."""
        out, self.messages = self.messages, []
        return out
