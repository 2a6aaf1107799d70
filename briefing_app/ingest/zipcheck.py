"""Check a zip container from its central directory before anything is decompressed."""

from __future__ import annotations

import io
import zipfile

from briefing_app.ingest import errors
from briefing_app.ingest.errors import SourceError

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
# Small parts (styles, settings) can compress very well without being dangerous.
RATIO_MIN_SIZE = 1024 * 1024


def open_checked(data: bytes, name: str, *, label: str = "DOCX") -> zipfile.ZipFile:
    """The archive, after refusing corrupt ones and zip bombs (declared sizes, before reading)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise SourceError(
            name, errors.CORRUPT_DOCX.format(f"not a valid zip archive: {exc}")
        ) from exc
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise SourceError(name, errors.ZIP_BOMB.format(f"{total / 2**20:.0f} MB"))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            size = f"{member.file_size / 2**20:.0f} MB"
            what = f"{size} from {member.compress_size} bytes in {member.filename}"
            raise SourceError(name, errors.ZIP_BOMB.format(what))
    return archive
