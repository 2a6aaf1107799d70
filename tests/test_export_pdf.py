"""The PDF export, read back with pypdf: text, fonts, metadata, outline, links, page labels."""

from __future__ import annotations

import re
import shutil
import subprocess

import pypdf
import pytest
from test_export_sample import KEY_POINTS, TOKAYEV, analyst_brief, citations, long_brief, norm

from briefing_app.export import ExportOptions, export_pdf
from briefing_app.model import TABLE_ROW, Block, Run


@pytest.fixture(scope="module")
def brief_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    export_pdf(analyst_brief(), path)
    return pypdf.PdfReader(str(path))


def page_texts(reader) -> list[str]:
    return [norm(page.extract_text()) for page in reader.pages]


def test_every_key_point_and_the_cyrillic_name_are_in_the_text(brief_pdf):
    text = " ".join(page_texts(brief_pdf))
    for point, _ in KEY_POINTS:
        assert norm(point) in text
    assert TOKAYEV in text
    assert "Касым" in text  # not boxes: the bundled font carries Cyrillic


def test_fonts_are_the_bundled_dejavu_family_embedded(brief_pdf):
    fonts = set()
    for page in brief_pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    names = {f.split("+")[-1] for f in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Italic"} <= names


def test_each_page_has_banner_top_and_bottom_and_page_x_of_y(brief_pdf):
    texts = page_texts(brief_pdf)
    total = len(texts)
    assert total >= 1
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL") >= 2
        assert f"Page {number} of {total}" in text


def test_metadata(brief_pdf):
    meta = brief_pdf.metadata
    assert meta.title == "Russia deepens its eastward pivot with Kazakhstan"
    assert meta.author == "Jane Analyst"
    assert meta.subject == "Russia–Kazakhstan relations ahead of the Trump presidency"
    assert meta["/Keywords"] == "Russia, Kazakhstan, CSTO, Eurasian Economic Union"
    assert meta.creator == "briefing-app"


def test_outline_lists_the_section_headings_in_order(brief_pdf):
    titles = [item.title for item in brief_pdf.outline if not isinstance(item, list)]
    assert titles == [
        "Bottom line up front",
        "Key points",
        "Actors",
        "Background",
        "Assessment",
        "Sources",
    ]


def test_citation_markers_and_urls_are_links(brief_pdf):
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(brief_pdf.pages)}
    internal, external = [], []
    for page in brief_pdf.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            if action is not None and "/URI" in action:
                external.append(str(action["/URI"]))
            elif "/Dest" in annot:
                target, _, _, top, _ = annot["/Dest"]
                internal.append((pages[target.idnum], round(float(top))))
    assert {c.url for c in citations()} <= set(external)
    assert len(internal) >= 10
    # Markers jump to one of three places: the three entries of the Sources list.
    targets = sorted(set(internal), key=lambda t: (t[0], -t[1]))
    assert len(targets) == len(citations())
    texts = page_texts(brief_pdf)
    for (page, _), citation in zip(targets, citations(), strict=True):
        assert f"{citation.number}. {citation.outlet}" in texts[page]


def test_sources_list_is_numbered_in_house_style(brief_pdf):
    text = " ".join(page_texts(brief_pdf))
    for citation in citations():
        assert f"{citation.number}. {citation.outlet}, “" in text


def test_letter_page_size(tmp_path):
    reader = pypdf.PdfReader(
        str(export_pdf(analyst_brief(), tmp_path / "l.pdf", ExportOptions("letter")))
    )
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_long_table_splits_across_pages_with_its_header_repeated(tmp_path):
    brief = analyst_brief()
    actors = brief.section("actors")
    actors.blocks = [
        Block(kind=TABLE_ROW, cells=[f"Actor number {i}", "person", "A role " * 6, "[1]"])
        for i in range(90)
    ]
    reader = pypdf.PdfReader(str(export_pdf(brief, tmp_path / "t.pdf")))
    pages_with_rows = [t for t in page_texts(reader) if "Actor number" in t]
    assert len(pages_with_rows) >= 2
    for text in pages_with_rows:
        assert "Name Type Role Sources" in text
    everything = " ".join(pages_with_rows)
    assert all(f"Actor number {i} " in everything for i in range(90))


def test_markup_characters_print_literally(tmp_path):
    brief = analyst_brief(title="AT&T <b> & Co")
    brief.sections[0].blocks.append(Block(runs=[Run("AT&T <b>not bold</b> &amp; \x0b\x0cend")]))
    reader = pypdf.PdfReader(str(export_pdf(brief, tmp_path / "m.pdf")))
    text = " ".join(page_texts(reader))
    assert "AT&T <b> & Co" in text
    assert "AT&T <b>not bold</b> &amp; end" in text


def test_a_long_briefing_is_many_pages(tmp_path):
    reader = pypdf.PdfReader(str(export_pdf(long_brief(5000), tmp_path / "long.pdf")))
    assert 10 <= len(reader.pages) <= 20
    assert f"Page 3 of {len(reader.pages)}" in reader.pages[2].extract_text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_citation_link_areas_sit_on_the_markers(tmp_path):
    brief = analyst_brief()
    brief.sections[0].blocks.append(
        Block(runs=[Run("Bold ", bold=True), Run("and plain"), Run(cite=citations()[1].source)])
    )
    path = export_pdf(brief, tmp_path / "links.pdf")
    html = tmp_path / "words.html"
    subprocess.run(["pdftotext", "-bbox", str(path), str(html)], check=True)
    pages = re.findall(r"<page width=\S+ height=\"([\d.]+)\">(.*?)</page>", html.read_text(), re.S)
    reader = pypdf.PdfReader(str(path))
    checked = 0
    for page, (height, words) in zip(reader.pages, pages, strict=True):
        boxes = [
            tuple(map(float, m[:4]))
            for m in re.findall(
                r'xMin="(\S+)" yMin="(\S+)" xMax="(\S+)" yMax="(\S+)">([^<]*)<', words
            )
            if re.search(r"\[\d+\]", m[4])
        ]
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if "/Dest" not in annot:
                continue
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            top, bottom = float(height) - y1, float(height) - y0
            middle = (top + bottom) / 2
            assert any(
                bx0 - 1 <= x0 and x1 <= bx1 + 1 and abs(middle - (by0 + by1) / 2) < 1.5
                for bx0, by0, bx1, by1 in boxes
            ), f"link area {x0:.0f},{top:.0f} is not on a marker"
            checked += 1
    assert checked >= 12


def test_a_table_cell_longer_than_a_page_still_exports(tmp_path):
    brief = analyst_brief()
    giant = " ".join(f"word{i}" for i in range(2500))
    brief.section("actors").blocks.append(Block(kind=TABLE_ROW, cells=["Giant", "x", giant, ""]))
    reader = pypdf.PdfReader(str(export_pdf(brief, tmp_path / "giant.pdf")))
    text = " ".join(page_texts(reader))
    assert "word0 " in text and "word2499" in text


def test_tables_and_rules_stay_inside_the_text_column(brief_pdf):
    # Every line drawn on the page (table rules, the title rule) ends where the text does:
    # the actor table once ran 12 pt further right than the paragraphs above it.
    def line_ends(page) -> list[float]:
        xs: list[float] = []

        def visit(op, args, cm, _tm):
            if op in (b"m", b"l") and len(args) == 2:
                xs.append(cm[0] * float(args[0]) + cm[2] * float(args[1]) + cm[4])

        page.extract_text(visitor_operand_before=visit)
        return xs

    xs = line_ends(brief_pdf.pages[0])
    width = float(brief_pdf.pages[0].mediabox.width)
    assert len(xs) > 10  # the title rule and the actor table's rules
    left, right = min(xs), max(xs)
    assert right - left > width / 2
    assert abs((width - right) - left) < 1  # as far in from the right edge as from the left


def test_pages_are_filled_to_the_bottom_margin(tmp_path):
    # A heading over a long paragraph once dragged the whole paragraph to the next page,
    # leaving a gap of eight lines; now only a heading with no room for a few lines moves.
    reader = pypdf.PdfReader(str(export_pdf(long_brief(5000), tmp_path / "long.pdf")))
    bottom_margin = 2.4 * 72 / 2.54
    for number, page in enumerate(reader.pages[:-1], start=1):
        baselines: list[float] = []

        def visit(text, cm, tm, _font, _size, into=baselines):
            if text.strip() and "OFFICIAL" not in text and "Page " not in text:
                into.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
        gap = min(baselines) - bottom_margin
        assert gap < 3.5 * 72 / 2.54, f"page {number} ends {gap:.0f} pt above the margin"
