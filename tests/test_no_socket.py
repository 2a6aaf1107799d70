"""Nothing the analyst does opens a socket: analyse, draft and the window, with sockets blocked.

Each case runs in a fresh interpreter whose ``socket`` module refuses to make sockets (and
records who asked) before anything else is imported, so an import-time probe counts too:
urllib3, which trafilatura imports, binds an IPv6 socket at import unless kept from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SOURCES = [
    str(ROOT / "seeds" / "000_68ad32a9bae11705.txt"),
    str(FIXTURES / "news_page.html"),
    str(FIXTURES / "water.docx"),
    str(FIXTURES / "water.pdf"),
    str(FIXTURES / "water.md"),
]

GUARD = """
import socket, sys, traceback
made = []
def _blocked(name):
    def refuse(*args, **kwargs):
        made.append(name + "\\n" + "".join(traceback.format_stack(limit=25)))
        raise OSError("sockets are blocked in this test")
    return refuse
class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _blocked("socket.socket")()
socket.socket = _NoSocket
for _name in ("socketpair", "create_connection", "create_server", "fromfd"):
    setattr(socket, _name, _blocked("socket." + _name))
def _report(code):
    print(f"sockets made: {len(made)}", file=sys.stderr)
    for m in made:
        print(m, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    import os
    os._exit(code)
"""

CLI = (
    GUARD
    + """
from briefing_app.cli import main
_report(main(sys.argv[1:]))
"""
)

# The window as `briefing-app FILE...` opens it: sources loaded and analysed on the workers
# (the model warmed up); the report is made once nothing is pending (without closing the
# window: that would ask whether to save).
WINDOW = (
    GUARD
    + """
from briefing_app.ui import workers
from briefing_app.ui.window import app as app_module
shown = app_module._after_show
def after_show(window, paths):
    shown(window, paths)
    from PySide6.QtCore import QTimer
    def poll():
        if window.ws.briefing is not None and window.model_ready and not workers.active_tasks() \\
                and not window.analysis_running():
            print(f"sources: {len(window.ws.sources)}", flush=True)
            _report(0)
    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(100)
app_module._after_show = after_show
from briefing_app.cli import main
_report(main(sys.argv[1:]))
"""
)


def _run(code: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        BRIEFING_RECOVERY_DIR=str(tmp_path / "recovery"),
    )
    try:
        return subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"no result within 240 s:\n{exc.stdout}\n{exc.stderr}"[-3000:])


def _assert_no_socket(result: subprocess.CompletedProcess) -> None:
    assert "sockets made: 0" in result.stderr, result.stderr[-3000:]


def test_analyse_makes_no_socket(tmp_path):
    result = _run(CLI, ["analyze", "--json", *SOURCES], tmp_path)
    _assert_no_socket(result)
    assert result.returncode == 0, result.stderr[-2000:]
    assert '"Vladimir Putin"' in result.stdout


def test_draft_makes_no_socket(tmp_path):
    out = [str(tmp_path / "brief.docx"), str(tmp_path / "brief.pdf")]
    result = _run(CLI, ["draft", *SOURCES, "-o", out[0], "-o", out[1]], tmp_path)
    _assert_no_socket(result)
    assert result.returncode == 0, result.stderr[-2000:]
    assert all(Path(p).stat().st_size > 1000 for p in out)


def test_window_start_makes_no_socket(tmp_path):
    result = _run(WINDOW, SOURCES, tmp_path)
    _assert_no_socket(result)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "sources: 5" in result.stdout, result.stdout + result.stderr[-2000:]
