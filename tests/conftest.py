"""Shared test set-up. Qt must be told to draw offscreen before anything imports it."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log file of test runs stays out of the user's state folder.
os.environ.setdefault("BRIEFING_LOG_DIR", tempfile.mkdtemp(prefix="briefing-test-logs-"))

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_68ad32a9bae11705.txt"


@pytest.fixture
def sample_path() -> Path:
    """The scraped sample article shipped in seeds/."""
    return SAMPLE


@pytest.fixture
def make_project_state():
    """A factory of small but complete store.ProjectState objects (every part filled)."""
    from briefing_app.model import Annotation, Paragraph, Source, source_id_for
    from briefing_app.model.decisions import ActorRef, Hide, Merge
    from briefing_app.store import ProjectState

    def make(n_sources: int = 3, tag: str = "") -> ProjectState:
        state = ProjectState(sources=[], originals={})
        for i in range(n_sources):
            original = f"<p>Original {tag}{i}: Путин и Токаев, 東京 😀</p>".encode()
            sid = source_id_for(original)
            text = f"Clean text {tag}{i}. Путин met Токаев — «talks» in 東京 😀.\n\nSecond para."
            state.sources.append(
                Source(
                    id=sid,
                    path=f"/data/src{i}.html",
                    format="html",
                    text=text,
                    sha256=source_id_for(original) * 4,
                    paragraphs=[Paragraph(0, 20, "lead"), Paragraph(22, len(text))],
                    title=f"Title {tag}{i}",
                    outlet="Outlet",
                    url=f"https://ex.org/{i}",
                    author="A. Writer",
                    published="2026-11-26",
                    language="en",
                )
            )
            state.originals[sid] = original
            state.analysis_cache[(sid, "model-1")] = {
                "actors": [{"name": "Putin", "spans": [[0, 5], [9, 14]]}],
                "score": 0.1 + 0.2,
                "ok": True,
                "none": None,
                "i": i,
            }
            state.annotations.append(
                Annotation(
                    f"ann-{tag}{i}",
                    sid,
                    0,
                    10,
                    quote=text[:10],
                    colour="green",
                    comment=f"note {i}",
                    tags=["energy", "Kazakhstan"],
                    created="2026-11-27T06:00:00Z",
                )
            )
        state.briefing = {
            "title": f"Briefing {tag}".strip(),
            "sections": [{"id": "summary", "blocks": [{"text": "Key — point", "origin": "auto"}]}],
        }
        # the shapes a project stores (Decision.to_dict), which apply_decisions reads back
        putin = ActorRef("person:vladimir-putin", ("Vladimir Putin",))
        state.actor_decisions = [
            Merge(putin, ActorRef("person:putin", ("Putin",))).to_dict(),
            Hide(ActorRef("organization:kremlin", ("Kremlin",))).to_dict(),
        ]
        state.settings = {"template": "situation-report", "page_size": "A4", "zoom": 1.25}
        return state

    return make


# -- desktop window (tests/test_ui_*.py) ---------------------------------------------------------
@pytest.fixture
def ui_env(tmp_path, monkeypatch, qapp):
    """Private QSettings, recovery and template folders; fails on leaked windows and threads."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui import workers

    monkeypatch.setenv("BRIEFING_RECOVERY_DIR", str(tmp_path / "recovery"))
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "templates"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    before = set(QApplication.topLevelWidgets())
    yield settings
    finished = workers.wait_for_all(60_000)
    leaked = [
        w
        for w in QApplication.topLevelWidgets()
        if w not in before
        and w.isVisible()
        and w.isWindow()
        and w.windowType().name != "Popup"
        and w.metaObject().className() not in ("QMenu", "QTipLabel", "QComboBoxPrivateContainer")
    ]
    for w in leaked:
        w.close()
    assert finished, f"worker tasks still running at teardown: {workers.active_tasks()}"
    assert workers.pool().activeThreadCount() == 0, "worker threads still running at teardown"
    assert not leaked, f"windows left open by the test: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def damage_standard(monkeypatch, tmp_path):
    """``damage_standard("markings", "nato")``: a copy of that resources folder in which the
    file is edited into bad TOML (as an office might leave it); returns the damaged file."""
    import shutil

    from briefing_app import standards
    from briefing_app.resources import clear_caches

    real = standards.resource_path
    route: dict[tuple[str, ...], Path] = {}
    monkeypatch.setattr(
        standards, "resource_path", lambda *p: route.get(p[:1], real(*p[:1])).joinpath(*p[1:])
    )

    def damage(folder: str, ident: str) -> Path:
        copy = tmp_path / "standards" / folder
        shutil.copytree(real(folder), copy)
        route[(folder,)] = copy
        clear_caches()
        bad = copy / f"{ident}.toml"
        bad.write_text(f'id = "{ident}"\nlevels = [\n', encoding="utf-8")
        return bad

    yield damage
    clear_caches()  # before monkeypatch restores the path: nothing reads in between


@pytest.fixture
def damaged_nato(damage_standard):
    """The markings folder with nato.toml edited into bad TOML; returns the folder."""
    return damage_standard("markings", "nato").parent
