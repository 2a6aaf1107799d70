"""A site section's name over the one item the page shows: "Press Conferences" over "Press
Conference by the Deputy Press Secretary", "Speeches" over "Speech by the Minister at ...".

The label names the kind in the plural; the headline under it opens with the same words, the
last one in the singular. The page is that item (a listing's label heads many dated items and
stays the title, ``title.listing_label``): the line under the label is the headline.
"""

from __future__ import annotations

from briefing_app.ingest.draft import Block
from briefing_app.ingest.title import headline_like

MAX_LABEL_WORDS = (
    3  # a section's name: "Speeches", "Press Conferences", "Ministerial Media Releases"
)


def _singulars(word: str) -> set[str]:
    """The singular forms a plural may have ("Conferences": "conference", "Speeches":
    "speech", "Agencies": "agency"); none for a word not in "-s"."""
    word = word.casefold()
    if not word.endswith("s") or word.endswith("ss"):
        return set()
    forms = {word[:-1]}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def section_over_item(label: str, below: str) -> bool:
    """``label`` is a section's plural name that ``below`` opens with in the singular."""
    words, under = label.split(), below.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS or len(under) <= len(words):
        return False
    if [w.casefold() for w in words[:-1]] != [w.casefold() for w in under[: len(words) - 1]]:
        return False
    return under[len(words) - 1].casefold() in _singulars(words[-1])


def item_under_section(blocks: list[Block], found: int | None) -> int | None:
    """The block under ``found`` when ``found`` is a section's name over its one item (module
    doc) and that block is headline-like; ``found`` otherwise."""
    if found is None or found + 1 >= len(blocks):
        return found
    label, below = (" ".join(b.lines) for b in blocks[found : found + 2])
    if len(blocks[found].lines) == 1 and section_over_item(label, below) and headline_like(below):
        return found + 1
    return found
