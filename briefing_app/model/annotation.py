"""Annotations the analyst puts on source text: highlights, comments, tags."""

from __future__ import annotations

from dataclasses import dataclass, field

HIGHLIGHT_COLOURS = ("yellow", "green", "blue", "pink", "orange")


@dataclass(slots=True)
class Annotation:
    """A span of one source with an optional colour, comment and tags. The source never changes."""

    id: str
    source: str
    start: int
    end: int
    quote: str = ""  # the text of the span when it was made, to re-anchor if needed
    colour: str = "yellow"
    comment: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""  # ISO 8601 timestamp

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "colour": self.colour,
            "comment": self.comment,
            "tags": list(self.tags),
            "created": self.created,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Annotation:
        return cls(
            id=str(data["id"]),
            source=str(data["source"]),
            start=int(data["start"]),
            end=int(data["end"]),
            quote=str(data.get("quote", "")),
            colour=str(data.get("colour", "yellow")),
            comment=str(data.get("comment", "")),
            tags=[str(t) for t in data.get("tags", [])],
            created=str(data.get("created", "")),
        )
