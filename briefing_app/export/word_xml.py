"""Word XML python-docx has no API for: fields, bookmarks, links, repeated header rows, widths."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    p = paragraph._p

    def fld_char(kind: str) -> None:
        r = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        r.append(char)
        p.append(r)

    fld_char("begin")
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    r.append(instr)
    p.append(r)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    """Make the whole paragraph the target ``name`` of internal links."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _link_run(paragraph: Paragraph, text: str, style_id: str) -> Run:
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), style_id)
    rpr.append(rstyle)
    r.append(rpr)
    run = Run(r, paragraph)
    run.text = text
    return run


def _append_link(paragraph: Paragraph, target: tuple[str, str], text: str, style_id: str) -> Run:
    """Append ``text`` inside a ``w:hyperlink`` whose ``target`` is (attribute, value)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn(target[0]), target[1])
    link.set(qn("w:history"), "1")
    run = _link_run(paragraph, text, style_id)
    link.append(run._r)
    paragraph._p.append(link)
    return run


def add_internal_link(paragraph: Paragraph, anchor: str, text: str, style_id: str) -> Run:
    """Append ``text`` as a link to bookmark ``anchor`` in the same document."""
    return _append_link(paragraph, ("w:anchor", anchor), text, style_id)


def add_external_link(paragraph: Paragraph, url: str, text: str, style_id: str) -> Run:
    """Append ``text`` as a clickable link to ``url`` (never fetched)."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    return _append_link(paragraph, ("r:id", rel_id), text, style_id)


def repeat_as_header(row) -> None:
    """Repeat this table row at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def keep_rows_whole(table) -> None:
    """Move a row that does not fit to the next page whole (Word still splits a giant row)."""
    for tr in table._tbl.tr_lst:
        tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))


def set_widths(table, widths_twips: list[int]) -> None:
    """Fix the column widths (grid and every cell) so Word and LibreOffice agree."""
    table.autofit = False  # w:tblLayout fixed, put where the schema wants it
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(widths_twips)))
    for col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_twips, strict=False):
        col.set(qn("w:w"), str(width))
    for tr in tbl.tr_lst:
        for tc, width in zip(tr.tc_lst, widths_twips, strict=False):
            tc_w = tc.get_or_add_tcPr().get_or_add_tcW()
            tc_w.set(qn("w:type"), "dxa")
            tc_w.set(qn("w:w"), str(width))


def set_style_fonts(style, name: str) -> None:
    """Set a style's font for every script and drop theme fonts, which would override it."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(key), None)
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), name)


def drop_theme_colour(style) -> None:
    """Remove a theme colour reference so the explicit RGB colour wins everywhere."""
    rpr = style.element.rPr
    colour = rpr.find(qn("w:color")) if rpr is not None else None
    if colour is not None:
        for key in ("w:themeColor", "w:themeShade", "w:themeTint"):
            colour.attrib.pop(qn(key), None)


def clear_paragraph_border(style) -> None:
    """Remove any paragraph border a built-in style carries (Title has a rule under it)."""
    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def paragraph_border(style, side: str, colour: str, size_eighths: int, space: int) -> None:
    """Give a paragraph style a single rule on ``side`` (top, bottom, left)."""
    ppr = style.element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
        _reorder_ppr(ppr)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), str(space))
    edge.set(qn("w:color"), colour)
    bdr.append(edge)


# Schema order of the pPr children we touch; Word rejects out-of-order elements.
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
]  # fmt: skip


def _reorder_ppr(ppr) -> None:
    def rank(el) -> int:
        local = el.tag.rsplit("}", 1)[-1]
        return _PPR_ORDER.index(local) if local in _PPR_ORDER else len(_PPR_ORDER)

    children = sorted(ppr, key=rank)
    for child in children:
        ppr.append(child)


def new_paragraph(style_id: str | None):
    """A bare ``w:p`` element in a paragraph style (faster than python-docx's add_paragraph)."""
    p = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), style_id)
        ppr.append(pstyle)
        p.append(ppr)
    return p


def add_text_run(p, text: str, bold: bool = False, italic: bool = False):
    """Append a run of plain text to ``w:p`` element ``p``; returns the ``w:r`` element.

    python-docx's run.text setter walks the text character by character; a run without tabs
    or line breaks is a single ``w:t`` and is built directly.
    """
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    if "\t" in text or "\n" in text:
        Run(r, None).text = text  # tabs and breaks need their own elements
    else:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    p.append(r)
    return r
