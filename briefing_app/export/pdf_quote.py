"""A quote block: an indented paragraph behind a thin rule, that splits across pages.

A one-cell Table drew this before, but a table cell cannot split, so a quote longer than a
page made reportlab give up ("Flowable ... too large"). This wraps the paragraph and splits it
the way the paragraph itself splits, drawing the rule beside every part.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

INDENT = 14  # the quote sits this far in from both sides of the text column
BAR_GAP = 9  # from the rule to the text
BAR_WIDTH = 1.5


class QuoteBlock(Flowable):
    """``paragraph`` indented behind a vertical rule of ``colour``."""

    def __init__(self, paragraph, colour: str, *, top: float = 1, bottom: float = 0) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.colour = colour
        self.top, self.bottom = top, bottom
        self._inner_height = 0.0
        self.spaceBefore = self.spaceAfter = 0

    def _inner_width(self, avail_width: float) -> float:
        return max(avail_width - 2 * INDENT - BAR_GAP, 1.0)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, self._inner_height = self.paragraph.wrap(self._inner_width(avail_width), avail_height)
        self.height = self._inner_height + self.top + self.bottom
        return self.width, self.height

    def getSpaceBefore(self):
        return self.spaceBefore

    def getSpaceAfter(self):
        return self.spaceAfter

    def split(self, avail_width, avail_height):
        room = avail_height - self.top - self.bottom
        parts = self.paragraph.split(self._inner_width(avail_width), room)
        if len(parts) < 2:
            return []
        blocks = [QuoteBlock(part, self.colour, top=self.top, bottom=self.bottom) for part in parts]
        blocks[0].spaceBefore, blocks[-1].spaceAfter = self.spaceBefore, self.spaceAfter
        return blocks

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(HexColor(self.colour))
        canvas.setLineWidth(BAR_WIDTH)
        canvas.line(INDENT, 0, INDENT, self.height)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, INDENT + BAR_GAP, self.bottom)
