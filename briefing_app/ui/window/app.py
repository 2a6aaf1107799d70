"""Start the desktop app: QApplication, theme, main window, files from the command line."""

from __future__ import annotations

import os
import sys

# Set, the app prints "window shown" and quits at the window's first paint: the smoke test of
# the bundle and the start-up benchmarks use it.
EXIT_AFTER_SHOWN_ENV = "BRIEFING_EXIT_AFTER_SHOWN"
ORG_NAME = "BriefingApp"
APP_NAME = "Briefing"


def create_app(argv: list[str] | None = None):
    """The QApplication, named for QSettings, themed, with the app icon (reused if it exists)."""
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.widgets import theme
    from briefing_app.ui.widgets.icons import app_icon

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setOrganizationName(ORG_NAME)
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_NAME)
        app.setDesktopFileName("briefing-app")
        theme.apply_theme(app)
    app.setWindowIcon(app_icon())
    return app


def run(paths: list[str]) -> int:
    """Open the window with ``paths`` (sources, or a .briefing project) and run until closed."""
    app = create_app()
    from briefing_app.ui.window.main_window import MainWindow

    window = MainWindow()
    if os.environ.get(EXIT_AFTER_SHOWN_ENV):
        window.first_painted.connect(lambda: _exit_shown(app))
        window.show()
        return app.exec()
    # After the first paint: the window is on screen before anything slow happens.
    window.first_painted.connect(lambda: _after_show(window, paths))
    window.show()
    return app.exec()


def _after_show(window, paths: list[str]) -> None:
    window.start_model_warm_up()
    recovered = window.offer_recovery()
    if paths:
        window.open_paths(paths)
    elif not recovered:
        window.start.setFocus()


def _exit_shown(app) -> None:
    print("window shown", flush=True)
    app.quit()
