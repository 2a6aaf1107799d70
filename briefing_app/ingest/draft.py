"""The intermediate every format loader returns: text blocks plus whatever metadata it found."""

from __future__ import annotations

from dataclasses import dataclass, field

BODY = "body"
HEADING = "heading"
LEAD = "lead"
ROW = "row"  # a table row: its cells, joined " | " as the row's line of text


@dataclass(slots=True)
class Block:
    """One paragraph-to-be: its lines (joined with spaces once cleaned) and its kind."""

    lines: list[str]
    kind: str = BODY
    cells: list[str] = field(default_factory=list)  # a ROW's cells
    table: int = 0  # a ROW's table, numbered in the draft: rows of one table share it

    @classmethod
    def of(cls, text: str, kind: str = BODY) -> Block:
        return cls(text.splitlines() or [""], kind)


@dataclass(slots=True)
class Draft:
    """A loader's result before cleaning; ``build.build_source`` turns it into a Source."""

    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    outlet: str = ""
    outlet_from_text: bool = False  # a "Source:" or "Issued by" line of the text named it
    url: str = ""
    author: str = ""
    # The body a release's label or a "From <office>" line at the top names ("Press Release:
    # Kelvo Water Board"): the author when no by-line names one, as "By Kelvo Water Board" is.
    label_author: str = ""
    published: str = ""
    # A date line alone at the top of a page (a date widget): the published date only when
    # nothing better (metadata, "Published ...", a dateline) gives one.
    page_date: str = ""
    page_date_at: int = -1  # the index of the block that followed the date line (-1: none)
    later_page_date: str = ""  # the last further date line of the header, nearer the headline
    later_page_date_at: int = -1  # the index of the block that followed it (-1: none)
    # A republisher's stamp read above a release's label ("Press Release: Kelvo Water Board"):
    # the published date only when the release gives none of its own.
    stamp: str = ""
    # The line number (from 1, as cruft counts them) of the page's first paragraph of prose: a
    # credit line below it is a chart's or a quote's, not the page's.
    prose_at: int = 1 << 30
    signed_at: int = -1  # the line of a by-line right above its text (``byline_over_text``)
    # A headline closed by its date read as the page's date ("Press briefing: 19 November 2031"):
    # the title when no other line is one.
    dated_title: str = ""
    # The index of the block that followed the first date or by-line of the page (-1: none).
    dated_at: int = -1
    # How the page orders numeric dates ("04/06/2031"): True day first, False month first,
    # None when it does not tell (``dates.numeric_order``).
    day_first: bool | None = None
    language: str = ""
    external_id: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. a PDF page that could not be read
    # Plain text has no title field: take the first line when it reads like a title.
    title_from_body: bool = False

    def add_table(self, rows: list[list[str]]) -> None:
        """Append a table: one ROW block per row with any text (cells spaced, blanks kept)."""
        table = 1 + max((b.table for b in self.blocks), default=0)
        for row in rows:
            cells = [" ".join(c.split()) for c in row]
            if any(cells):
                line = " | ".join(c for c in cells if c)
                self.blocks.append(Block([line], ROW, cells, table))

    def add(self, text: str, kind: str = BODY) -> None:
        """Append a block unless it is blank."""
        if text and not text.isspace():
            self.blocks.append(Block.of(text, kind))


def drop_first_line(kept: list[Block], lines: list[str], first: str) -> None:
    """Remove the text's first line, kept already in ``kept`` or in the block being read."""
    if lines and lines[0] == first:
        lines.pop(0)
    elif kept and kept[0].lines[:1] == [first]:
        kept[0].lines.pop(0)
        if not kept[0].lines:
            kept.pop(0)


def drop_last_line(kept: list[Block], lines: list[str], last: str) -> None:
    """Remove the last line kept so far, in the block being read or the last block kept."""
    if lines and lines[-1] == last:
        lines.pop()
    elif kept and kept[-1].lines[-1:] == [last]:
        kept[-1].lines.pop()
        if not kept[-1].lines:
            kept.pop()
