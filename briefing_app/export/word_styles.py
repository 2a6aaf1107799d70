"""The Word styles of a briefing note, set once on the document (never run by run)."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import StyleFactory

from briefing_app.export import word_xml

# Arial is on every Word installation, covers Cyrillic, Greek and accented Latin, and
# LibreOffice maps it to the metric-compatible Liberation Sans.
FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
LINK = RGBColor(0x1F, 0x4E, 0x99)

META = "Briefing Meta"
BANNER = "Classification Banner"
BANNER_CHAR = "Classification Banner Char"
TABLE_TEXT = "Table Text"
SOURCE_ENTRY = "Source Entry"
CITATION = "Citation Marker"
HYPERLINK = "Hyperlink"
TABLE_STYLE = "Briefing Table"

_TABLE_STYLE_XML = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">
  <w:name w:val="{TABLE_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>
    <w:tblPr/>
    <w:tcPr>
      <w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/></w:tcBorders>
      <w:shd w:val="clear" w:color="auto" w:fill="E4E9F1"/>
    </w:tcPr>
  </w:tblStylePr>
</w:style>
"""


class _Styles:
    """Styles by name, looked up once: python-docx's styles[name] runs an XPath each time."""

    def __init__(self, styles) -> None:
        from docx.styles import BabelFish

        self.element = styles.element
        self.elements = {BabelFish.internal2ui(el.name_val): el for el in self.element.style_lst}
        self.by_name: dict[str, object] = {}

    def __contains__(self, name: str) -> bool:
        return name in self.elements

    def __getitem__(self, name: str):
        if name not in self.by_name:
            self.by_name[name] = StyleFactory(self.elements[name])
        return self.by_name[name]

    def add(self, name: str, kind, base: str | None = None):
        if name not in self.elements:
            self.elements[name] = self.element.add_style_of_type(name, kind, False)
            if base:
                self[name].base_style = self[base]
                self[name].quick_style = True
        return self[name]

    def add_element(self, name: str, element) -> None:
        self.element.append(element)
        self.elements[name] = element


def _para(styles: _Styles, name: str, base: str = "Normal"):
    return styles.add(name, WD_STYLE_TYPE.PARAGRAPH, base)


def _char(styles: _Styles, name: str):
    return styles.add(name, WD_STYLE_TYPE.CHARACTER)


def _spacing(style, before: float, after: float, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = line


def _font(style, size: float, colour: RGBColor, bold: bool | None = None, italic=None) -> None:
    word_xml.set_style_fonts(style, FONT)
    style.font.size = Pt(size)
    style.font.color.rgb = colour
    word_xml.drop_theme_colour(style)
    style.font.bold = bold
    style.font.italic = italic


def setup_styles(document) -> dict[str, object]:
    """Define every style the exporter uses and return them by name (lookups are not free)."""
    styles = _Styles(document.styles)
    normal = styles["Normal"]
    _font(normal, 10.5, INK)
    _spacing(normal, 0, 6, 1.15)
    normal.paragraph_format.widow_control = True

    title = styles["Title"]
    word_xml.clear_paragraph_border(title)
    _font(title, 22, NAVY, bold=True)
    _spacing(title, 0, 4, 1.0)
    title.font.character_spacing = Pt(0)  # the built-in Title is letter-spaced
    title.paragraph_format.keep_with_next = True

    meta = _para(styles, META)
    _font(meta, 10, GREY)
    _spacing(meta, 0, 14)
    word_xml.paragraph_border(meta, "bottom", "BFBFBF", 6, 6)

    for level, size, before in ((1, 13, 16), (2, 11.5, 12), (3, 10.5, 10)):
        heading = styles[f"Heading {level}"]
        _font(heading, size, NAVY, bold=True, italic=False)
        _spacing(heading, before, 4, 1.0)
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.keep_together = True

    for name in ("List Bullet", "List Bullet 2", "List Bullet 3"):
        bullet = styles[name]
        _font(bullet, 10.5, INK)
        _spacing(bullet, 0, 4, 1.15)

    for name in ("Quote", "Intense Quote"):
        quote = styles[name]
        word_xml.clear_paragraph_border(quote)
        _font(quote, 10.5, GREY, italic=True)
        _spacing(quote, 2, 8, 1.15)
        quote.paragraph_format.left_indent = Cm(0.8)
        quote.paragraph_format.right_indent = Cm(0.8)
        quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        word_xml.paragraph_border(quote, "left", "8EA0BC", 12, 8)

    table_text = _para(styles, TABLE_TEXT)
    _font(table_text, 9.5, INK)
    _spacing(table_text, 0, 0, 1.0)

    source = _para(styles, SOURCE_ENTRY)
    _font(source, 9.5, INK)
    _spacing(source, 0, 4, 1.1)
    source.paragraph_format.left_indent = Cm(0.7)
    source.paragraph_format.first_line_indent = Cm(-0.7)
    source.paragraph_format.tab_stops.add_tab_stop(Cm(0.7))

    banner = _para(styles, BANNER)
    _font(banner, 9, INK, bold=True)
    _spacing(banner, 0, 0, 1.0)
    banner.font.character_spacing = Pt(1)
    banner.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for name in ("Header", "Footer"):
        _font(styles[name], 8.5, GREY)
        styles[name].paragraph_format.tab_stops.clear_all()
    banner_char = _char(styles, BANNER_CHAR)
    banner_char.font.bold = True
    banner_char.font.size = Pt(9)
    banner_char.font.color.rgb = INK
    banner_char.font.character_spacing = Pt(1)

    # Markers in the text colour, as in the PDF; a user can restyle them in one place.
    citation = _char(styles, CITATION)
    hyperlink = _char(styles, HYPERLINK)
    hyperlink.font.color.rgb = LINK
    hyperlink.font.underline = True

    if TABLE_STYLE not in styles:
        styles.add_element(TABLE_STYLE, parse_xml(_TABLE_STYLE_XML))

    names = ["Normal", "Title", META, "Heading 1", "Heading 2", "Heading 3"]
    names += ["List Bullet", "List Bullet 2", "List Bullet 3"]
    caption = styles["Caption"]
    _font(caption, 9, GREY, italic=True)
    _spacing(caption, 2, 10, 1.1)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    names += ["Quote", TABLE_TEXT, SOURCE_ENTRY, BANNER, "Header", "Footer", "Caption"]
    found = {name: styles[name] for name in names}
    found[CITATION] = citation
    found[HYPERLINK] = hyperlink
    found[BANNER_CHAR] = banner_char
    found[TABLE_STYLE] = styles[TABLE_STYLE]
    return found
