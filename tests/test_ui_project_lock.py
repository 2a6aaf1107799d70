"""The window and a project another instance has open; skipped user templates shown at start."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from test_ui_window import FakePrompter, make_window  # noqa: F401 (a fixture)

from briefing_app.store import save_project
from briefing_app.store.lockfile import lock_path, read_lock
from briefing_app.ui import workers
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.preferences import Preferences

pytestmark = pytest.mark.slow


class LockPrompter(FakePrompter):
    def __init__(self, answer: str) -> None:
        super().__init__()
        self.in_use_answer = answer
        self.in_use: list[tuple[str, str]] = []

    def ask_project_in_use(self, name, holder):
        self.in_use.append((name, holder))
        return self.in_use_answer


@pytest.fixture
def held_project(tmp_path, make_project_state):
    """A project with a lock from another live instance (a sleeping child stands for it)."""
    path = tmp_path / "shared.briefing"
    state = make_project_state(1)
    state.briefing = None
    save_project(path, state)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock_path(path).write_text(f"ana,{socket.gethostname()},{child.pid},2026-11-29T09:00:00\n")
    yield path, child.pid
    child.kill()
    child.wait()


def open_with(qtbot, ui_env, path, answer) -> MainWindow:
    window = MainWindow(prefs=Preferences(ui_env), prompter=LockPrompter(answer))
    window.show()
    qtbot.waitExposed(window)
    window.open_project(str(path))
    qtbot.waitUntil(lambda: not workers.active_tasks(), timeout=30_000)
    return window


@pytest.mark.parametrize("answer", ["read-only", "anyway", "cancel"])
def test_opening_a_project_in_use_asks_and_does_what_was_chosen(
    qtbot, ui_env, held_project, answer
):
    path, other = held_project
    window = open_with(qtbot, ui_env, path, answer)
    try:
        assert window.prompter.in_use == [
            ("shared.briefing", "ana on this computer (since 2026-11-29 09:00 UTC)")
        ]
        opened = window.open_ws is not None and window.open_ws.project_path == path
        if answer == "cancel":
            assert not opened and read_lock(path).pid == other
        elif answer == "read-only":
            assert opened and window.ws.read_only and "(read-only)" in window.windowTitle()
            assert read_lock(path).pid == other  # theirs stays
            assert not window.save()  # saving over it is refused with a message
            assert "opened read-only: use Save As" in window.prompter.errors[-1]
        else:
            assert opened and not window.ws.read_only
            assert read_lock(path).pid != other  # ours now
    finally:
        window.close()
    if answer == "anyway":
        assert not lock_path(path).exists()  # closing the window let go of it


def test_skipped_user_templates_are_listed_in_the_problems_pane(qtbot, make_window, tmp_path):  # noqa: F811
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "broken.toml").write_text('id = "x"\nname = [unclosed', encoding="utf-8")
    window = make_window()
    window.show_editor()
    qtbot.waitUntil(lambda: window.problems.lines() != [], timeout=10_000)
    [line] = window.problems.lines()
    assert line.startswith(f"template {folder / 'broken.toml'} skipped: not valid TOML (")
    assert window.problems_dock.isVisible()
