"""Briefing -> DOCX with python-docx: real styles, banner, page X of Y, linked citations."""

from __future__ import annotations

import copy
import io
import os
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.export import content as C
from briefing_app.export.atomic import atomic_write
from briefing_app.export.options import AppendixEntry, ExportOptions, WordComment
from briefing_app.model import Briefing, Section

_MARGIN_CM = 2.2
_PAGE_MM = {"A4": (210.0, 297.0), "letter": (215.9, 279.4)}


def export_docx(
    briefing: Briefing, path: str | os.PathLike, options: ExportOptions | None = None
) -> Path:
    """Write ``briefing`` as a Word document at ``path`` (atomically) and return the path."""
    options = options or ExportOptions()
    page = options.checked_page_size(path)
    document = build_document(briefing, options, page)
    # Zipped in memory, then written as plain bytes: a zip writer that fails on a full disk
    # would try again from its finaliser and print "Exception ignored in: ZipFile.__del__".
    buffer = io.BytesIO()
    document.save(buffer)
    return atomic_write(path, lambda tmp: tmp.write_bytes(buffer.getbuffer()))


def build_document(briefing: Briefing, options: ExportOptions, page: str = "A4"):
    """The python-docx Document for ``briefing`` (not saved)."""
    from docx import Document

    document = Document()
    _WordWriter(document, briefing, options, page).write()
    return document


def _limit(text: str) -> str:
    """Core properties are limited to 255 characters by python-docx."""
    text = C.one_line(text)
    return text if len(text) <= 255 else text[:254] + "…"


class _WordWriter:
    """Writes one briefing into one fresh Document, top to bottom."""

    def __init__(self, document, briefing: Briefing, options: ExportOptions, page: str) -> None:
        from briefing_app.export.form import Form
        from briefing_app.export.word_styles import setup_styles

        self.doc = document
        self.briefing = briefing
        self.options = options
        self.page = page
        self.styles = setup_styles(document)
        # Style ids, set straight on the XML: python-docx's paragraph.style setter scans every
        # style in the document on each call, which made a 14-page export take 0.3 s.
        self.ids = {name: style.style_id for name, style in self.styles.items()}
        self.body = document._body
        # New paragraphs go straight before the closing sectPr: python-docx's add_p searches
        # the whole body for it on every call, which grows with the document.
        self.sect_pr = document.element.body.sectPr
        self.numbers = C.citation_numbers(briefing)
        self.pending: list[WordComment] = list(options.comments)
        self.title_runs: list = []
        self.bookmark_id = 0
        self.form = Form.of(briefing)
        self.tables = 0
        self.closed = False

    def write(self) -> None:
        from briefing_app.export import word_form

        word_form.setup_form_styles(self)
        self._page_setup()
        self._header_footer()
        self._title_block()
        for section in C.visible_sections(self.briefing):
            self._section(section)
        self._closing()
        if self.options.appendix:
            self._appendix(self.options.appendix)
        self._leftover_comments()
        self._properties()
        self._drop_template_thumbnail()
        from briefing_app.export import word_package

        word_package.finish(self.doc, self.briefing)

    def _closing(self) -> None:
        """The decision and sign-off blocks, once, before the Sources list."""
        from briefing_app.export import word_form

        if not self.closed:
            self.closed = True
            word_form.closing(self, self.form)

    # -- page, header, footer -------------------------------------------------------------

    def _page_setup(self) -> None:
        from docx.shared import Cm, Mm

        section = self.doc.sections[0]
        width, height = _PAGE_MM[self.page]
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Cm(_MARGIN_CM)
        section.top_margin = section.bottom_margin = Cm(2.4)
        section.header_distance = section.footer_distance = Cm(1.1)
        self.text_width = section.page_width - section.left_margin - section.right_margin

    def _header_footer(self) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT

        from briefing_app.export import word_xml
        from briefing_app.export.word_styles import BANNER, BANNER_CHAR

        section = self.doc.sections[0]
        banner = self.form.banner()
        head = section.header.paragraphs[0]
        head.style = self.styles[BANNER]
        if self.form.banner_right():  # Canada: the marking at the upper right
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if banner:
            head.add_run(banner)
        foot = section.footer.paragraphs[0]
        foot.style = self.styles["Footer"]
        stops = foot.paragraph_format.tab_stops
        stops.add_tab_stop(self.text_width // 2, WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        foot.add_run("\t")
        if banner:
            foot.add_run(banner, self.styles[BANNER_CHAR])
        foot.add_run("\tPage ")
        word_xml.add_field(foot, "PAGE")
        foot.add_run(" of ")
        word_xml.add_field(foot, "NUMPAGES")

    # -- body -----------------------------------------------------------------------------

    def _title_block(self) -> None:
        from briefing_app.export import word_form
        from briefing_app.export.word_styles import META

        title = C.one_line(self.briefing.title) or "Briefing note"
        mark = self.form.portion(self.briefing.title_mark)
        paragraph = self._paragraph("Title", mark + title)
        self.title_runs = paragraph.runs
        meta = self.form.meta_line()
        if meta:
            self._paragraph(META, meta)
        word_form.header_block(self, self.form)
        word_form.authority_block(self, self.form)

    def _paragraph(self, style: str, text: str = ""):
        """A new body paragraph in ``style`` (by name) at the end of the document."""
        from docx.text.paragraph import Paragraph

        from briefing_app.export import word_xml

        p = word_xml.new_paragraph(None if style == "Normal" else self.ids[style])
        self.sect_pr.addprevious(p)
        if text:
            word_xml.add_text_run(p, text)
        return Paragraph(p, self.body)

    def _heading(self, text: str, level: int) -> None:
        self._paragraph(f"Heading {level}", C.one_line(text))

    def _section(self, section: Section) -> None:
        from briefing_app.export import word_form
        from briefing_app.export.form import is_empty_required

        if C.is_sources(section):
            self._closing()
        self._heading(section.heading or section.id.title(), C.heading_level(section))
        if C.is_sources(section) and self.briefing.citations:
            self._sources()
            return
        statement = self.form.section_estimate(section)
        if statement:
            word_form.estimate(self, self.form, statement)
        if is_empty_required(section):
            word_form.to_be_completed(self)
            return
        chunks = C.chunks(section)
        for index, (kind, blocks) in enumerate(chunks):
            if kind == "table":
                self.tables += 1
                word_form.table_caption(self, self.form, section.heading, blocks, self.tables)
                self._table(section, blocks, spacer=index < len(chunks) - 1)
            elif kind == "figure":
                self._figure(blocks[0])
            else:
                self._text(kind, self._marked(section, blocks[0], kind), blocks[0].level)

    def _marked(self, section: Section, block, kind: str) -> list[C.Piece]:
        """The block's pieces with its number and portion mark before, its estimate after."""
        pieces = C.pieces(block.runs, self.numbers)
        lead = self.form.lead(section, block, kind)
        if lead:
            pieces.insert(0, C.Piece(lead))
        return self.form.with_estimate(pieces, block)

    def _figure(self, block) -> None:
        """The picture, as wide as the text column (never enlarged), the caption below."""
        from io import BytesIO

        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Emu

        data = C.figure_png(block)
        if data:
            width_px, _ = C.png_size(data)
            # 96 dpi is Word's idea of a pixel; a small picture keeps its size
            natural = Emu(int(width_px * 914400 / 96)) if width_px else self.text_width
            paragraph = self._paragraph("Normal")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run().add_picture(BytesIO(data), width=min(natural, self.text_width))
        pieces = C.pieces(block.runs, self.numbers)
        if any(p.text.strip() for p in pieces):
            mark = self.form.portion(block.mark)
            self._pieces(self._paragraph("Caption"), [C.Piece(mark), *pieces] if mark else pieces)

    def _text(self, kind: str, pieces: list[C.Piece], level: int = 0) -> None:
        style = {"bullet": "List Bullet", "quote": "Quote"}.get(kind, "Normal")
        if kind == "bullet" and level > 0:  # nested bullets: Word's List Bullet 2 and 3
            style = f"List Bullet {min(level, 2) + 1}"
        paragraph = self._paragraph(style)
        self._pieces(paragraph, pieces)

    def _pieces(self, paragraph, pieces: list[C.Piece]) -> None:
        from docx.text.run import Run

        from briefing_app.export import word_xml
        from briefing_app.export.word_styles import CITATION

        items: list[list] = []  # [text, run, is_marker] for anchoring comments
        for piece in pieces:
            if piece.number is not None:
                run = word_xml.add_internal_link(
                    paragraph, C.anchor(piece.number), piece.text, self.ids[CITATION]
                )
                items.append([piece.text, run, True])
                continue
            r = word_xml.add_text_run(paragraph._p, piece.text, piece.bold, piece.italic)
            items.append([piece.text, Run(r, paragraph), False])
        if self.pending:
            self._anchor_comments(paragraph, items)

    def _table(self, section: Section, rows: list, spacer: bool) -> None:
        from briefing_app.export import word_xml
        from briefing_app.export.word_styles import TABLE_STYLE, TABLE_TEXT

        header, body = C.table_grid(section, rows)
        has_header = any(header)
        grid = ([header] if has_header else []) + body
        table = self.doc.add_table(rows=len(grid), cols=len(header))
        table.style = self.styles[TABLE_STYLE]
        cell_style = self.ids[TABLE_TEXT]
        # Walk the XML rows directly: table.rows[i].cells re-walks the whole table each time.
        for tr, values in zip(table._tbl.tr_lst, grid, strict=True):
            for tc, value in zip(tr.tc_lst, values, strict=True):
                for empty in tc.p_lst:
                    tc.remove(empty)
                p = word_xml.new_paragraph(cell_style)
                if value:
                    word_xml.add_text_run(p, value)
                tc.append(p)
        word_xml.keep_rows_whole(table)
        if has_header:
            word_xml.repeat_as_header(table.rows[0])
        twips = int(self.text_width / 635)  # EMU -> twentieths of a point
        widths = [int(twips * w) for w in C.column_weights(header, body)]
        word_xml.set_widths(table, widths)
        if spacer:  # a little air before text that follows in the same section
            self._paragraph(TABLE_TEXT)

    def _sources(self) -> None:
        from briefing_app.export import word_xml
        from briefing_app.export.word_styles import HYPERLINK, SOURCE_ENTRY

        entries = C.sorted_citations(self.briefing)
        together = len(entries) <= C.KEEP_SOURCES_TOGETHER
        for index, citation in enumerate(entries):
            paragraph = self._paragraph(SOURCE_ENTRY)
            if together and index < len(entries) - 1:
                paragraph.paragraph_format.keep_with_next = True  # short list: one page
            text, url = self.form.citation(citation)
            mark = self.form.portion(lowest=True)  # open sources: the lowest level
            word_xml.add_text_run(paragraph._p, f"{citation.number}.\t{mark}{text}")
            if url:
                word_xml.add_external_link(paragraph, url, url, self.ids[HYPERLINK])
            self.bookmark_id += 1  # around the whole entry, so a jump shows all of it
            word_xml.add_bookmark(paragraph, C.anchor(citation.number), self.bookmark_id)

    def _appendix(self, entries: list[AppendixEntry]) -> None:
        self._heading(C.APPENDIX_HEADING, 1)
        for tag, group in C.appendix_groups(entries):
            self._heading(tag, 2)
            for entry in group:
                pieces = C.pieces([_run(entry.quote), _run(cite=entry.source)], self.numbers)
                self._text("quote", pieces)
                if entry.comment.strip():
                    self._text("paragraph", [C.Piece(C.clean(entry.comment))])

    # -- comments -------------------------------------------------------------------------

    def _anchor_comments(self, paragraph, items: list[list]) -> None:
        for comment in list(self.pending):
            anchor = C.clean(comment.anchor_text)
            text = "".join(item[0] for item in items)
            start = text.find(anchor) if anchor else -1
            if start < 0:
                continue
            runs = _split_runs(paragraph, items, start, start + len(anchor))
            if runs:
                self._add_comment(runs, comment)
                self.pending.remove(comment)

    def _leftover_comments(self) -> None:
        # A comment whose text is no longer in the body still reaches the reader: on the title.
        for comment in self.pending:
            if self.title_runs:
                self._add_comment(self.title_runs, comment)
        self.pending = []

    def _add_comment(self, runs: list, comment: WordComment) -> None:
        author = C.one_line(comment.author)
        initials = C.one_line(comment.initials) or "".join(w[:1] for w in author.split())[:3]
        self.doc.add_comment(runs, text=C.clean(comment.text), author=author, initials=initials)

    # -- properties -----------------------------------------------------------------------

    def _drop_template_thumbnail(self) -> None:
        # python-docx's template carries a preview picture of an empty page; file browsers
        # would show it as this briefing's thumbnail.
        from docx.opc.constants import RELATIONSHIP_TYPE

        rels = self.doc.part.package.rels
        for rel_id, rel in list(rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                rels.pop(rel_id)

    def _properties(self) -> None:
        props = self.doc.core_properties
        now = datetime.now(UTC).replace(microsecond=0)
        props.title = _limit(self.briefing.title)
        props.author = _limit(self.briefing.author)
        props.last_modified_by = _limit(self.briefing.author)
        props.subject = _limit(self.briefing.subject)
        props.keywords = _limit(", ".join(C.one_line(k) for k in self.briefing.keywords))
        props.category = _limit(self.briefing.classification)
        props.comments = ""
        props.created = props.modified = now
        props.revision = 1


def _run(text: str = "", cite: str = ""):
    from briefing_app.model import Run

    return Run(text=text, cite=cite)


def _split_runs(paragraph, items: list[list], start: int, end: int) -> list:
    """Text runs exactly covering ``[start, end)``, splitting runs at the edges if needed."""
    from docx.text.run import Run

    offset = 0
    index = 0
    while index < len(items):
        text, run, is_marker = items[index]
        stop = offset + len(text)
        for cut in (start, end):
            if not is_marker and offset < cut < stop:
                head, tail = text[: cut - offset], text[cut - offset :]
                twin = copy.deepcopy(run._r)
                run._r.addnext(twin)
                run.text = head
                twin_run = Run(twin, paragraph)
                twin_run.text = tail
                items[index : index + 1] = [[head, run, False], [tail, twin_run, False]]
                text, stop = head, offset + len(head)
                break
        offset = stop
        index += 1
    covered = []
    offset = 0
    for text, run, is_marker in items:
        if start <= offset and offset + len(text) <= end and not is_marker and text:
            covered.append(run)
        offset += len(text)
    return covered
