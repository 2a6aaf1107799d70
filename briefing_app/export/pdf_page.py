"""The PDF page furniture: banner in header and footer, page X of Y, outline from headings."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from briefing_app.export import pdf_style as S

_CM = 72 / 2.54


class PageCountCanvas(Canvas):
    """A canvas that writes "Page X of Y" once Y is known.

    Each page shows a form named after its number; the forms are filled in at save time.
    (Deferring whole pages instead, the usual recipe, would break outline and link targets.)
    """

    def __init__(self, *args, **kwargs) -> None:
        # reportlab starts every canvas in Helvetica, which then sits unembedded in the font
        # list even when no text uses it; start in the bundled (embedded) font instead
        kwargs["initialFontName"] = kwargs.get("initialFontName") or S.SANS
        super().__init__(*args, **kwargs)
        self._page_labels: list[tuple[str, int, float, float]] = []

    def page_label(self, x: float, y: float) -> None:
        """Show "Page X of Y" right-aligned at (x, y) on the current page."""
        number = self.getPageNumber()
        name = f"PageLabel{number}"
        self._page_labels.append((name, number, x, y))
        self.doForm(name)

    pdfa = False  # PDFACanvas: write PDF/A-2b

    def _addAnnotation(self, annotation, name=None, addtopage=1):
        # every annotation printable (links too): PDF/A requires the Print flag
        if hasattr(annotation, "otherkw"):
            annotation.otherkw["F"] = 4
        else:
            annotation["F"] = 4
        super()._addAnnotation(annotation, name, addtopage)

    def save(self) -> None:
        if self.pdfa:
            from briefing_app.export.pdf_a import make_pdfa

            make_pdfa(self)
        total = max((n for _, n, _, _ in self._page_labels), default=0)
        for name, number, x, y in self._page_labels:
            self.beginForm(name)
            self.setFont(S.SANS, 7.5)
            self.setFillColor(S.GREY)
            self.drawRightString(x, y, f"Page {number} of {total}")
            self.endForm()
        super().save()


class PDFACanvas(PageCountCanvas):
    """The same pages, written as PDF/A-2b."""

    pdfa = True


def decorate(canvas: PageCountCanvas, doc, banner: str, right: bool = False) -> None:
    """Draw the classification banner top and bottom, and the page label, on one page.

    ``right`` puts the top banner at the upper right (Canada's marking rule)."""
    width, height = doc.pagesize
    canvas.saveState()
    if banner:
        canvas.setFont(f"{S.SANS}-Bold", 8.5)
        canvas.setFillColor(S.INK)
        if right:
            edge = width - doc.rightMargin - S.FRAME_PADDING
            canvas.drawRightString(edge, height - 1.3 * _CM, banner, charSpace=0.8)
        else:
            canvas.drawCentredString(width / 2, height - 1.3 * _CM, banner, charSpace=0.8)
        canvas.drawCentredString(width / 2, 1.1 * _CM, banner, charSpace=0.8)
    canvas.restoreState()
    canvas.page_label(width - doc.rightMargin - S.FRAME_PADDING, 1.1 * _CM)  # text's edge


class BriefingDocTemplate(SimpleDocTemplate):
    """Adds an outline entry (PDF bookmark) for every heading as it is placed."""

    _outline_level = -1
    # page furniture drawn as each page ends, after its text, so extraction reads the title
    # first and the banner after it
    decorate_page = None

    def handle_pageEnd(self) -> None:
        if self.decorate_page is not None:
            self.decorate_page(self.canv, self)
        super().handle_pageEnd()

    def afterPage(self) -> None:
        if self._outline_level >= 0:
            self.canv.showOutline()  # open with the bookmarks panel when there are bookmarks

    def afterFlowable(self, flowable) -> None:
        if getattr(flowable, "_sources_heading", False):
            # the Sources heading opened a page: the list may sit alone on it
            self.sources_alone = self._curPageFlowableCount == 1
            self.sources_page = self.page
        mark = getattr(flowable, "_outline", None)
        if not mark:
            return
        key, text, level = mark
        # PDF outlines cannot skip a level (a Heading 3 straight under the root).
        level = min(level, self._outline_level + 1)
        self._outline_level = level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
