"""Find across every loaded source: the next match may be in another source, which opens."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_app.model import Evidence, Source


def _pattern(text: str, case: bool) -> re.Pattern:
    return re.compile(re.escape(text), 0 if case else re.IGNORECASE)


class AllSourcesFinder:
    """Finds in all of ``sources()`` in list order; ``panel`` shows and selects a match."""

    def __init__(self, panel, sources: Callable[[], Sequence[Source]]) -> None:
        self.panel = panel
        self.sources = sources

    def _hits(self, text: str, case: bool) -> list[tuple[int, int, int]]:
        pattern = _pattern(text, case)
        return [
            (i, m.start(), m.end())
            for i, src in enumerate(self.sources())
            for m in pattern.finditer(src.text)
        ]

    def _here(self) -> tuple[int, int, int]:
        """(source index, selection start, selection end) of the reading view."""
        ids = [s.id for s in self.sources()]
        view = self.panel.view
        current = view.source.id if view.source is not None else None
        if current not in ids:
            return (-1, 0, 0)
        span = view.selected_span()
        if span is None:
            at = view.text_position(view.text.textCursor().position())
            span = (at, at)
        return (ids.index(current), *span)

    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool:
        hits = self._hits(text, case)
        if not hits:
            return False
        here = self._here()
        if backward:
            before = [h for h in hits if h[:2] < here[:2]]
            hit = before[-1] if before else hits[-1]
        else:
            empty = here[1] == here[2]  # a bare cursor: a match starting right there counts
            after = [h for h in hits if h[:2] > here[:2] or (empty and h[:2] == here[:2])]
            hit = after[0] if after else hits[0]
        source = self.sources()[hit[0]]
        self.panel.show_source(source.id)
        return self.panel.view.show_evidence(Evidence(source.id, hit[1], hit[2]), flash=False)

    def matches(self, text: str, *, case: bool = False) -> tuple[int, int]:
        hits = self._hits(text, case)
        here = self._here()
        index = next((n for n, h in enumerate(hits, 1) if h == here), 0)
        return index, len(hits)

    def focus_match(self) -> None:
        self.panel.view.text.setFocus()
