"""Photo captions that the line shapes of ``furniture.caption`` miss.

A caption describes a picture ("A girl sits amid the rubble of her home in Talor."); it is
never a key point, whatever its words. Three shapes give it away without a word list:

- its line ends with the picture's credit and no final stop: an agency and a photographer
  joined by a slash ("OCHA/Jane Doe", "UNICEF/ J. Doe"), a "Photo: X" cue, or an agency's
  acronym alone ("OCHA");
- it is the alt text of such a captioned picture: the same words again on a line of their own
  (pages give both the image's description and its caption);
- it is the one sentence on the line just under an image's file name ("image_2025.png");
- its line opens with where people stand in the picture, as a label ("From left to right:",
  "Left:", "L-R:", "Pictured:", "Above:"): every sentence of that line describes the picture;
- it tells that its people pose for a photo ("pose for a group photo with ...");
- it is one sentence on its line, in the present passive of a picture ("is seen", "are
  pictured", not "is seen as") and ends with the day the picture was taken ("... in Talor on
  Sep 29, 2018."): the caption whose credit the clean text has dropped.

A body paragraph that ends in a stop, or runs on cut mid-word ("... emergency man"), has no
credit; a press release's end mark ("ENDS") is not an agency.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing_app.analysis.figures import MONTH_WORD

MAX_CAPTION_WORDS = 60  # a caption is one to three short sentences
MAX_CAPTION_CHARS = 600
NEAR = 2000  # the alt text and its caption sit side by side
_STOP = re.compile(r"[.!?][\"”’)]?\s+")
_ACRONYM = r"[A-Z][A-Z&]{1,7}"
_CAPITAL = r"[A-Z][\w.’'-]*"
# "OCHA/Sayed Habib Bidell", "AP Photo/Jane Doe", "UNICEF/ J. Doe", "Photo: IFRC", "OCHA"
_CREDIT_TAIL = re.compile(
    rf"(?:(?:{_CAPITAL}\s+)?{_ACRONYM}(?:\s+Photo)?\s*/\s*{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}}"
    rf"|(?:Photo|Photograph|Image|Picture)s?\s*:\s*{_CAPITAL}(?:\s+{_CAPITAL}){{0,4}}"
    rf"|{_ACRONYM})"
)
_END_MARKS = frozenset({"ENDS", "END", "MORE"})  # a press release's end marks, not credits
_IMAGE_FILE = re.compile(r"^\S+\.(?:png|jpe?g|gif|webp|avif|bmp|tiff?)$", re.IGNORECASE)
# "From left to right: A, B and C hold ...", "Left: Maj. A presents ...", "L-R: ...", "Pictured
# above: ..." (a label and its colon open the line; "Left unchecked, the fire ..." has none)
_POSITION_LABEL = re.compile(
    r"\W{0,2}(?:(?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?|l\s?-\s?r|r\s?-\s?l|"
    r"above|below|inset|clockwise(?:\s+from\s+(?:top\s+|bottom\s+)?(?:left|right))?|"
    r"pictured(?:\s+(?:above|below|here|left|right))?)\s*:\s",
    re.IGNORECASE,
)
# "... pose for a photo", "poses for a group photograph": a caption's present ("poses a threat"
# tells no picture; "leaders, who posed for a family photo, agreed ..." is a report's past)
_POSE = re.compile(
    r"\bposes?\s+for\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:photo(?:graph)?|picture|portrait|selfie)s?\b",
    re.IGNORECASE,
)
# the present passive of a picture ("are pictured", "is seen in Talor", "is seen rising over";
# "is seen as" judges, and "is seen cutting rates" forecasts: neither shows)
_SHOWN = re.compile(
    r"\b(?:is|are)\s+(?:(?:pictured|shown)\b(?!\s+as\b)|seen\s+(?:[a-z]+ing\s+)?"
    r"(?:in|at|on|near|during|after|before|from|outside|inside|through|with|under|over|above|"
    r"along|amid|behind|beside|next|around|across|into|atop|against|among|aboard)\b)",
    re.IGNORECASE,
)
_TAKEN_ON = re.compile(rf"(?:,|\bon)\s+{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}\.?$")


@lru_cache(maxsize=4096)
def credit_tail(line: str) -> bool:
    """True when a line is sentences ending in a picture credit with no stop of its own."""
    if len(line) > MAX_CAPTION_CHARS:
        return False
    cut = None
    for m in _STOP.finditer(line):
        cut = m.end()
    if cut is None or len(line.split()) > MAX_CAPTION_WORDS:
        return False
    tail = line[cut:].strip()
    return tail not in _END_MARKS and _CREDIT_TAIL.fullmatch(tail) is not None


def _picture_passive(sentence: str) -> bool:
    """A picture's present passive ending with the day it was taken (cheap tests first)."""
    if not sentence.rstrip(".")[-1:].isdigit():
        return False  # no year at the end
    if not any(w in sentence for w in (" seen", " pictured", " shown")):
        return False
    tail = max(0, len(sentence) - 48)  # ", Sept. 29, 2018." and the words before it
    return _TAKEN_ON.search(sentence, tail) is not None and _SHOWN.search(sentence) is not None


def pictured(lines, s: int, e: int, text: str) -> bool:
    """True for a sentence that is a photo's caption or alt text (see the module's shapes)."""
    line = lines.line_at(s)
    if line is None:
        return False
    if credit_tail(text[line[0] : line[1]]) or _POSITION_LABEL.match(text, line[0], line[1]):
        return True
    sentence = text[s:e].strip()
    if ("pos" in sentence or "Pos" in sentence) and _POSE.search(sentence):
        return True
    if text[line[0] : line[1]].strip() != sentence or len(sentence.split()) > MAX_CAPTION_WORDS:
        return False  # the other shapes are a line of one sentence
    if _picture_passive(sentence):
        return True
    k = bisect.bisect_left(lines.lines, line)
    if k > 0 and _IMAGE_FILE.match(text[lines.lines[k - 1][0] : lines.lines[k - 1][1]]):
        return True
    # the alt text: the same words on another line that carries the credit
    end = min(len(text), e + NEAR)
    at = text.find(sentence, max(0, s - NEAR), end)
    while at != -1:
        other = lines.line_at(at)
        if other is not None and other != line and credit_tail(text[other[0] : other[1]]):
            return True
        at = text.find(sentence, at + 1, end)
    return False
