"""Each template at each marking scheme, exported and read back as a reader gets it: portion
marks and banners at the right level, the US authority block, estimates with their ranges,
graded sources with accessed dates, and "[To be completed]" where a required section is empty."""

from __future__ import annotations

import re

import docx
import pypdf
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from briefing_app.briefing import get_template
from briefing_app.briefing.autofill import apply_form
from briefing_app.export import export_docx, export_pdf
from briefing_app.model import (
    BULLET,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    Briefing,
    Citation,
    Run,
    Section,
)

TEMPLATES = ("analyst_brief", "government_note", "situation_report")
# scheme -> (the note's level, a higher portion mark, the banner that mark makes)
SCHEMES = {
    "us": ("C", "S//NF", "SECRET//NOFORN"),
    "uk": ("OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    "ca": ("PROTECTED A", "PB", "PROTECTED B"),
    "nato": ("NATO RESTRICTED", "NS", "NATO SECRET"),
}
DEFAULT_PORTION = {"us": "(C)", "uk": "(O)", "ca": "(PA)", "nato": "(NR)"}
RAISED_PORTION = {"us": "(S//NF)", "uk": "(OS)", "ca": "(PB)", "nato": "(NS)"}
LOWEST_PORTION = {"us": "(U)", "uk": "(O)", "ca": "(U)", "nato": "(NU)"}
SOURCE = "a1b2c3d4e5f60718"


def form_brief(template_id: str, marking: str) -> Briefing:
    """A note in ``template_id`` under ``marking``: one raised portion, one table, judgements
    with estimates, a graded source, and one required section left empty."""
    level, raised, _ = SCHEMES[marking]
    template = get_template(template_id)
    briefing = Briefing(
        title="Eastward pivot",
        classification=level,
        date="2026-11-29",
        author="Jane Analyst",
        template=template_id,
        marking=marking,
        sections=[Section.from_template(s) for s in template.sections],
    )
    apply_form(briefing, template)
    briefing.header.update(
        {"Classified By": "J. Smith, Analyst", "Derived From": "Multiple Sources"}
    )
    briefing.header["Declassify On"] = "20511129"
    required = [s for s in briefing.sections if s.required]
    text_sections = [
        s for s in briefing.sections if s.kind != "table" and s.fill != "sources" and s.fill
    ]
    for section in text_sections:
        if section is required[-1]:
            continue  # left empty on purpose: "[To be completed]"
        kind = BULLET if section.kind == "list" else PARAGRAPH
        block = Block(kind, [Run(f"Moscow signed accords in {section.heading}"), Run(cite=SOURCE)])
        if "likelihood" in section.fields:
            block.likelihood, block.confidence = "likely", "moderate confidence"
        section.blocks.append(block)
    text_sections[0].blocks[0].mark = raised
    for section in briefing.sections:
        if section.kind == "table":
            section.blocks = [Block(TABLE_ROW, cells=["A", "B", "C", "1"][: len(section.columns)])]
    briefing.citations = [
        Citation(
            1,
            SOURCE,
            outlet="Reuters",
            title="Accords signed",
            published="2026-11-27",
            url="https://example.net/accords",
            reliability="B",
            credibility="2",
            accessed="2026-11-28",
        )
    ]
    return briefing


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    out = {}
    for template_id in TEMPLATES:
        for marking in SCHEMES:
            briefing = form_brief(template_id, marking)
            stem = folder / f"{template_id}-{marking}"
            out[template_id, marking] = (
                briefing,
                docx.Document(str(export_docx(briefing, stem.with_suffix(".docx")))),
                pypdf.PdfReader(str(export_pdf(briefing, stem.with_suffix(".pdf")))),
            )
    return out


CASES = [(t, m) for t in TEMPLATES for m in SCHEMES]


def _pdf_text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(("template_id", "marking"), CASES)
def test_banner_is_the_highest_portion_mark_and_every_paragraph_is_marked(
    exports, template_id, marking
):
    briefing, document, reader = exports[template_id, marking]
    banner = SCHEMES[marking][2]
    header = document.sections[0].header.paragraphs[0]
    assert header.text == banner
    assert banner in document.sections[0].footer.paragraphs[0].text
    right = header.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert right == (marking == "ca")  # Canada: upper right
    paragraphs = document.paragraphs
    assert paragraphs[0].text == f"{DEFAULT_PORTION[marking]} Eastward pivot"
    marked = [p.text for p in paragraphs if "Moscow signed" in p.text]
    # every paragraph and bullet starts (after its number, in a numbered note) with its mark
    portions = [re.match(r"^(?:\d+\.\u00a0)?(\([^)]+\)) Moscow", t) for t in marked]
    assert marked and all(portions)
    found = [m.group(1) for m in portions]
    assert found.count(RAISED_PORTION[marking]) == 1
    assert set(found) == {RAISED_PORTION[marking], DEFAULT_PORTION[marking]}
    captions = [p.text for p in paragraphs if p.style.name == "Caption"]
    if any(s.kind == "table" for s in briefing.sections):
        assert captions and captions[0].startswith(DEFAULT_PORTION[marking] + " Table 1.")
    pages = [page.extract_text() for page in reader.pages]
    assert pages[0].lstrip().startswith(f"{DEFAULT_PORTION[marking]} Eastward pivot")
    assert all(p.count(banner) >= 2 for p in pages)  # top and bottom of every page
    assert f"{RAISED_PORTION[marking]} Moscow signed" in _pdf_text(reader).replace("\n", " ")


@pytest.mark.parametrize(("template_id", "marking"), CASES)
def test_authority_block_only_under_us_rules(exports, template_id, marking):
    _, document, reader = exports[template_id, marking]
    lines = [p.text for p in document.paragraphs if p.style.name == "Classification Authority"]
    text = _pdf_text(reader)
    if marking == "us":
        assert lines == [
            "Classified By: J. Smith, Analyst",
            "Derived From: Multiple Sources",
            "Declassify On: 20511129",
        ]
        assert "Classified By: J. Smith, Analyst" in text and "Declassify On: 20511129" in text
    else:
        assert lines == [] and "Classified By" not in text


@pytest.mark.parametrize(("template_id", "marking"), CASES)
def test_graded_sources_with_accessed_dates_and_empty_required_sections(
    exports, template_id, marking
):
    briefing, document, reader = exports[template_id, marking]
    entries = [p.text for p in document.paragraphs if p.style.name == "Source Entry"]
    assert len(entries) == 1
    assert LOWEST_PORTION[marking] in entries[0]
    assert "Accessed" in entries[0] and "Grade B2" in entries[0]
    text = _pdf_text(reader).replace("\n", " ")
    assert "Grade B2" in text and "Accessed" in text
    empty = [s for s in briefing.sections if s.required][-1]
    at = next(
        i
        for i, p in enumerate(document.paragraphs)
        if p.text == empty.heading and p.style.name.startswith("Heading")
    )
    tbc = document.paragraphs[at + 1]
    assert tbc.text.replace("\u00a0", " ") == "[To be completed]"
    assert tbc.runs[0].style.name == "To Be Completed"
    assert tbc.runs[0].style.font.highlight_color is not None  # visible, not plain text
    assert "[To be completed]" in text


@pytest.mark.parametrize("marking", list(SCHEMES))
def test_judgements_print_likelihood_and_confidence_with_ranges(exports, marking):
    _, document, reader = exports["analyst_brief", marking]
    statement = "We assess with moderate confidence that this is likely (55–80%)."
    judgements = [p.text for p in document.paragraphs if statement in p.text]
    assert judgements and all("Moscow signed" in t for t in judgements)
    assert statement in _pdf_text(reader).replace("\n", " ")


def test_government_note_has_its_header_decision_and_sign_off_blocks(exports):
    _, document, reader = exports["government_note", "ca"]
    labels = [row.cells[0].text for row in document.tables[0].rows]
    assert labels == ["To:", "From:", "Date:", "Subject:", "File number:", "For:"]
    values = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert values["For:"] == "For decision" and values["Date:"] == "29 November 2026"
    texts = [p.text for p in document.paragraphs]
    assert "☐ Approved     ☐ Not approved     ☐ Discussed" in texts
    assert texts.index("Decision") < texts.index("Sources")
    assert any(t.startswith("Prepared by:") for t in texts)
    assert any(t.startswith("1.\u00a0(") for t in texts)  # numbered paragraphs
    pdf = _pdf_text(reader)
    assert "Approved" in pdf and "Prepared by:" in pdf and "File number:" in pdf


def test_sitrep_header_and_dated_entry_columns(exports):
    _, document, _ = exports["situation_report", "uk"]
    labels = [row.cells[0].text for row in document.tables[0].rows]
    assert labels == ["As of:", "Reporting period:", "Next update due:"]
    as_of = document.tables[0].rows[0].cells[1].text  # drafted now, in the note's ISO style
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", as_of)
    entries = next(t for t in document.tables[1:] if t.rows[0].cells[0].text == "Date")
    assert [c.text for c in entries.rows[0].cells] == ["Date", "Place", "Event", "Source"]


@pytest.mark.parametrize("template_id", ["government_note", "situation_report"])
def test_the_word_header_block_is_ruled_as_the_pdf_one(exports, template_id):
    """look15: the PDF rules each To / From / Date row (0.4 pt grey); the Word note had none."""
    from docx.oxml.ns import qn

    _, document, _ = exports[template_id, "uk"]
    header = document.tables[0]
    assert header.rows[0].cells[0].text.endswith(":"), header.rows[0].cells[0].text
    tbl_pr = header._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert borders is not None  # was: no borders, the rows read as loose lines
    for side in ("bottom", "insideH"):
        rule = borders.find(qn(f"w:{side}"))
        assert rule is not None and rule.get(qn("w:val")) == "single"
        assert rule.get(qn("w:color")) == "BFBFBF"
    order = [child.tag.split("}")[1] for child in tbl_pr]
    assert order.index("tblBorders") < order.index("tblCellMar")  # (the schema's order)
    assert order[-1] != "tblBorders" or "tblLook" not in order
