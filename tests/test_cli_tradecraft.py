"""``draft --marking``, ``actors`` and ``timeline`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from docx import Document
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("marking", "level", "banner", "portion"),
    [
        ("us", "S//NF", "SECRET//NOFORN", "(S//NF)"),
        ("ca", "PROTECTED B", "PROTECTED B", "(PB)"),
        ("uk", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE", "(OS)"),
        ("nato", "NATO SECRET", "NATO SECRET", "(NS)"),
    ],
)
def test_draft_with_a_marking_scheme_marks_every_portion(
    sample_path, tmp_path, capsys, marking, level, banner, portion
):
    docx_path, pdf_path = tmp_path / "n.docx", tmp_path / "n.pdf"
    args = ["draft", str(sample_path), "--template", "government_note", "--marking", marking]
    args += ["--classification", level, "-o", str(docx_path), "-o", str(pdf_path)]
    assert main(args) == 0
    err = capsys.readouterr().err
    # the government note's Purpose, Options and Recommendation are the analyst's to write
    for heading in ("Purpose", "Options", "Recommendation"):
        assert f"required section “{heading}” is empty" in err
    document = Document(str(docx_path))
    assert document.sections[0].header.paragraphs[0].text == banner
    assert document.paragraphs[0].text.startswith(portion + " ")
    # numbered paragraphs, each with its mark: "1. (S//NF) ..."
    numbered = [p.text for p in document.paragraphs if re.match(r"\d+\.\u00a0", p.text)]
    assert len(numbered) >= 2
    assert all(re.match(rf"\d+\.\u00a0{re.escape(portion)} ", t) for t in numbered)
    texts = [p.text.replace("\u00a0", " ") for p in document.paragraphs]
    assert texts.count("[To be completed]") == 3
    authority = [p.text for p in document.paragraphs if p.text.startswith("Classified By")]
    assert bool(authority) == (marking == "us")
    text = PdfReader(str(pdf_path)).pages[0].extract_text()
    assert text.lstrip().startswith(portion) and banner in text


def test_actors_as_csv_and_json_from_sources_and_from_a_project(sample_path, tmp_path, capsys):
    assert main(["actors", str(sample_path), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["id", "name", "type", "aliases", "roles", "mentions", "sources",
                             "evidence"]  # fmt: skip
    putin = next(r for r in rows if r["name"] == "Vladimir Putin")
    assert putin["type"] == "person" and putin["sources"] == "1" and int(putin["mentions"]) > 1
    assert putin["evidence"].count(":") >= 1
    ws = Workspace()
    ws.add_files([sample_path])
    ws.analyze()
    project = ws.save(tmp_path / "p.briefing")
    assert main(["actors", str(project), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["name"] for a in data} == {r["name"] for r in rows}
    first = next(a for a in data if a["name"] == "Vladimir Putin")
    assert "Putin" in " ".join(e["text"] for e in first["evidence"])


def test_timeline_as_csv_and_json(tmp_path, capsys):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Defence talks in Astana\n\n"
        "On 14 March 2024 the ministers signed a defence accord in Astana. "
        "The talks had opened on 12 March 2024 with a meeting of officials. "
        "A follow-up summit is planned for 3 June 2024 in Moscow.\n",
        encoding="utf-8",
    )
    assert main(["timeline", str(article), "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert events and [e["date"] for e in events] == sorted(e["date"] for e in events)
    for event in events:
        assert event["event"] and event["sources"] == [1]
        assert all(ev["text"] for ev in event["evidence"])
    assert [e["date"] for e in events] == ["2024-03-12", "2024-03-14", "2024-06-03"]
    assert "signed a defence accord" in events[1]["event"]
    assert main(["timeline", str(article), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["date"] for r in rows] == [e["date"] for e in events]


def test_draft_pdfa_writes_an_archival_pdf(sample_path, tmp_path):
    out = tmp_path / "a.pdf"
    assert main(["draft", str(sample_path), "--pdfa", "-o", str(out)]) == 0
    root = PdfReader(str(out)).trailer["/Root"]
    assert "pdfaid:part" in root["/Metadata"].get_object().get_data().decode("utf-8")


def test_actors_of_nothing_loadable_exits_1(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["actors", str(missing), "--json"]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_draft_with_a_damaged_marking_file_names_it_and_writes_nothing(
    sample_path, tmp_path, capsys, damaged_nato
):
    out = tmp_path / "n.docx"
    assert main(["draft", str(sample_path), "--marking", "nato", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"briefing-app: {damaged_nato / 'nato.toml'}: cannot read" in err
    assert "Traceback" not in err
    assert not out.exists()  # never an unmarked note that was asked to be marked
