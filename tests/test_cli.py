"""The command line as a user runs it: exit codes, JSON shape, files written."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from docx import Document
from pypdf import PdfReader

from briefing_app.cli import main

pytestmark = pytest.mark.slow


def _names(actors, type_):
    return {a["name"] for a in actors if a["type"] == type_}


def test_analyze_json_gives_the_sample_roster(sample_path, capsys):
    assert main(["analyze", str(sample_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["outlet"] for s in data["sources"]] == ["thinkchina.sg"]
    source = data["sources"][0]
    for key in ("id", "path", "title", "outlet", "url", "author", "published", "word_count"):
        assert key in source
    actors = data["actors"]
    persons = _names(actors, "person")
    assert {"Vladimir Putin", "Kassym-Jomart Tokayev", "Donald Trump"} <= persons
    assert "Kazakh" not in persons
    assert "Trump" not in _names(actors, "organization")
    trump = next(a for a in actors if a["name"] == "Donald Trump")
    assert "Trump" in trump["aliases"]
    places = _names(actors, "place")
    assert {
        "Russia",
        "Kazakhstan",
        "Mongolia",
        "Ukraine",
        "Crimea",
        "Uzbekistan",
        "Moscow",
    } <= places
    orgs = [a for a in actors if a["type"] == "organization"]
    csto = [a for a in orgs if "CSTO" in [a["name"], *a["aliases"]]]
    assert len(csto) == 1
    long_form = "Collective Security Treaty Organization"
    assert any(long_form in n for n in [csto[0]["name"], *csto[0]["aliases"]])
    assert any(a["name"] == "Eurasian Economic Union" for a in orgs)
    for point in data["key_points"]:
        assert "Leave a Reply" not in point["text"]
        assert "email address" not in point["text"]
        assert point["evidence"], point
    assert 3 <= len(data["key_points"]) <= 7
    assert data["errors"] == []


def test_analyze_evidence_points_at_the_mention(sample_path, capsys):
    from briefing_app.ingest import load_source

    assert main(["analyze", str(sample_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = load_source(sample_path).text
    putin = next(a for a in data["actors"] if a["name"] == "Vladimir Putin")
    mentioned = {text[e["start"] : e["end"]] for e in putin["evidence"]}
    assert mentioned and all("Putin" in m for m in mentioned)


def test_analyze_bad_file_among_good_exits_2_and_still_reports(sample_path, tmp_path, capsys):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    code = main(["analyze", str(sample_path), str(bad), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    data = json.loads(captured.out)
    assert len(data["sources"]) == 1
    assert [e["path"] for e in data["errors"]] == [str(bad)]
    err_lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(err_lines) == 1 and "broken.docx" in err_lines[0]
    assert "Traceback" not in captured.err


def test_analyze_readable_summary(sample_path, capsys):
    assert main(["analyze", str(sample_path), "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Vladimir Putin" in out and "Key points" in out
    assert out.count("\n  1. ") == 1


def test_usage_error_exits_1(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze"])
    assert exc.value.code == 1
    with pytest.raises(SystemExit) as exc:
        main(["draft", "x.txt", "--page-size", "A3", "-o", "x.pdf"])
    assert exc.value.code == 1


def test_module_entry_point_runs_headless(sample_path, tmp_path):
    missing = tmp_path / "nope.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_app", "analyze", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_draft_writes_docx_and_pdf(sample_path, tmp_path, capsys):
    docx_path, pdf_path = tmp_path / "brief.docx", tmp_path / "brief.pdf"
    code = main(
        [
            "draft",
            str(sample_path),
            "--title",
            "Russia looks east",
            "--author",
            "A. Analyst",
            "--classification",
            "OFFICIAL-SENSITIVE",
            "--page-size",
            "letter",
            "-o",
            str(docx_path),
            "-o",
            str(pdf_path),
        ]
    )
    assert code == 0
    doc = Document(str(docx_path))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Russia looks east" in body
    assert doc.core_properties.author == "A. Analyst"
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert "OFFICIAL-SENSITIVE" in header
    pdf = PdfReader(str(pdf_path))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Russia looks east" in text
    assert "Putin" in text


def test_draft_json_and_templates(sample_path, capsys):
    assert main(["draft", str(sample_path), "--template", "situation_report", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["template"] == "situation_report"
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    for template_id in ("analyst_brief", "government_note", "situation_report"):
        assert template_id in out


def test_draft_unknown_template_is_one_line(sample_path, capsys):
    assert main(["draft", str(sample_path), "--template", "nope", "--json"]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err


def _annotated_project(tmp_path, with_annotations: bool = True):
    from briefing_app.workspace import Workspace

    ws = Workspace()
    src = ws.add_text(
        "Kyiv, 12 March. Officials met in Berlin to agree on inspections.", "Berlin talks"
    )
    if with_annotations:
        ws.add_annotation(src.id, 0, 4, colour="green", comment="capital", tags=["place", "x"])
        ws.add_annotation(src.id, 16, 25)
    return ws.save(tmp_path / "notes.briefing"), src


def test_annotations_listed_as_json_csv_and_text(tmp_path, capsys):
    import csv
    import io

    path, src = _annotated_project(tmp_path)
    assert main(["annotations", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["quote"] for r in rows] == ["Kyiv", "Officials"]
    assert rows[0]["source_title"] == "Berlin talks" and rows[0]["tags"] == ["place", "x"]
    assert (rows[0]["source"], rows[0]["start"], rows[0]["end"]) == (src.id, 0, 4)
    assert main(["annotations", str(path), "--csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["quote"] for r in table] == ["Kyiv", "Officials"]
    assert table[0]["tags"] == "place;x" and table[0]["comment"] == "capital"
    assert main(["annotations", str(path)]) == 0
    text = capsys.readouterr().out
    assert "“Kyiv” — capital #place #x" in text and "[Berlin talks]" in text


def test_annotations_of_an_unannotated_project_still_have_their_columns(tmp_path, capsys):
    path, _ = _annotated_project(tmp_path, with_annotations=False)
    assert main(["annotations", str(path), "--csv"]) == 0
    header = capsys.readouterr().out.splitlines()
    assert header[0].split(",")[:6] == ["id", "source", "source_title", "start", "end", "quote"]
    assert main(["annotations", str(path)]) == 0
    assert "(no annotations)" in capsys.readouterr().out


def test_annotations_of_a_file_that_is_no_project_is_one_line(tmp_path, capsys):
    bad = tmp_path / "notes.briefing"
    bad.write_text("just text", encoding="utf-8")
    assert main(["annotations", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "notes.briefing" in err


def test_window_without_a_display_is_a_one_line_message(sample_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_app", str(sample_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no display" in lines[0] and "Traceback" not in proc.stderr


def test_verbose_logs_to_stderr_and_the_log_file_always_gets_it(sample_path, tmp_path, capsys):
    from briefing_app.logs import log_file

    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert main(["analyze", str(bad)]) == 2  # no source loaded
    quiet = capsys.readouterr().err.splitlines()
    assert len(quiet) == 1 and "broken.docx" in quiet[0]  # one line, no log noise
    assert "not loaded: " in log_file().read_text(encoding="utf-8")  # the file has it anyway

    assert main(["--verbose", "analyze", str(bad)]) == 2
    loud = capsys.readouterr().err
    assert "INFO briefing_app.ingest.load: not loaded: " in loud and "broken.docx" in loud


@pytest.mark.parametrize("template", ["analyst_brief", "government_note", "situation_report"])
def test_a_source_without_a_headline_is_cited_by_its_file_name(tmp_path, template):
    # A republished release with no headline, no outlet and no date: the file's name stands in
    # for its title in the Sources list (issue 8 §3), never the internal source id.
    page = tmp_path / "unicef_release_copy.txt"
    page.write_text(
        "Floods hit the Ostra valley on Monday after three days of rain, officials said.\n\n"
        "Twelve thousand people have fled their homes in Talor since the river burst its "
        "banks on Monday.\n\nThe regional governor asked the army to send boats and helicopters.",
        encoding="utf-8",
    )
    docx_out, pdf_out = tmp_path / "note.docx", tmp_path / "note.pdf"
    for out in (docx_out, pdf_out):
        assert main(["draft", str(page), "--template", template, "-o", str(out)]) == 0
    entries = [p.text for p in Document(str(docx_out)).paragraphs if "unicef_release" in p.text]
    assert entries and "unicef_release_copy.txt" in entries[-1]
    pdf_text = " ".join(p.extract_text() for p in PdfReader(str(pdf_out)).pages)
    assert "unicef_release_copy.txt" in pdf_text.replace("\n", "")
