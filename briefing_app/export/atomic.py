"""Exports are written atomically: a failure never leaves a half-written or missing file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from briefing_app.export.errors import ExportError
from briefing_app.model.files import AtomicWriteError
from briefing_app.model.files import atomic_write as _atomic_write


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """``model.files.atomic_write`` with OS errors as an ExportError naming the file."""
    try:
        return _atomic_write(path, write)
    except AtomicWriteError as exc:
        raise ExportError(str(exc)) from exc
