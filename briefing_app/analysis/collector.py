"""Python's cycle collector paused while ``combine`` runs.

``combine`` builds hundreds of thousands of short-lived objects (mentions, sentences, sets of
words) and frees them by reference counting: it leaves no reference cycles behind (a full
collection right after it finds nothing). Yet each 700 allocations set off a collection that
walks every young object, and every tenth of those the older ones too: about a tenth of
combine's time on a briefing of a hundred sources, spent finding nothing. Pausing the collector
for the call and restoring it after changes no result. The switch is the process's (a
worker's combine pauses it for the GUI thread too, for the seconds it runs); the collector is
switched back on only by the call that switched it off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block, then back as it was (left off when it was off:
    a caller that disabled it keeps it so)."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
