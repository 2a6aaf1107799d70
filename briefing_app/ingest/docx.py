"""Word documents (.docx) via python-docx: paragraphs, headings, tables, core properties."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from briefing_app.ingest import errors
from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import BODY, HEADING, Draft
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.xmlsafe import declares_doctype
from briefing_app.ingest.zipcheck import open_checked

_HEADING_STYLE = re.compile(r"^(?:heading\s*\d|title|subtitle)\b", re.I)
_XML_PARTS = ("word/document.xml", "docProps/core.xml")


def _chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    with archive.open(part) as stream:  # bounded reads: never the whole member at once
        while chunk := stream.read(65536):
            yield chunk


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    names = set(archive.namelist())
    if "word/document.xml" not in names:
        raise SourceError(name, errors.NOT_WORD)
    for part in _XML_PARTS:
        if part not in names:
            continue
        try:
            doctype = declares_doctype(_chunks(archive, part))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise SourceError(name, errors.CORRUPT_DOCX.format(f"{part}: {exc}")) from exc
        if doctype:  # Word never writes one; it is where entity attacks live
            raise SourceError(name, errors.ENTITY_DECLARATION)


def load(data: bytes, name: str) -> Draft:
    """A Draft from the bytes of a .docx file."""
    with open_checked(data, name) as archive:
        _check_parts(archive, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        draft = Draft()
        _core_properties(document, draft)
        styles = _style_names(document)
        for item in document.iter_inner_content():
            if hasattr(item, "rows"):
                _table(item, draft)
            else:
                _paragraph(item, draft, styles)
        return draft
    except SourceError:
        raise
    except Exception as exc:  # python-docx raises many kinds on broken packages
        raise SourceError(name, errors.CORRUPT_DOCX.format(type(exc).__name__)) from exc


def _style_names(document: Any) -> dict[str | None, str]:
    """Paragraph style id -> name, read once (python-docx scans every style per paragraph);
    ``None`` maps to the default paragraph style."""
    from docx.enum.style import WD_STYLE_TYPE

    names: dict[str | None, str] = {}
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            names[style.style_id] = style.name or ""
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    names[None] = default.name if default is not None else ""
    return names


def _paragraph(paragraph: Any, draft: Draft, styles: dict[str | None, str]) -> None:
    style_id = paragraph._p.style  # w:pStyle/@w:val, or None
    style = styles.get(style_id, styles[None])
    text = paragraph.text
    if style.lower() == "title" and not draft.title:
        draft.title = " ".join(text.split())
    draft.add(text, HEADING if _HEADING_STYLE.match(style or "") else BODY)


def _table(table: Any, draft: Draft) -> None:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # a merged cell comes back once per grid column: keep it once
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell.text)
        rows.append(cells)
    draft.add_table(rows)


def _core_properties(document: Any, draft: Draft) -> None:
    props = document.core_properties
    draft.title = (props.title or "").strip()
    draft.author = (props.author or "").strip()
    draft.published = to_iso(props.created) if props.created else ""
    if draft.author == "python-docx" and draft.published.startswith("2013-12-23"):
        draft.author = draft.published = ""  # python-docx's template defaults, not real metadata
    draft.language = (props.language or "").strip()
    draft.external_id = (props.identifier or "").strip()
