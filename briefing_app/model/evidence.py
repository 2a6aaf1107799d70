"""Evidence: where in which source a piece of text came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """A character span ``[start, end)`` in the clean text of one source."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"source": self.source, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict) -> Evidence:
        return cls(str(data["source"]), int(data["start"]), int(data["end"]))


def evidence_list_from(items: list[dict] | None) -> list[Evidence]:
    """Read a list of evidence dicts (tolerating ``None``)."""
    return [Evidence.from_dict(item) for item in items or ()]
