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


# Bytes no text file holds (all C0 controls but tab, line feed, vertical tab, form feed, return
# and escape, which ANSI-coloured logs carry).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
BINARY_SHARE = 0.05


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for BOM-less UTF-16 of mostly Latin text (every other byte NUL)."""
    head = data[:65536]
    head = head[: len(head) // 2 * 2]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.6 and zeros_even < 0.1:
        return "utf-16-le"
    if zeros_even > 0.6 and zeros_odd < 0.1:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True when control bytes make up more than a few percent of the first 64 KiB: a stray
    NUL in a text file is damage, not a sign of binary data."""
    head = data[:65536]
    if not head or has_utf16_or_32_bom(head) or utf16_without_bom(head):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > BINARY_SHARE
