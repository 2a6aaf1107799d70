"""The public entry points: path, bytes or pasted text -> Source."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from briefing_app.ingest import errors, registry
from briefing_app.ingest.build import build_source
from briefing_app.ingest.encoding import bom_encoding
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.sniff import sniff
from briefing_app.ingest.text import draft_from_text
from briefing_app.model import LoadError, Source

log = logging.getLogger(__name__)

# What a parser raises on hostile or damaged input that its format module did not already turn
# into a SourceError. Not AttributeError, TypeError or NameError: those are our own bugs, and
# must not be shown to the analyst as "the file cannot be read".
_PARSER_ERRORS = (ValueError, LookupError, RecursionError, EOFError)

DEFAULT_MAX_BYTES: int = 50 * 1024 * 1024
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(registry.formats())

# What each format's bytes must sniff as (None: no binary signature at all).
_EXPECTED = {
    "text": (None, "text"),
    "markdown": (None, "text"),
    "html": (None, "an HTML page"),
    "docx": ("zip", "a Word document (.docx)"),
    "pdf": ("pdf", "a PDF document"),
}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g}"


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise SourceError(
            name, errors.TOO_LARGE.format(size=_megabytes(size), limit=_megabytes(max_bytes))
        )


def _check_suffix(name: str) -> tuple[str, registry.Loader]:
    suffix = Path(name).suffix.lower()
    found = registry.loader_for(suffix)
    if found is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise SourceError(
            name, errors.UNSUPPORTED.format(suffix=suffix or "(none)", supported=supported)
        )
    return found


def _check_content(name: str, fmt: str, data: bytes) -> None:
    found = bom_encoding(data)
    if not data[found[1] if found else 0 :].strip(b" \t\r\n\x0b\x0c\x00"):
        raise SourceError(name, errors.EMPTY)
    expected_kind, expected_what = _EXPECTED[fmt]
    sniffed = sniff(data)
    kind = sniffed[0] if sniffed else None
    if kind == expected_kind:
        return
    if sniffed is None and fmt == "docx":
        raise SourceError(name, errors.CORRUPT_DOCX.format("not a zip archive"))
    if sniffed is None and fmt == "pdf":
        raise SourceError(name, errors.CORRUPT_PDF.format("no PDF header"))
    what = sniffed[1] if sniffed else "unrecognised data"
    raise SourceError(name, errors.WRONG_CONTENT.format(what=what, expected=expected_what))


def _from_bytes(data: bytes, name: str, path: str, max_bytes: int) -> Source:
    fmt, loader = _check_suffix(name)
    _check_size(name, len(data), max_bytes)
    _check_content(name, fmt, data)
    try:
        draft = loader(data, name)
        return build_source(draft, data, path=path, fmt=fmt, name=name)
    except _PARSER_ERRORS as exc:  # a parser choking on hostile input: say so, calmly
        log.info("failure reading %s", name, exc_info=True)
        raise SourceError(name, errors.UNREADABLE.format(type(exc).__name__)) from exc


def source_from_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """A Source from a file's bytes; ``name`` gives the suffix and is used as the path."""
    return _from_bytes(bytes(data), name, name, max_bytes)


def load_source(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a Source; raises SourceError (one line: file and reason)."""
    return _load(path, max_bytes)[0]


def _missing_reason(name: str) -> str:
    """Why a path that does not exist as a file is not there: a link loop, a broken link, or not."""
    try:
        os.stat(name)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return errors.LINK_LOOP
        if os.path.islink(name):
            return errors.BROKEN_LINK
        if exc.errno in (errno.EACCES, errno.EPERM):
            return errors.UNREADABLE.format("permission denied")
    return errors.MISSING


def _load(path: str | os.PathLike, max_bytes: int) -> tuple[Source, bytes]:
    """A file's Source and the original bytes it was made from."""
    name = os.fspath(path)
    file = Path(name)
    if file.is_dir():
        raise SourceError(name, errors.DIRECTORY)
    if not file.exists():
        raise SourceError(name, _missing_reason(name))
    if not file.is_file():
        raise SourceError(name, errors.NOT_REGULAR)  # a pipe or device would block or never end
    _check_suffix(name)
    try:
        _check_size(name, file.stat().st_size, max_bytes)
        data = file.read_bytes()
    except OSError as exc:
        raise SourceError(
            name, errors.UNREADABLE.format(exc.strerror or type(exc).__name__)
        ) from exc
    return _from_bytes(data, name, os.path.abspath(name), max_bytes), data


def load_sources(
    paths: Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    originals: dict[str, bytes] | None = None,
) -> tuple[list[Source], list[LoadError]]:
    """Load every path; a bad file becomes a LoadError and never stops the others.

    With ``originals``, each loaded file's bytes are put there under its source id (a
    project keeps them), so nothing has to read the file a second time.
    """
    sources: list[Source] = []
    failures: list[LoadError] = []
    for path in paths:
        try:
            source, data = _load(path, max_bytes)
            sources.append(source)
            if originals is not None:
                originals[source.id] = data
        except SourceError as exc:
            log.info("not loaded: %s", exc)
            failures.append(LoadError(path=os.fspath(path), message=str(exc)))
    return sources, failures


def source_from_text(
    text: str, *, title: str = "", path: str = "clipboard", fmt: str = "text"
) -> Source:
    """A Source from pasted text, cleaned like a .txt file; the title defaults to the first line."""
    if not text or not text.strip():
        raise SourceError(path, errors.EMPTY)
    data = text.encode("utf-8", errors="surrogatepass")
    draft = draft_from_text(text)
    draft.title = title
    return build_source(draft, data, path=path, fmt=fmt, name=path, fallback_title=True)
