"""The ``.briefing`` project file (one SQLite database) and autosave recovery copies."""

from briefing_app.store.errors import ProjectError
from briefing_app.store.project import (
    PROJECT_SUFFIX,
    is_project_file,
    load_project,
    save_project,
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
    "ProjectError",
    "ProjectState",
    "Recovery",
    "discard_recovery",
    "is_project_file",
    "list_recoveries",
    "load_project",
    "load_recovery",
    "recovery_dir",
    "save_project",
    "write_recovery",
]
