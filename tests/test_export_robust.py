"""Exports of extreme content, and failures of the disk or the layout engine (issue 13, 3-5)."""

from __future__ import annotations

import errno
import gc
import io
import shutil
import subprocess
import sys

import docx
import pypdf
import pytest

from briefing_app.export import ExportError, ExportOptions, export_docx, export_pdf
from briefing_app.export.options import AppendixEntry
from briefing_app.model import QUOTE, TABLE_ROW, Block, Briefing, Run, Section

SENTENCE = "Ministers met again in Astana and said that gas prices would rise next year. "
PREVIOUS = b"the previous export, kept byte for byte\n" * 50


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def quote_briefing(quote: str) -> Briefing:
    blocks = [Block(runs=[Run("Before the quote.")]), Block(QUOTE, [Run(quote)])]
    return Briefing(title="Long quote", sections=[Section("q", "Quotes", blocks=blocks)])


def test_a_20000_character_quote_flows_over_pages(tmp_path):
    quote = (SENTENCE * 300)[:20_000]
    path = export_pdf(quote_briefing(quote), tmp_path / "quote.pdf")
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) >= 4
    assert squeeze(quote[:2000]) in squeeze(pdf_text(path))
    assert squeeze(quote[-2000:]) in squeeze(pdf_text(path))


def test_a_long_annotated_excerpt_in_the_appendix_exports(tmp_path):
    quote = (SENTENCE * 300)[:20_000]
    options = ExportOptions(appendix=[AppendixEntry("gas", quote, "worth a look")])
    path = export_pdf(quote_briefing("short"), tmp_path / "appendix.pdf", options)
    text = squeeze(pdf_text(path))
    assert squeeze(quote[-500:]) in text and "worthalook" in text


def test_a_three_page_table_cell_exports(tmp_path):
    cell = SENTENCE * 260  # about three pages in a half-width column
    section = Section(
        "t", "Table", kind="table", columns=["Actor", "Notes"],
        blocks=[Block(TABLE_ROW, cells=["Tokayev", cell])],
    )  # fmt: skip
    path = export_pdf(Briefing(title="Cell", sections=[section]), tmp_path / "cell.pdf")
    assert len(pypdf.PdfReader(str(path)).pages) >= 3
    assert squeeze(cell[-300:]) in squeeze(pdf_text(path))


def test_a_layout_failure_is_one_line_and_keeps_the_previous_file(tmp_path, monkeypatch):
    from reportlab.platypus.doctemplate import LayoutError

    from briefing_app.export import pdf

    target = tmp_path / "brief.pdf"
    target.write_bytes(PREVIOUS)

    def fail(*_args, **_kwargs):
        raise LayoutError("Flowable <Table@0x7f 1 rows x 1 cols> ... too large on page 2")

    monkeypatch.setattr(pdf, "_build", fail)
    with pytest.raises(ExportError) as info:
        export_pdf(quote_briefing("x"), target)
    assert (
        str(info.value)
        == f"{target}: the PDF could not be laid out (a block does not fit on a page)"
    )
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


BEYOND_BMP = "emoji 😀 and 🚀, maths 𝐀𝐁, old script 𐌰"


def test_characters_the_fonts_lack_print_as_one_sign_each_and_read_back_as_typed(tmp_path):
    text = f"Plain café, {BEYOND_BMP}, family 👨‍👩‍👧, thumbs 👍🏽, heart ❤️, end"
    briefing = Briefing(
        title="Astral", sections=[Section("s", "S", blocks=[Block(runs=[Run(text)])])]
    )
    path = export_pdf(briefing, tmp_path / "astral.pdf")
    # The PDF's text (search, copy, a screen reader) is what the analyst wrote, in every
    # reader, never a NUL, U+FFFD or a wrong character...
    assert text in pdf_text(path).replace("\n", " ")
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        assert text in out.stdout.replace("\n", " ")
    # ... and the page draws each character the bundled font lacks as U+FFFD's glyph, one per
    # emoji: a joiner, a variation selector or a skin tone draws nothing of its own.
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont("DejaVuSans").face
    sign = face.charToGlyph[0xFFFD]
    assert [face.charToGlyph[ord(c)] == sign for c in "😀🚀𝐀𐌰👍"] == [False] + [True] * 4
    assert face.charWidths[0x1F3FD] == face.charWidths[0xFE0F] == face.charWidths[0x200D] == 0
    # The Word version keeps every character: Word has fonts for them.
    assert text in [
        p.text for p in docx.Document(str(export_docx(briefing, tmp_path / "a.docx"))).paragraphs
    ]


class _FullDiskFile(io.FileIO):
    """A file on a disk that fills up after 2 KB."""

    def write(self, data):
        if self.tell() + len(data) > 2048:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def test_a_full_disk_during_docx_export_is_one_clean_message(tmp_path, monkeypatch):
    target = tmp_path / "brief.docx"
    target.write_bytes(PREVIOUS)
    real_open = io.open

    def open_on_full_disk(file, mode="r", *args, **kwargs):
        if str(file).startswith(str(tmp_path / ".brief.docx.")) and "w" in mode:
            # buffered, as open() gives: what is still in the buffer fails again on close
            raw = _FullDiskFile(file, mode.replace("b", "").replace("+", "") + "+")
            return io.BufferedRandom(raw)
        return real_open(file, mode, *args, **kwargs)

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    monkeypatch.setattr(io, "open", open_on_full_disk)
    with pytest.raises(ExportError) as info:
        export_docx(quote_briefing(SENTENCE * 50), target)
    message = str(info.value)
    del info  # its traceback holds the frames, and whatever writer they left open
    monkeypatch.setattr(io, "open", real_open)
    gc.collect()  # a zip writer left open would complain from its finaliser now
    assert message == f"{target}: the disk is full"
    assert unraisable == []
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]
