"""packaging/install-desktop.sh into a throw-away XDG_DATA_HOME: entry, file type, icons, undo."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "install-desktop.sh"
MIME = "application/x-briefing-project"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("sh"),
    reason="freedesktop integration is for Linux",
)


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"))
    env["XDG_DATA_DIRS"] = "/usr/local/share:/usr/share"  # the system's MIME database too
    return env


def _install(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["sh", str(SCRIPT), *args],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def _project(tmp_path: Path) -> Path:
    """A real project file as the app writes it (an SQLite database)."""
    from briefing_app.store import ProjectState, save_project

    path = tmp_path / "ukraine talks.briefing"
    save_project(path, ProjectState(sources=[], originals={}))
    return path


def test_install_puts_entry_mime_type_and_icons_in_place(tmp_path):
    result = _install(tmp_path, "--exec", "/opt/briefing-app/briefing-app")
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    desktop = (data / "applications" / "briefing-app.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/briefing-app/briefing-app %F" in desktop
    assert MIME in desktop
    xml = (data / "mime" / "packages" / "briefing-app.xml").read_text(encoding="utf-8")
    assert f'type="{MIME}"' in xml and 'pattern="*.briefing"' in xml
    icons = data / "icons" / "hicolor"
    for size in (48, 128):
        folder = icons / f"{size}x{size}"
        assert _png_size(folder / "apps" / "briefing-app.png") == (size, size)
        assert _png_size(folder / "mimetypes" / "application-x-briefing-project.png") == (
            size,
            size,
        )
    svg = (icons / "scalable" / "apps" / "briefing-app.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_installed_entry_is_valid(tmp_path):
    assert _install(tmp_path).returncode == 0
    entry = tmp_path / "data" / "applications" / "briefing-app.desktop"
    check = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and shutil.which("xdg-mime")),
    reason="needs shared-mime-info and xdg-utils",
)
def test_a_project_file_is_known_by_its_type_after_install_and_not_after_uninstall(tmp_path):
    project = _project(tmp_path)

    def filetype() -> str:
        out = subprocess.run(
            ["xdg-mime", "query", "filetype", str(project)],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            check=False,
        )
        return out.stdout.strip()

    assert filetype() != MIME
    assert _install(tmp_path).returncode == 0
    assert filetype() == MIME
    result = _install(tmp_path, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert filetype() != MIME
    data = tmp_path / "data"
    assert not (data / "applications" / "briefing-app.desktop").exists()
    assert not list((data / "icons").rglob("*.png"))


def test_unknown_options_are_refused(tmp_path):
    result = _install(tmp_path, "--sytem")
    assert result.returncode == 1
    assert "unknown option --sytem" in result.stderr
    assert not (tmp_path / "data").exists()
