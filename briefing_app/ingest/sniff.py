"""Recognise file content by its first bytes, so a PNG renamed .txt is refused, not garbled."""

from __future__ import annotations

# (magic bytes, offset, kind, description). Kinds drive which suffixes accept the content.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image", "a PNG image"),
    (b"\xff\xd8\xff", 0, "image", "a JPEG image"),
    (b"GIF87a", 0, "image", "a GIF image"),
    (b"GIF89a", 0, "image", "a GIF image"),
    (b"II*\x00", 0, "image", "a TIFF image"),
    (b"MM\x00*", 0, "image", "a TIFF image"),
    (b"WEBP", 8, "image", "a WebP image"),
    (b"PK\x03\x04", 0, "zip", "a zip archive"),
    (b"PK\x05\x06", 0, "zip", "a zip archive"),
    (b"%PDF-", 0, "pdf", "a PDF document"),
    (b"\x7fELF", 0, "executable", "an executable program"),
    (b"\xcf\xfa\xed\xfe", 0, "executable", "an executable program"),
    (b"\xca\xfe\xba\xbe", 0, "executable", "an executable program"),
    (b"\x1f\x8b", 0, "archive", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "archive", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "archive", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "ole", "an old Office file (.doc): save it as .docx"),
    (b"{\\rtf", 0, "rtf", "an RTF document: save it as .docx"),
    (b"ID3", 0, "media", "an audio file"),
    (b"OggS", 0, "media", "an audio or video file"),
    (b"fLaC", 0, "media", "an audio file"),
    (b"ftyp", 4, "media", "a video or audio file"),
)


def sniff(data: bytes) -> tuple[str, str] | None:
    """``(kind, description)`` of binary content recognised by magic bytes, else ``None``."""
    for magic, offset, kind, description in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return kind, description
    # "MZ" also starts ordinary words; a Windows program has NUL bytes right after it.
    if data[:2] == b"MZ" and b"\x00" in data[2:64]:
        return "executable", "an executable program"
    # Some PDF writers put a few bytes of junk before the header.
    if b"%PDF-" in data[:1024]:
        return "pdf", "a PDF document"
    return None


def has_utf16_or_32_bom(data: bytes) -> bool:
    """True when the bytes open with a UTF-16 or UTF-32 byte-order mark."""
    return data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] == b"\x00\x00\xfe\xff"


def looks_binary(data: bytes) -> bool:
    """True for content that is not text in any encoding we read (NUL bytes without a BOM)."""
    head = data[:65536]
    if has_utf16_or_32_bom(head) or b"\x00" not in head:
        return False
    # UTF-16 text without a BOM: ASCII letters leave every other byte zero.
    even, odd = head[0::2], head[1::2]
    return not any(half and half.count(0) / len(half) > 0.9 for half in (even, odd))
