"""What a professional reader notices in the files themselves: Word's normal mode, honest
document properties, languages, unbreakable ISO dates, comment styles, a contents field; a PDF
that embeds every font it names, states its language, shows its outline and reads title first."""

from __future__ import annotations

import re
import zipfile

import pypdf
from test_export_sample import analyst_brief, long_brief

from briefing_app.export import ExportOptions, WordComment, export_docx, export_pdf
from briefing_app.model import PARAGRAPH, Block, Briefing, Citation, Run, Section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def test_word_opens_in_normal_mode_with_this_apps_properties(tmp_path):
    briefing = long_brief(3000)
    path = export_docx(briefing, tmp_path / "a.docx")
    settings = _xml(path, "word/settings.xml")
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    app = _xml(path, "docProps/app.xml")
    assert "<Application>briefing-app</Application>" in app
    assert "Microsoft" not in app and "Normal.dotm" not in app
    words = int(re.search(r"<Words>(\d+)</Words>", app).group(1))
    pages = int(re.search(r"<Pages>(\d+)</Pages>", app).group(1))
    assert abs(words - briefing.word_count()) / briefing.word_count() < 0.15
    pdf_pages = len(pypdf.PdfReader(str(export_pdf(briefing, tmp_path / "a.pdf"))).pages)
    # an estimate near the real count (LibreOffice lays this one out on 10 pages)
    assert abs(pages - pdf_pages) <= max(2, round(pdf_pages * 0.35))


def test_each_document_gets_its_own_id(tmp_path):
    ids = set()
    for n in range(3):
        path = export_docx(analyst_brief(), tmp_path / f"{n}.docx")
        ids.add(re.search(r'w14:docId w14:val="([0-9A-F]+)"', _xml(path, "word/settings.xml"))[1])
    assert len(ids) == 3


def test_cyrillic_runs_carry_their_language_and_iso_dates_do_not_break(tmp_path):
    briefing = Briefing(
        title="Note",
        sections=[
            Section(
                "a",
                "A",
                blocks=[
                    Block(PARAGRAPH, [Run("Касым-Жомарт Токаев spoke.")]),
                    Block(PARAGRAPH, [Run("Talks resume on 2026-12-01 in Astana.")]),
                ],
            )
        ],
    )
    path = export_docx(briefing, tmp_path / "a.docx")
    body = _xml(path, "word/document.xml")
    assert re.search(r'<w:lang w:val="ru-RU"/></w:rPr><w:t[^>]*>Касым', body)
    assert "2026<w:noBreakHyphen/>" in body.replace("</w:t>", "")
    assert "2026-12-01" not in body


def test_comment_and_citation_styles_are_defined(tmp_path):
    options = ExportOptions(comments=[WordComment("Astana", "Check this", "Jane Analyst")])
    path = export_docx(analyst_brief(), tmp_path / "a.docx", options)
    styles = _xml(path, "word/styles.xml")
    for style_id in ("CommentText", "CommentReference"):
        assert f'w:styleId="{style_id}"' in styles
    marker = re.search(r'<w:style [^>]*w:styleId="CitationMarker".*?</w:style>', styles, re.S)
    assert marker and "<w:color " in marker.group()  # a visible marker style


def test_a_note_with_more_than_four_headings_gets_a_contents_field(tmp_path):
    few = export_docx(
        Briefing(title="T", sections=[Section("a", "A", blocks=[Block(runs=[Run("x")])])]),
        tmp_path / "few.docx",
    )
    assert "TOC \\o" not in _xml(few, "word/document.xml")
    many = export_docx(long_brief(2000), tmp_path / "many.docx")
    body = _xml(many, "word/document.xml")
    assert 'TOC \\o "1-3"' in body
    assert body.index("TOC \\o") < body.index("Bottom line up front</w:t></w:r></w:p><w:p><w:pPr>")


def test_pdf_embeds_every_font_it_names_states_its_language_and_shows_its_outline(tmp_path):
    reader = pypdf.PdfReader(str(export_pdf(analyst_brief(), tmp_path / "a.pdf")))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/PageMode"] == "/UseOutlines" and reader.outline
    first = reader.pages[0].extract_text().lstrip()
    assert first.startswith("Russia deepens its eastward pivot")  # the title, not the banner


def test_a_short_sources_list_is_not_left_alone_on_the_last_page(tmp_path):
    from briefing_app.export import ExportOptions, pdf_style
    from briefing_app.export import pdf as pdf_module
    from briefing_app.model import Citation

    pdf_style.register_fonts()
    citations = [
        Citation(n, f"s{n}", outlet=f"Outlet {n}", title=f"Report number {n} on the talks")
        for n in range(1, 9)
    ]
    found = None
    for count in range(55, 75):
        body = [Block(PARAGRAPH, [Run("The delegations met again.")]) for _ in range(count)]
        briefing = Briefing(title="T", sections=[Section("a", "A", blocks=body)])
        briefing.citations = citations
        _, kept = pdf_module._build(briefing, ExportOptions(), "A4", False)
        if getattr(kept, "sources_alone", False) and kept.sources_page == kept.page:
            found = briefing, kept.page
            break
    assert found, "no length put the whole Sources list on a last page of its own"
    briefing, last = found
    reader = pypdf.PdfReader(str(export_pdf(briefing, tmp_path / "s.pdf")))
    assert len(reader.pages) == last
    before = reader.pages[last - 2].extract_text()
    assert "Sources" in before and "Outlet 1" in before  # the list starts a page earlier
    text = " ".join(p.extract_text() for p in reader.pages)
    assert all(f"Outlet {n}" in text for n in range(1, 9))


def test_pdfa_2b_export_has_xmp_output_intent_printable_links_and_embedded_fonts(tmp_path):
    """The PDF/A-2b structure, checked here because no validator (veraPDF) can be installed."""
    reader = pypdf.PdfReader(
        str(export_pdf(analyst_brief(), tmp_path / "a.pdf", ExportOptions(pdfa=True)))
    )
    root = reader.trailer["/Root"]
    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata  # the metadata stream stays readable as text
    xmp = metadata.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>" in xmp
    info = reader.metadata
    assert f">{info['/Title']}</rdf:li>" in xmp and f">{info['/Producer']}<" in xmp
    stamp = info["/CreationDate"]  # D:YYYYMMDDhhmmss+hh'mm'
    assert f"<xmp:CreateDate>{stamp[2:6]}-{stamp[6:8]}-{stamp[8:10]}T" in xmp
    (intent,) = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            assert annot.get_object()["/F"] == 4  # printable
    plain = pypdf.PdfReader(str(export_pdf(analyst_brief(), tmp_path / "b.pdf")))
    assert "/OutputIntents" not in plain.trailer["/Root"]  # only when asked for


def test_text_split_around_a_date_keeps_its_spaces_in_word(tmp_path):
    """Word and LibreOffice drop a w:t's edge spaces unless it says xml:space="preserve": in a
    Sources entry the piece before an ISO date ("Title”. ") must keep its space."""
    briefing = Briefing(
        title="Note",
        sections=[Section("a", "A", blocks=[Block(PARAGRAPH, [Run("Floods [1].")])])],
        citations=[
            Citation(1, "s1", title="Floods reach the coast", published="2024-03-29",
                     accessed="2026-11-30")
        ],
    )  # fmt: skip
    body = _xml(export_docx(briefing, tmp_path / "a.docx"), "word/document.xml")
    pieces = re.findall(r"<w:t( [^>]*)?>([^<]*)</w:t>", body)
    edged = [(attrs, text) for attrs, text in pieces if text != text.strip()]
    assert any("Floods reach the coast" in text for _, text in edged)
    assert all('xml:space="preserve"' in (attrs or "") for attrs, _ in edged), edged
