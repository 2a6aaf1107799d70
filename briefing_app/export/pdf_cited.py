"""A fast paragraph whose citation markers are links.

reportlab lays out a paragraph of one font and colour ("one fragment") on a fast path; an
``<a href>`` per citation marker splits it into fragments and made PDF export about twice as
slow. So a plain paragraph keeps its ``[n]`` markers as ordinary text, and once it is drawn
we put a link rectangle over each marker, measured the way reportlab placed the words.
"""

from __future__ import annotations

import re

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

_MARKER = re.compile(r"\[(\d+)\]")


class CitedParagraph(Paragraph):
    """A one-fragment, left-aligned paragraph with ``[n]`` markers linked to ``anchors[n]``."""

    def __init__(self, text, style, anchors: dict[int, str] | None = None, **kwargs) -> None:
        # reportlab's split() builds the halves as self.__class__(None, style, frags=...).
        super().__init__(text, style, **kwargs)
        self._anchors = anchors or {}

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        for part in parts:
            part._anchors = self._anchors
        return parts

    def draw(self) -> None:
        super().draw()
        bl_para = self.blPara
        if getattr(bl_para, "kind", 1) != 0 or self.style.alignment != TA_LEFT:
            return  # not the fast layout: no reliable word positions
        font, size = bl_para.fontName, bl_para.fontSize
        ascent, descent = bl_para.ascent, bl_para.descent
        # The first baseline, placed exactly as Paragraph.drawPara places it.
        top = size if rl_config.paraFontSizeHeightOffset else ascent
        offsets = getattr(self, "_offsets", [0])
        for index, (_, words) in enumerate(bl_para.lines):
            shift = offsets[min(index, len(offsets) - 1)]
            x = self.style.leftIndent + shift + (self.style.firstLineIndent if index == 0 else 0)
            y = self.height - top - index * self.style.leading
            for position, word in enumerate(words):
                if "[" not in word:
                    continue
                prefix = " ".join(words[:position]) + (" " if position else "")
                word_x = x + stringWidth(prefix, font, size)
                for match in _MARKER.finditer(word):
                    anchor = self._anchors.get(int(match.group(1)))
                    if anchor is None:
                        continue
                    x0 = word_x + stringWidth(word[: match.start()], font, size)
                    x1 = x0 + stringWidth(match.group(0), font, size)
                    rect = (x0, y + descent, x1, y + ascent)
                    self.canv.linkRect("", anchor, rect, relative=1, thickness=0)
