"""Exports never leave a half-written file: failures keep the previous file byte for byte."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from test_export_sample import analyst_brief

from briefing_app.export import ExportError, atomic_write, export_docx, export_pdf

PREVIOUS = b"previous export, must survive\n" * 100


def existing(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(PREVIOUS)
    return path


def leftovers(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


def test_docx_interrupted_mid_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = existing(tmp_path, "brief.docx")
    real_write = Path.write_bytes

    def half_then_disk_full(self, data):
        real_write(self, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_then_disk_full)
    with pytest.raises(ExportError) as info:
        export_docx(analyst_brief(), target)
    assert str(info.value) == f"{target}: the disk is full"
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path, target) == []


def test_pdf_interrupted_mid_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = existing(tmp_path, "brief.pdf")
    real_write = Path.write_bytes

    def half_then_crash(self, data):
        real_write(self, data[: len(data) // 2])
        raise KeyboardInterrupt  # the user pressed Ctrl+C mid-write

    monkeypatch.setattr(Path, "write_bytes", half_then_crash)
    with pytest.raises(KeyboardInterrupt):
        export_pdf(analyst_brief(), target)
    monkeypatch.undo()
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path, target) == []


def test_file_locked_by_another_program(tmp_path, monkeypatch):
    target = existing(tmp_path, "brief.docx")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export_docx(analyst_brief(), target)
    message = str(info.value)
    assert message.startswith(f"{target}: ") and "\n" not in message
    assert "open in another program" in message
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path, target) == []


def test_folder_that_is_really_a_file(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    target = not_a_folder / "brief.pdf"
    with pytest.raises(ExportError) as info:
        export_pdf(analyst_brief(), target)
    assert str(info.value).startswith(f"{target}: ") and "not a folder" in str(info.value)


def test_missing_folder(tmp_path):
    target = tmp_path / "no" / "such" / "brief.docx"
    with pytest.raises(ExportError, match="folder does not exist"):
        export_docx(analyst_brief(), target)


def test_target_is_a_folder(tmp_path):
    (tmp_path / "brief.pdf").mkdir()
    with pytest.raises(ExportError, match="a folder has that name"):
        export_pdf(analyst_brief(), tmp_path / "brief.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match="no permission"):
            export_docx(analyst_brief(), folder / "brief.docx")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_successful_write_replaces_and_keeps_permissions(tmp_path):
    target = existing(tmp_path, "brief.pdf")
    target.chmod(0o640)
    assert export_pdf(analyst_brief(), target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path, target) == []


def test_atomic_write_passes_on_other_errors_and_cleans_up(tmp_path):
    target = existing(tmp_path, "data.bin")

    def buggy(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise ValueError("a bug, not the user's fault")

    with pytest.raises(ValueError):
        atomic_write(target, buggy)
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path, target) == []
    assert atomic_write(target, lambda tmp: tmp.write_bytes(b"new")) == target
    assert target.read_bytes() == b"new"
