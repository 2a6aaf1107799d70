"""The Word export, read back with python-docx as a reader's Word would show it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from test_export_sample import ACTORS, KEY_POINTS, TOKAYEV, analyst_brief, citations, norm

from briefing_app.export import AppendixEntry, ExportOptions, WordComment, export_docx
from briefing_app.model import Block, Run, Section


@pytest.fixture(scope="module")
def brief_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    export_docx(analyst_brief(), path)
    return docx.Document(str(path))


def test_title_meta_and_headings_use_real_word_styles(brief_docx):
    paragraphs = brief_docx.paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == "Russia deepens its eastward pivot with Kazakhstan"
    assert "28 November 2024" in paragraphs[1].text and "Jane Analyst" in paragraphs[1].text
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    # The empty "Outlook" section is left out; Sources is listed.
    assert headings == [
        "Bottom line up front",
        "Key points",
        "Actors",
        "Background",
        "Assessment",
        "Sources",
    ]


def test_every_key_point_is_a_list_bullet_with_its_citation_numbers(brief_docx):
    bullets = [norm(p.text) for p in brief_docx.paragraphs if p.style.name == "List Bullet"]
    numbers = {c.source: c.number for c in citations()}
    assert len(bullets) == len(KEY_POINTS)
    for (text, cites), bullet in zip(KEY_POINTS, bullets, strict=True):
        markers = "".join(f"[{numbers[s]}]" for s in cites)
        assert bullet == f"{text} {markers}"


def test_quote_block_uses_the_quote_style(brief_docx):
    quotes = [p.text for p in brief_docx.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 1 and quotes[0].startswith("Russia is strategically pivoting")


def test_inline_bold_and_italic_survive(brief_docx):
    runs = [r for p in brief_docx.paragraphs for r in p.runs]
    assert any(r.text == "likely" and r.bold for r in runs)
    assert any(r.text == "Kazakh" and r.italic for r in runs)


def test_actor_table_has_header_row_cells_and_a_table_style(brief_docx):
    (table,) = brief_docx.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Name", "Type", "Role", "Sources"]
    assert rows[1:] == [list(actor) for actor in ACTORS]
    assert TOKAYEV in rows[2]
    assert table.style.name == "Briefing Table"
    header_props = table.rows[0]._tr.trPr
    assert header_props is not None and header_props.find(qn("w:tblHeader")) is not None
    widths = [c.width for c in table.rows[0].cells]
    assert widths[2] > widths[1], "the long Role column should be wider than Type"


def test_header_and_footer_carry_banner_and_page_x_of_y(brief_docx):
    section = brief_docx.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["OFFICIAL"]
    footer = section.footer.paragraphs[0]
    assert "OFFICIAL" in footer.text and "Page" in footer.text and " of " in footer.text
    instructions = [el.text.strip() for el in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_core_properties(brief_docx):
    props = brief_docx.core_properties
    assert props.title == "Russia deepens its eastward pivot with Kazakhstan"
    assert props.author == "Jane Analyst"
    assert props.subject == "Russia–Kazakhstan relations ahead of the Trump presidency"
    assert props.keywords == "Russia, Kazakhstan, CSTO, Eurasian Economic Union"
    created = props.created.replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)


def test_citation_markers_link_to_the_matching_sources_entry(brief_docx):
    body = brief_docx.element.body
    bookmarks = {}
    for start in body.iter(qn("w:bookmarkStart")):
        paragraph = start.getparent()
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        bookmarks[start.get(qn("w:name"))] = text
    links = [
        (link.get(qn("w:anchor")), "".join(t.text for t in link.iter(qn("w:t"))))
        for link in body.iter(qn("w:hyperlink"))
        if link.get(qn("w:anchor"))
    ]
    assert len(links) >= 10
    for anchor, marker in links:
        number = int(marker.strip("[]"))
        assert bookmarks[anchor].startswith(f"{number}.")
    for citation in citations():
        entry = next(t for t in bookmarks.values() if t.startswith(f"{citation.number}."))
        assert citation.title in entry and citation.url in entry


def test_source_urls_are_clickable_external_links(brief_docx):
    targets = {
        rel.target_ref for rel in brief_docx.part.rels.values() if rel.reltype.endswith("hyperlink")
    }
    assert {c.url for c in citations()} <= targets


def test_fonts_are_set_in_styles_not_run_by_run(brief_docx):
    assert brief_docx.styles["Normal"].font.name == "Arial"
    assert brief_docx.styles["Heading 1"].font.name == "Arial"
    assert not list(brief_docx.element.body.iter(qn("w:rFonts")))


def test_page_size_a4_and_letter(tmp_path):
    a4 = docx.Document(str(export_docx(analyst_brief(), tmp_path / "a4.docx")))
    assert abs(a4.sections[0].page_width - Mm(210)) < Mm(1)
    letter_path = export_docx(analyst_brief(), tmp_path / "l.docx", ExportOptions("letter"))
    letter = docx.Document(str(letter_path))
    assert abs(letter.sections[0].page_width - Mm(215.9)) < Mm(1)
    assert abs(letter.sections[0].page_height - Mm(279.4)) < Mm(1)


def test_markup_characters_and_control_characters(tmp_path):
    brief = analyst_brief()
    brief.sections[0].blocks.append(Block(runs=[Run("AT&T <b>not bold</b> \x0b\x0cend\x00")]))
    document = docx.Document(str(export_docx(brief, tmp_path / "b.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "AT&T <b>not bold</b> end" in texts


def test_word_comment_anchors_on_exactly_its_text(tmp_path):
    comment = WordComment("Eurasian defence framework", "Check the CSTO charter.", "Jane Analyst")
    options = ExportOptions(comments=[comment])
    document = docx.Document(str(export_docx(analyst_brief(), tmp_path / "c.docx", options)))
    (saved,) = list(document.comments)
    assert saved.text == "Check the CSTO charter." and saved.author == "Jane Analyst"
    assert saved.initials == "JA"
    body = document.element.body
    inside, covered = False, []
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            inside = True
        elif el.tag == qn("w:commentRangeEnd"):
            inside = False
        elif inside and el.tag == qn("w:t"):
            covered.append(el.text)
    assert "".join(covered) == "Eurasian defence framework"
    # Splitting the run for the comment did not change what the reader sees.
    assert any(KEY_POINTS[2][0] in p.text for p in document.paragraphs)


def test_appendix_groups_annotated_excerpts_by_tag(tmp_path):
    first, _, third = (c.source for c in citations())
    appendix = [
        AppendixEntry("Military", "a new Eurasian defence framework", "Watch CSTO.", first),
        AppendixEntry("Economy", "light industry", "", third),
        AppendixEntry("Military", "securing borders", "Border deals?", "unknown-source"),
    ]
    options = ExportOptions(appendix=appendix)
    document = docx.Document(str(export_docx(analyst_brief(), tmp_path / "a.docx", options)))
    paragraphs = document.paragraphs
    start = next(
        i
        for i, p in enumerate(paragraphs)
        if p.text == "Annotated excerpts" and p.style.name == "Heading 1"  # not its TOC entry
    )
    tail = [(p.style.name, p.text) for p in paragraphs[start:]]
    assert tail == [
        ("Heading 1", "Annotated excerpts"),
        ("Heading 2", "Military"),
        ("Quote", "a new Eurasian defence framework\u00a0[1]"),
        ("Normal", "Watch CSTO."),
        ("Quote", "securing borders"),
        ("Normal", "Border deals?"),
        ("Heading 2", "Economy"),
        ("Quote", "light industry\u00a0[3]"),
    ]


def test_sources_section_is_added_when_the_template_has_none(tmp_path):
    brief = analyst_brief()
    brief.sections = [s for s in brief.sections if s.id != "sources"]
    brief.sections.append(Section("extra", "Extra", blocks=[]))
    document = docx.Document(str(export_docx(brief, tmp_path / "s.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Sources" and "Extra" not in headings


@pytest.mark.parametrize(
    ("iso", "written"), [("2024-03-12", "12 March 2024"), ("2024-03", "March 2024")]
)
def test_the_date_reads_the_same_in_word_pdf_and_markdown(tmp_path, iso, written):
    # One English formatter for every output (exports once used strftime's %B, which follows
    # the locale Qt sets, and left a month-only date as "2024-03").
    import pypdf

    from briefing_app.briefing import briefing_to_markdown
    from briefing_app.export import export_pdf

    brief = analyst_brief(date=iso)
    word = docx.Document(str(export_docx(brief, tmp_path / "d.docx")))
    assert any(p.text.startswith(f"{written} · ") for p in word.paragraphs[:4])
    pdf = pypdf.PdfReader(str(export_pdf(brief, tmp_path / "d.pdf")))
    assert f"{written} · " in pdf.pages[0].extract_text()
    assert f"{written} · " in briefing_to_markdown(brief)
