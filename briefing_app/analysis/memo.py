"""A bounded in-process memo of the per-source steps of ``combine``.

Dates, clean mentions and key-point candidates of one source depend on that source alone (its
text, its metadata and the model's output for it), so adding a source to a big project need
not redo them for all the others. Keyed by the source and the model key.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from briefing_app.model import Source

T = TypeVar("T")
MAX_ENTRIES = 6000  # about three steps for 2,000 sources

_memo: OrderedDict[tuple, object] = OrderedDict()
_lock = threading.Lock()


def per_source(step: str, source: Source, model: str, compute: Callable[[], T], *extra) -> T:
    """``compute()``'s value for this source, step and model (and ``extra``), computed once.

    The key holds the text and metadata too, not only the id: hand-made sources (tests, pasted
    text) may reuse an id.
    """
    key = (step, source.id, hash(source.text), source.title, source.published, model, *extra)
    with _lock:
        if key in _memo:
            _memo.move_to_end(key)
            return _memo[key]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _memo[key] = value
        while len(_memo) > MAX_ENTRIES:
            _memo.popitem(last=False)
    return value


def clear() -> None:
    """Forget everything (tests, or after the gazetteer changed)."""
    with _lock:
        _memo.clear()
