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
from briefing_app.workspace import jobs

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


# -- project file ----------------------------------------------------------------------
def save(ws: Workspace, path: str | os.PathLike | None = None, *, force: bool = False) -> Path:
    """Save the project (a transaction: the old file stays whole if anything fails).

    Saving over the file this project was opened from refuses, rather than overwrite, a
    file another instance saved in the meantime (``force`` overwrites it all the same).
    """
    job, saved = ws.save_job(path, force=force)
    return saved(job())


def save_job(
    ws: Workspace, path: str | os.PathLike | None = None, *, force: bool = False
) -> tuple[Callable[[], Path], Callable[[Path], Path]]:
    """A snapshot ``job() -> Path`` for a worker and ``saved(path)`` for the GUI thread.

    ``saved`` records the project path, lock and stamp, and clears ``modified`` unless the
    workspace changed while the job ran (those changes are not in the file yet).
    """
    target = Path(path) if path is not None else ws.project_path
    if target is None:
        raise BriefingError("No project file chosen: use Save As")
    if target.suffix != store.PROJECT_SUFFIX:
        target = target.with_name(target.name + store.PROJECT_SUFFIX)
    same = ws.project_path is not None and target == ws.project_path
    if same and ws.read_only and not force:
        raise store.ProjectError(target, "opened read-only: use Save As to keep your changes")
    stamp = store.now_iso()
    expect = ws.saved_stamp if same and not force else None
    state, analysis = state_of(ws, with_analysis=False), ws.raw_analysis
    generation = ws._generation

    def saved(written: Path) -> Path:
        if written != ws.project_path:
            ws.release_lock()
            ws.project_path, ws.read_only = written, False
            ws.take_lock()
        ws.saved_stamp = stamp
        if ws._generation == generation:
            ws._saved_generation = generation
        return written

    def job() -> Path:
        return jobs.save_state(target, state, analysis, stamp=stamp, expect=expect)

    return job, saved


def recovery_job(ws: Workspace, session_id: str) -> Callable[[], Path]:
    """``write_recovery`` as a snapshot job for a worker."""
    state, analysis = state_of(ws, with_analysis=False), ws.raw_analysis
    path = ws.project_path
    return lambda: jobs.save_state(path, state, analysis, recovery=session_id)


def open_project(cls: type[W], path: str | os.PathLike, *, lock: bool = True) -> W:
    """Open a project; the analysis comes from the file, nothing is re-analysed.

    With ``lock``, a lock file says this instance has it open, unless another live
    instance does: then ``lock_holder`` says who, and the caller asks the user whether to
    open it read-only (``read_only = True``) or anyway (``take_lock()``). The CLI only
    reads, and passes ``lock=False``.
    """
    ws = read_file(cls, path, store.load_project)
    ws.project_path = Path(path)
    ws.saved_stamp = store.saved_at(path)
    if lock:
        ws.lock_holder = store.other_instance(path)
        if ws.lock_holder is None:
            store.acquire_lock(path)
    return ws


def take_lock(ws: Workspace) -> None:
    """Mark the project as open in this instance (after "open anyway")."""
    if ws.project_path is not None:
        store.acquire_lock(ws.project_path)
        ws.lock_holder = None


def release_lock(ws: Workspace) -> None:
    """Remove this instance's lock (on close, or when saving under another name)."""
    if ws.project_path is not None:
        store.release_lock(ws.project_path)


# -- recovery --------------------------------------------------------------------------
def write_recovery(ws: Workspace, session_id: str) -> Path:
    """Write the autosave copy for this session."""
    return ws.recovery_job(session_id)()


def recoveries() -> list[store.Recovery]:
    return store.list_recoveries()


def open_recovery(cls: type[W], path: str | os.PathLike) -> W:
    """Restore a recovery copy; it stays modified until saved."""
    return read_recovery(cls, path)


def discard_recovery(path: str | os.PathLike) -> None:
    store.discard_recovery(path)


def modified(ws: Workspace) -> bool:
    """Changed since it was last saved (or opened)."""
    return ws._generation != ws._saved_generation


def set_modified(ws: Workspace, value: bool) -> None:
    if value:
        ws._generation += 1
    else:
        ws._saved_generation = ws._generation


def touch(ws: Workspace) -> None:
    ws.modified = True
