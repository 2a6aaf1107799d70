"""The ``.briefing`` project file (one SQLite database) and autosave recovery copies.

``save_project`` is a transaction (old state or new, never a mix) that rewrites only what
changed; ``load_project`` never writes (an older file is upgraded in memory, and on disk at
the next save). Analysis cache entries are immutable under their (source id, model key).
Recovery copies are project files too, one per session: ``write_recovery`` on a timer,
``list_recoveries`` at start, ``discard_recovery`` after a clean save or exit.
"""

from briefing_app.store.errors import ProjectError
from briefing_app.store.lockfile import LockInfo, other_instance
from briefing_app.store.lockfile import acquire as acquire_lock
from briefing_app.store.lockfile import release as release_lock
from briefing_app.store.project import (
    PROJECT_SUFFIX,
    is_project_file,
    load_project,
    now_iso,
    save,
    save_project,
    saved_at,
)
from briefing_app.store.recovery import (
    Recovery,
    discard_recovery,
    list_recoveries,
    load_recovery,
    recovery_dir,
    write_recovery,
)
from briefing_app.store.schema import SCHEMA_VERSION
from briefing_app.store.state import ProjectState

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "LockInfo",
    "ProjectError",
    "ProjectState",
    "Recovery",
    "acquire_lock",
    "discard_recovery",
    "is_project_file",
    "list_recoveries",
    "load_project",
    "load_recovery",
    "now_iso",
    "other_instance",
    "recovery_dir",
    "release_lock",
    "save",
    "save_project",
    "saved_at",
    "write_recovery",
]
