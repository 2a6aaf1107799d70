"""Briefing templates: TOML files in ``resources/templates`` plus the user's own folder."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path

from briefing_app.briefing.errors import TemplateError
from briefing_app.model import Template, TemplateSection, one_line
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


MAX_TEMPLATE_BYTES = 256 * 1024
MAX_DEPTH = 8  # a template is a few tables of sections; anything deeper is not one


def skipped(path: str | os.PathLike, reason: str) -> str:
    """The warning for a user template that is not used: ``template X skipped: reason``."""
    return one_line(f"template {os.fspath(path)} skipped: {reason}")


def _read_small_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_TEMPLATE_BYTES; ValueError says why not.

    Opened without blocking and judged by the open handle, so a named pipe (or a file swapped
    for one) cannot hang the app and a huge file is never read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise ValueError(f"larger than {MAX_TEMPLATE_BYTES // 1024} KB")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(MAX_TEMPLATE_BYTES + 1)
        if len(data) > MAX_TEMPLATE_BYTES:
            raise ValueError(f"larger than {MAX_TEMPLATE_BYTES // 1024} KB")
        return data
    finally:
        os.close(fd)


def _depth(value: object) -> int:
    """How deeply tables and arrays nest in parsed TOML (iterative: no recursion to exhaust)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def _load_user_file(path: Path, origin: str) -> Template:
    """One template file; ValueError with the reason it is skipped."""
    try:
        text = _read_small_file(path).decode("utf-8")
    except OSError as err:
        raise ValueError(f"cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise ValueError("cannot read (not UTF-8 text)") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"not valid TOML ({err})") from None
    except RecursionError:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep") from None
    if _depth(data) > MAX_DEPTH:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    try:
        return _template_from(data, origin, str(path))
    except _Invalid as err:
        raise ValueError(str(err)) from None


def _load_folder(folder: Path, origin: str) -> tuple[list[Template], list[str]]:
    templates: list[Template] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError as err:
        return [], [one_line(f"{folder}: cannot list templates ({err.strerror or err})")]
    for path in paths:
        try:
            templates.append(_load_user_file(path, origin))
        except ValueError as err:
            problems.append(skipped(path, str(err)))
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
            problems.append(skipped(template.path, f"id {template.id!r} is used by another file"))
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
