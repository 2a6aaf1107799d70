"""Bytes to str: BOMs first, then strict UTF-8, then charset-normalizer for legacy code pages."""

from __future__ import annotations

import codecs
import unicodedata

from briefing_app.ingest import errors
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.sniff import looks_binary, utf16_without_bom

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_PREFERRED = ("cp1252", "cp1251", "cp1250", "iso8859_15", "koi8_r")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """``(encoding, bom length)`` when the bytes start with a byte-order mark."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def decode(data: bytes, name: str, declared: str = "") -> str:
    """Decode text bytes; ``declared`` (e.g. an HTML meta charset) is tried after BOM and UTF-8."""
    found = bom_encoding(data)
    if found:
        encoding, skip = found
        return _checked(data[skip:].decode(encoding, errors="replace"), name)
    utf16 = utf16_without_bom(data)
    if utf16:  # before UTF-8, which would accept its NULs as characters
        return _checked(data[: len(data) // 2 * 2].decode(utf16, errors="replace"), name)
    if looks_binary(data):
        raise SourceError(name, errors.BINARY)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(_codec_name(declared)), name)
        except (LookupError, UnicodeDecodeError):
            pass
    return _checked(_guess(data, name), name)


def _codec_name(label: str) -> str:
    # Browsers treat these labels as windows-1252; Python's latin-1 would lose curly quotes.
    label = label.strip().lower()
    return "cp1252" if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else label


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise SourceError(name, errors.UNKNOWN_ENCODING)
    # Short texts often tie between related code pages (cp1250/cp1252/cp1257 all decode
    # "naïve" without chaos); prefer the most widespread ones among the tied matches.
    tied = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01
    ]
    for preferred in _PREFERRED:
        for match in tied:
            if preferred in match.could_be_from_charset:
                return data.decode(preferred, errors="replace")
    return str(best)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters or replacement marks (binary junk)."""
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    if bad / len(sample) > 0.05:
        raise SourceError(name, errors.BINARY)
    return text.replace("\x00", "")  # a stray NUL is damage; nothing downstream wants it
