"""A workspace to and from the project file's state (the store's ``ProjectState``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing_app import briefing as briefing_pkg
from briefing_app import store
from briefing_app.model import Analysis, BriefingError
from briefing_app.model.decisions import Decision, DecisionError, decision_from_dict

if TYPE_CHECKING:
    from briefing_app.workspace.workspace import Workspace

W = TypeVar("W", bound="Workspace")


def state_of(ws: Workspace, *, with_analysis: bool = True) -> store.ProjectState:
    """Everything a project file keeps of ``ws`` (the analysis left for a save job to add)."""
    settings = dict(ws.settings)
    settings["template"] = ws.template.id
    settings["fields"] = dict(ws.fields)
    settings["analysed_ids"] = list(ws.analysed_ids)
    if ws.raw_analysis is not None and with_analysis:
        settings["analysis"] = ws.raw_analysis.to_dict()
    return store.ProjectState(
        sources=list(ws.sources),
        originals=dict(ws.originals),
        briefing=briefing_pkg.briefing_to_dict(ws.briefing) if ws.briefing else None,
        annotations=list(ws.annotations),
        actor_decisions=[d if isinstance(d, dict) else d.to_dict() for d in ws.actor_decisions],
        settings=settings,
        analysis_cache=dict(ws.cache),
    )


def read_file(cls: type[W], path: str | os.PathLike, load: Callable[..., store.ProjectState]) -> W:
    """Read a project or recovery file; anything damaged inside is one ProjectError."""
    state = load(path)
    try:
        return restore(cls, state)
    except store.ProjectError:
        raise
    except BriefingError as err:  # e.g. a briefing saved by a newer version
        raise store.ProjectError(path, str(err)) from err
    except (KeyError, TypeError, ValueError, AttributeError) as err:  # JSON of the wrong shape
        raise store.ProjectError(path, f"damaged project file ({err!r})") from err


def read_recovery(cls: type[W], path: str | os.PathLike) -> W:
    """A recovery copy as a workspace: modified until saved, saved to the project it is of."""
    ws = read_file(cls, path, store.load_recovery)
    rec = next((r for r in store.list_recoveries() if str(r.path) == str(path)), None)
    if rec and rec.project_path:
        ws.project_path = Path(rec.project_path)
    ws.modified = True
    return ws


def restore(cls: type[W], state: store.ProjectState) -> W:
    """A workspace of class ``cls`` holding what ``state`` kept."""
    settings = dict(state.settings)
    try:
        ws = cls(template_id=settings.get("template"), fields=settings.get("fields"))
    except briefing_pkg.TemplateError as err:
        # the project's template is gone (a user template deleted): keep the briefing's
        # own sections, start new work from the default template, and say so
        ws = cls(fields=settings.get("fields"))
        ws.template_problems.append(str(err))
    ws.sources = list(state.sources)
    ws.originals = dict(state.originals)
    ws.annotations = list(state.annotations)
    ws.actor_decisions = [read_decision(d) for d in state.actor_decisions]
    ws.cache = dict(state.analysis_cache)
    ws.analysed_ids = list(settings.pop("analysed_ids", []))
    stored = settings.pop("analysis", None)
    if stored is not None:
        ws.raw_analysis = Analysis.from_dict(stored)
        ws._recurate()  # the package's own: applies the stored decisions
    settings.pop("fields", None)
    ws.settings = settings
    if state.briefing is not None:
        ws.briefing = briefing_pkg.briefing_from_dict(state.briefing)
    ws.modified = False
    return ws


def read_decision(data: dict) -> Decision | dict:
    """A stored decision as a typed value; one that cannot be read stays as stored."""
    try:
        return decision_from_dict(data)
    except DecisionError:
        return data  # curate() lists it under unreadable, and saving keeps it
