"""Where a text writes a name as a whole word: start and end offsets, found with ``str.find``
(no pattern compiled per name, so that rules asked about many names stay cheap)."""

from __future__ import annotations

from collections.abc import Iterator

_JOINERS = "’'-"


def name_spots(text: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place ``text`` writes ``name`` with no word character, apostrophe or
    hyphen glued to either side."""
    if not name:
        return
    i = text.find(name)
    while i >= 0:
        e = i + len(name)
        before = text[i - 1] if i else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or before == "_" or before in _JOINERS) and not (
            after.isalnum() or after == "_" or after in _JOINERS
        ):
            yield i, e
        i = text.find(name, i + 1)
