"""The intermediate every format loader returns: text blocks plus whatever metadata it found."""

from __future__ import annotations

from dataclasses import dataclass, field

BODY = "body"
HEADING = "heading"
LEAD = "lead"


@dataclass(slots=True)
class Block:
    """One paragraph-to-be: its lines (joined with spaces once cleaned) and its kind."""

    lines: list[str]
    kind: str = BODY

    @classmethod
    def of(cls, text: str, kind: str = BODY) -> Block:
        return cls(text.splitlines() or [""], kind)


@dataclass(slots=True)
class Draft:
    """A loader's result before cleaning; ``build.build_source`` turns it into a Source."""

    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    language: str = ""
    external_id: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. a PDF page that could not be read
    # Plain text has no title field: take the first line when it reads like a title.
    title_from_body: bool = False

    def add(self, text: str, kind: str = BODY) -> None:
        """Append a block unless it is blank."""
        if text and not text.isspace():
            self.blocks.append(Block.of(text, kind))
