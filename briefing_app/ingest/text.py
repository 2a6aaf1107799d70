"""Plain text (.txt, pasted text): lines to blocks, hard-wrapped prose re-joined."""

from __future__ import annotations

import re

from briefing_app.ingest.draft import BODY, HEADING, Block, Draft
from briefing_app.ingest.encoding import decode
from briefing_app.model.text import ends_sentence


def load(data: bytes, name: str) -> Draft:
    """A Draft from the bytes of a .txt file."""
    return draft_from_text(decode(data, name))


def _groups(text: str) -> list[list[str]]:
    """Runs of non-blank lines, separated by blank lines."""
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _hard_wrapped(groups: list[list[str]]) -> bool:
    """Prose wrapped at a fixed width: lines that continue mostly end without punctuation."""
    inner = [line for g in groups for line in g[:-1]]
    if len(inner) < 2 or max(len(line) for g in groups for line in g) > 120:
        return False
    # Wrapped lines are long and stop mid-sentence; menus and cruft lines are short.
    open_ended = sum(1 for line in inner if len(line) >= 40 and not ends_sentence(line, colon=True))
    return open_ended / len(inner) >= 0.5


def _split_wrapped(lines: list[str]) -> list[list[str]]:
    """A hard-wrapped group cut into paragraphs where a line stops short of the margin.

    A short line ends a paragraph when it ends a sentence; at the start of a paragraph it is a
    line of its own (a heading, a date, a one-word label) unless the next line is short too,
    as when a headline wraps over two lines.
    """
    width = max(len(line) for line in lines)
    short = [len(line) < 0.6 * width for line in lines]
    out: list[list[str]] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        current.append(line)
        start = len(current) == 1
        next_short = i + 1 < len(lines) and short[i + 1]
        if short[i] and (
            ends_sentence(line, colon=True)
            or (start and len(line.split()) == 1)
            or (start and not next_short and not line.endswith("-"))
        ):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _looks_like_heading(line: str, following: str | None) -> bool:
    words = line.split()
    return (
        following is not None
        and 0 < len(words) <= 10
        and (line[:1].isupper() or line[:1].isdigit())
        and not re.search(r"[.!?,;:…]$", line)
        and len(following.split()) >= 15
    )


def draft_from_text(text: str) -> Draft:
    """Split text into blocks: each line a paragraph, unless the text is hard-wrapped."""
    groups = _groups(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = (
        [Block(p) for g in groups for p in _split_wrapped(g)]
        if _hard_wrapped(groups)
        else [Block([line]) for g in groups for line in g]
    )
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        following = " ".join(after.lines) if after else None
        if len(block.lines) == 1 and _looks_like_heading(block.lines[0], following):
            block.kind = HEADING
        else:
            block.kind = BODY
    return Draft(blocks=blocks, title_from_body=True)
