"""The reading view: entity highlighting by type, toggles, jumping to evidence, no crashes."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel

from briefing_app.model import EntitySpan, Evidence, Source
from briefing_app.ui.sources.source_view import SourceView
from briefing_app.ui.widgets import theme

WORDS = ("Putin", "met", "Tokayev", "in", "Astana", "while", "the", "CSTO", "watched", "closely")
LABELS = {"Putin": "person", "Tokayev": "person", "Astana": "place", "CSTO": "organization"}


def big_source(paragraphs: int = 400, prefix: str = "") -> tuple[Source, list[EntitySpan]]:
    """A source whose every entity word is highlighted (thousands of spans)."""
    parts, spans, pos = [], [], len(prefix)
    for p in range(paragraphs):
        words = [WORDS[(p + i) % len(WORDS)] for i in range(30)]
        offset = pos
        for w in words:
            if w in LABELS:
                spans.append(EntitySpan("big", offset, offset + len(w), LABELS[w]))
            offset += len(w) + 1
        text = " ".join(words)
        parts.append(text)
        pos += len(text) + 2
    source = Source(
        id="big", path="/tmp/big.txt", format="txt", text=prefix + "\n\n".join(parts), sha256=""
    )
    return source, spans


@pytest.fixture
def view(qtbot):
    widget = SourceView()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def background_at(view: SourceView, position: int) -> QColor | None:
    """The highlight background drawn at a document position (None if plain)."""
    block = view.text.document().findBlock(position)
    for rng in block.layout().formats():
        if rng.start <= position - block.position() < rng.start + rng.length:
            return rng.format.background().color()
    return None


def test_thousands_of_highlights_do_not_crash(qtbot, view):
    source, spans = big_source()
    assert len(spans) > 4000
    for _ in range(3):  # re-opening and toggling re-applies every highlight each time
        view.set_source(source, spans)
        view.set_visible_labels({"place"})
        view.set_visible_labels(set(theme.ENTITY_COLOURS))
    for span in spans[::20]:  # hundreds of jumps with a flash each
        assert view.show_evidence(Evidence("big", span.start, span.end))
    colour = theme.entity_colour(spans[-1].label)
    qtbot.waitUntil(lambda: background_at(view, spans[-1].start) == colour)


def test_entities_are_coloured_by_type_and_toggle_per_type(view):
    source, spans = big_source(paragraphs=5)
    view.set_source(source, spans)
    person = next(s for s in spans if s.label == "person")
    place = next(s for s in spans if s.label == "place")
    assert background_at(view, person.start) == theme.entity_colour("person")
    assert background_at(view, place.start) == theme.entity_colour("place")
    assert background_at(view, person.start) != background_at(view, place.start)
    assert background_at(view, person.end) is None  # the space after is plain

    view._toggles["person"].setChecked(False)  # the legend's toggle, as a click does
    assert background_at(view, person.start) is None
    assert background_at(view, place.start) == theme.entity_colour("place")
    people = sum(1 for s in spans if s.label == "person")
    assert view._toggles["person"].text().endswith(str(people))
    assert not view._toggles["date"].isEnabled()  # no dates here: nothing to toggle


def test_show_evidence_selects_the_span_even_after_wide_characters(qtbot, view):
    # Characters outside the BMP take two positions in Qt but one in Python.
    source, spans = big_source(paragraphs=3, prefix="🙂🙂 Title line\n\n")
    view.set_source(source, spans)
    span = spans[5]
    assert view.show_evidence(Evidence("big", span.start, span.end))
    assert view.text.textCursor().selectedText() == source.text[span.start : span.end]
    assert view.selected_span() == (span.start, span.end)
    start = view.text.textCursor().selectionStart()
    assert background_at(view, start) == theme.pick(theme.FLASH)
    qtbot.waitUntil(lambda: background_at(view, start) != theme.pick(theme.FLASH), timeout=3000)
    assert view.text.textCursor().selectedText()  # the flash ends, the selection stays
    assert not view.show_evidence(Evidence("another-source", 0, 5))


def test_header_shows_title_outlet_date_and_url(view):
    source = Source(
        id="s", path="/x/a.html", format="html", text="Body text.", sha256="",
        title="Troops arrive", outlet="Reuters", published="2022-01-06T10:00:00",
        url="https://example.org/a",
    )  # fmt: skip
    view.set_source(source, [])
    assert view.title.text() == "Troops arrive"
    for part in ("Reuters", "2022-01-06", "https://example.org/a"):
        assert part in view.meta.text()
    assert view.text.isReadOnly()


def test_pyside_void_calls_do_not_drain_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every wrapped void call and
    # aborts the interpreter ("none_dealloc") after a few thousand; pyproject pins it out.
    # Should a broken build come back, this loop kills the test run instead of a user's work.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100


def test_annotations_are_drawn_over_entities_with_their_comment(view):
    from briefing_app.model import Annotation

    source, spans = big_source(paragraphs=3)
    view.set_source(source, spans)
    span = spans[2]
    note = Annotation("a1", "big", span.start, span.end + 4, colour="green", comment="check")
    view.set_annotations([note, Annotation("a2", "other", 0, 5)])
    colour = theme.pick(theme.ANNOTATION_COLOURS["green"])
    assert background_at(view, span.start) == colour
    assert background_at(view, span.end + 2) == colour
    view.set_annotations([])
    assert background_at(view, span.start) == theme.entity_colour(span.label)


def test_a_sources_table_reads_as_a_table_and_offsets_stay_true(view):
    from briefing_app.ingest import source_from_bytes

    markdown = (
        "The five states signed the water deal in Tashkent on Friday after two days of talks.\n\n"
        "| Country | Share |\n|---|---:|\n| Uzbekistan | 40% |\n| Kazakhstan | 25% |\n\n"
        "Officials said the commission would meet twice a year to review the quotas.\n"
    )
    source = source_from_bytes(markdown.encode(), "deal.md")
    assert len(source.tables) == 1
    view.set_source(source)
    document = view.text.document()
    assert view.text.toPlainText() == source.text  # nothing added: evidence offsets hold
    band = theme.pick(theme.TABLE_ROW)
    rows = [document.findBlock(p.start) for p in source.paragraphs if p.kind == "row"]
    assert [b.text() for b in rows] == ["Country | Share", "Uzbekistan | 40%", "Kazakhstan | 25%"]
    assert all(b.blockFormat().background().color() == band for b in rows)
    header = rows[0].textFormats()
    assert header and all(r.format.fontWeight() == QFont.Weight.Bold for r in header)
    assert not any(r.format.fontWeight() == QFont.Weight.Bold for r in rows[1].textFormats())
    body = document.findBlock(0)
    assert body.blockFormat().background().color() != band
    start = source.text.index("Kazakhstan")
    assert view.show_evidence(Evidence(source.id, start, start + 10), flash=False)
    assert view.text.textCursor().selectedText() == "Kazakhstan"
