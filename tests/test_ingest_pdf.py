"""PDF: text layer rebuilt into paragraphs, metadata, and clear refusals."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import SourceError, load_source, source_from_bytes

FIRST = (
    "Kazakh President Kassym-Jomart Tokayev welcomed Vladimir Putin to Astana on Wednesday for "
    "two days of talks on defence cooperation and trade. Officials said several agreements on "
    "energy, transport and the rail corridor to the Caspian ports would be signed before the "
    "visit ends, and that both sides hoped to finish the work by the end of the year."
)
SECOND = (
    "The leaders also discussed the Collective Security Treaty Organization, which Kazakhstan "
    "chairs this year, and the Eurasian Economic Union, whose members meet in Moscow next month."
)
THIRD = (
    "Analysts in Almaty said the visit was meant to show that Moscow still counts on its "
    "southern neighbour while the war in Ukraine continues and Western sanctions remain."
)


def make_pdf(*, title: str = "Astana talks", author: str = "Jane Analyst") -> bytes:
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, author=author)
    doc.build(
        [
            Paragraph("Astana talks", styles["Title"]),
            Paragraph(FIRST, styles["BodyText"]),
            Paragraph(SECOND, styles["BodyText"]),
            Paragraph("Reactions", styles["Heading2"]),
            PageBreak(),
            Paragraph(THIRD, styles["BodyText"]),
        ]
    )
    return out.getvalue()


def test_pdf_paragraphs_across_two_pages(tmp_path):
    path = tmp_path / "talks.pdf"
    path.write_bytes(make_pdf())
    assert len(PdfReader(path).pages) == 2
    source = load_source(path)
    texts = story_paragraphs(source)
    assert "\n\n".join(texts) == story(source)
    assert texts == [FIRST, SECOND, "Reactions", THIRD]
    assert story_kinds(source) == ["lead", "body", "heading", "body"]


def test_pdf_metadata():
    source = source_from_bytes(make_pdf(), "talks.pdf")
    assert source.format == "pdf"
    assert source.title == "Astana talks"
    assert source.author == "Jane Analyst"
    assert source.published[:4].isdigit() and source.published[4] == "-"
    assert source.language == "en"


def test_pdf_without_title_metadata_takes_the_first_line():
    source = source_from_bytes(make_pdf(title="", author=""), "talks.pdf")
    assert source.title == "Astana talks"  # reportlab writes "untitled": a placeholder, ignored
    assert source.author == ""
    assert story_paragraphs(source)[0] == FIRST


def test_hyphenated_line_breaks_are_joined():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    text = page.beginText(72, 760)
    text.setFont("Helvetica", 11)
    for line in (
        "The delegation discussed the inter-",
        "national rail corridor and the new",
        "customs rules with the minister.",
    ):
        text.textLine(line)
    page.drawText(text)
    page.showPage()
    page.save()
    source = source_from_bytes(out.getvalue(), "hyphen.pdf")
    assert story(source) == (
        "The delegation discussed the international rail corridor and the new customs rules "
        "with the minister."
    )


def refusal(data: bytes, name: str = "report.pdf") -> str:
    with pytest.raises(SourceError) as info:
        source_from_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message.removeprefix(f"{name}: ")


def test_password_protected_pdf():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert refusal(out.getvalue()) == "password-protected PDF: remove the password and try again"


def test_owner_password_only_pdf_opens():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert story_paragraphs(source_from_bytes(out.getvalue(), "open.pdf"))[0] == FIRST


def test_scanned_pdf_without_text_layer():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.rect(72, 72, 300, 400, fill=1)  # stands in for a scanned image: no text operators
    page.showPage()
    page.save()
    assert refusal(out.getvalue()) == "no text layer (scanned PDF?): OCR it first"


def test_truncated_pdf():
    data = make_pdf()
    assert refusal(data[: len(data) // 2]).startswith("corrupt or truncated PDF (")


def test_corrupt_pdf():
    data = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
    assert refusal(data).startswith("corrupt or truncated PDF (")


def test_text_named_pdf():
    assert refusal(b"Just some text, saved with the wrong name.") == (
        "corrupt or truncated PDF (no PDF header)"
    )


def test_bullets_and_same_baseline_footer_stay_apart():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle("Water deal")
    text = page.beginText(72, 760)
    text.setFont("Helvetica", 11)
    for line in ("• Quotas for the Amu Darya", "• A joint commission", "• Talks resume in May"):
        text.textLine(line)
    page.drawText(text)
    page.setFont("Helvetica", 8)
    page.drawString(72, 40, "Steppe Herald")
    page.drawString(480, 40, "Page 1 of 1")
    page.showPage()
    page.save()
    source = source_from_bytes(out.getvalue(), "list.pdf")
    assert story_paragraphs(source) == [
        "• Quotas for the Amu Darya",
        "• A joint commission",
        "• Talks resume in May",
        "Steppe Herald",
    ]


def test_banners_drawn_before_the_body_are_dropped_as_running_lines():
    # reportlab page templates (our own PDF export among them) draw header and footer first,
    # so the footer is the second line in content order, not the last.
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number, body in enumerate((FIRST, SECOND, THIRD), start=1):
        page.setFont("Helvetica-Bold", 9)
        page.drawCentredString(297, 805, "OFFICIAL")
        page.drawCentredString(297, 30, "OFFICIAL")
        page.drawString(480, 30, f"Page {number} of 3")
        text = page.beginText(72, 740)
        text.setFont("Helvetica", 11)
        words = body.split()
        for start in range(0, len(words), 12):
            text.textLine(" ".join(words[start : start + 12]))
        page.drawText(text)
        page.showPage()
    page.save()
    source = source_from_bytes(out.getvalue(), "banners.pdf")
    assert "OFFICIAL" not in source.text and "Page" not in source.text
    assert story_paragraphs(source) == [FIRST, SECOND, THIRD]


def _with_page_two_contents(content: bytes) -> bytes:
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    stream = StreamObject()
    stream.set_data(content)
    writer.pages[1][NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_unreadable_page_is_a_warning_the_analyst_sees_not_a_silent_blank():
    source = source_from_bytes(_with_page_two_contents(b"BT /F1 12 Tf [1 (a)] TJ ] ] ET"), "t.pdf")
    assert story_paragraphs(source)[:2] == [FIRST, SECOND]  # page 1 kept
    assert THIRD not in source.text
    assert source.warnings == ["page 2 could not be read (PdfReadError); its text is missing"]


def test_a_page_without_text_is_said_too():
    source = source_from_bytes(_with_page_two_contents(b"q Q"), "t.pdf")
    assert source.warnings == ["page 2 has no text layer (an image or a scanned page?)"]
    assert source_from_bytes(make_pdf(), "t.pdf").warnings == []
