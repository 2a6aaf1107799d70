"""Small edits the editor applies to a briefing's blocks."""

from __future__ import annotations

from briefing_app.model import AUTO, EDITED, Block


def mark_edited(block: Block) -> None:
    """Record that the analyst changed an auto block (AUTO -> EDITED; USER stays USER)."""
    if block.origin == AUTO:
        block.origin = EDITED
