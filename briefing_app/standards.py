"""Read the standards data in ``resources/`` (estimative scales, markings, grading, citations).

Every package may use this module (like ``resources.py``): it only reads TOML into the plain
dataclasses of ``briefing_app.model.standards``. A damaged or unknown file raises
``StandardsError("<file>: <reason>")``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing_app.model import BriefingError
from briefing_app.model.standards import (
    Band,
    CitationStyle,
    EstimativeScale,
    Grade,
    GradingCode,
    Level,
    MarkingScheme,
)
from briefing_app.resources import resource_cache, resource_path

DEFAULT_ESTIMATIVE = "icd203"
DEFAULT_GRADING = "admiralty"
DEFAULT_CITATION = "chicago"


class StandardsError(BriefingError):
    """A standards file that is missing or cannot be read."""


def _read(folder: str, ident: str) -> tuple[dict, Path]:
    path = resource_path(folder, f"{ident.strip().lower()}.toml")
    if not ident.strip() or not path.is_file():
        known = ", ".join(available(folder)) or "none"
        raise StandardsError(f"unknown {folder} scheme {ident!r} (known: {known})")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), path
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise StandardsError(f"{path}: cannot read ({err})") from None


def available(folder: str) -> list[str]:
    """The ids of the files in a standards folder, e.g. ``available("markings")``."""
    try:
        return sorted(p.stem for p in resource_path(folder).glob("*.toml"))
    except OSError:
        return []


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


@resource_cache
def estimative_scale(ident: str = DEFAULT_ESTIMATIVE) -> EstimativeScale:
    data, path = _read("estimative", ident)
    try:
        bands = tuple(
            Band(
                str(b["term"]),
                _strings(b.get("aliases")),
                int(b["low"]) if "low" in b else None,
                int(b["high"]) if "high" in b else None,
                str(b.get("verb", "is")),
            )
            for b in data["bands"]
        )
        return EstimativeScale(
            str(data["id"]),
            str(data.get("name", data["id"])),
            bands,
            _strings(data.get("confidence")) or ("low", "moderate", "high"),
            _strings(data.get("vague")),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise StandardsError(f"{path}: damaged ({err!r})") from None


@resource_cache
def marking_scheme(ident: str) -> MarkingScheme:
    data, path = _read("markings", ident)
    try:
        return MarkingScheme(
            str(data["id"]),
            str(data.get("name", data["id"])),
            tuple(Level(str(x["name"]), str(x["portion"])) for x in data["levels"]),
            tuple(Level(str(x["name"]), str(x["portion"])) for x in data.get("controls", [])),
            str(data.get("separator", "//")),
            str(data.get("banner_position", "center")),
            _strings(data.get("authority_block")),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise StandardsError(f"{path}: damaged ({err!r})") from None


@resource_cache
def grading_code(ident: str = DEFAULT_GRADING) -> GradingCode:
    data, path = _read("grading", ident)
    try:

        def grades(key: str) -> tuple[Grade, ...]:
            return tuple(
                Grade(str(g["grade"]), str(g["label"]), str(g.get("definition", "")))
                for g in data[key]
            )

        return GradingCode(
            str(data["id"]), str(data["name"]), grades("reliability"), grades("credibility")
        )
    except (KeyError, TypeError, ValueError) as err:
        raise StandardsError(f"{path}: damaged ({err!r})") from None


@resource_cache
def citation_style(ident: str = DEFAULT_CITATION) -> CitationStyle:
    data, path = _read("citations", ident)
    try:
        return CitationStyle(
            str(data["id"]),
            str(data.get("name", data["id"])),
            _strings(data["parts"]),
            str(data.get("separator", ". ")),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise StandardsError(f"{path}: damaged ({err!r})") from None
