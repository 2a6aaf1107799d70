"""Rebuild paragraphs from a PDF page's positioned text: lines by baseline, breaks by spacing."""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from briefing_app.ingest.draft import BODY, HEADING, Block
from briefing_app.model.text import ends_sentence

_BULLET = re.compile(r"(?:[•▪◦‣●○■□–—*-]|\(?(?:\d{1,2}|[a-z])[.)])\s")


@dataclass(slots=True)
class Line:
    y: float
    size: float
    text: str
    gap_known: bool = True
    closed: bool = False


def lines_from_chunks(chunks: list[tuple[float, float, str]]) -> list[Line]:
    """Group ``(baseline y, font size, text)`` chunks, in content order, into lines.

    pypdf ends a chunk with "\\n" where it saw the line end; chunks on the same baseline with no
    line end between them (a word split across operators) are glued together.
    """
    lines: list[Line] = []
    for y, size, text in chunks:
        for index, piece in enumerate(text.split("\n")):
            last = lines[-1] if lines else None
            if index and last is not None:
                last.closed = True
            if index == 0 and last and not last.closed and abs(last.y - y) < max(size, 1.0) / 2:
                last.text += piece
            elif piece:
                lines.append(Line(y, size, piece, gap_known=index == 0))
    return [line for line in lines if line.text.strip()]


def _edges(page: list[Line]) -> list[Line]:
    """The lines a header or footer can be: first and last drawn, and top and bottom on the page
    (writers that draw the banner before the body, as reportlab's page templates do, put the
    footer second in content order)."""
    if not page:
        return []
    picks = (page[0], page[-1], max(page, key=lambda x: x.y), min(page, key=lambda x: x.y))
    return list({id(x): x for x in picks}.values())


def drop_running_lines(pages: list[list[Line]]) -> None:
    """Remove headers and footers: an edge line repeated on most pages (digits ignored), but
    never the last text of a page."""
    if len(pages) < 2:
        return
    key = lambda line: re.sub(r"\d+", "#", " ".join(line.text.split()).lower())  # noqa: E731
    edges = [_edges(page) for page in pages]
    counts = Counter(text for lines in edges for text in {key(line) for line in lines})
    running = {text for text, count in counts.items() if count > len(pages) / 2}
    for page, lines in zip(pages, edges, strict=True):
        drop = [line for line in lines if key(line) in running]
        if len(drop) == len(page):
            continue  # a page of one record, not a page framed by a header: keep its text
        for line in drop:
            page.remove(line)


def body_size(pages: list[list[Line]]) -> float:
    """The font size carrying most characters: the body text."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def blocks_from_lines(lines: list[Line], body: float) -> list[Block]:
    """Paragraphs: a break at a wide gap, a size change, or a short line ending a sentence."""
    spacings = [
        prev.y - cur.y
        for prev, cur in itertools.pairwise(lines)
        if cur.gap_known and abs(prev.size - cur.size) < 0.5 and prev.y > cur.y
    ]
    typical = statistics.median(spacings) if spacings else (body or 10.0) * 1.2
    longest = max((len(line.text.strip()) for line in lines), default=0)
    blocks: list[Block] = []
    prev: Line | None = None
    for line in lines:
        text = line.text.strip()
        heading = body and line.size > body * 1.15 and len(text.split()) <= 20
        kind = HEADING if heading else BODY
        new = (
            prev is None
            or not blocks
            or blocks[-1].kind != kind
            or _BULLET.match(text) is not None
            or abs(line.size - prev.size) > max(prev.size * 0.1, 0.5)
            or (line.gap_known and (prev.y - line.y > typical * 1.4 or line.y > prev.y + 1))
            or (ends_sentence(prev.text, colon=True) and len(prev.text.strip()) < longest * 0.7)
        )
        if new:
            blocks.append(Block([text], kind))
        else:
            blocks[-1].lines.append(text)
        prev = line
    return blocks


def join_pages(pages: list[list[Block]]) -> list[Block]:
    """All pages' blocks; a paragraph cut by a page break is joined back together."""
    out: list[Block] = []
    for blocks in pages:
        for index, block in enumerate(blocks):
            if index == 0 and out and out[-1].kind == block.kind == BODY:
                last, first = out[-1].lines[-1], block.lines[0]
                if not ends_sentence(last, colon=True) and first[:1].islower():
                    out[-1].lines.extend(block.lines)
                    continue
            out.append(block)
    return out
