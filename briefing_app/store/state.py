"""ProjectState: everything a ``.briefing`` file holds, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.model import Annotation, Source


@dataclass
class ProjectState:
    """The content of one project. Opaque dicts must hold JSON values only (str keys)."""

    sources: list[Source]  # in display order
    originals: dict[str, bytes]  # source id -> the original file's bytes
    briefing: dict | None = None  # the briefing package's JSON-able dict, stored as is
    annotations: list[Annotation] = field(default_factory=list)
    actor_decisions: list[dict] = field(default_factory=list)  # curation, in the order made
    settings: dict = field(default_factory=dict)  # per-briefing settings, JSON values
    # (source id, model key) -> that source's analysis as JSON; a hit means no re-analysis.
    # An entry is immutable under its key: a save writes only keys the file lacks (and drops
    # keys no longer here), so a changed analysis needs a new model key, never an edit in place.
    analysis_cache: dict[tuple[str, str], dict] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The briefing's title, if it has one."""
        if isinstance(self.briefing, dict):
            title = self.briefing.get("title")
            if isinstance(title, str):
                return title
        return ""
