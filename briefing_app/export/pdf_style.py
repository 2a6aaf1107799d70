"""Fonts, colours and paragraph styles of the PDF briefing note (reportlab)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from briefing_app.export import errors, pdf_bidi
from briefing_app.export.errors import ExportError
from briefing_app.resources import resource_path

SANS = "DejaVuSans"
SERIF = "DejaVuSerif"
_FILES = {
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}
_lock = threading.Lock()
_registered = False

INK = "#1A1A1A"
NAVY = "#1F3864"
GREY = "#595959"
RULE = "#BFBFBF"
LINK = "#1F4E99"
HEADER_FILL = "#E4E9F1"
QUOTE_BAR = "#8EA0BC"
# reportlab's Frame pads 6 pt left and right: the text column is that much narrower than the
# frame, and tables, figures and the page label align with the text, not the frame.
FRAME_PADDING = 6


MISSING_GLYPH = "\ufffd"  # drawn in place of a character the font lacks (the text keeps it)
ZERO_WIDTH = "\u200b"  # its empty glyph draws what only shapes the character before it
# Joiners, variation selectors, skin tones and tag characters shape an emoji; with no glyph
# for the emoji they draw nothing more (one sign per emoji, not one per code point).
_SHAPERS = re.compile("[\u200c\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def _draw_missing_as_sign(face, text: str) -> None:
    """Give ``face`` a glyph for each character of ``text`` it lacks: the replacement sign
    (U+FFFD), or nothing for a character that only shapes the one before it.

    Deliberate: the page shows where a character could not be drawn, and the PDF's text (what
    search, copy and screen readers get, through the ToUnicode map) keeps the character the
    analyst wrote. The DOCX keeps it too; Word has fonts for it."""
    glyphs, widths = face.charToGlyph, face.charWidths
    if not hasattr(face, "own_glyphs"):  # (what the font really has, for ``lacks``)
        face.own_glyphs = frozenset(glyphs)
    for ch in set(text):
        code = ord(ch)
        if code in glyphs or ch == "\xa0":
            continue
        sign = ZERO_WIDTH if _SHAPERS.match(ch) else MISSING_GLYPH
        if ord(sign) in glyphs:
            glyphs[code] = glyphs[ord(sign)]
            widths[code] = 0 if sign == ZERO_WIDTH else widths.get(ord(sign), face.defaultWidth)


def _to_unicode_cmap(original):
    """reportlab's ToUnicode CMap writer, fixed for characters beyond U+FFFF.

    It writes their code point as odd-length hex (``<1F600>``), which PDF readers reject or
    misread; a CMap maps to UTF-16BE, so they need a surrogate pair (``<D83DDE00>``).
    """

    def make(fontname, subset):
        cmap = original(fontname, [0xFFFD if v > 0xFFFF else v for v in subset])
        for index, value in enumerate(subset):
            if value > 0xFFFF:
                utf16 = chr(value).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <FFFD>", f"<{index:02X}> <{utf16}>", 1)
            elif (letters := pdf_bidi.base_letters(chr(value))) != chr(value):
                # (an Arabic letter's joined form reads back as the letter written)
                utf16 = letters.encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <{value:04X}>", f"<{index:02X}> <{utf16}>", 1)
        return cmap

    make.fixed_beyond_bmp = True
    return make


def _cached_font_class():
    """A TTFont that remembers text widths (layout measures the same words over and over)
    and draws U+FFFD for a character it has no glyph for (not an empty box read back as a NUL)
    while the text keeps the character."""
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    if not getattr(ttfonts.makeToUnicodeCMap, "fixed_beyond_bmp", False):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap(ttfonts.makeToUnicodeCMap)

    class CachedWidthTTFont(TTFont):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._widths: dict[str, float] = {}

        def drawable(self, text):
            if isinstance(text, str) and not text.isascii():
                glyphs = self.face.charToGlyph
                # (right-to-left words in the order the page draws them, Arabic joined)
                text = pdf_bidi.visual(text, lambda ch: ord(ch) in glyphs)
                if not all(ord(ch) in glyphs for ch in text):
                    _draw_missing_as_sign(self.face, text)
            return text

        def splitString(self, text, doc, encoding="utf-8"):
            return super().splitString(self.drawable(text), doc, encoding)

        def stringWidth(self, text, size, encoding="utf8"):
            # Width scales linearly with size, so one entry per text serves every size.
            try:
                return self._widths[text] * size
            except (KeyError, TypeError):
                pass
            width = super().stringWidth(self.drawable(text), 1.0, encoding)
            if isinstance(text, str) and len(self._widths) < 200_000:
                self._widths[text] = width
            return width * size

    return CachedWidthTTFont


def register_fonts() -> None:
    """Register the bundled DejaVu Sans and Serif families once per process (parsing is slow)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        font_class = _cached_font_class()
        for family, names in _FILES.items():
            for name in names:
                path = resource_path("fonts", f"{name}.ttf")
                if not path.is_file():
                    raise ExportError(f"{path}: {errors.FONT_MISSING}")
                pdfmetrics.registerFont(font_class(name, str(path)))
            for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
                addMapping(family, bold, italic, name)
        _registered = True


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles one PDF uses."""

    title: object
    meta: object
    headings: tuple
    split_headings: tuple  # the same without keepWithNext, over a table or paragraph that splits
    body: object
    bullet: object
    quote: object
    cell: object
    cell_head: object
    source: object
    caption: object = None


def make_styles() -> Styles:
    """Build the paragraph styles (cheap; fonts must be registered first)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle(
        "Body",
        fontName=SANS,
        fontSize=9.5,
        leading=13.6,
        textColor=HexColor(INK),
        spaceAfter=5,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )
    title = ParagraphStyle(
        "Title", body, fontName=f"{SANS}-Bold", fontSize=19, leading=23, textColor=HexColor(NAVY),
        spaceAfter=4, keepWithNext=1,
    )  # fmt: skip
    meta = ParagraphStyle("Meta", body, fontSize=9, leading=12, textColor=HexColor(GREY))
    headings = tuple(
        ParagraphStyle(
            f"Heading{level}",
            body,
            fontName=f"{SANS}-Bold",
            fontSize=size,
            leading=size * 1.25,
            textColor=HexColor(NAVY),
            spaceBefore=before,
            spaceAfter=4,
            keepWithNext=1,
        )
        for level, size, before in ((1, 12, 14), (2, 10.5, 10), (3, 9.5, 8))
    )
    bullet = ParagraphStyle(
        "Bullet", body, leftIndent=14, bulletIndent=3, bulletFontName=SANS, spaceAfter=3.5
    )
    quote = ParagraphStyle(
        "Quote", body, fontName=f"{SERIF}-Italic", textColor=HexColor(GREY), leftIndent=16,
        rightIndent=16, spaceBefore=1, spaceAfter=7,
    )  # fmt: skip
    cell = ParagraphStyle("Cell", body, fontSize=8.5, leading=11, spaceAfter=0)
    cell_head = ParagraphStyle("CellHead", cell, fontName=f"{SANS}-Bold", textColor=HexColor(NAVY))
    source = ParagraphStyle(
        "Source", body, fontSize=8.5, leading=11.5, leftIndent=18, bulletIndent=0,
        bulletFontName=SANS, bulletFontSize=8.5, spaceAfter=3.5,
    )  # fmt: skip
    split_headings = tuple(ParagraphStyle(f"{h.name}Split", h, keepWithNext=0) for h in headings)
    caption = ParagraphStyle(
        "Caption", body, fontName=f"{SANS}-Oblique", fontSize=8.5, leading=11,
        textColor=HexColor(GREY), alignment=1, spaceBefore=3, spaceAfter=10,
    )  # fmt: skip
    return Styles(
        title, meta, headings, split_headings, body, bullet, quote, cell, cell_head, source,
        caption,
    )  # fmt: skip


def drawn_font(base: str, bold: bool = False, italic: bool = False) -> str:
    """The font a run of a paragraph in ``base`` is drawn in (with <b> or <i> on it)."""
    from reportlab.lib.fonts import ps2tt, tt2ps

    family, is_bold, is_italic = ps2tt(base)
    return tt2ps(family, is_bold or bold, is_italic or italic)


def _glyphs(font_name: str) -> dict:
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font_name).face
    return getattr(face, "own_glyphs", None) or face.charToGlyph  # (not the signs drawn)


def lacks(font_name: str, text: str) -> bool:
    """Whether ``font_name`` has no glyph for a letter of ``text`` that the upright sans has
    (Arabic and Hebrew: the bundled serif and the sans's obliques have none)."""
    if text.isascii():
        return False
    have, sans = _glyphs(font_name), _glyphs(SANS)
    return any(ord(ch) not in have and ord(ch) in sans for ch in set(text))


def with_fallback(markup: str, font_name: str) -> str:
    """Paragraph ``markup`` drawn in ``font_name``, each run of letters that font lacks and the
    upright sans has (with the spaces and marks between them) set in that sans: the page shows
    the letters, not replacement signs, and the run stays one piece for right-to-left order."""
    if not lacks(font_name, markup):
        return markup
    sans = f"{SANS}-Bold" if "Bold" in font_name else SANS
    have, other = _glyphs(font_name), _glyphs(sans)

    def borrowed(ch: str) -> bool:
        return ord(ch) not in have and ord(ch) in other

    out: list[str] = []
    i, n = 0, len(markup)
    while i < n:
        if not borrowed(markup[i]):
            out.append(markup[i])
            i += 1
            continue
        end = j = i
        # (a tag or an entity ends the run; a Latin letter does too)
        while j < n and (borrowed(markup[j]) or not (markup[j].isalpha() or markup[j] in "<&")):
            if borrowed(markup[j]):
                end = j
            j += 1
        out.append(f'<font face="{sans}">{markup[i : end + 1]}</font>')
        i = end + 1
    return "".join(out)
