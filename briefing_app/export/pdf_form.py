"""The note's form in the PDF: header block, authority block, "[To be completed]", estimates,
table captions, decision and sign-off blocks."""

from __future__ import annotations

from briefing_app.export import content as C
from briefing_app.export import pdf_style as S
from briefing_app.export.form import DECISION_HEADING, TO_BE_COMPLETED, Form

TBC_MARKUP = f'<font color="#C00000" backColor="#FFF2CC"><b>{TO_BE_COMPLETED}</b></font>'


def _label_markup(label: str, value: str) -> str:
    return f"<b>{C.markup(label)}:</b> {C.markup(value)}"


def header_block(story, styles, form: Form, width: float) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    lines = form.header_lines()
    if not lines:
        return
    data = [
        [Paragraph(f"<b>{C.markup(label)}:</b>", styles.cell), Paragraph(C.markup(v), styles.cell)]
        for label, v in lines
    ]
    table = Table(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(S.RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.spaceAfter = 10
    story.append(table)


def authority_block(story, styles, form: Form) -> None:
    from reportlab.platypus import Paragraph

    lines = form.authority_lines()
    for index, (label, value) in enumerate(lines):
        paragraph = Paragraph(_label_markup(label, value), styles.meta)
        paragraph.style = styles.meta
        story.append(paragraph)
        if index == len(lines) - 1:
            from reportlab.platypus import Spacer

            story.append(Spacer(1, 8))


def to_be_completed(story, styles) -> None:
    from reportlab.platypus import Paragraph

    story.append(Paragraph(TBC_MARKUP, styles.body))


def estimate(story, styles, form: Form, text: str) -> None:
    from reportlab.platypus import Paragraph

    mark = C.markup(form.portion()) if form.scheme is not None else ""
    story.append(
        Paragraph(f'{mark}<font color="{S.NAVY}"><b>{C.markup(text)}</b></font>', styles.body)
    )


def table_caption(story, styles, form: Form, heading: str, rows: list, number: int):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    # not keepWithNext: that would carry a long table whole to the next page; the heading's
    # conditional page break already leaves room for the caption and the first rows
    style = ParagraphStyle(
        "TableCaption", styles.caption, alignment=0, spaceBefore=2, spaceAfter=3, keepWithNext=0
    )
    text = f"{form.table_portion(rows)}Table {number}. {C.one_line(heading)}"
    story.append(Paragraph(C.markup(text), style))


def closing(story, styles, form: Form) -> None:
    from reportlab.platypus import Paragraph

    options = form.decision_options()
    if options:
        heading = Paragraph(C.markup(DECISION_HEADING), styles.headings[0])
        story.append(heading)
        gap = "&nbsp;" * 6
        story.append(Paragraph(gap.join(C.markup(o) for o in options), styles.body))
        for label, value in (("Signature", "_" * 30), ("Date", "_" * 18)):
            story.append(Paragraph(_label_markup(label, value), styles.body))
    for label, value in form.signoff_lines():
        story.append(Paragraph(_label_markup(label, value), styles.body))
