"""The briefing before any analysis: a template's empty sections with the analyst's fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app import briefing as briefing_pkg
from briefing_app.model import Analysis, Briefing, Section, Template

if TYPE_CHECKING:
    from briefing_app.workspace.workspace import Workspace


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


def follow_analysis(ws: Workspace, analysis: Analysis | None) -> None:
    """After a briefing snapshot taken under ``analysis`` was put back (undo or redo of a
    whole-briefing change): if the analysis has changed since (a source added or removed
    meanwhile, an actor decision), the auto blocks follow the analysis there is now, so undoing
    a quote takes back the quote and not the sources added after it. The analyst's blocks stay
    as in the snapshot. Its Sources entries keep the grades the sources have now (a grade is
    no step of the history)."""
    if ws.analysis is not None and ws.analysis is not analysis and ws.briefing is not None:
        ws.refresh_autofill()
    if ws.briefing is not None:
        follow_grades(ws, ws.briefing)


def follow_grades(ws: Workspace, holder: Analysis | Briefing) -> None:
    """The citations of an analysis or briefing made from a snapshot take the sources' grades
    of now (a source graded while it was being analysed, or after a step undone)."""
    for citation in holder.citations or []:
        if (src := ws.source(citation.source)) is not None:
            citation.reliability, citation.credibility = src.reliability, src.credibility
