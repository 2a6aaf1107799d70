"""PDF through pypdf: text layer with positions, metadata, clear refusals for locked or scanned."""

from __future__ import annotations

import io
import logging
from typing import Any

from briefing_app.ingest import errors
from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.pdf_layout import (
    blocks_from_lines,
    body_size,
    drop_running_lines,
    join_pages,
    lines_from_chunks,
)

log = logging.getLogger(__name__)

# Placeholder metadata some writers (reportlab, Word) put in when none was given.
_PLACEHOLDERS = {"untitled", "anonymous", "(anonymous)", "unspecified", "(unspecified)", "unknown"}


def _open(data: bytes, name: str) -> Any:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    if b"%%EOF" not in data[-4096:]:
        raise SourceError(name, errors.CORRUPT_PDF.format("truncated: no end-of-file marker"))
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # owner-only protection opens with an empty password
            except (DependencyError, NotImplementedError) as exc:
                raise SourceError(name, errors.ENCRYPTED_PDF) from exc
            if opened == PasswordType.NOT_DECRYPTED:
                raise SourceError(name, errors.ENCRYPTED_PDF)
        if len(reader.pages) == 0:
            raise SourceError(name, errors.CORRUPT_PDF.format("no pages"))
        return reader
    except SourceError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise SourceError(name, errors.CORRUPT_PDF.format(type(exc).__name__)) from exc


def _page_chunks(page: Any) -> list[tuple[float, float, str]]:
    chunks: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list, tm: list, _font: Any, size: float) -> None:
        if text:
            # WinAnsi writers (reportlab among them) draw a bullet for code 127; pypdf reads DEL.
            text = text.replace("\x7f", "•")
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            chunks.append((y, abs(size) * scale, text))

    page.extract_text(visitor_text=visit)
    return chunks


def _clean_meta(value: Any) -> str:
    text = " ".join(str(value or "").split())
    text = text.removeprefix("Microsoft Word - ")
    if text.lower() in _PLACEHOLDERS or text.lower().endswith((".doc", ".docx", ".pdf")):
        return ""
    return text


def load(data: bytes, name: str) -> Draft:
    """A Draft from the bytes of a PDF file."""
    reader = _open(data, name)
    pages: list[list] = []
    unreadable: dict[int, str] = {}  # page number -> why
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(lines_from_chunks(_page_chunks(page)))
        except Exception as exc:  # pypdf raises many kinds; one damaged page must not lose the rest
            log.info("%s: page %d unreadable", name, number, exc_info=True)
            unreadable[number] = type(exc).__name__
            pages.append([])
    if not any(pages):
        raise SourceError(name, errors.NO_TEXT_LAYER)
    # Said to the analyst, page by page: the text of these pages is not in the source.
    warnings = [
        errors.UNREADABLE_PAGE.format(page=n, reason=unreadable[n])
        if n in unreadable
        else errors.PAGE_WITHOUT_TEXT.format(page=n)
        for n, lines in enumerate(pages, start=1)
        if not lines
    ]
    drop_running_lines(pages)
    body = body_size(pages)
    draft = Draft(blocks=join_pages([blocks_from_lines(lines, body) for lines in pages]))
    draft.warnings = warnings
    try:
        meta = reader.metadata or {}
    except Exception:  # damaged metadata only costs the title and author
        log.info("%s: metadata unreadable", name, exc_info=True)
        meta = {}
    draft.title = _clean_meta(meta.get("/Title"))
    draft.author = _clean_meta(meta.get("/Author"))
    draft.published = to_iso(meta.get("/CreationDate") or "")
    draft.title_from_body = not draft.title
    return draft
