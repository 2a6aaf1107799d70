"""Check a zip container before anyone decompresses it: first by its directory, then by streaming.

The directory's sizes can lie, so every member is also decompressed in bounded chunks from its
raw bytes (never trusting the sizes the headers give) and the real output counted against a
budget and a compression ratio. A member whose real size differs from its header is refused as
well, so the parser that reads the archive afterwards can trust the headers it relies on.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator

from briefing_app.ingest import errors
from briefing_app.ingest.errors import SourceError

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
# Small parts (styles, settings) can compress very well without being dangerous.
RATIO_MIN_SIZE = 1024 * 1024
_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")


class _Bomb(Exception):
    pass


def zip_reason(exc: BaseException) -> str:
    """A user's reason for a zip library failure (never just "error")."""
    if isinstance(exc, zlib.error):
        return "damaged compressed data"
    if isinstance(exc, struct.error | EOFError):
        return "the archive is cut short or damaged"
    if isinstance(exc, NotImplementedError):
        return f"unsupported zip feature: {exc}"
    return str(exc) or type(exc).__name__


def _member_start(data: bytes, member: zipfile.ZipInfo) -> int:
    offset = member.header_offset
    magic, name_len, extra_len = _LOCAL_HEADER.unpack_from(data, offset)
    if magic != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {member.filename}")
    return offset + _LOCAL_HEADER.size + name_len + extra_len


def _inflate(data: bytes, start: int) -> Iterator[tuple[int, int]]:
    """(bytes out so far, compressed bytes used so far) of a raw deflate stream, in steps."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    pos, out = start, 0
    while not inflater.eof:
        chunk = inflater.unconsumed_tail
        if not chunk:
            chunk = data[pos : pos + _CHUNK]
            pos += len(chunk)
            if not chunk:
                raise EOFError
        out += len(inflater.decompress(chunk, 4 * _CHUNK))
        yield out, pos - start - len(inflater.unconsumed_tail)


def _stream_member(data: bytes, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator:
    if member.flag_bits & 0x1:
        raise NotImplementedError(f"{member.filename} is encrypted")
    if member.compress_type == zipfile.ZIP_DEFLATED:
        yield from _inflate(data, _member_start(data, member))
    elif member.compress_type == zipfile.ZIP_STORED:
        size = min(member.compress_size, len(data))
        yield size, size
    else:  # bzip2/lzma: zipfile's own reader, in bounded reads
        out = 0
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                out += len(chunk)
                yield out, min(member.compress_size, len(data)) or 1


def _measure(data: bytes, archive: zipfile.ZipFile, name: str) -> None:
    total = 0
    for member in archive.infolist():
        size = 0
        for size, used in _stream_member(data, archive, member):
            if total + size > MAX_TOTAL_UNCOMPRESSED:
                raise _Bomb(f"more than {MAX_TOTAL_UNCOMPRESSED / 2**20:.0f} MB")
            if size > RATIO_MIN_SIZE and size / max(used, 1) > MAX_RATIO:
                raise _Bomb(
                    f"more than {size / 2**20:.0f} MB from {used} bytes in {member.filename}"
                )
        if size != member.file_size:
            raise zipfile.BadZipFile(
                f"{member.filename} holds {size} bytes, its header says {member.file_size}"
            )
        total += size


def open_checked(data: bytes, name: str, *, label: str = "DOCX") -> zipfile.ZipFile:
    """The archive, after refusing corrupt ones and zip bombs (declared sizes, then real ones)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise SourceError(
            name, errors.CORRUPT_DOCX.format(f"not a valid zip archive: {zip_reason(exc)}")
        ) from exc
    except struct.error as exc:
        raise SourceError(name, errors.CORRUPT_DOCX.format(zip_reason(exc))) from exc
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise SourceError(name, errors.ZIP_BOMB.format(f"{total / 2**20:.0f} MB"))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            size = f"{member.file_size / 2**20:.0f} MB"
            what = f"{size} from {member.compress_size} bytes in {member.filename}"
            raise SourceError(name, errors.ZIP_BOMB.format(what))
    try:
        _measure(data, archive, name)
    except _Bomb as exc:
        raise SourceError(name, errors.ZIP_BOMB.format(exc)) from None
    except (zipfile.BadZipFile, zlib.error, struct.error, EOFError, NotImplementedError) as exc:
        raise SourceError(name, errors.CORRUPT_DOCX.format(zip_reason(exc))) from None
    return archive
