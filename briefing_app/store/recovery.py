"""Autosave recovery copies: one project file per running session, beside the user's data."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_app.store import errors, project
from briefing_app.store.errors import ProjectError
from briefing_app.store.state import ProjectState

log = logging.getLogger(__name__)
_RECOVERY_OF = "recovery_of"  # meta key: the project path the copy belongs to ("" if none)
_SESSION = "recovery_session"


@dataclass
class Recovery:
    """A recovery copy found on disk, described without loading it."""

    path: Path
    project_path: str | None
    saved_at: str  # ISO 8601, UTC
    sources: int
    title: str


def recovery_dir() -> Path:
    """Where recovery copies live; BRIEFING_RECOVERY_DIR overrides (tests set it)."""
    override = os.environ.get("BRIEFING_RECOVERY_DIR")
    if override:
        return Path(override)
    import platformdirs  # only needed here; keeps the store's import cheap

    return Path(platformdirs.user_data_dir("briefing-app")) / "recovery"


def _file_for(session_id: str) -> Path:
    # The session id becomes a file name: keep it to characters every file system accepts.
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", session_id).strip(".") or "session"
    return recovery_dir() / f"{safe[:100]}{project.PROJECT_SUFFIX}"


def write_recovery(state: ProjectState, *, project_path: str | None, session_id: str) -> Path:
    """Save the session's recovery copy atomically (only what changed since the last one)."""
    path = _file_for(session_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ProjectError(path.parent, errors.NO_RECOVERY_FOLDER.format(exc.strerror)) from None
    extra = {_RECOVERY_OF: os.fspath(project_path) if project_path else "", _SESSION: session_id}
    project.save(path, state, extra)
    return path


def _describe(path: Path) -> Recovery:
    # Reads the meta table only: listing must stay fast with several big copies around.
    with project.reading(path) as (conn, _version):
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        count = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    return Recovery(
        path=path,
        project_path=meta.get(_RECOVERY_OF) or None,
        saved_at=meta.get("saved_at", ""),
        sources=int(count),
        title=meta.get("title", ""),
    )


def list_recoveries(problems: list[str] | None = None) -> list[Recovery]:
    """Recovery copies on disk, newest first; an unreadable one is skipped, and said why in
    ``problems`` (and the log): a broken copy must never stop the app from starting."""
    folder = recovery_dir()
    try:
        candidates = list(folder.glob(f"*{project.PROJECT_SUFFIX}"))
    except OSError:
        return []
    found = []
    for path in candidates:
        try:
            found.append(_describe(path))
        except ProjectError as exc:
            message = errors.UNREADABLE_RECOVERY.format(exc)
            log.warning(message)
            if problems is not None:
                problems.append(message)
    found.sort(key=lambda r: (r.saved_at, _mtime(r.path)), reverse=True)
    return found


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def load_recovery(path: str | os.PathLike) -> ProjectState:
    """The state kept in a recovery copy."""
    return project.load_project(path)


def discard_recovery(path: str | os.PathLike) -> None:
    """Delete a recovery copy. Refuses anything outside the recovery folder (a user's project)."""
    path = Path(path)
    folder = recovery_dir().resolve()
    if path.resolve().parent != folder:
        raise ValueError(f"{path}: not a recovery copy (outside {folder})")
    path.unlink(missing_ok=True)
    Path(f"{path}-journal").unlink(missing_ok=True)
