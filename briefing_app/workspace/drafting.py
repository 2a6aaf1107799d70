"""The briefing before any analysis: a template's empty sections with the analyst's fields."""

from __future__ import annotations

from briefing_app import briefing as briefing_pkg
from briefing_app.model import Briefing, Section, Template


def empty_briefing(template: Template, fields: dict[str, str]) -> Briefing:
    """The template's empty sections, so the analyst can write before any analysis."""
    briefing = Briefing(
        title=fields.get("title", ""),
        classification=fields.get("classification", template.defaults.get("classification", "")),
        date=fields.get("date", ""),
        author=fields.get("author", ""),
        template=template.id,
        sections=[Section.from_template(s) for s in template.sections],
    )
    # the template's form: its standards, header and sign-off fields
    briefing_pkg.apply_form(briefing, template)
    return briefing
