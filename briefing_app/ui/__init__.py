"""The Qt window: the only package that imports PySide6. Entry point: ``ui.window.app.run``."""
