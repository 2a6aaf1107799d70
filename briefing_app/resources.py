"""Where the data files users tune (templates, cruft patterns, gazetteers, fonts) live.

In a source checkout or editable install they are the top-level ``resources/`` and ``seeds/``
folders; a wheel carries them inside the package (see ``pyproject.toml``), and so does the
PyInstaller bundle, under its unpacked root ``sys._MEIPASS`` (``packaging/briefing-app.spec``).
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)  # set only inside a PyInstaller bundle
    roots = [Path(frozen) / "briefing_app"] if frozen else []
    return [*roots, _PACKAGE, _PACKAGE.parent]


def _first_existing(name: str) -> Path:
    for candidate in (root / name for root in _roots()):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    """The folder of bundled resources."""
    return _first_existing("resources")


def resource_path(*parts: str) -> Path:
    """A path inside the bundled resources, e.g. ``resource_path("templates")``."""
    return resources_dir().joinpath(*parts)


_F = TypeVar("_F", bound=Callable)
_READERS: list = []  # every cache of what the resource files say (see ``resource_cache``)


def resource_cache(read: _F) -> _F:
    """``functools.cache`` for a function whose result comes from resource files (a list, the
    cruft rules, a standard), registered so ``clear_caches`` empties it with all the others.

    Every such cache must use this: a list changed and restored (a test, the quality
    benchmark's emptied name lists) must leave no table read from the changed file behind.
    """
    cached = functools.cache(read)
    _READERS.append(cached)
    return cached  # type: ignore[return-value]


def clear_caches() -> None:
    """Forget everything read from resource files, so the next use reads them again."""
    for cached in _READERS:
        cached.cache_clear()


def sample_article() -> Path:
    """The sample article the app offers as "Open sample"."""
    return _first_existing("seeds") / "000_68ad32a9bae11705.txt"


def list_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of each entry of a word list: stripped, blanks and ``#`` comments
    skipped. A missing or unreadable list has no entries (it only makes the app less clever)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    rows = ((number, line.strip()) for number, line in enumerate(raw.splitlines(), start=1))
    return [(number, line) for number, line in rows if line and not line.startswith("#")]


def read_list(path: Path) -> list[str]:
    """The entries of a word list (see ``list_lines``)."""
    return [line for _, line in list_lines(path)]


@resource_cache
def abbreviated_titles() -> frozenset[str]:
    """Titles and forms of address written abbreviated with a dot ("Brig.", "Gen.", "Mr."), from
    the gazetteers ``titles.txt`` and ``honorifics.txt``."""
    out: set[str] = set()
    for name in ("titles.txt", "honorifics.txt"):
        for line in read_list(resource_path("gazetteers", name)):
            for form in line.split(";"):
                out.update(
                    w for w in form.split() if w.endswith(".") and w[:1].isupper() and len(w) <= 7
                )
    return frozenset(out)


# The warning for a regular expression in a user-editable list that does not compile.
BAD_PATTERN = "{file}, line {line}: not a valid pattern ({reason}); the line is ignored"


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def union_patterns(
    patterns: tuple[re.Pattern[str], ...], flags: int = re.IGNORECASE
) -> re.Pattern[str] | None:
    """All patterns of a list as one alternation, so a text is searched once; None when they
    cannot be one: no patterns, a back-reference by number or name (joined, it would point at
    another pattern's group), or an inline flag that only works at its own pattern's start."""
    if not patterns or any(_BACKREFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags)
    except re.error:
        return None


def read_patterns(
    path: Path, flags: int = re.IGNORECASE
) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """The regexes of a user-editable list, and a warning naming file and line for each one
    that does not compile (it is left out; the others still work)."""
    patterns, problems = [], []
    for number, line in list_lines(path):
        try:
            patterns.append(re.compile(line, flags))
        except re.error as exc:
            problems.append(BAD_PATTERN.format(file=os.fspath(path), line=number, reason=exc))
    return tuple(patterns), tuple(problems)
