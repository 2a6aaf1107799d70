"""Taking a source out of a project and putting it back: the window's Remove Source is one undo
step, and undoing it brings back the source where it was with its annotations and its original
bytes (the file on disk is never touched either way)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_app.model import Annotation, Source

if TYPE_CHECKING:
    from briefing_app.workspace.workspace import Workspace


@dataclass(frozen=True)
class RemovedSource:
    """What removing a source took out of the workspace."""

    source: Source
    index: int  # its place in the list of sources
    annotations: list[Annotation] = field(default_factory=list)
    original: bytes | None = None  # the bytes it was loaded from, saved with the project
    # where each of ``annotations`` stood in the list (the Annotations panel's order)
    places: tuple[int, ...] = ()


def remove(ws: Workspace, source_id: str) -> RemovedSource | None:
    """Drop a source and its annotations; what was dropped (None: no such source)."""
    index = next((i for i, s in enumerate(ws.sources) if s.id == source_id), None)
    if index is None:
        return None
    places = tuple(i for i, a in enumerate(ws.annotations) if a.source == source_id)
    removed = RemovedSource(
        ws.sources[index],
        index,
        [ws.annotations[i] for i in places],
        ws.originals.get(source_id),
        places,
    )
    ws.sources = [s for s in ws.sources if s.id != source_id]
    ws.annotations = [a for a in ws.annotations if a.source != source_id]
    ws.originals.pop(source_id, None)
    return removed


def restore(ws: Workspace, removed: RemovedSource) -> bool:
    """Put a removed source back where it was, with its annotations; False if it is there."""
    if ws.source(removed.source.id) is not None:
        return False
    ws.sources.insert(min(removed.index, len(ws.sources)), removed.source)
    known = {a.id for a in ws.annotations}
    places = removed.places or (len(ws.annotations),) * len(removed.annotations)
    annotations = list(ws.annotations)
    for place, ann in zip(places, removed.annotations, strict=True):
        if ann.id not in known:  # back where it was in the list, not at its end
            annotations.insert(min(place, len(annotations)), ann)
    ws.annotations = annotations
    if removed.original is not None:
        ws.originals[removed.source.id] = removed.original
    return True
