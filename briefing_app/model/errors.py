"""The base of every error a user can cause; its message is one line meant for them."""

from __future__ import annotations

import os
import unicodedata

# Characters that would break a message over lines or reorder it on screen: C0/C1 controls,
# line and paragraph separators, and the bidirectional marks, embeddings and overrides.
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape_char(ch: str) -> str:
    if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        code = ord(ch)
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
            f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        )
    return ch


def one_line(text: str) -> str:
    """``text`` with control, line-breaking and bidi characters escaped (``\\n``, ``\\u202e``),
    so a file name cannot split a message or turn it around."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    return "".join(_escape_char(ch) for ch in text)


class BriefingError(Exception):
    """An expected failure with a one-line, user-facing message (never shown as a traceback).

    Every message passes through ``one_line``: that is the one place where the file names
    they carry are made safe to print.
    """

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], str):
            args = (one_line(args[0]), *args[1:])
        super().__init__(*args)


class FileProblem(BriefingError):
    """A file that cannot be read or written: ``"<file>: <reason>"`` on one line."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = " ".join(str(reason).split())  # one line, always
        super().__init__(f"{self.path}: {self.reason}")
