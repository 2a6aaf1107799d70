"""Any Unicode in any field exports to both formats, and readable text reads back."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import docx
import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.export import export_docx, export_pdf
from briefing_app.model import (
    BULLET,
    PARAGRAPH,
    QUOTE,
    TABLE_ROW,
    Block,
    Briefing,
    Citation,
    Run,
    Section,
)
from briefing_app.resources import resource_path

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPACES = re.compile(r"\s+")

# Anything at all, surrogates and control characters included.
ANY = st.text(st.characters(exclude_categories=()), max_size=30)
# What a reader can check on the page: Latin, accented Latin, Greek, Cyrillic, digits and
# the markup characters that must print literally. (The bundled fonts cover these.)
READABLE_CHARS = st.one_of(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),
    st.characters(min_codepoint=0xC0, max_codepoint=0x17F, categories=["Lu", "Ll"]),
    st.characters(min_codepoint=0x391, max_codepoint=0x3C9, categories=["Lu", "Ll"]),
    st.characters(min_codepoint=0x410, max_codepoint=0x44F),
)
WORD = st.text(READABLE_CHARS, min_size=1, max_size=12)
READABLE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def briefing_of(text: st.SearchStrategy[str]) -> st.SearchStrategy[Briefing]:
    """Briefings whose every field, heading, run, cell and citation part is drawn from text."""
    run = st.builds(Run, text=text, bold=st.booleans(), italic=st.booleans())
    kinds = st.sampled_from([PARAGRAPH, BULLET, QUOTE])
    block = st.builds(Block, kind=kinds, runs=st.lists(run, min_size=1, max_size=3))
    row = st.builds(Block, kind=st.just(TABLE_ROW), cells=st.lists(text, min_size=1, max_size=3))
    section = st.builds(
        Section,
        id=st.sampled_from(["a", "b", "c"]),
        heading=text,
        kind=st.sampled_from(["text", "list", "table"]),
        columns=st.lists(text, max_size=3),
        blocks=st.lists(st.one_of(block, row), min_size=1, max_size=4),
    )
    citation = st.builds(
        Citation, number=st.just(1), source=st.just("s1"), outlet=text, title=text, author=text,
        published=text, url=text,
    )  # fmt: skip
    return st.builds(
        Briefing,
        title=text, classification=text, date=text, author=text, subject=text,
        keywords=st.lists(text, max_size=3), sections=st.lists(section, min_size=1, max_size=3),
        citations=st.lists(citation, max_size=1),
    )  # fmt: skip


def cited(briefing: Briefing) -> Briefing:
    if briefing.citations:
        briefing.sections[0].blocks.append(Block(runs=[Run("see"), Run(cite="s1")]))
    return briefing


def export_both(briefing: Briefing) -> tuple[Path, Path]:
    folder = Path(tempfile.mkdtemp(prefix="export-unicode-"))
    return export_docx(briefing, folder / "b.docx"), export_pdf(briefing, folder / "b.pdf")


def squeeze(text: str) -> str:
    return SPACES.sub("", text)


# What XML 1.0 cannot hold (and C1 controls, garbage of bad decodes): the only text an export
# may drop.
XML_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )


@SETTINGS
@given(briefing_of(ANY).map(cited))
def test_any_unicode_exports_to_both_formats(briefing):
    docx_path, pdf_path = export_both(briefing)
    # Every run and cell is in the Word file, whatever its script, less only what XML forbids.
    text = squeeze(docx_text(docx_path))
    for section in briefing.sections:
        for block in section.blocks:
            for piece in [r.text for r in block.runs] + list(block.cells):
                assert squeeze(XML_UNFIT.sub("", piece)) in text
    assert len(pypdf.PdfReader(str(pdf_path)).pages) >= 1


def test_cyrillic_and_greek_names_read_back_exactly_from_both_formats():
    names = "Касым-Жомарт Токаев встретился с Κυριάκος Μητσοτάκης в Астане"
    briefing = Briefing(
        title="Брифинг: Σύνοψη",
        sections=[
            Section(
                id="a",
                heading="Ключевые моменты — Κύρια σημεία",
                blocks=[
                    Block(runs=[Run(names), Run(cite="s1")]),
                    Block(kind=BULLET, runs=[Run("Ελλάδα и Казахстан", bold=True)]),
                ],
            ),
            Section(
                id="b",
                heading="Акторы",
                kind="table",
                columns=["Имя", "Όνομα"],
                blocks=[Block(kind=TABLE_ROW, cells=["Токаев", "Μητσοτάκης"])],
            ),
        ],
        citations=[Citation(number=1, source="s1", outlet="Ἀθῆναι News", title="Новости")],
    )
    docx_path, pdf_path = export_both(briefing)
    pdf_text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf_path)).pages)
    in_docx = docx_text(docx_path)
    for text in [
        "Брифинг: Σύνοψη",
        names,
        "Ключевые моменты — Κύρια σημεία",
        "Ελλάδα и Казахстан",
        "Токаев",
        "Μητσοτάκης",
        "Ἀθῆναι News",
        "Новости",
    ]:
        assert text in in_docx, text
        assert squeeze(text) in squeeze(pdf_text), text


@SETTINGS
@given(briefing_of(READABLE).map(cited))
def test_readable_text_reads_back_from_both_formats(briefing):
    docx_path, pdf_path = export_both(briefing)
    document = docx.Document(str(docx_path))
    docx_text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    pdf_text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf_path)).pages)
    expected = [briefing.title]
    for section in briefing.sections:
        expected += [r.text for b in section.blocks for r in b.runs] + [
            c for b in section.blocks for c in b.cells
        ]
    for citation in briefing.citations:
        expected += [citation.outlet, citation.title]
    for text in expected:
        assert squeeze(text) in squeeze(docx_text)
        assert squeeze(text) in squeeze(pdf_text)


def test_arabic_and_hebrew_in_a_quote_or_in_italics_are_drawn_in_letters():
    """The bundled serif and the sans's obliques have no Arabic or Hebrew: those words in a
    quote, an italic run or a bold italic one are drawn in the upright sans, not as signs."""
    arabic, hebrew = "الدفاع المدني السوري", "שלום עולם"
    briefing = Briefing(
        title="Quotes",
        sections=[
            Section(
                id="a",
                heading="Key points",
                blocks=[
                    Block(kind=QUOTE, runs=[Run(f"{arabic} — {hebrew}"), Run(cite="s1")]),
                    Block(runs=[Run("Said "), Run(arabic, italic=True), Run(cite="s1")]),
                    Block(runs=[Run(hebrew, bold=True, italic=True), Run(" here.")]),
                ],
            )
        ],
        citations=[Citation(number=1, source="s1", title="Source")],
    )
    _, pdf_path = export_both(briefing)
    fonts: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size):
        for ch in text:
            fonts.setdefault(ch, set()).add(str(font.get("/BaseFont", "")) if font else "")

    for page in pypdf.PdfReader(str(pdf_path)).pages:
        page.extract_text(visitor_text=visit)
    letters = {ch: f for ch, f in fonts.items() if "\u0590" <= ch <= "\u06ff"}
    assert set(arabic.replace(" ", "")) | set(hebrew.replace(" ", "")) <= set(letters)
    has = {name: TTFont(name, resource_path("fonts", f"{name}.ttf")).face.charToGlyph
           for name in {n.split("+")[-1] for f in letters.values() for n in f}}  # fmt: skip
    wrong = {ch: f for ch, f in letters.items() if any(ord(ch) not in has[n.split("+")[-1]]
             for n in f)}  # fmt: skip
    assert not wrong, wrong


def test_a_citation_or_bracket_after_arabic_words_stays_whole_on_the_pdf_page():
    """ "حلب [2]" and "(حلب) [3]" are drawn with each bracket pair whole, as a reader's bidi
    places them (the pair goes with the right-to-left words), never "2] حلب]"."""
    from briefing_app.export.pdf_bidi import visual

    assert visual("وإدلب. [2]") == "[2] .ﺐﻟﺩﺇﻭ"
    assert visual("(حلب) [3]") == "[3] (ﺐﻠﺣ)"
    assert visual("x حلب (12) y") == "x (12) ﺐﻠﺣ y"
    assert visual("see (the حلب) now [4]") == "see (the ﺐﻠﺣ) now [4]"
    assert visual("Aleppo (حلب)") == "Aleppo (ﺐﻠﺣ)"
