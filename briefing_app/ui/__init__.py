"""The Qt window: the only package that imports PySide6. Entry point: ``ui.app.run``."""

from briefing_app.ui._refcount_guard import protect_singletons

# Before any Qt call: see _refcount_guard for the PySide6 6.12.0 / Python 3.11 bug it works around.
protect_singletons()
