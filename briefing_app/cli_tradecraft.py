"""The headless commands over analytic standards: ``check``, ``actors``, ``timeline``, and the
``draft --marking`` options. Kept apart from ``cli.py`` (argument parsing of the rest)."""

from __future__ import annotations

import argparse
import json
import sys

COMMANDS = ("check", "actors", "timeline")
EXIT_OK, EXIT_FAIL, EXIT_PARTIAL, EXIT_FINDINGS = 0, 1, 2, 3
MARKINGS = ("us", "uk", "ca", "nato")


def add_commands(sub) -> None:
    """Register ``check``, ``actors`` and ``timeline`` on the sub-command parser."""
    p = sub.add_parser("check", help="check a briefing's estimative language, sources and marks")
    p.add_argument("file", metavar="FILE", help=".briefing project, exported .docx, or .md")
    p.add_argument("--json", action="store_true", help="print findings as JSON")
    p.add_argument("--marking", choices=MARKINGS, default=None, help="check portion marks")
    for name, what in (("actors", "actors"), ("timeline", "the dated timeline")):
        p = sub.add_parser(name, help=f"export {what} of a project or of sources as data")
        p.add_argument("inputs", nargs="+", metavar="PROJECT|SOURCE")
        fmt = p.add_mutually_exclusive_group()
        fmt.add_argument("--json", action="store_true")
        fmt.add_argument("--csv", action="store_true")


def add_draft_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--marking", choices=MARKINGS, default=None,
        help="marking scheme: portion marks, banner at the highest mark (US: authority block)",
    )  # fmt: skip
    p.add_argument("--pdfa", action="store_true", help="write the PDF as PDF/A-2b (archival)")


def apply_draft_options(args: argparse.Namespace, ws) -> None:
    """After auto-fill: the marking scheme, and a warning per empty required section."""
    from briefing_app import standards
    from briefing_app.briefing.autofill import apply_form
    from briefing_app.export.form import is_empty_required

    if getattr(args, "marking", None):
        # a damaged scheme file must stop the export: a note asked to be marked is never
        # written unmarked (StandardsError names the file; main() prints it, nothing is written)
        standards.marking_scheme(args.marking)
    if getattr(args, "pdfa", False):
        ws.settings["pdfa"] = True
    briefing = ws.briefing
    if briefing is None:
        return
    if getattr(args, "marking", None):
        briefing.marking = args.marking
        apply_form(briefing, ws.template)
    for section in briefing.sections:
        if is_empty_required(section):
            print(
                f"briefing-app: warning: required section “{section.heading}” is empty; "
                "it prints as [To be completed]",
                file=sys.stderr,
            )


def run(args: argparse.Namespace) -> int:
    return {"check": _check, "actors": _actors, "timeline": _timeline}[args.command](args)


def _check(args: argparse.Namespace) -> int:
    from briefing_app.model import BriefingError
    from briefing_app.workspace.tradecraft import check_file

    try:
        findings = check_file(args.file, args.marking)
    except BriefingError as err:
        print(f"briefing-app: {err}", file=sys.stderr)
        return EXIT_FAIL
    except OSError as err:
        print(f"briefing-app: {args.file}: cannot read ({err.strerror or err})", file=sys.stderr)
        return EXIT_FAIL
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            quoted = f" “{f.text}”" if f.text else ""
            print(f"{args.file}: {f.section}: {f.severity}: {f.rule}:{quoted} {f.message}")
            if f.suggestion:
                print(f"    {f.suggestion}")
        errors = sum(1 for f in findings if f.severity == "error")
        print(f"{len(findings)} finding(s), {errors} error(s)", file=sys.stderr)
    return EXIT_FINDINGS if any(f.severity == "error" for f in findings) else EXIT_OK


def _workspace(inputs: list[str]):
    from briefing_app.workspace import Workspace

    if len(inputs) == 1 and inputs[0].endswith(".briefing"):
        return Workspace.open(inputs[0]), []
    ws = Workspace()
    errors = ws.add_files(inputs)
    for err in errors:
        print(f"briefing-app: {err.message}", file=sys.stderr)
    if ws.sources:
        ws.analyze()
    return ws, errors


def _emit(args: argparse.Namespace, rows: list[dict], fields: list[str]) -> None:
    from briefing_app.workspace.tradecraft import rows_text

    # JSON unless CSV was asked for: data out is for other programs
    sys.stdout.write(rows_text(rows, fields, "csv" if args.csv else "json"))


def _actors(args: argparse.Namespace) -> int:
    from briefing_app.workspace.tradecraft import ACTOR_FIELDS, actor_rows

    return _export_rows(args, actor_rows, ACTOR_FIELDS)


def _timeline(args: argparse.Namespace) -> int:
    from briefing_app.workspace.tradecraft import TIMELINE_FIELDS, timeline_rows

    return _export_rows(args, timeline_rows, TIMELINE_FIELDS)


def _export_rows(args: argparse.Namespace, rows_of, fields: list[str]) -> int:
    """``actors`` / ``timeline``: load the inputs, print ``rows_of(workspace)`` as data."""
    ws, errors = _workspace(args.inputs)
    if not ws.sources:
        print("briefing-app: no source could be loaded", file=sys.stderr)
        return EXIT_FAIL
    _emit(args, rows_of(ws), fields)
    return EXIT_PARTIAL if errors else EXIT_OK
