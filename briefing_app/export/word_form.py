"""The note's form in Word: header block, authority block, "[To be completed]", estimates,
table captions, decision and sign-off blocks, and their styles."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

from briefing_app.export import content as C
from briefing_app.export import word_xml
from briefing_app.export.form import DECISION_HEADING, TO_BE_COMPLETED, Form

TBC_CHAR = "To Be Completed"
ESTIMATE_CHAR = "Estimative Statement"
FORM_LABEL = "Form Label"
AUTHORITY = "Classification Authority"


_STYLES = (  # (kind, id, name, properties) of the styles the form adds
    ("character", "ToBeCompleted", TBC_CHAR,
     '<w:rPr><w:b/><w:color w:val="C00000"/><w:highlight w:val="yellow"/></w:rPr>'),
    ("character", "EstimativeStatement", ESTIMATE_CHAR,
     '<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>'),
    ("character", "FormLabel", FORM_LABEL, "<w:rPr><w:b/></w:rPr>"),
    ("paragraph", "ClassificationAuthority", AUTHORITY,
     '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
     '<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr>'),
)  # fmt: skip


def setup_form_styles(writer) -> None:
    """The styles the form adds, defined once like the others (so Word lists them).

    Written as XML: python-docx's style API scans every style of the document per call."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    element = writer.doc.styles.element
    for kind, style_id, name, props in _STYLES:
        element.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:customStyle="1" '
                f'w:styleId="{style_id}"><w:name w:val="{name}"/><w:qFormat/>{props}</w:style>'
            )
        )
        writer.ids[name] = style_id
    # citation markers: a visible colour (they are links to the Sources list)
    writer.styles["Citation Marker"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x99)


def styled_run(paragraph, text: str, style_id: str):
    """A run in a character style (``w:rStyle``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = word_xml.add_text_run(paragraph._p, text)
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), style_id)
    rpr.append(style)
    r.insert(0, rpr)
    return r


def label_lines(writer, lines: list[tuple[str, str]], style: str = "Normal") -> None:
    """ "Label: value" paragraphs, the label bold."""
    for label, value in lines:
        paragraph = writer._paragraph(style)
        styled_run(paragraph, f"{label}: ", writer.ids[FORM_LABEL])
        word_xml.add_text_run(paragraph._p, value or "")


def header_block(writer, form: Form) -> None:
    """To / From / Date / Subject... as a two-column table under the title."""
    lines = form.header_lines()
    if not lines:
        return
    table = writer.doc.add_table(rows=len(lines), cols=2)
    writer.sect_pr.addprevious(table._tbl)  # keep body order: before the closing sectPr
    for row, (label, value) in zip(table.rows, lines, strict=True):
        label_cell, value_cell = row.cells
        label_cell.paragraphs[0].style = writer.styles["Table Text"]
        styled_run(label_cell.paragraphs[0], f"{label}:", writer.ids[FORM_LABEL])
        value_cell.paragraphs[0].style = writer.styles["Table Text"]
        word_xml.add_text_run(value_cell.paragraphs[0]._p, value)
    twips = int(writer.text_width / 635)
    word_xml.set_widths(table, [int(twips * 0.28), int(twips * 0.72)])
    _rule_rows(table)
    writer._paragraph("Table Text")


def _rule_rows(table) -> None:
    """A thin grey rule under each row, as the PDF draws it (LINEBELOW 0.4 pt, RULE): the
    Word note's To / From / Date lines had none and read as loose text beside the PDF's."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    rule = 'w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"'
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}><w:bottom {rule}/><w:insideH {rule}/></w:tblBorders>"
    )
    margins = parse_xml(  # 2 pt above, 3 pt below the words, as the PDF's padding
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="40" w:type="dxa"/>'
        '<w:bottom w:w="60" w:type="dxa"/></w:tblCellMar>'
    )
    # in the schema's order: ... tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook ...
    tbl_pr = table._tbl.tblPr
    tbl_pr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def authority_block(writer, form: Form) -> None:
    lines = form.authority_lines()
    if lines:
        label_lines(writer, lines, AUTHORITY)
        writer._paragraph("Table Text")


def to_be_completed(writer) -> None:
    paragraph = writer._paragraph("Normal")
    styled_run(paragraph, C.NBSP.join(TO_BE_COMPLETED.split(" ")), writer.ids[TBC_CHAR])


def estimate(writer, form: Form, text: str) -> None:
    paragraph = writer._paragraph("Normal")
    if form.scheme is not None:
        word_xml.add_text_run(paragraph._p, form.portion())
    styled_run(paragraph, text, writer.ids[ESTIMATE_CHAR])


def table_caption(writer, form: Form, heading: str, rows: list, number: int) -> None:
    text = f"{form.table_portion(rows)}Table {number}. {C.one_line(heading)}"
    paragraph = writer._paragraph("Caption")
    paragraph.paragraph_format.keep_with_next = True
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    word_xml.add_text_run(paragraph._p, text)


def closing(writer, form: Form) -> None:
    """The decision block (tick one, sign, date) and Prepared by / Approved by."""
    options = form.decision_options()
    if options:
        writer._heading(DECISION_HEADING, 1)
        word_xml.add_text_run(writer._paragraph("Normal")._p, "     ".join(options))
        label_lines(writer, [("Signature", "_" * 30), ("Date", "_" * 18)])
    signoff = form.signoff_lines()
    if signoff:
        writer._paragraph("Table Text")
        label_lines(writer, signoff)
