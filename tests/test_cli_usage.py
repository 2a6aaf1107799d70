"""The command line's own words: --version, and a mistyped command that must not open a window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import briefing_app
from briefing_app import cli
from briefing_app.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_window(monkeypatch):
    """Fail the test if the window would open."""

    def run(paths):
        raise AssertionError(f"the window was opened with {paths}")

    monkeypatch.setattr("briefing_app.ui.window.app.run", run)


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing-app {briefing_app.__version__}"


def test_version_from_a_real_process_without_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"briefing-app {briefing_app.__version__}"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("analyse", "analyze"), ("anlyze", "analyze"), ("Analyze", "analyze"),
     ("drafts", "draft"), ("tempaltes", "templates"), ("annotation", "annotations")],
)  # fmt: skip
def test_a_mistyped_command_is_an_error_not_a_window(
    typed, meant, no_window, tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    assert main([typed, "some-file.txt"]) == 1
    err = capsys.readouterr().err
    assert err == f"briefing-app: unknown command '{typed}' (did you mean '{meant}'?)\n"


def test_the_typo_check_works_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-m", "briefing_app", "analyse", "report.txt"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert out.returncode == 1
    assert out.stderr == "briefing-app: unknown command 'analyse' (did you mean 'analyze'?)\n"


@pytest.mark.parametrize("name", ["analyse", "drafts"])
def test_an_existing_file_named_like_a_typo_is_opened(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text("A source without an extension.", encoding="utf-8")
    opened = []
    monkeypatch.setattr("briefing_app.ui.window.app.run", lambda paths: opened.append(paths) or 0)
    monkeypatch.setattr(cli, "_no_display", lambda: "")
    assert main([name]) == 0
    assert opened == [[name]]


@pytest.mark.parametrize("arg", ["analyse.txt", "notes/analyse", "report", "analyse.docx", "foo"])
def test_paths_and_unrelated_words_still_go_to_the_window(arg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    opened = []
    monkeypatch.setattr("briefing_app.ui.window.app.run", lambda paths: opened.append(paths) or 0)
    monkeypatch.setattr(cli, "_no_display", lambda: "")
    assert main([arg]) == 0
    assert opened == [[arg]]
