"""Small edits the editor applies to a briefing's blocks."""

from __future__ import annotations

from briefing_app.briefing.autofill import TITLE_DECLINED
from briefing_app.model import AUTO, EDITED, Block, Briefing


def mark_edited(block: Block) -> None:
    """Record that the analyst changed an auto block (AUTO -> EDITED; USER stays USER)."""
    if block.origin == AUTO:
        block.origin = EDITED


def accept_title_offer(briefing: Briefing) -> Briefing:
    """A copy with the offered title as the title (now the analyst's)."""
    new = briefing.copy()
    if new.title_offer:
        new.title, new.title_offer = new.title_offer, ""
        new.auto_fields.pop("title", None)
    return new


def decline_title_offer(briefing: Briefing) -> Briefing:
    """A copy without the title offer; the same title is not offered again."""
    new = briefing.copy()
    if new.title_offer:
        new.dismissed.append(TITLE_DECLINED + new.title_offer)
        new.title_offer = ""
    return new
