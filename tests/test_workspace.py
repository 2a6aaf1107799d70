"""The shared use cases, headless: load, analyse, auto-fill, edit, save, reopen, export."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from briefing_app import analysis as analysis_pkg
from briefing_app.model import AUTO, EDITED, PARAGRAPH, USER, Block, BriefingError, Evidence, Run
from briefing_app.model.decisions import Hide
from briefing_app.workspace import ProjectError, Workspace

pytestmark = pytest.mark.slow

SECOND_ARTICLE = """Kazakh leader hosts Putin in Astana

President Vladimir Putin arrived in Astana on Wednesday for talks with Kazakh President
Kasym-Jomart Tokayev on defence and trade.

Tokayev said the two countries had no contentious issues and praised cooperation within the
Collective Security Treaty Organization. Analysts said Moscow wants closer ties in Central Asia
before Donald Trump returns to the White House.
"""


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_RECOVERY_DIR", str(tmp_path / "recovery"))
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "templates"))


@pytest.fixture
def analysed(sample_path) -> Workspace:
    ws = Workspace()
    assert ws.add_files([sample_path]) == []
    ws.analyze()
    return ws


def _all_blocks(briefing):
    return [b for s in briefing.sections for b in s.blocks]


def test_autofill_from_the_sample_has_evidence_everywhere(analysed):
    blocks = _all_blocks(analysed.briefing)
    auto = [b for b in blocks if b.origin == AUTO]
    assert auto, "auto-fill wrote nothing"
    text = "\n".join(b.text for b in blocks)
    assert "Putin" in text and "Tokayev" in text
    for fill in ("summary", "key_points", "actors", "background"):
        section = next(s for s in analysed.briefing.sections if s.fill == fill)
        assert section.blocks, f"{section.heading} was left empty"
    source = analysed.sources[0]
    for block in auto:
        assert block.evidence, block
        for ev in block.evidence:
            assert ev.source == source.id
            assert 0 <= ev.start < ev.end <= len(source.text)


def test_refresh_keeps_the_analysts_edit(analysed, tmp_path):
    briefing = analysed.briefing
    key_points = next(s for s in briefing.sections if s.fill == "key_points")
    edited = key_points.blocks[0]
    edited.runs = [Run("My own reading of the first point.")]
    edited.origin = EDITED
    key_points.blocks.append(Block(PARAGRAPH, [Run("A note only I wrote.")], origin=USER))
    analysed.update_briefing(briefing)

    extra = tmp_path / "astana.txt"
    extra.write_text(SECOND_ARTICLE, encoding="utf-8")
    assert analysed.add_files([extra]) == []
    refreshed = analysed.analyze()
    texts = [b.text for b in _all_blocks(refreshed)]
    assert "My own reading of the first point." in texts
    assert "A note only I wrote." in texts
    cited = {sid for b in _all_blocks(refreshed) for sid in b.sources}
    assert len(cited) == 2, "the new source should be cited by some auto block"


def test_save_and_reopen_is_identical_without_reanalysis(analysed, tmp_path, monkeypatch):
    from briefing_app.briefing import briefing_to_dict

    analysed.add_annotation(analysed.sources[0].id, 0, 20, comment="lead", tags=["lead"])
    path = analysed.save(tmp_path / "case")
    assert path.suffix == ".briefing" and not analysed.modified

    def _no_spacy(*_a, **_k):
        raise AssertionError("opening a saved project must not re-run spaCy")

    monkeypatch.setattr(analysis_pkg, "analyze_sources", _no_spacy)
    reopened = Workspace.open(path)
    assert [s.to_dict() for s in reopened.sources] == [s.to_dict() for s in analysed.sources]
    assert briefing_to_dict(reopened.briefing) == briefing_to_dict(analysed.briefing)
    assert reopened.annotations == analysed.annotations
    assert reopened.analysis.to_dict() == analysed.analysis.to_dict()
    assert reopened.originals == analysed.originals
    reopened.analyze()  # every source is a cache hit: no spaCy
    assert not reopened.needs_analysis


def test_export_both_formats(analysed, tmp_path):
    docx_path = analysed.export(tmp_path / "brief.docx")
    pdf_path = analysed.export(tmp_path / "brief.pdf", page_size="letter")
    body = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(pdf_path)).pages)
    for kp in analysed.analysis.key_points:
        assert kp.text[:40] in body
    assert "Putin" in pdf_text


def test_recovery_restores_unsaved_edits(analysed):
    analysed.set_field("title", "Unsaved title")
    analysed.write_recovery("session-1")
    recoveries = Workspace.recoveries()
    assert len(recoveries) == 1
    restored = Workspace.open_recovery(recoveries[0].path)
    assert restored.briefing.title == "Unsaved title"
    assert restored.modified
    Workspace.discard_recovery(recoveries[0].path)
    assert Workspace.recoveries() == []


def test_switch_template_loses_nothing(analysed):
    key_points = next(s for s in analysed.briefing.sections if s.fill == "key_points")
    key_points.blocks.append(Block(PARAGRAPH, [Run("Analyst aside.")], origin=USER))
    # the analyst's blocks move; auto-filled ones are the new template's to fill
    before = [b for b in _all_blocks(analysed.briefing) if b.text and b.origin != AUTO]
    assert before
    analysed.set_template("government_note")
    after = "\n".join(b.text for b in _all_blocks(analysed.briefing))
    for block in before:
        for piece in block.cells or [block.text]:
            assert piece in after, piece
    analysed.set_template("situation_report")
    assert analysed.briefing.template == "situation_report"
    assert "Analyst aside." in [b.text for b in _all_blocks(analysed.briefing)]


def test_bad_inputs_are_one_line_errors(tmp_path, sample_path):
    ws = Workspace()
    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    errors = ws.add_files([junk, sample_path, tmp_path / "missing.md"])
    assert len(ws.sources) == 1
    assert len(errors) == 2
    for err in errors:
        assert "\n" not in err.message
    with pytest.raises(ProjectError):
        Workspace.open(sample_path)
    with pytest.raises(BriefingError):
        Workspace().refresh_autofill()


def test_annotations_stay_on_their_passage(analysed):
    src = analysed.sources[0]
    start = src.text.index("Kassym-Jomart Tokayev")
    ann = analysed.add_annotation(src.id, start, start + 21, colour="green", tags=["people", ""])
    assert ann.quote == "Kassym-Jomart Tokayev"
    assert ann.tags == ["people"]
    with pytest.raises(BriefingError):
        analysed.add_annotation(src.id, 5, 5)
    assert analysed.remove_annotation(ann.id) == ann
    assert analysed.annotations == []


def _actor(ws, name):
    return next((a for a in ws.analysis.actors if a.name == name), None)


def test_curation_persists_across_reanalysis_and_reopen(analysed, tmp_path):
    putin = _actor(analysed, "Vladimir Putin")
    moscow = _actor(analysed, "Moscow")
    analysed.curate("rename", putin.id, "V. V. Putin")
    analysed.curate("hide", moscow.id)
    table = next(s for s in analysed.briefing.sections if s.fill == "actors")
    names = [b.cells[0] for b in table.blocks]
    assert "V. V. Putin" in names and "Vladimir Putin" not in names
    assert "Moscow" not in names

    extra = tmp_path / "astana.txt"
    extra.write_text(SECOND_ARTICLE, encoding="utf-8")
    analysed.add_files([extra])
    analysed.analyze()
    assert _actor(analysed, "V. V. Putin") is not None
    assert _actor(analysed, "Moscow").hidden

    reopened = Workspace.open(analysed.save(tmp_path / "curated.briefing"))
    assert _actor(reopened, "V. V. Putin") is not None
    assert isinstance(reopened.undo_curation(), Hide)  # the last decision, typed again
    assert not _actor(reopened, "Moscow").hidden


def test_quote_annotations_and_word_comments(analysed, tmp_path):
    src = analysed.sources[0]
    start = src.text.index("Kazakhstan, under President")
    end = src.text.index(".", start) + 1
    block = analysed.insert_quote("background", src.id, start, end)
    assert block.kind == "quote" and block.citations == [src.id]
    assert analysed.evidence_text(block.evidence[0]) == src.text[start:end]
    analysed.add_annotation(src.id, start, end, comment="Check Tokayev's wording", tags=["risk"])
    aside = src.text.index("However, ongoing sanctions")
    assert "ongoing sanctions" not in "\n".join(b.text for b in _all_blocks(analysed.briefing))
    analysed.add_annotation(src.id, aside, aside + 26, comment="Lead claim", tags=[])

    docx_path = analysed.export(tmp_path / "annotated.docx", appendix=True)
    doc = Document(str(docx_path))
    comments = list(doc.comments)
    # only the passage the briefing quotes can carry a Word comment
    assert [c.text for c in comments] == ["Check Tokayev's wording"]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Annotated excerpts" in body and "Lead claim" in body

    pdf_path = analysed.export(tmp_path / "annotated.pdf", appendix=True)
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(pdf_path)).pages)
    assert "Annotated excerpts" in pdf_text and "risk" in pdf_text


def test_actor_edges_link_actors_in_the_same_sentence(analysed):
    edges = analysed.actor_edges()
    ids = {a.id: a.name for a in analysed.analysis.actors}
    pairs = {frozenset((ids[e.a], ids[e.b])) for e in edges}
    assert frozenset(("Russia", "Kazakhstan")) in pairs
    assert all(e.weight == len(e.evidence) for e in edges)


def test_evidence_sentence_is_the_whole_sentence(analysed):
    src = analysed.sources[0]
    first = src.text.index("Russia is")  # the first word of the story, under its headline
    assert analysed.evidence_sentence(Evidence(src.id, first, first + 6)).startswith(
        "Russia is pivoting eastward"
    )
    start = src.text.index("Kassym-Jomart Tokayev")
    sentence = analysed.evidence_sentence(Evidence(src.id, start, start + 21))
    assert sentence.startswith("Kazakhstan, under President Kassym-Jomart Tokayev")
    assert sentence.endswith("Russian language.")
    unanalysed = Workspace()
    unanalysed.add_text("First claim here. Second claim, about U.N. aid, follows.", title="t")
    other = unanalysed.sources[0]
    pos = other.text.index("Second")
    assert unanalysed.evidence_sentence(Evidence(other.id, pos, pos + 6)).startswith("Second")


def test_damaged_project_contents_are_one_line_errors(analysed, tmp_path):
    import sqlite3

    path = analysed.save(tmp_path / "damaged.briefing")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE settings SET value = ? WHERE key = 'analysis'", ('{"actors": [1]}',))
    with pytest.raises(ProjectError) as err:
        Workspace.open(path)
    assert "damaged.briefing" in str(err.value) and "\n" not in str(err.value)


def test_project_whose_template_is_gone_still_opens(analysed, tmp_path):
    path = analysed.save(tmp_path / "orphan.briefing")
    from briefing_app.store import load_project, save_project

    state = load_project(path)
    state.settings["template"] = "a_user_template_since_deleted"
    save_project(path, state)
    reopened = Workspace.open(path)
    assert reopened.briefing is not None
    assert [s.heading for s in reopened.briefing.sections] == [
        s.heading for s in analysed.briefing.sections
    ]
    assert any("a_user_template_since_deleted" in p for p in reopened.template_problems)


def _view(briefing):
    return [
        (s.id, dict(s.fields), [(b.kind, b.origin, b.text, list(b.cells)) for b in s.blocks])
        for s in briefing.sections
    ]


def test_switching_templates_there_and_back_restores_the_sample_briefing(analysed, tmp_path):
    from briefing_app.model import QUOTE

    b = analysed.briefing
    src = analysed.sources[0]
    start = src.text.index("Kassym-Jomart Tokayev")
    quote = analysed.quote_block(src.id, start, start + 21)
    b.section("key_points").blocks.append(quote)
    b.section("assessment").blocks.append(Block(PARAGRAPH, [Run("Mine.")], origin=USER))
    analysed.update_briefing(b)
    before = _view(analysed.briefing)
    moves = [str(m) for m in analysed.template_moves("situation_report")]
    assert any(m.startswith("Key points → Notes") for m in moves)

    analysed.set_template("government_note")
    analysed.set_template("situation_report")
    analysed.save(tmp_path / "p.briefing")
    reopened = Workspace.open(tmp_path / "p.briefing")
    reopened.set_template("analyst_brief")
    assert _view(reopened.briefing) == before
    kinds = [x.kind for x in reopened.briefing.section("key_points").blocks]
    assert kinds.count(QUOTE) == 1


def test_adding_a_source_offers_a_title_and_keeps_the_shown_one(analysed, tmp_path):
    shown = analysed.briefing.title
    other = tmp_path / "other.txt"
    other.write_text(
        "Chinese President Xi Jinping met Kazakh officials in Astana on Tuesday. "
        "Xi Jinping said the rail link would open next year.\n",
        encoding="utf-8",
    )
    analysed.add_files([other])
    analysed.analyze()
    assert analysed.briefing.title == shown
    offer = analysed.briefing.title_offer
    assert offer and offer != shown
    analysed.accept_title_offer()
    assert analysed.briefing.title == offer and analysed.briefing.title_offer == ""


def test_reanalysing_unchanged_sources_reuses_the_combined_analysis(analysed, tmp_path):
    analysed.save(tmp_path / "p.briefing")
    reopened = Workspace.open(tmp_path / "p.briefing")
    stored = reopened.raw_analysis
    reopened.analyze()  # every source a cache hit and the same list: nothing to combine
    assert reopened.raw_analysis is stored
    reopened.analyze(top_n=3)  # another setting: combined again
    assert reopened.raw_analysis is not stored


def test_save_job_writes_the_snapshot_and_a_change_made_meanwhile_stays_unsaved(analysed, tmp_path):
    import threading

    analysed.set_field("title", "Before the save")
    job, saved = analysed.save_job(tmp_path / "p")
    analysed.set_field("title", "Typed while saving")  # the GUI thread goes on meanwhile
    result = []
    worker = threading.Thread(target=lambda: result.append(job()))
    worker.start()
    worker.join()
    path = saved(result[0])
    assert path.name == "p.briefing" and analysed.project_path == path
    assert analysed.modified  # the new title is not in the file yet
    assert Workspace.open(path).briefing.title == "Before the save"
    analysed.save()
    assert not analysed.modified and Workspace.open(path).briefing.title == "Typed while saving"


def test_curation_job_keeps_an_edit_made_while_it_ran(analysed):
    actor = analysed.analysis.actors[0]
    job = analysed.curation_job("hide", actor.id)
    key_points = analysed.briefing.section("key_points")
    key_points.blocks.append(Block(PARAGRAPH, [Run("Typed meanwhile.")], origin=USER))
    analysed.update_briefing(analysed.briefing)
    analysed.apply_curation(job())
    assert analysed.analysis.actor(actor.id).hidden
    texts = [b.text for b in analysed.briefing.section("key_points").blocks]
    assert "Typed meanwhile." in texts
    rows = [b.cells[0] for b in analysed.briefing.section("actors").blocks]
    assert actor.name not in rows
    assert type(analysed.undo_curation()).__name__ == "Hide"
    assert actor.name in [b.cells[0] for b in analysed.briefing.section("actors").blocks]


def test_two_curation_jobs_run_together_keep_both_decisions(analysed):
    first, second = analysed.analysis.actors[0], analysed.analysis.actors[1]
    job_a = analysed.curation_job("hide", first.id)
    job_b = analysed.curation_job("hide", second.id)  # made before the first one is applied
    analysed.apply_curation(job_a())
    analysed.apply_curation(job_b())
    assert [type(d).__name__ for d in analysed.actor_decisions] == ["Hide", "Hide"]
    assert analysed.analysis.actor(first.id).hidden and analysed.analysis.actor(second.id).hidden


def test_stored_decisions_apply_and_those_matching_nothing_are_reported(
    tmp_path, make_project_state
):
    from briefing_app.store import save_project

    state = make_project_state(1)
    state.briefing = None  # the fixture's briefing is a stub; its decisions are what we test
    state.sources, state.originals, state.annotations, state.analysis_cache = [], {}, [], {}
    path = tmp_path / "stored.briefing"
    save_project(path, state)
    ws = Workspace.open(path)
    # the fixture's decisions are read back as typed values, none dropped as unreadable
    assert [type(d).__name__ for d in ws.actor_decisions] == ["Merge", "Hide"]
    ws.add_text(
        "Vladimir Putin arrived in Astana on Monday. Putin met Kazakh officials there. "
        "The Kremlin said the talks went well, and Putin left on Tuesday evening."
    )
    ws.analyze()
    assert _actor(ws, "Kremlin").hidden
    names = {a.name for a in ws.analysis.actors}
    assert "Vladimir Putin" in names and "Putin" not in names
    assert not any("actor decision" in w for w in ws.warnings())
    ws.curate("hide", "person:vladimir-putin")
    ws.curate(curation_hide_nobody())  # a decision about an actor no analysis has
    assert "1 actor decision no longer matches anything (Hide Nobody Atall)" in ws.warnings()
    saved = ws.save(tmp_path / "again.briefing")
    assert len(Workspace.open(saved).actor_decisions) == 4  # reported, never dropped


def curation_hide_nobody():
    from briefing_app.model.decisions import ActorRef

    return Hide(ActorRef("person:nobody-atall", ("Nobody Atall",)))


def test_a_non_english_source_gets_a_note_in_problems():
    ws = Workspace()
    ws.add_text(
        "Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti dei sindacati "
        "per discutere della riforma delle pensioni e del lavoro.",
        title="Roma",
    )
    assert ws.warnings() == [
        "Roma: written in Italian; the analysis is English-only, so names, dates and key "
        "points may be missed"
    ]
