"""Briefing -> PDF with reportlab Platypus: bundled Unicode fonts, outline, links, page X of Y."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from briefing_app.export import content as C
from briefing_app.export import pdf_style as S
from briefing_app.export.atomic import atomic_write
from briefing_app.export.options import AppendixEntry, ExportError, ExportOptions
from briefing_app.model import Briefing, Run, Section

_LINKABLE = re.compile(r"^(https?|ftp|mailto):", re.IGNORECASE)
_CM = 72 / 2.54
_HEADING_AND_ROWS = 3.2 * _CM
_HEADING_AND_LINES = 2.8 * _CM  # a heading and three lines of body text


def export_pdf(
    briefing: Briefing, path: str | os.PathLike, options: ExportOptions | None = None
) -> Path:
    """Write ``briefing`` as a PDF at ``path`` (atomically) and return the path."""
    options = options or ExportOptions()
    page = options.checked_page_size(path)
    try:
        data = render_pdf(briefing, options, page)
    except ExportError:
        raise
    except Exception as exc:  # reportlab fails in many ways: one line, and the old file stays
        raise ExportError(f"{path}: the PDF could not be laid out ({_layout_reason(exc)})") from exc
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


def _layout_reason(exc: Exception) -> str:
    if type(exc).__name__ == "LayoutError":
        return "a block does not fit on a page"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__


def render_pdf(briefing: Briefing, options: ExportOptions, page: str = "A4") -> bytes:
    """The PDF bytes for ``briefing``."""
    from reportlab import rl_config
    from reportlab.platypus.doctemplate import LayoutError

    S.register_fonts()
    # Binary streams: ASCII85 makes the file a quarter bigger and costs time (a global switch;
    # nothing else in the app writes PDFs).
    rl_config.useA85 = 0
    from reportlab.platypus.tables import CellStyle

    # Table cells start in Helvetica (a font reference that is never embedded) even when
    # every cell holds a Paragraph in the bundled font: default them to the bundled font too.
    CellStyle.fontname = S.SANS
    try:
        return _fit_sources(briefing, options, page, split_rows=False)
    except LayoutError:
        # A table row taller than a page cannot move to the next page whole: let rows split.
        return _fit_sources(briefing, options, page, split_rows=True)


def _fit_sources(briefing: Briefing, options: ExportOptions, page: str, split_rows: bool):
    """A short Sources list is kept on one page with its heading, unless that leaves it alone
    on a last page the rest of the note does not reach: then it starts on the page before
    and continues over the break."""
    data, doc = _build(briefing, options, page, split_rows)
    alone = getattr(doc, "sources_alone", False) and doc.sources_page == doc.page > 1
    if alone:
        split, split_doc = _build(briefing, options, page, split_rows, keep_sources=False)
        if split_doc.sources_page < doc.sources_page:
            return split
    return data


def _build(
    briefing: Briefing,
    options: ExportOptions,
    page: str,
    split_rows: bool,
    keep_sources: bool = True,
):
    """The PDF bytes and the laid-out doc template (its page count and where Sources fell)."""
    from reportlab.lib.pagesizes import A4, LETTER

    from briefing_app.export.pdf_page import (
        BriefingDocTemplate,
        PageCountCanvas,
        PDFACanvas,
        decorate,
    )

    buffer = io.BytesIO()
    doc = BriefingDocTemplate(
        buffer,
        pagesize=A4 if page == "A4" else LETTER,
        leftMargin=2.2 * _CM,
        rightMargin=2.2 * _CM,
        topMargin=2.4 * _CM,
        bottomMargin=2.4 * _CM,
        title=C.one_line(briefing.title),
        author=C.one_line(briefing.author),
        subject=C.one_line(briefing.subject),
        keywords=", ".join(C.one_line(k) for k in briefing.keywords),
        creator="briefing-app",
        displayDocTitle=1,
        lang=str(briefing.style.get("lang") or "en"),
    )
    from briefing_app.export.form import Form

    form = Form.of(briefing)
    banner = form.banner()
    right = form.banner_right()
    # SimpleDocTemplate's frame pads 6 pt on each side: tables and figures sized to doc.width
    # stuck out 12 pt past the text column on the right.
    maker = _Story(briefing, options, doc.width - 2 * S.FRAME_PADDING, split_rows)
    maker.keep_sources = keep_sources
    story = maker.build()
    doc.decorate_page = lambda canvas, d: decorate(canvas, d, banner, right)
    doc.build(story, canvasmaker=PDFACanvas if options.pdfa else PageCountCanvas)
    return buffer.getvalue(), doc


class _Story:
    """Turns a briefing into a list of small flowables, in the same order as the DOCX."""

    def __init__(
        self, briefing: Briefing, options: ExportOptions, width: float, split_rows: bool = False
    ) -> None:
        self.split_rows = split_rows
        self.briefing = briefing
        self.options = options
        self.width = width
        self.styles = S.make_styles()
        self.numbers = C.citation_numbers(briefing)
        self.anchors = {n: C.anchor(n) for n in self.numbers.values()}
        self.story: list = []
        self.headings = 0
        from briefing_app.export.form import Form

        self.form = Form.of(briefing)
        self.tables = 0
        self.closed = False
        self.keep_sources = True

    def build(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import HRFlowable, Paragraph

        from briefing_app.export import pdf_form

        title = C.one_line(self.briefing.title) or "Briefing note"
        title = self.form.portion(self.briefing.title_mark) + title
        self.story.append(Paragraph(C.markup(title), self.styles.title))
        meta = self.form.meta_line()
        if meta:
            self.story.append(Paragraph(C.markup(meta), self.styles.meta))
        self.story.append(
            HRFlowable(width="100%", thickness=0.6, color=HexColor(S.RULE), spaceBefore=3,
                       spaceAfter=8)
        )  # fmt: skip
        pdf_form.header_block(self.story, self.styles, self.form, self.width)
        pdf_form.authority_block(self.story, self.styles, self.form)
        for section in C.visible_sections(self.briefing):
            self._section(section)
        self._closing()
        if self.options.appendix:
            self._appendix(self.options.appendix)
        return self.story

    def _heading(self, text: str, level: int, room: float | None = None) -> None:
        from reportlab.platypus import CondPageBreak, Paragraph

        style = self.styles.headings[level - 1]
        if room is not None:
            # keepWithNext would carry a long table or paragraph whole to the next page, leaving
            # a gap: start a new page only if the heading and the first few lines do not fit.
            self.story.append(CondPageBreak(room))
            style = self.styles.split_headings[level - 1]
        text = C.one_line(text)
        paragraph = Paragraph(C.markup(text), style)
        self.headings += 1
        paragraph._outline = (f"h{self.headings}", text, level - 1)
        self.story.append(paragraph)

    def _closing(self) -> None:
        """The decision and sign-off blocks, once, before the Sources list."""
        from briefing_app.export import pdf_form

        if not self.closed:
            self.closed = True
            pdf_form.closing(self.story, self.styles, self.form)

    def _section(self, section: Section) -> None:
        from briefing_app.export import pdf_form
        from briefing_app.export.form import is_empty_required

        if C.is_sources(section):
            self._closing()
        chunks = C.chunks(section)
        first = chunks[0][0] if chunks else ""
        room = {"table": _HEADING_AND_ROWS, "paragraph": _HEADING_AND_LINES}.get(first)
        self._heading(section.heading or section.id.title(), C.heading_level(section), room)
        if C.is_sources(section) and self.briefing.citations:
            self._sources()
            return
        statement = self.form.section_estimate(section)
        if statement:
            pdf_form.estimate(self.story, self.styles, self.form, statement)
        if is_empty_required(section):
            pdf_form.to_be_completed(self.story, self.styles)
            return
        for kind, blocks in chunks:
            if kind == "table":
                self.tables += 1
                heading = section.heading
                pdf_form.table_caption(
                    self.story, self.styles, self.form, heading, blocks, self.tables
                )
                self._table(section, blocks)
            elif kind == "figure":
                self._figure(blocks[0])
            else:
                pieces = C.pieces(blocks[0].runs, self.numbers)
                lead = self.form.lead(section, blocks[0], kind)
                if lead:
                    pieces.insert(0, C.Piece(lead))
                self._text(kind, self.form.with_estimate(pieces, blocks[0]), blocks[0].level)

    def _paragraph(self, pieces: list[C.Piece], style, **kwargs):
        """A Paragraph for pieces: the fast linked kind when they are plain text and markers."""
        from reportlab.platypus import Paragraph

        from briefing_app.export.pdf_cited import CitedParagraph

        plain = all(not (p.bold or p.italic or "\n" in p.text) for p in pieces)
        words = "".join(p.text for p in pieces)
        # (letters the style's font lacks are set in another font: that needs markup)
        cited = plain and any(p.number is not None for p in pieces)
        if cited and not S.lacks(style.fontName, words):
            return CitedParagraph(C.markup(words), style, self.anchors, **kwargs)
        return Paragraph(_markup(pieces, style.fontName), style, **kwargs)

    def _text(self, kind: str, pieces: list[C.Piece], level: int = 0) -> None:

        if kind == "bullet":
            style, mark = self.styles.bullet, "•"
            if level > 0:  # a nested bullet: indented one step a level, a lighter mark
                from reportlab.lib.styles import ParagraphStyle

                step = 14 * min(level, 2)
                style = ParagraphStyle(
                    f"Bullet{level}", style, leftIndent=style.leftIndent + step,
                    bulletIndent=style.bulletIndent + step,
                )  # fmt: skip
                mark = "–"
            self.story.append(self._paragraph(pieces, style, bulletText=mark))
        elif kind == "quote":
            # A quote sits indented behind a thin rule, as in the Word version; it splits
            # across pages like any paragraph.
            from briefing_app.export.pdf_quote import QuoteBlock

            block = QuoteBlock(self._paragraph(pieces, self.styles.quote), S.QUOTE_BAR)
            block.spaceBefore, block.spaceAfter = 2, 8
            self.story.append(block)
        else:
            self.story.append(self._paragraph(pieces, self.styles.body))

    def _figure(self, block) -> None:
        """The picture scaled to the frame width (never enlarged), the caption below."""
        from io import BytesIO

        from reportlab.platypus import Image, KeepTogether, Paragraph

        parts = []
        data = C.figure_png(block)
        if data:
            w, h = C.png_size(data)
            # pixels at 144 dpi: maps are rendered at twice their screen size for print
            width = min(self.width, w * 0.5) if w else self.width
            height = width * h / w if w else width * 0.6
            image = Image(BytesIO(data), width=width, height=height)
            image.hAlign = "CENTER"
            parts.append(image)
        pieces = C.pieces(block.runs, self.numbers)
        if any(p.text.strip() for p in pieces):
            mark = self.form.portion(block.mark)
            pieces = [C.Piece(mark), *pieces] if mark else pieces
            parts.append(
                Paragraph(_markup(pieces, self.styles.caption.fontName), self.styles.caption)
            )
        if parts:
            self.story.append(KeepTogether(parts))

    def _table(self, section: Section, rows: list) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Table, TableStyle

        header, body = C.table_grid(section, rows)
        has_header = any(header)
        data = [[Paragraph(C.markup(c), self.styles.cell) for c in row] for row in body]
        if has_header:
            data.insert(0, [Paragraph(C.markup(c), self.styles.cell_head) for c in header])
        widths = [self.width * w for w in C.column_weights(header, body)]
        table = Table(
            data,
            colWidths=widths,
            repeatRows=1 if has_header else 0,
            splitInRow=int(self.split_rows),
            hAlign="LEFT",
        )
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4.5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, HexColor(S.NAVY)),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, HexColor(S.NAVY)),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, HexColor(S.RULE)),
        ]
        if has_header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(S.HEADER_FILL)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(S.NAVY)),
            ]
        table.setStyle(TableStyle(commands))
        table.spaceBefore, table.spaceAfter = 2, 10
        self.story.append(table)

    def _sources(self) -> None:
        from reportlab.platypus import KeepTogether, Paragraph

        entries = []
        for citation in C.sorted_citations(self.briefing):
            text, url = self.form.citation(citation)
            text = self.form.portion(lowest=True) + text  # open sources: the lowest level
            name = C.anchor(citation.number)
            markup = f'<a name="{name}"/>{C.markup(text)}{_url_markup(url)}'
            entries.append(Paragraph(markup, self.styles.source, bulletText=f"{citation.number}."))
        self.story[-1]._sources_heading = True
        if self.keep_sources and len(entries) <= C.KEEP_SOURCES_TOGETHER:
            # A short list stays on one page with its heading.
            entries = [KeepTogether([self.story.pop(), *entries])]
        self.story.extend(entries)

    def _appendix(self, entries: list[AppendixEntry]) -> None:
        self._heading(C.APPENDIX_HEADING, 1)
        for tag, group in C.appendix_groups(entries):
            self._heading(tag, 2)
            for entry in group:
                runs = [Run(text=entry.quote), Run(cite=entry.source)]
                self._text("quote", C.pieces(runs, self.numbers))
                if entry.comment.strip():
                    self._text("paragraph", [C.Piece(C.clean(entry.comment))])


def _markup(pieces: list[C.Piece], font: str = S.SANS) -> str:
    """Pieces as paragraph markup in ``font``; markers become internal links to the Sources
    entries, letters the run's font lacks are drawn in one that has them."""
    out = []
    for piece in pieces:
        if piece.number is not None:
            # Markers keep the text colour, like the fast CitedParagraph ones.
            out.append(f'<a href="#{C.anchor(piece.number)}">{piece.text}</a>')
            continue
        text = S.with_fallback(C.markup(piece.text), S.drawn_font(font, piece.bold, piece.italic))
        if piece.bold:
            text = f"<b>{text}</b>"
        if piece.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _url_markup(url: str) -> str:
    """A URL as a clickable link (web and mail links only; never fetched)."""
    if not url:
        return ""
    if not _LINKABLE.match(url):
        return C.markup(url)
    return f'<a href="{C.attr(url)}" color="{S.LINK}">{C.markup(url)}</a>'
