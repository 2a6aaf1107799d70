"""Keep PySide6 6.12's reference-count bug from killing the process on Python 3.11.

PySide6 6.12.0 built for Python 3.11 forgets to take a reference when a wrapped C++ method
returns ``void`` (it hands back ``None`` and Python drops a reference it never got), and some
bool paths do the same. Every such call lowers the count of the ``None``/``True``/``False``
singletons by one; a few thousand calls later the interpreter aborts with "Fatal Python error:
none_dealloc" (first seen as the ExtraSelection crash in DEVELOPERS.md, but ``setFormat``,
``setText``, ``resize``... all do it). Python 3.12+ makes these objects immortal, which is what
we emulate here by giving them a reference count no program can use up.
"""

from __future__ import annotations

import sys

_DONE = False


def protect_singletons() -> None:
    """Make None, True, False (and friends) effectively immortal on Python < 3.12."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        # CPython 3.11: ob_refcnt is the first field of every object, at id(obj).
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _DONE = True
