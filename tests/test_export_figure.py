"""Figures (the Actors map put in the briefing) in both exports and in the briefing's JSON."""

from __future__ import annotations

import base64
import struct
import zlib

import docx
import pypdf
from test_export_sample import analyst_brief

from briefing_app.briefing import briefing_from_json, briefing_to_json, briefing_to_markdown
from briefing_app.export import export_docx, export_pdf
from briefing_app.model import FIGURE, Block, Run


def png(width: int, height: int) -> bytes:
    """A small red-and-blue striped PNG, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + (b"\xd6\x27\x28" if (y // 8) % 2 else b"\x1f\x77\xb4") * width
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def with_figure(width: int = 1600, height: int = 900):
    brief = analyst_brief()
    figure = Block(
        kind=FIGURE,
        runs=[Run("Figure: Actors map")],
        image=base64.b64encode(png(width, height)).decode("ascii"),
    )
    brief.sections[1].blocks.append(figure)
    return brief


def test_a_figure_is_a_picture_with_its_caption_in_word(tmp_path):
    path = export_docx(with_figure(), tmp_path / "fig.docx")
    doc = docx.Document(str(path))
    assert len(doc.inline_shapes) == 1
    shape = doc.inline_shapes[0]
    section = doc.sections[0]
    column = section.page_width - section.left_margin - section.right_margin
    assert 0 < shape.width <= column  # a 1600 px map fits the text column
    assert abs(shape.height / shape.width - 900 / 1600) < 0.01  # not distorted
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert captions == ["Figure: Actors map", "Table 1. Actors"]  # tables get captions too


def test_a_figure_is_an_image_in_the_pdf(tmp_path):
    path = export_pdf(with_figure(), tmp_path / "fig.pdf")
    reader = pypdf.PdfReader(str(path))
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1
    assert images[0].image.size == (1600, 900)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Figure: Actors map" in text


def test_a_figure_survives_json_and_older_briefings_have_no_image_key():
    brief = with_figure(40, 20)
    again = briefing_from_json(briefing_to_json(brief))
    figure = again.sections[1].blocks[-1]
    assert figure.kind == FIGURE and figure.image == brief.sections[1].blocks[-1].image
    plain = again.sections[1].blocks[0].to_dict()
    assert "image" not in plain  # serialised only when set: old readers see nothing new
    markdown = briefing_to_markdown(brief)
    assert "![Figure: Actors map](data:image/png;base64," in markdown


def test_a_damaged_figure_still_exports_its_caption(tmp_path):
    brief = analyst_brief()
    brief.sections[1].blocks.append(Block(kind=FIGURE, runs=[Run("Map")], image="not base64!"))
    doc = docx.Document(str(export_docx(brief, tmp_path / "bad.docx")))
    assert len(doc.inline_shapes) == 0
    assert "Map" in [p.text for p in doc.paragraphs]
    reader = pypdf.PdfReader(str(export_pdf(brief, tmp_path / "bad.pdf")))
    assert "Map" in "".join(page.extract_text() for page in reader.pages)
