"""Two instances on one project: a lock file warns the second, and no save overwrites the
other's work silently (issue 12, section 4)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from briefing_app.model import Annotation, BriefingError
from briefing_app.store import ProjectError, load_project, save_project
from briefing_app.store.lockfile import lock_path, read_lock
from briefing_app.workspace import Workspace


@pytest.fixture
def project(tmp_path, make_project_state):
    path = tmp_path / "shared.briefing"
    state = make_project_state(2)
    state.briefing = None  # the store's fixture holds a stand-in, not a real briefing
    save_project(path, state)
    return path


@pytest.fixture
def other_process():
    """A live process that is not us (its pid stands for another instance)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def note(ws: Workspace, text: str) -> None:
    source = ws.sources[0].id
    ws.annotations.append(Annotation(f"id-{text}", source, 0, 5, comment=text))


def test_opening_writes_a_lock_naming_user_host_and_pid_and_closing_removes_it(project):
    ws = Workspace.open(project)
    info = read_lock(project)
    assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
    assert lock_path(project).name == ".~lock.shared.briefing#"
    assert ws.lock_holder is None
    ws.release_lock()
    assert not lock_path(project).exists()


def test_a_project_another_live_instance_has_open_is_reported_not_taken(project, other_process):
    lock_path(project).write_text(
        f"ana,{socket.gethostname()},{other_process},2026-11-29T09:00:00\n"
    )
    ws = Workspace.open(project)
    assert ws.lock_holder is not None
    assert (ws.lock_holder.user, ws.lock_holder.pid) == ("ana", other_process)
    assert ws.lock_holder.describe() == "ana on this computer (since 2026-11-29 09:00 UTC)"
    assert read_lock(project).pid == other_process  # theirs, untouched
    ws.take_lock()  # "open anyway"
    assert read_lock(project).pid == os.getpid()


def test_a_lock_from_a_crashed_instance_is_ignored(project, other_process):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    lock_path(project).write_text(f"ana,{socket.gethostname()},{dead},2026-11-29T09:00:00\n")
    ws = Workspace.open(project)
    assert ws.lock_holder is None and read_lock(project).pid == os.getpid()


def test_a_save_never_overwrites_what_another_instance_saved_meanwhile(project):
    first, second = Workspace.open(project), Workspace.open(project)
    note(first, "first")
    first.save()
    note(second, "second")
    with pytest.raises(ProjectError) as info:
        second.save()
    message = str(info.value)
    assert message.startswith(f"{project}: cannot save: the file was changed on disk since it")
    assert "nothing was overwritten" in message and "\n" not in message
    assert [a.comment for a in load_project(project).annotations][-1] == "first"
    # The user's way out: another name, or overwrite knowingly.
    copy = second.save(project.with_name("mine.briefing"))
    assert [a.comment for a in load_project(copy).annotations][-1] == "second"
    note(first, "again")
    first.save()  # its own saves go on: the stamp it wrote is the stamp it expects


def test_force_overwrites_knowingly(project):
    first, second = Workspace.open(project), Workspace.open(project)
    first.save()
    note(second, "forced")
    second.save(force=True)
    assert [a.comment for a in load_project(project).annotations][-1] == "forced"


def test_read_only_refuses_to_save_over_the_file(project):
    ws = Workspace.open(project)
    ws.read_only = True
    with pytest.raises(BriefingError, match="opened read-only: use Save As"):
        ws.save()


def test_the_command_line_only_reads_and_takes_no_lock(project, capsys):
    from briefing_app import cli

    assert cli.main(["annotations", str(project), "--json"]) == 0
    assert not lock_path(project).exists()
