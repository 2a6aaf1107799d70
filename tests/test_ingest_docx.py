"""Word documents: body order, headings, tables, core properties; corrupt files and zip bombs."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import SourceError, load_source, source_from_bytes


def make_docx() -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.title = "Astana talks: briefing notes"
    props.author = "Jane Analyst"
    props.created = dt.datetime(2024, 11, 28, 9, 30, tzinfo=dt.UTC)
    props.language = "en-GB"
    document.add_heading("Astana talks: briefing notes", 0)
    document.add_paragraph(
        "Kazakh President Kassym-Jomart Tokayev welcomed Vladimir Putin to Astana on Wednesday."
    )
    document.add_heading("Security", level=1)
    document.add_paragraph("The leaders discussed the Collective Security Treaty Organization.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Country", "Exports", "Imports"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Kazakhstan", "9.1", "17.2"), strict=True):
        cell.text = text
    document.add_heading("Trade", level=2)
    document.add_paragraph("Advertisement")
    document.add_paragraph("Trade between the two countries reached a record last year.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_text_in_body_order(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(make_docx())
    source = load_source(path)
    texts = story_paragraphs(source)
    assert "\n\n".join(texts) == story(source)
    assert texts == [
        "Kazakh President Kassym-Jomart Tokayev welcomed Vladimir Putin to Astana on Wednesday.",
        "Security",
        "The leaders discussed the Collective Security Treaty Organization.",
        "Country | Exports | Imports",
        "Kazakhstan | 9.1 | 17.2",
        "Trade",
        "Trade between the two countries reached a record last year.",
    ]
    kinds = story_kinds(source)
    assert kinds[1] == kinds[5] == "heading"
    assert kinds[0] == "lead"


def test_docx_core_properties():
    source = source_from_bytes(make_docx(), "notes.docx")
    assert source.format == "docx"
    assert source.title == "Astana talks: briefing notes"
    assert source.author == "Jane Analyst"
    assert source.published.startswith("2024-11-28T09:30")
    assert source.language == "en"


def test_docx_title_style_used_when_core_title_missing():
    document = docx.Document()
    document.add_paragraph("Water deal signed", style="Title")
    document.add_paragraph("Five states signed a water deal on Friday in Tashkent.")
    out = io.BytesIO()
    document.save(out)
    source = source_from_bytes(out.getvalue(), "water.docx")
    assert source.title == "Water deal signed"
    assert story(source) == "Five states signed a water deal on Friday in Tashkent."
    assert source.author == ""  # python-docx's template default is not an author


def refusal(data: bytes, name: str = "report.docx") -> str:
    with pytest.raises(SourceError) as info:
        source_from_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message.removeprefix(f"{name}: ")


def test_truncated_docx():
    data = make_docx()
    assert refusal(data[: len(data) // 2]).startswith("corrupt or truncated DOCX (")


def test_random_bytes_named_docx():
    assert refusal(b"this is plain text, not a zip archive") == (
        "corrupt or truncated DOCX (not a zip archive)"
    )


def test_zip_that_is_not_a_word_document():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert refusal(out.getvalue()) == "not a Word document (no word/document.xml inside)"


def test_docx_with_damaged_xml():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    assert refusal(out.getvalue()).startswith("corrupt or truncated DOCX (")


def test_zip_bomb_docx_refused_before_decompressing():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(210):  # 210 MB of zeros, about a megabyte compressed
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 3_000_000
    reason = refusal(data)
    assert reason.startswith("refused: DOCX would expand to ") and "zip bomb" in reason


def test_high_ratio_member_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(20 * 1024 * 1024))
    reason = refusal(out.getvalue())
    assert "zip bomb" in reason and "word/document.xml" in reason


def test_docx_declaring_entities_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(
                    b"?>", b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
                )
            dst.writestr(item, data)
    assert refusal(out.getvalue()).startswith("refused: the markup declares XML entities")


def test_styles_are_resolved_once_per_document_not_per_paragraph(monkeypatch):
    # python-docx looks the default style up by scanning every style, for each paragraph
    # without its own: 1-2 ms a paragraph, 50 s for a 52,000-paragraph report.
    import docx.styles.styles

    document = docx.Document()
    document.add_paragraph("A custom heading", style="Heading 2")
    for n in range(300):
        document.add_paragraph(f"Paragraph {n} says what the talks in Astana were about.")
    out = io.BytesIO()
    document.save(out)
    calls = []
    real = docx.styles.styles.Styles.default
    monkeypatch.setattr(
        docx.styles.styles.Styles, "default", lambda self, t: calls.append(t) or real(self, t)
    )
    source = source_from_bytes(out.getvalue(), "many.docx")
    assert len(calls) <= 1
    assert source.paragraphs[0].kind == "heading" and len(source.paragraphs) == 301
