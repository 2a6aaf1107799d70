"""Briefings as versioned JSON, with migrations from older versions."""

from __future__ import annotations

import json
from collections.abc import Callable

from briefing_app.briefing.errors import BriefingFormatError
from briefing_app.model import Briefing, Citation, Section

# 1: fields grouped under "fields"; blocks held plain "text" and a "cite" list of source ids.
# 2: flat fields, blocks as runs with inline formatting and citation markers; section fields;
#    dismissed / auto_keys / auto_fields for refreshes.
SCHEMA_VERSION = 2
_FORMAT = "briefing-app/briefing"


def briefing_to_dict(b: Briefing) -> dict:
    """The briefing as plain JSON-ready data, tagged with the schema version."""
    return {
        "format": _FORMAT,
        "schema": SCHEMA_VERSION,
        "title": b.title,
        "classification": b.classification,
        "date": b.date,
        "author": b.author,
        "template": b.template,
        "subject": b.subject,
        "keywords": list(b.keywords),
        "sections": [s.to_dict() for s in b.sections],
        "citations": [c.to_dict() for c in b.citations],
        "dismissed": list(b.dismissed),
        "auto_keys": list(b.auto_keys),
        "auto_fields": dict(b.auto_fields),
        # optional keys (older readers ignore them, so the schema version stays)
        **({"title_offer": b.title_offer} if b.title_offer else {}),
        **(
            {"stash": {t: [s.to_dict() for s in secs] for t, secs in b.stash.items()}}
            if b.stash
            else {}
        ),
        **_handling(b),
    }


def _handling(b: Briefing) -> dict:
    """The marking and form fields, only when set (files without them read as before)."""
    data: dict = {}
    for name in ("marking", "title_mark"):
        if getattr(b, name):
            data[name] = getattr(b, name)
    if b.header:
        data["header"] = dict(b.header)
    if b.style:
        data["style"] = dict(b.style)
    return data


def briefing_from_dict(d: dict) -> Briefing:
    """Read a briefing of this or any older schema; raises BriefingFormatError otherwise."""
    if not isinstance(d, dict):
        raise BriefingFormatError("not a briefing: expected a JSON object")
    version = d.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BriefingFormatError("not a briefing: no schema version")
    if version > SCHEMA_VERSION:
        raise BriefingFormatError(
            f"briefing saved by a newer version of the app (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION})"
        )
    try:
        while version < SCHEMA_VERSION:
            d = _MIGRATIONS[version](d)
            version += 1
        return _read_current(d)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise BriefingFormatError(f"damaged briefing: {type(err).__name__}: {err}") from None


def _read_current(d: dict) -> Briefing:
    return Briefing(
        title=_str(d.get("title")),
        classification=_str(d.get("classification")),
        date=_str(d.get("date")),
        author=_str(d.get("author")),
        template=_str(d.get("template")),
        sections=[Section.from_dict(s) for s in _list(d, "sections")],
        citations=[Citation.from_dict(c) for c in _list(d, "citations")],
        subject=_str(d.get("subject")),
        keywords=[_str(k) for k in _list(d, "keywords")],
        dismissed=[_str(k) for k in _list(d, "dismissed")],
        auto_keys=[_str(k) for k in _list(d, "auto_keys")],
        auto_fields={_str(k): _str(v) for k, v in (d.get("auto_fields") or {}).items()},
        stash={
            _str(t): [Section.from_dict(s) for s in secs]
            for t, secs in (d.get("stash") or {}).items()
        },
        title_offer=_str(d.get("title_offer")),
        marking=_str(d.get("marking")),
        title_mark=_str(d.get("title_mark")),
        header={_str(k): _str(v) for k, v in (d.get("header") or {}).items()},
        style=dict(d.get("style") or {}),
    )


def _str(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _list(d: dict, key: str) -> list:
    value = d.get(key) or []
    if not isinstance(value, list):
        raise TypeError(f"{key} must be a list")
    return value


def _v1_to_v2(d: dict) -> dict:
    """Version 1 grouped the fields and stored each block as text plus cited source ids."""
    fields = d.get("fields") or {}
    out = {k: v for k, v in d.items() if k != "fields"}
    for name in ("title", "classification", "date", "author", "subject"):
        out[name] = fields.get(name, d.get(name, ""))
    out["keywords"] = fields.get("keywords", d.get("keywords", []))
    out["sections"] = [
        {**s, "blocks": [_v1_block(b) for b in s.get("blocks", [])]} for s in d.get("sections", [])
    ]
    out["schema"] = 2
    return out


def _v1_block(block: dict) -> dict:
    new = {k: v for k, v in block.items() if k not in ("text", "cite")}
    runs = [{"text": block.get("text", "")}] if block.get("kind") != "table_row" else []
    new["runs"] = runs + [{"text": "", "cite": s} for s in block.get("cite", [])]
    return new


_MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


def briefing_to_json(b: Briefing) -> str:
    """The briefing as indented JSON text (non-ASCII kept readable)."""
    return json.dumps(briefing_to_dict(b), ensure_ascii=False, indent=1)


def briefing_from_json(text: str) -> Briefing:
    """Read briefing JSON; anything else raises BriefingFormatError."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError, RecursionError) as err:  # nested past the parser
        raise BriefingFormatError(f"not a briefing: not valid JSON ({err})") from None
    return briefing_from_dict(data)
