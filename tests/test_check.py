"""``briefing-app check``: one planted error per rule is found, a clean note has none, and the
same holds for the note exported to DOCX and Markdown."""

from __future__ import annotations

import json

import pytest

from briefing_app.briefing import briefing_to_markdown, get_template
from briefing_app.briefing.autofill import apply_form
from briefing_app.briefing.lint import RULES
from briefing_app.cli import main
from briefing_app.export import export_docx
from briefing_app.model import BULLET, PARAGRAPH, Block, Briefing, Citation, Run, Section
from briefing_app.workspace import Workspace

SOURCE = "a1b2c3d4e5f60718"


def _block(text: str, *, cite: bool = True, kind: str = PARAGRAPH, **extra) -> Block:
    runs = [Run(text)] + ([Run(cite=SOURCE)] if cite else [])
    return Block(kind, runs, **extra)


def note(planted: bool) -> Briefing:
    """An analyst brief under US marking; ``planted`` puts in one error for each rule."""
    template = get_template("analyst_brief")
    b = Briefing(title="Pivot", template=template.id, marking="us", date="2026-11-29")
    b.sections = [Section.from_template(s) for s in template.sections]
    apply_form(b, template)
    b.citations = [Citation(1, SOURCE, outlet="Reuters", title="Accords")]
    judged = dict(likelihood="likely", confidence="high confidence", mark="S")
    b.section("key_judgements").blocks = [
        _block("Moscow will expand the base.", kind=BULLET, **judged),
        _block("Beijing will join the talks.", kind=BULLET, mark="S")
        if planted  # judgement-without-estimate
        else _block("Beijing will join the talks.", kind=BULLET, **judged),
    ]
    b.section("key_points").blocks = [
        _block("The ministers met in Astana.", kind=BULLET, mark="U"),
        _block("Officials signed nine accords.", kind=BULLET, mark="U", cite=not planted),
    ]
    b.section("discussion").blocks = [
        _block("Talks could resume in spring." if planted else "Talks resume in spring.", mark="U")
    ]
    assessment = b.section("assessment")
    assessment.fields = {"likelihood": "likely", "confidence": "moderate confidence"}
    assessment.blocks = [
        _block(
            "The pact is likely to hold, and a break is unlikely soon."
            if planted
            else "The pact is likely to hold.",
            mark="C",
        ),
        _block("A deal is probably certain by June." if planted else "A deal is likely by June.",
               mark="C"),
    ]  # fmt: skip
    b.section("background").blocks = [
        _block("The base opened in 2019.", mark="" if planted else "U")
    ]
    if not planted:
        b.section("outlook").blocks = [_block("Watch the June summit.", mark="U")]
    return b


def _save(briefing: Briefing, path) -> str:
    ws = Workspace()
    ws.briefing = briefing
    return str(ws.save(path))


@pytest.fixture
def planted(tmp_path):
    return _save(note(planted=True), tmp_path / "planted.briefing")


@pytest.fixture
def clean(tmp_path):
    return _save(note(planted=False), tmp_path / "clean.briefing")


def _check(capsys, *args) -> tuple[int, list[dict]]:
    code = main(["check", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_every_rules_planted_error_is_found_once(capsys, planted):
    code, findings = _check(capsys, planted)
    assert code == 3  # error-level findings
    assert sorted(f["rule"] for f in findings) == sorted(RULES)
    by_rule = {f["rule"]: f for f in findings}
    assert set(by_rule["rule"] for by_rule in findings) == set(RULES)
    vague = by_rule["vague-estimate"]
    assert (vague["section"], vague["text"], vague["severity"]) == (
        "Discussion",
        "could",
        "warning",
    )
    assert "Talks could resume in spring. [1]"[vague["start"] : vague["end"]] == "could"
    assert by_rule["mixed-likelihood"]["text"] == "likely to hold, and a break is unlikely"
    assert by_rule["likelihood-confidence-mix"]["text"] == "probably certain"
    assert by_rule["judgement-without-estimate"]["section"] == "Key judgements"
    assert by_rule["uncited-sentence"]["text"] == "Officials signed nine accords."
    assert by_rule["required-section-empty"]["section"] == "Outlook and implications"
    assert by_rule["portion-mark-missing"]["section"] == "Background"
    for finding in findings:
        assert set(finding) == {
            "rule", "severity", "section", "text", "start", "end", "message", "suggestion",
        }  # fmt: skip
        assert finding["message"] and finding["suggestion"]


def test_a_clean_note_has_no_findings(capsys, clean):
    assert _check(capsys, clean) == (0, [])


def test_the_exported_docx_is_checked_the_same_way(capsys, tmp_path):
    clean_docx = export_docx(note(planted=False), tmp_path / "clean.docx")
    assert _check(capsys, str(clean_docx)) == (0, [])
    planted_docx = export_docx(note(planted=True), tmp_path / "planted.docx")
    code, findings = _check(capsys, str(planted_docx))
    assert code == 3
    rules = {f["rule"] for f in findings}
    # the export prints every paragraph's mark (the note's level for unmarked ones), so the
    # missing mark cannot be seen in the DOCX; everything else is
    assert rules == set(RULES) - {"portion-mark-missing"}


def test_markdown_is_checked_and_missing_marks_found_when_asked(capsys, tmp_path):
    path = tmp_path / "note.md"
    path.write_text(briefing_to_markdown(note(planted=False)), encoding="utf-8")
    code, findings = _check(capsys, str(path))
    assert (code, findings) == (0, [])
    code, findings = _check(capsys, str(path), "--marking", "us")
    assert code == 3 and {f["rule"] for f in findings} == {"portion-mark-missing"}


def test_a_file_that_cannot_be_read_exits_1_with_one_line(capsys, tmp_path):
    assert main(["check", str(tmp_path / "missing.md")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.md" in err[0]
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    assert main(["check", str(bad)]) == 1
    assert main(["check", str(tmp_path / "x.txt")]) == 1
    folder = tmp_path / "notes"
    folder.mkdir()
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"briefing-app: {folder}: is a folder, not a file"


def test_a_damaged_marking_file_is_named_and_the_others_still_work(capsys, tmp_path, damaged_nato):
    from briefing_app.workspace import tradecraft

    # the window lists the schemes it can read; the damaged one is left out, not a traceback
    assert "nato" not in {s.id for s in tradecraft.marking_schemes()}
    assert {"us", "uk"} <= {s.id for s in tradecraft.marking_schemes()}
    # a marked note is still checked (the guess of its scheme skips the damaged one) ...
    path = tmp_path / "note.md"
    path.write_text("# Note\n\n## Key judgements\n\n(S) It will probably rain.\n\n"
                    "(XYZ) The base opened in 2019.\n", encoding="utf-8")  # fmt: skip
    code, findings = _check(capsys, str(path))
    assert code == 3 and "portion-mark-missing" in {f["rule"] for f in findings}
    # ... and asking for the damaged scheme names the file in one line
    assert main(["check", str(path), "--marking", "nato"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(damaged_nato / "nato.toml") in err[0]


def test_abbreviations_do_not_end_a_cited_sentence(capsys, tmp_path):
    """ "U.S.", "Brig. Gen." and "J." inside a cited sentence leave it cited; an uncited sentence
    after an acronym's full stop is still found."""
    b = note(planted=False)
    b.section("key_points").blocks = [
        _block("The U.S. — with its allies — sent Brig. Gen. J. Ryder, Mr. Lee said.", mark="U",
               kind=BULLET),
        _block("Yesterday, U.S. officials met. [1] Teams flew to the U.S. Nobody said why.",
               mark="U", kind=BULLET, cite=False),
    ]  # fmt: skip
    _, findings = _check(capsys, _save(b, tmp_path / "abbr.briefing"))
    assert [(f["rule"], f["text"]) for f in findings] == [
        ("uncited-sentence", "Teams flew to the U.S. Nobody said why.")
    ], findings


def test_a_sentence_ending_in_an_acronym_before_a_new_one_is_its_own_sentence(capsys, tmp_path):
    """ "... the U.S. Then ..." and "... at 5 p.m. The ...": the full stop ends the sentence
    when the next word is one that never follows an acronym inside a sentence."""
    b = note(planted=False)
    b.section("key_points").blocks = [
        _block("The envoy left the U.S. Then she flew home. [1]", mark="U", kind=BULLET,
               cite=False),
        _block("Talks ended at 5 p.m. The minister left. [1]", mark="U", kind=BULLET,
               cite=False),
        _block("The U.S. Army sent Dr. No a letter.", mark="U", kind=BULLET),
    ]  # fmt: skip
    _, findings = _check(capsys, _save(b, tmp_path / "acronym.briefing"))
    assert [(f["rule"], f["text"]) for f in findings] == [
        ("uncited-sentence", "The envoy left the U.S."),
        ("uncited-sentence", "Talks ended at 5 p.m."),
    ], findings
