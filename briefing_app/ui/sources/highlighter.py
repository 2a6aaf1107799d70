"""Span highlighting for the reading view: entities by type, annotation marks, a flash.

Highlights are applied by a QSyntaxHighlighter, one paragraph at a time, from spans sorted by
start. We never assign ``QTextEdit.ExtraSelection`` objects: PySide6 6.12.0 on Python 3.11
aborts ("none_dealloc") after a few hundred assignments to ``ExtraSelection.cursor``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from briefing_app.model import EntitySpan


class Offsets:
    """Maps Python string indices of a source's text to QTextDocument positions (UTF-16)."""

    def __init__(self, text: str) -> None:
        # Characters outside the BMP take two UTF-16 units in Qt but one index in Python.
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if text else []
        self._length = len(text)

    def to_doc(self, index: int) -> int:
        index = max(0, min(index, self._length))
        if not self._wide:
            return index
        return index + bisect_left(self._wide, index)

    def to_text(self, position: int) -> int:
        if not self._wide:
            return position
        lo, hi = 0, self._length
        while lo < hi:  # smallest index whose document position is >= position
            mid = (lo + hi) // 2
            if self.to_doc(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo


class _Layer:
    """Spans (document positions) with one format each, sorted for lookup by paragraph."""

    def __init__(self, spans: Iterable[tuple[int, int, QTextCharFormat]] = ()) -> None:
        self.spans = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.spans]
        self.longest = max((s[1] - s[0] for s in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_right(self.starts, end)
        return [s for s in self.spans[lo:hi] if s[1] > start and s[0] < end]


class SpanHighlighter(QSyntaxHighlighter):
    """Draws entity spans (filtered by visible labels), named mark layers and one flash span."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._entities: dict[str, _Layer] = {}
        self._visible: set[str] = set()
        self._marks: dict[str, _Layer] = {}
        self._flash = _Layer()

    # -- layers ------------------------------------------------------------------------------
    def set_entities(
        self,
        spans: Iterable[EntitySpan],
        offsets: Offsets,
        formats: dict[str, QTextCharFormat],
        *,
        redraw: bool = True,
    ) -> None:
        """Replace the entity spans; ``formats`` gives the format of each label."""
        by_label: dict[str, list] = {}
        for span in spans:
            fmt = formats.get(span.label)
            if fmt is None:
                continue
            start, end = offsets.to_doc(span.start), offsets.to_doc(span.end)
            by_label.setdefault(span.label, []).append((start, end, fmt))
        self._entities = {label: _Layer(items) for label, items in by_label.items()}
        if redraw:
            self.rehighlight()

    def set_visible_labels(self, labels: Iterable[str]) -> None:
        labels = set(labels)
        if labels != self._visible:
            self._visible = labels
            self.rehighlight()

    def visible_labels(self) -> set[str]:
        return set(self._visible)

    def set_marks(self, name: str, spans: Iterable[tuple[int, int, QTextCharFormat]]) -> None:
        """A named layer drawn over the entities (annotations use one)."""
        layer = _Layer(spans)
        had = bool(self._marks.get(name, _Layer()).spans)
        self._marks[name] = layer
        if had or layer.spans:  # redrawing a big text costs: only when something changed
            self.rehighlight()

    def clear_marks(self) -> None:
        """Forget every mark layer without redrawing (the text is about to be replaced)."""
        self._marks = {}

    def set_flash(self, start: int, end: int, colour: QColor | None) -> None:
        """Flash a document span (``colour`` None removes it); only its paragraphs are redrawn."""
        old = self._flash.spans
        if colour is None:
            self._flash = _Layer()
        else:
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            self._flash = _Layer([(start, end, fmt)])
        for s, e, _ in [*old, *self._flash.spans]:
            self._rehighlight_range(s, e)

    def _rehighlight_range(self, start: int, end: int) -> None:
        doc = self.document()
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            self.rehighlightBlock(block)
            block = block.next()

    # -- drawing -----------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + len(text)
        for label, layer in self._entities.items():
            if label in self._visible:
                self._apply(layer, start, end)
        for name, layer in self._marks.items():
            # Mentions of the selected actor add an underline to what is drawn beneath them
            # (entity or annotation colour) instead of covering it.
            self._apply(layer, start, end, merge=name == "mentions")
        self._apply(self._flash, start, end)

    def _apply(self, layer: _Layer, start: int, end: int, *, merge: bool = False) -> None:
        if not layer.spans:
            return
        for s, e, fmt in layer.overlapping(start, end):
            a, b = max(s, start), min(e, end)
            if not merge:
                self.setFormat(a - start, b - a, fmt)
                continue
            i = a - start
            while i < b - start:  # runs of one underlying format, each merged with ``fmt``
                base = self.format(i)
                j = i + 1
                while j < b - start and self.format(j) == base:
                    j += 1
                merged = QTextCharFormat(base)
                merged.merge(fmt)
                self.setFormat(i, j - i, merged)
                i = j
