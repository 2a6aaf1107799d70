"""Templates, auto-fill with evidence, template switching and the briefing's file format."""

from briefing_app.briefing.autofill import apply_form, autofill
from briefing_app.briefing.edits import accept_title_offer, decline_title_offer, mark_edited
from briefing_app.briefing.errors import BriefingFormatError, TemplateError
from briefing_app.briefing.markdown import briefing_to_markdown
from briefing_app.briefing.order import block_order, restore_order
from briefing_app.briefing.serialize import (
    SCHEMA_VERSION,
    briefing_from_dict,
    briefing_from_json,
    briefing_to_dict,
    briefing_to_json,
)
from briefing_app.briefing.staleness import (
    STALE_MARK,
    current_sources,
    is_stale,
    note_sources,
    stale_blocks,
)
from briefing_app.briefing.switch import Move, switch_moves, switch_template
from briefing_app.briefing.templates import (
    get_template,
    load_templates,
    parse_template,
    user_templates_dir,
)

__all__ = [
    "SCHEMA_VERSION",
    "STALE_MARK",
    "BriefingFormatError",
    "Move",
    "TemplateError",
    "accept_title_offer",
    "apply_form",
    "autofill",
    "block_order",
    "briefing_from_dict",
    "briefing_from_json",
    "briefing_to_dict",
    "briefing_to_json",
    "briefing_to_markdown",
    "current_sources",
    "decline_title_offer",
    "get_template",
    "is_stale",
    "load_templates",
    "mark_edited",
    "note_sources",
    "parse_template",
    "restore_order",
    "stale_blocks",
    "switch_moves",
    "switch_template",
    "user_templates_dir",
]
