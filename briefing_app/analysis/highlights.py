"""A list item that is a sentence without its final stop: the highlights of a fact sheet.

Fact sheets, situation reports and many releases open with their "key developments", "key
points" or "highlights": a short list of whole sentences, each a bullet, often written without
a final full stop ("• Heavy rains disrupt control operations in the north", "• An estimated
528,000 people have been displaced since 24 September, according to UNHCR"). They are the
page's own summary of its lead facts, so they may be key points like any body sentence.

Such an item is told from a heading, a link list or a list of names by its shape: a bullet
opens its line and the item runs to the line's end, its words are mostly lower case (a
sentence, not a title-case heading or an all-capitals banner) and it ends in a word or a
figure (not a bracket, a colon or a dash). The last line of a page is never read as one: a cut
copy's last line may stop in mid-sentence.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"[ \t]*[•▪‣◦●■·*–-][ \t]+$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
MIN_LOWER = 3  # lower-case words of three letters or more: a sentence, not a heading


def highlight(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole list item that reads as a sentence with no final
    stop: a bullet before it on its line, nothing after it on its line, more text below, mostly
    lower-case words, and a word or figure at its end."""
    item = text[start:end]
    if not item or not item[-1].isalnum() or "\n" in item:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET.fullmatch(text, line_start, start):
        return False
    rest = text[end:]
    line_end = rest.find("\n")
    if line_end < 0 or rest[:line_end].strip() or not rest[line_end:].strip():
        return False  # more on its line, or the page's last line (a cut copy stops anywhere)
    words = _WORD.findall(item)
    lower = [w for w in words if w[:1].islower() and len(w) >= 3]
    return len(lower) >= MIN_LOWER and 2 * len(lower) >= len(words)
