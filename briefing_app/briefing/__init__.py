"""Templates, auto-fill with evidence, template switching and the briefing's file format."""

from briefing_app.briefing.autofill import apply_form, autofill
from briefing_app.briefing.edits import mark_edited
from briefing_app.briefing.errors import BriefingFormatError, TemplateError
from briefing_app.briefing.markdown import briefing_to_markdown
from briefing_app.briefing.serialize import (
    SCHEMA_VERSION,
    briefing_from_dict,
    briefing_from_json,
    briefing_to_dict,
    briefing_to_json,
)
from briefing_app.briefing.switch import switch_template
from briefing_app.briefing.templates import (
    get_template,
    load_templates,
    parse_template,
    user_templates_dir,
)

__all__ = [
    "SCHEMA_VERSION",
    "BriefingFormatError",
    "TemplateError",
    "apply_form",
    "autofill",
    "briefing_from_dict",
    "briefing_from_json",
    "briefing_to_dict",
    "briefing_to_json",
    "briefing_to_markdown",
    "get_template",
    "load_templates",
    "mark_edited",
    "parse_template",
    "switch_template",
    "user_templates_dir",
]
