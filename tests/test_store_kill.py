"""Killing the process in the middle of a save leaves the old state or the new one, never a mix.

A child process saves two big states into one project in a tight loop and is SIGKILLed at
random moments; after each kill the project must load as exactly one of the two states.
Run as a script (``python tests/test_store_kill.py MODE PATH``) it is that child.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.model import Annotation, Paragraph, Source, source_id_for
from briefing_app.store import ProjectState, load_project, save_project

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 6
SMALL = 4  # sources in the states of the tests that stop a save on purpose (no need for 40)


def build_state(variant: str, n: int = 40) -> ProjectState:
    """A (40 sources) or B (3 fewer, 5 more, every text and analysis different): ~5 MB each."""
    rng = random.Random(variant)
    words = ["Putin", "Tokayev", "Astana", "gas", "talks", "the", "of", "said", "é", "東京"]
    ids = range(0, n) if variant == "A" else range(3, n + 5)
    state = ProjectState(sources=[], originals={})
    for i in ids:
        original = f"original source {i}".encode() * 500
        sid = source_id_for(original)  # the same ids in A and B, so saves update rows
        text = " ".join(rng.choice(words) for _ in range(2500))
        state.sources.append(
            Source(
                sid, f"/src/{i}.txt", "txt", text, sid, [Paragraph(0, len(text))], f"{variant}{i}"
            )
        )
        state.originals[sid] = original
        spans = [[rng.randrange(len(text)), rng.randrange(99)] for _ in range(3000)]
        state.analysis_cache[(sid, f"model-{variant}")] = {"spans": spans, "variant": variant}
        state.annotations.append(Annotation(f"{variant}-{i}", sid, 0, 5, comment=variant))
    if variant == "B":
        state.sources.reverse()
    state.briefing = {"title": f"Briefing {variant}", "body": [rng.random() for _ in range(500)]}
    state.actor_decisions = [{"op": "hide", "actor": f"{variant}{k}"} for k in range(30)]
    state.settings = {"variant": variant}
    return state


def _hold(path: Path) -> None:
    """Save B over ``path``, stopping inside ``write_changes``: say so, then wait to be killed."""
    from briefing_app.store import rows

    original = rows.write_changes

    def slowed(conn, tables):
        written = original(conn, tables)
        print("inside", flush=True)
        time.sleep(3600)
        return written

    rows.write_changes = slowed
    state = build_state("B", SMALL)
    print("ready", flush=True)
    save_project(path, state)


def _child(mode: str, path: Path) -> None:
    if mode == "hold":
        _hold(path)
        return
    states = [build_state("B"), build_state("A")]
    print("ready", flush=True)
    n = 0
    while True:
        if mode == "alternate":  # in-place updates of one project
            save_project(path, states[n % 2])
        else:  # "new": a fresh file each time (temp file + os.replace)
            save_project(path.with_name(f"new-{n}.briefing"), states[0])
        print(f"saved {n}", flush=True)
        n += 1


def _start(mode: str, path: Path) -> subprocess.Popen:
    # The child imports this checkout's briefing_app, not whichever one is installed.
    root = str(Path(__file__).resolve().parents[1])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    child = subprocess.Popen(
        [sys.executable, __file__, mode, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def _kill(child: subprocess.Popen, delay: float) -> list[str]:
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out = child.communicate()[0]
    return out.split()


def test_killed_in_place_saves_leave_old_or_new_state(tmp_path):
    path = tmp_path / "killed.briefing"
    a, b = build_state("A"), build_state("B")
    save_project(path, a)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    mid_save = 0
    seen = set()
    for kill in range(KILLS):
        child = _start("alternate", path)
        delay = rng.uniform(0.05, 1.0)
        _kill(child, delay)
        mid_save += Path(f"{path}-journal").exists()  # died inside a transaction
        state = load_project(path)  # rolls the interrupted save back
        assert state in (a, b), f"kill {kill} after {delay:.3f}s (seed {seed}): mixed state"
        seen.add("A" if state == a else "B")
    # The test is only worth something if some kills landed inside a transaction.
    assert mid_save >= 1, f"no kill landed mid-save (seed {seed})"
    # A journal a kill left behind is gone after the next save: one file again.
    save_project(path, b)
    assert load_project(path) == b
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    print(f"{KILLS} kills, {mid_save} inside a transaction, states seen: {sorted(seen)}")


def test_killed_saves_to_new_files_leave_whole_files_or_none(tmp_path):
    b = build_state("B")
    rng = random.Random()
    for run in range(2):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        child = _start("new", folder / "x.briefing")
        out = _kill(child, rng.uniform(0.2, 1.2))
        completed = {int(word) for word in out if word.isdigit()}
        for n in range(max(completed, default=-1) + 2):
            target = folder / f"new-{n}.briefing"
            # Every finished save is whole; the one cut short is whole too, or not there at all.
            if n in completed or target.exists():
                assert load_project(target) == b
        leftovers = [p for p in folder.iterdir() if not p.name.startswith("new-")]
        assert len(leftovers) <= 1 and all(p.suffix == ".tmp" for p in leftovers)


RESERVED_BYTE = 0x40000001  # SQLite's lock bytes sit at 1 GiB (os_unix.c: PENDING_BYTE + 1)


def _lock_holder(path: Path, start: int) -> int:
    """The pid holding a POSIX lock on byte ``start`` of ``path`` (0 if none), by F_GETLK."""
    import fcntl
    import struct

    fmt = "hhqqi4x"  # struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid
    query = struct.pack(fmt, fcntl.F_WRLCK, 0, start, 1, 0)
    with open(path, "rb") as f:  # this process holds no lock, so closing drops none
        l_type, _, _, _, pid = struct.unpack(fmt, fcntl.fcntl(f.fileno(), fcntl.F_GETLK, query))
    return 0 if l_type == fcntl.F_UNLCK else pid


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="struct flock layout of Linux")
def test_a_save_keeps_its_write_lock_and_a_kill_inside_it_leaves_the_old_state(tmp_path):
    path = tmp_path / "held.briefing"
    a = build_state("A", SMALL)
    save_project(path, a)
    child = _start("hold", path)
    try:
        assert child.stdout.readline().strip() == "inside"  # the child is mid-save, now
        # The save still holds SQLite's RESERVED lock (nothing closed a handle and dropped it)...
        assert _lock_holder(path, RESERVED_BYTE) == child.pid
        # ...so a second writer is refused rather than let in to corrupt the file.
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        assert Path(f"{path}-journal").exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    # The kill landed inside the transaction (the child said so): the old state survives.
    assert load_project(path) == a
    save_project(path, a)  # a journal the kill left (hot or not) is gone after the next save
    assert not Path(f"{path}-journal").exists()


def test_a_killed_first_save_leaves_a_temp_file_the_next_save_removes(tmp_path):
    path = tmp_path / "fresh.briefing"
    child = _start("hold", path)  # no file there yet: a whole new file written to a temp file
    try:
        assert child.stdout.readline().strip() == "inside"
        temps = list(tmp_path.glob(".fresh.briefing.*.tmp"))
        assert len(temps) == 1 and str(child.pid) in temps[0].name
        save_project(tmp_path / "other.briefing", build_state("A", SMALL))  # another project:
        assert temps[0].exists()  # its temp files are not ours to judge, and the save is alive
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    assert temps[0].exists() and not path.exists()  # what a kill leaves behind
    a = build_state("A", SMALL)
    save_project(path, a)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.briefing", "other.briefing"]
    assert load_project(path) == a


if __name__ == "__main__":
    _child(sys.argv[1], Path(sys.argv[2]))
