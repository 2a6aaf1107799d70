"""What both exporters render, in the same order: clean text, citation markers, visible parts."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from briefing_app.model import (
    BULLET,
    FIGURE,
    QUOTE,
    TABLE_ROW,
    Block,
    Briefing,
    Citation,
    Run,
    Section,
    readable_date,
)

# XML 1.0 forbids these; python-docx raises on them and reportlab draws them as boxes.
# C1 controls (\x7f-\x9f) are legal XML but invisible garbage from bad decodes: dropped too.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
NBSP = "\u00a0"
SOURCES_HEADING = "Sources"
APPENDIX_HEADING = "Annotated excerpts"
KEEP_SOURCES_TOGETHER = 10  # a Sources list this short is kept on one page with its heading


def clean(text: str) -> str:
    """Text without XML-invalid control characters, with line breaks normalised to ``\\n``."""
    return _INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """Clean text on one line (titles, headings, header fields)."""
    return _SPACES.sub(" ", clean(text)).strip()


def markup(text: str) -> str:
    """Text as reportlab paragraph markup: escaped (AT&T stays AT&T), line breaks kept."""
    return escape(clean(text)).replace("\t", " ").replace("\n", "<br/>")


def attr(text: str) -> str:
    """Text safe inside a double-quoted markup attribute (URLs in links)."""
    return escape(one_line(text), {'"': "&quot;"})


def anchor(number: int) -> str:
    """The bookmark / destination name of Sources entry ``number`` (letters, digits, _)."""
    return f"source_{number}"


def marker(number: int) -> str:
    """The citation marker text for source number ``number``."""
    return f"[{number}]"


def meta_line(briefing: Briefing) -> str:
    """The line under the title: date · author · classification (missing parts left out)."""
    parts = (readable_date(one_line(briefing.date)), one_line(briefing.author), banner(briefing))
    return " · ".join(p for p in parts if p)


def banner(briefing: Briefing) -> str:
    """The classification marking for header and footer, in capitals as markings are written."""
    return one_line(briefing.classification).upper()


@dataclass(slots=True)
class Piece:
    """A stretch of a block as rendered: text with formatting, or a citation marker."""

    text: str
    bold: bool = False
    italic: bool = False
    number: int | None = None  # set for a citation marker linking to Sources entry ``number``


def pieces(runs: list[Run], numbers: dict[str, int]) -> list[Piece]:
    """Runs as rendered pieces; a cite becomes ``[n]`` with a no-break space before it."""
    out: list[Piece] = []
    for run in runs:
        if run.cite:
            number = numbers.get(run.cite)
            if number is None:
                continue  # a source no longer in the Sources list: no dangling marker
            previous = out[-1] if out else None
            if previous and previous.number is None and previous.text.rstrip(" ") != "":
                previous.text = previous.text.rstrip(" ") + NBSP
            out.append(Piece(marker(number), number=number))
        elif run.text:
            out.append(Piece(clean(run.text), run.bold, run.italic))
    return out


def citation_numbers(briefing: Briefing) -> dict[str, int]:
    """Source id -> citation number, from the briefing's Sources list."""
    return {c.source: c.number for c in briefing.citations}


def sorted_citations(briefing: Briefing) -> list[Citation]:
    """The Sources list in number order."""
    return sorted(briefing.citations, key=lambda c: c.number)


def citation_parts(citation: Citation) -> tuple[str, str]:
    """A Sources entry as (text before the URL, URL); the URL becomes a link."""
    url = one_line(citation.url)
    if citation.outlet or citation.shown_title or citation.author or citation.published:
        text = one_line(dataclasses.replace(citation, url="").text())
        return (f"{text}, " if url else text), url
    return ("" if url else one_line(citation.source)), url


def is_sources(section: Section) -> bool:
    """Whether the section is the Sources list (it renders the briefing's citations)."""
    return section.fill == "sources" or section.id.lower() == "sources"


def visible_sections(briefing: Briefing) -> list[Section]:
    """Sections to render: those with blocks, required ones (marked "[To be completed]" while
    empty), a judgement's estimate, plus Sources when there are citations."""
    shown = [
        s
        for s in briefing.sections
        if s.blocks
        or s.required
        or (s.fields.get("likelihood") or s.fields.get("confidence"))
        or (is_sources(s) and briefing.citations)
    ]
    if briefing.citations and not any(is_sources(s) for s in briefing.sections):
        shown.append(Section("sources", SOURCES_HEADING, fill="sources"))
    return shown


def heading_level(section: Section) -> int:
    """The section's heading level, clamped to 1..3."""
    return min(max(section.level, 1), 3)


def chunks(section: Section) -> list[tuple[str, list[Block]]]:
    """The section's blocks in order, consecutive table rows grouped as one ("table", rows)."""
    out: list[tuple[str, list[Block]]] = []
    for block in section.blocks:
        if block.kind == TABLE_ROW:
            if out and out[-1][0] == "table":
                out[-1][1].append(block)
            else:
                out.append(("table", [block]))
        else:
            out.append((block_kind(section, block), [block]))
    return out


def block_kind(section: Section, block: Block) -> str:
    """How a block renders: "figure", "quote", "bullet" (bullets, and paragraphs of list
    sections) or "paragraph"; a figure without its picture renders as its caption."""
    if block.kind == FIGURE and block.image:
        return "figure"
    if block.kind == QUOTE:
        return "quote"
    if block.kind == BULLET or section.kind == "list":
        return "bullet"
    return "paragraph"


def table_grid(section: Section, rows: list[Block]) -> tuple[list[str], list[list[str]]]:
    """Header and body cells, every row as wide as the widest (missing cells left blank)."""
    width = max([len(section.columns), *(len(r.cells) for r in rows)]) or 1
    header = [one_line(c) for c in section.columns] + [""] * (width - len(section.columns))
    body = [[clean(c).strip() for c in r.cells] + [""] * (width - len(r.cells)) for r in rows]
    return header, body


def column_weights(header: list[str], body: list[list[str]], capacity: int = 85) -> list[float]:
    """Relative column widths: every column fits its longest word, short columns (names,
    types, source numbers) fit their usual entry on one line, long text takes the rest.

    ``capacity`` is about how many average characters fit across the table.
    """
    low, short, long_ = [], [], []
    for i, title in enumerate(header):
        cells = sorted(len(row[i]) for row in body if row[i])
        words = [len(w) for c in [title, *(row[i] for row in body)] for w in c.split()]
        # Headings are bold: a little wider than their letters.
        minimum = (
            max(
                min(max(words, default=3), 20),
                round(len(title.split()[0]) * 1.15) if title.split() else 0,
            )
            + 3
        )
        typical = cells[int(len(cells) * 0.9) - 1] if cells else 0
        mean = sum(cells) / len(cells) if cells else 0
        low.append(minimum)
        short.append(max(minimum, min(typical + 2, 28)))
        long_.append(max(minimum, min(mean, 70.0)))
    widths = [float(w) for w in low]
    # First let short columns keep their entries on one line, then share out the rest.
    for targets in (short, long_):
        spare = capacity - sum(widths)
        wanted = [max(t - w, 0.0) for t, w in zip(targets, widths, strict=True)]
        if spare <= 0 or not sum(wanted):
            continue
        share = min(1.0, spare / sum(wanted))
        widths = [w + want * share for w, want in zip(widths, wanted, strict=True)]
    total = sum(widths)
    return [w / total for w in widths]


def appendix_groups(entries: list) -> list[tuple[str, list]]:
    """Appendix entries grouped by tag, tags in order of first appearance."""
    groups: dict[str, list] = {}
    for entry in entries:
        groups.setdefault(one_line(entry.tag) or "Untagged", []).append(entry)
    return list(groups.items())


def figure_png(block: Block) -> bytes:
    """The PNG bytes of a figure block (empty when the data is missing or damaged)."""
    import base64
    import binascii

    try:
        data = base64.b64decode(block.image, validate=True)
    except (binascii.Error, ValueError):
        return b""
    return data if data.startswith(b"\x89PNG") else b""


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels from a PNG header."""
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
