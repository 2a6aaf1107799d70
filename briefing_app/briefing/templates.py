"""Briefing templates: TOML files in ``resources/templates`` plus the user's own folder."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from briefing_app.briefing.errors import TemplateError
from briefing_app.model import Template, TemplateSection
from briefing_app.model.briefing import FILLS
from briefing_app.model.text import fold
from briefing_app.resources import resource_path

KINDS = ("text", "list", "table")
# the kind of section each auto-fill source needs ("none" and "sources" fit any)
_FILL_KINDS = {
    "summary": ("text",),
    "background": ("text",),
    "key_points": ("list", "text"),
    "actors": ("table",),
    "dates": ("list", "text", "table"),
    "source_summary": ("text",),
}
# The form and standards a template follows (copied to Briefing.style): text values name a
# file in resources/ (estimative scale, citation style, marking scheme) or a date format
# ("iso" | "long"); list values name the header, decision and sign-off fields.
STYLE_TEXT = ("estimative", "citation_style", "marking", "date_format")
STYLE_LISTS = ("header", "decision", "signoff")
_TOP_KEYS = {"id", "name", "description", "defaults", "choices", "sections", "numbered"}
_TOP_KEYS |= {*STYLE_TEXT, *STYLE_LISTS}
_SECTION_KEYS = {"id", "heading", "fill", "hint", "kind", "columns", "level", "fields", "limit"}
_SECTION_KEYS |= {"required"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def user_templates_dir() -> Path:
    """The folder whose ``*.toml`` templates appear beside the built-in ones."""
    override = os.environ.get("BRIEFING_TEMPLATES_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing-app")) / "templates"


def parse_template(text: str, *, origin: str = "built-in", path: str = "") -> Template:
    """Read one template from TOML text; raises ``TemplateError("<path>: <reason>")``."""
    where = path or "template"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TemplateError(f"{where}: not valid TOML ({err})") from None
    try:
        return _template_from(data, origin, path)
    except _Invalid as err:
        raise TemplateError(f"{where}: {err}") from None


class _Invalid(Exception):
    """A reason a template is unusable (gets the file name prefixed)."""


def _template_from(data: dict, origin: str, path: str) -> Template:
    _no_unknown(data, _TOP_KEYS, "the template")
    tid = _string(data, "id", "the template")
    if not _ID.match(tid):
        raise _Invalid(f"template id {tid!r} must be letters, digits, '_', '-' or '.'")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _Invalid("no [[sections]]: a template needs at least one section")
    choices = _choices(data.get("choices", {}))
    sections: list[TemplateSection] = []
    for number, raw in enumerate(raw_sections, 1):
        section = _section_from(raw, number)
        if any(s.id == section.id for s in sections):
            raise _Invalid(f"section {number}: id {section.id!r} is used twice")
        sections.append(section)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise _Invalid("[defaults] must be a table of names and values")
    return Template(
        id=tid,
        name=_string(data, "name", "the template"),
        description=_string(data, "description", "the template", required=False),
        sections=sections,
        defaults={str(k): str(v) for k, v in defaults.items()},
        origin=origin,
        path=path,
        choices=choices,
        style=_style(data),
    )


def _style(data: dict) -> dict:
    style: dict = {}
    for key in STYLE_TEXT:
        if key in data:
            style[key] = _string(data, key, "the template")
    for key in STYLE_LISTS:
        if key in data:
            style[key] = _strings(data, key, "the template")
    numbered = data.get("numbered", False)
    if not isinstance(numbered, bool):
        raise _Invalid("numbered must be true or false")
    if numbered:
        style["numbered"] = True
    return style


def _section_from(raw: object, number: int) -> TemplateSection:
    what = f"section {number}"
    if not isinstance(raw, dict):
        raise _Invalid(f"{what} is not a table")
    if isinstance(raw.get("id"), str):
        what = f"section {number} ({raw['id']})"
    _no_unknown(raw, _SECTION_KEYS, what)
    fill = _string(raw, "fill", what, required=False) or "none"
    if fill not in FILLS:
        raise _Invalid(f"{what}: unknown fill {fill!r} (use one of {', '.join(FILLS)})")
    kind = _string(raw, "kind", what, required=False) or _default_kind(fill)
    if kind not in KINDS:
        raise _Invalid(f"{what}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    if kind not in _FILL_KINDS.get(fill, KINDS):
        raise _Invalid(f"{what}: fill {fill!r} cannot feed a {kind!r} section")
    columns = _strings(raw, "columns", what)
    if kind == "table" and not columns:
        raise _Invalid(f"{what}: a table section needs columns")
    level, limit = raw.get("level", 1), raw.get("limit", 0)
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise _Invalid(f"{what}: required must be true or false")
    if not isinstance(level, int) or not 1 <= level <= 3:
        raise _Invalid(f"{what}: level must be 1, 2 or 3")
    if not isinstance(limit, int) or limit < 0:
        raise _Invalid(f"{what}: limit must be a whole number of blocks")
    return TemplateSection(
        id=_string(raw, "id", what),
        heading=_string(raw, "heading", what),
        fill=fill,
        hint=_string(raw, "hint", what, required=False),
        kind=kind,
        columns=columns,
        level=level,
        fields=_strings(raw, "fields", what),
        limit=limit,
        required=required,
    )


def _default_kind(fill: str) -> str:
    return {"actors": "table", "key_points": "list", "dates": "list", "sources": "list"}.get(
        fill, "text"
    )


def _choices(raw: object) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise _Invalid("[choices] must map a field name to a list of values")
    return {str(name): _strings(raw, name, "[choices]") for name in raw}


def _no_unknown(data: dict, allowed: set[str], what: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _Invalid(
            f"{what}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})"
        )


def _string(data: dict, key: str, what: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Invalid(f"{what}: missing {key}" if value is None else f"{what}: {key} must be text")
    return value.strip() if key != "hint" else value


def _strings(data: dict, key: str, what: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Invalid(f"{what}: {key} must be a list of text values")
    return [v.strip() for v in value]


def _load_folder(folder: Path, origin: str) -> tuple[list[Template], list[str]]:
    templates: list[Template] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError as err:
        return [], [f"{folder}: cannot list templates ({err.strerror or err})"]
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            problems.append(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})")
            continue
        try:
            templates.append(parse_template(text, origin=origin, path=str(path)))
        except TemplateError as err:
            problems.append(str(err))
    return templates, problems


def load_templates(user_dir: Path | None = None) -> tuple[list[Template], list[str]]:
    """Built-in templates, then the user's; broken user files are skipped with a message."""
    templates, problems = _load_folder(resource_path("templates"), "built-in")
    folder = user_dir if user_dir is not None else user_templates_dir()
    if not folder.is_dir():
        return templates, problems
    mine, their_problems = _load_folder(folder, "user")
    problems += their_problems
    seen_user: set[str] = set()
    for template in mine:
        if template.id in seen_user:
            problems.append(f"{template.path}: template id {template.id!r} is used by another file")
            continue
        seen_user.add(template.id)
        # a user template with a built-in's id replaces it: that is how one customises a built-in
        index = next((i for i, t in enumerate(templates) if t.id == template.id), None)
        if index is None:
            templates.append(template)
        else:
            templates[index] = template
    return templates, problems


def _norm(name: str) -> str:
    return fold(name, "_")


def get_template(name_or_id: str, templates: list[Template] | None = None) -> Template:
    """The template with this id or name (any case; '-', '_' and spaces alike)."""
    if templates is None:
        templates = load_templates()[0]
    wanted = _norm(name_or_id)
    for template in templates:
        if wanted in (_norm(template.id), _norm(template.name)):
            return template
    known = ", ".join(t.id for t in templates) or "none"
    raise TemplateError(f"unknown template {name_or_id!r} (known: {known})")
