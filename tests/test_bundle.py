"""The PyInstaller bundle as an IT desk gets it: run with no Python environment at all.

Runs only when ``BRIEFING_BUNDLE`` names a built bundle folder (``.ci/run`` builds one with
``python packaging/build.py`` and sets it); every command runs under an empty environment
(``env -i PATH=/usr/bin:/bin`` plus a throw-away HOME), so nothing of this interpreter leaks in.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import briefing_app

BUNDLE = os.environ.get("BRIEFING_BUNDLE", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="set BRIEFING_BUNDLE=DIR/briefing-app to test a bundle"),
]
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_68ad32a9bae11705.txt"
BUDGET_MB = 450


def _bundle() -> Path:
    return Path(BUNDLE).resolve()


def _run(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess:
    exe = _bundle() / ("briefing-app.exe" if os.name == "nt" else "briefing-app")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **extra}
    if os.name == "nt":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_version(tmp_path):
    out = _run(["--version"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"briefing-app {briefing_app.__version__}"


def test_analyze_the_sample_finds_what_the_installed_app_finds(tmp_path):
    from briefing_app.analysis import model_key

    out = _run(["analyze", "--json", str(SAMPLE)], tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    names = {a["name"] for a in data["actors"]}
    assert {"Vladimir Putin", "Kassym-Jomart Tokayev", "Donald Trump", "Kazakhstan"} <= names
    assert 3 <= len(data["key_points"]) <= 7
    assert all(p["evidence"] for p in data["key_points"])
    # the same pipeline, found frozen: same name and version, so the same cache key
    assert data["model"] == model_key()
    assert data["errors"] == []


def test_every_source_format_reads_as_in_the_installed_app(tmp_path):
    """HTML, DOCX, PDF, Markdown and a legacy-encoded text: the same JSON from both."""
    import sys

    fixtures = ROOT / "tests" / "fixtures" / "ingest"
    files = [str(fixtures / n) for n in ("news_page.html", "water.docx", "water.pdf", "water.md")]
    files.append(str(fixtures / "water_cp1251.txt"))
    out = _run(["analyze", "--json", *files], tmp_path)
    assert out.returncode == 0, out.stderr
    installed = subprocess.run(
        [sys.executable, "-m", "briefing_app", "analyze", "--json", *files],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    bundled, expected = json.loads(out.stdout), json.loads(installed.stdout)
    assert [s["format"] for s in bundled["sources"]] == ["html", "docx", "pdf", "markdown", "text"]
    assert bundled == expected


def test_draft_writes_docx_and_pdf_with_the_bundled_fonts(tmp_path):
    from docx import Document
    from pypdf import PdfReader

    docx, pdf = tmp_path / "brief.docx", tmp_path / "brief.pdf"
    title = "Bundle smoke — Касым-Жомарт"
    out = _run(["draft", str(SAMPLE), "--title", title, "-o", str(docx), "-o", str(pdf)], tmp_path)
    assert out.returncode == 0, out.stderr
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert title in text
    assert "Putin" in text
    reader = PdfReader(str(pdf))
    pdf_text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Касым" in pdf_text and "Putin" in pdf_text
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(f.startswith("DejaVu") for f in fonts), fonts


def test_templates_are_found_in_the_bundle(tmp_path):
    from briefing_app.briefing import load_templates

    out = _run(["templates"], tmp_path, XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert out.returncode == 0, out.stderr
    for template in load_templates()[0]:
        if template.origin == "built-in":
            assert f"{template.id}: {template.name}" in out.stdout


def test_the_window_is_shown_offscreen(tmp_path):
    out = _run(
        [],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_EXIT_AFTER_SHOWN="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        BRIEFING_RECOVERY_DIR=str(tmp_path / "recovery"),
    )
    assert out.returncode == 0, out.stderr
    assert "window shown" in out.stdout


def test_a_mistyped_command_is_refused(tmp_path):
    out = _run(["analyse", str(SAMPLE)], tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip() == "briefing-app: unknown command 'analyse' (did you mean 'analyze'?)"


def test_size_is_within_budget_and_unused_parts_are_left_out():
    bundle = _bundle()
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= BUDGET_MB * 1e6, f"{size / 1e6:.0f} MB"
    internal = bundle / "_internal"
    assert not list(internal.rglob("translations")), "Qt translations are bundled"
    assert not (internal / "pycountry" / "locales").exists()
    assert not list(internal.rglob("tests")), "test folders are bundled"
    plugins = {p.name for p in internal.rglob("plugins/*/*")}
    assert not any("qml" in p or "webengine" in p for p in plugins), plugins


def test_other_spacy_languages_are_left_out():
    readers = pytest.importorskip("PyInstaller.archive.readers")
    exe = _bundle() / ("briefing-app.exe" if os.name == "nt" else "briefing-app")
    modules = list(readers.CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)
    languages = {
        m.split(".")[2] for m in modules if m.startswith("spacy.lang.") and m.count(".") > 2
    }
    assert "en" in languages
    # spaCy's registry itself imports the tokenizers of ja, ko, th, vi, zh and xx; no others
    assert not {"de", "fr", "es", "ru", "it", "nl", "pt"} & languages, languages
    assert not [m for m in modules if m.startswith(("spacy.tests", "thinc.tests"))]


@pytest.mark.skipif(os.name != "posix", reason="freedesktop integration")
def test_the_bundle_installs_its_own_desktop_entry(tmp_path):
    script = _bundle() / "desktop" / "install-desktop.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    out = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    entry = (tmp_path / "d" / "applications" / "briefing-app.desktop").read_text(encoding="utf-8")
    assert f"Exec={_bundle() / 'briefing-app'} %F" in entry
    assert (
        tmp_path / "d" / "icons" / "hicolor" / "scalable" / "apps" / "briefing-app.svg"
    ).exists()
