"""Command line: ``briefing-app [FILE...]`` opens the window; sub-commands run headless.

``analyze`` prints what the analysis found, ``draft`` writes a briefing to DOCX/PDF,
``templates`` lists the templates, ``annotations`` lists a project's annotations.
Exit codes: 0 all went well, 2 some input files failed (the rest were used), 1 usage error
or nothing could be produced.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence

from briefing_app import cli_tradecraft

COMMANDS = ("analyze", "draft", "templates", "annotations", *cli_tradecraft.COMMANDS)
EXIT_OK, EXIT_FAIL, EXIT_PARTIAL = 0, 1, 2
# Columns of ``annotations --csv`` (and keys of --json), also when there are none yet.
ANNOTATION_FIELDS = [
    "id", "source", "source_title", "start", "end",
    "quote", "colour", "comment", "tags", "created",
]  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """argparse that exits 1 (not 2) on usage errors: 2 means "some files failed"."""

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAIL, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    from briefing_app import __version__

    parser = _Parser(prog="briefing-app", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="log details to stderr (the log file always gets them)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("analyze", help="analyse source files and print actors, key points, dates")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    p.add_argument("--top", type=int, default=5, metavar="N", help="key points (3-7, default 5)")

    p = sub.add_parser("draft", help="analyse sources, auto-fill a template, export DOCX/PDF")
    p.add_argument("files", nargs="+", metavar="SOURCE")
    p.add_argument("--template", default=None, metavar="NAME")
    p.add_argument("--title", default=None)
    p.add_argument("--author", default=None)
    p.add_argument("--classification", default=None)
    p.add_argument("--page-size", default="A4", type=_page_size, metavar="A4|letter")
    p.add_argument("--top", type=int, default=5, metavar="N")
    p.add_argument(
        "-o", "--output", action="append", default=[], metavar="OUT", help=".docx or .pdf"
    )
    p.add_argument("--json", action="store_true", help="print the briefing as JSON")
    cli_tradecraft.add_draft_options(p)

    sub.add_parser("templates", help="list the briefing templates and their sections")

    p = sub.add_parser("annotations", help="list the annotations saved in a project")
    p.add_argument("project", metavar="PROJECT.briefing")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    cli_tradecraft.add_commands(sub)
    return parser


def _page_size(value: str) -> str:
    for size in ("A4", "letter"):
        if value.lower() == size.lower():
            return size
    raise argparse.ArgumentTypeError(f"page size must be A4 or letter, not {value!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``briefing-app``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from briefing_app import no_socket

    no_socket.install()  # before anything imports urllib3 (trafilatura, spaCy)
    verbose = "--verbose" in argv  # for the window and every command: details to stderr too
    argv = [a for a in argv if a != "--verbose"]
    from briefing_app.logs import setup_logging

    setup_logging(verbose)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        typo = _mistyped_command(argv[0]) if argv else ""
        if typo:
            print(f"briefing-app: {typo}", file=sys.stderr)
            return EXIT_FAIL
        problem = _no_display()
        if problem:
            print(f"briefing-app: {problem}", file=sys.stderr)
            return EXIT_FAIL
        from briefing_app.ui.window.app import run

        return run(argv)
    args = _parser().parse_args(argv)
    from briefing_app.model import BriefingError

    try:
        return _COMMANDS[args.command](args)
    except BriefingError as err:
        print(f"briefing-app: {err}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("briefing-app: cancelled; nothing more was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``briefing-app templates | head``): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _mistyped_command(word: str) -> str:
    """The one-line error for a near-miss of a command name ("analyse" for "analyze"), or "".

    Only for a word that is no existing path and looks like a command (no dot, no slash):
    anything else is a file for the window to open, or to report as missing.
    """
    import difflib

    if not word or os.path.exists(word) or any(c in word for c in "./\\"):
        return ""
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.7)
    return f"unknown command '{word}' (did you mean '{close[0]}'?)" if close else ""


def _no_display() -> str:
    """Why the window cannot open here (Qt would abort with a core dump), or ""."""
    env = os.environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "run headless with 'briefing-app analyze|draft', or set QT_QPA_PLATFORM=offscreen"
    )


def _clamp_top(top: int) -> int:
    return max(3, min(7, top))


class _StepReport:
    """Analysis progress on stderr for large inputs: a line at every tenth of the work."""

    MIN_STEPS = 10  # about 100,000 characters: below that, analysis takes a few seconds

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if total < self.MIN_STEPS:
            return
        tenth = done * 10 // total
        if tenth > self.shown:
            self.shown = tenth
            print(
                f"briefing-app: analysing… {tenth * 10}% ({done}/{total} parts; Ctrl+C cancels)",
                file=sys.stderr,
                flush=True,
            )


def _warn_templates() -> None:
    """Say at the start which user templates are skipped and why (not later, as "unknown")."""
    from briefing_app.briefing import load_templates

    for problem in load_templates()[1]:
        print(f"briefing-app: warning: {problem}", file=sys.stderr)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from briefing_app.workspace import Workspace
    from briefing_app.workspace.report import analysis_json, analysis_text

    ws = Workspace()
    errors = ws.add_files(args.files)
    for err in errors:
        print(f"briefing-app: {err.message}", file=sys.stderr)
    if ws.sources:
        ws.analyze(top_n=_clamp_top(args.top), steps=_StepReport())
    if args.json:
        print(json.dumps(analysis_json(ws), ensure_ascii=False, indent=2))
    else:
        print(analysis_text(ws))
    return EXIT_PARTIAL if errors else EXIT_OK


def _cmd_draft(args: argparse.Namespace) -> int:
    from briefing_app.briefing import briefing_to_json
    from briefing_app.model import BriefingError, one_line
    from briefing_app.workspace import Workspace

    if not args.output and not args.json:
        raise _usage("draft needs at least one -o OUT.docx/.pdf (or --json)")
    for out in args.output:
        if not out.lower().endswith((".docx", ".pdf")):
            raise _usage(f"{out}: output must end in .docx or .pdf")
    fields = {
        k: v
        for k, v in (
            ("title", args.title),
            ("author", args.author),
            ("classification", args.classification),
        )
        if v is not None
    }
    _warn_templates()
    ws = Workspace(template_id=args.template, fields=fields)
    ws.settings["page_size"] = args.page_size
    errors = ws.add_files(args.files)
    for err in errors:
        print(f"briefing-app: {err.message}", file=sys.stderr)
    if not ws.sources:
        print("briefing-app: no source could be loaded; nothing written", file=sys.stderr)
        return EXIT_FAIL
    ws.analyze(top_n=_clamp_top(args.top), steps=_StepReport())
    cli_tradecraft.apply_draft_options(args, ws)
    failed = False
    for out in args.output:
        try:
            path = ws.export(out, page_size=args.page_size)
        except BriefingError as err:  # one output failing does not stop the others
            print(f"briefing-app: {err}", file=sys.stderr)
            failed = True
        else:
            print(f"wrote {one_line(str(path))}", file=sys.stderr)
    if args.json:
        print(briefing_to_json(ws.briefing))
    if failed:
        return EXIT_FAIL
    return EXIT_PARTIAL if errors else EXIT_OK


def _cmd_templates(_args: argparse.Namespace) -> int:
    from briefing_app.briefing import load_templates

    templates, problems = load_templates()
    for problem in problems:
        print(f"briefing-app: warning: {problem}", file=sys.stderr)
    for t in templates:
        origin = "" if t.origin == "built-in" else f" ({t.origin})"
        print(f"{t.id}: {t.name}{origin}")
        if t.description:
            print(f"    {t.description}")
        for s in t.sections:
            fill = f"  [auto: {s.fill}]" if s.fill not in ("", "none") else ""
            print(f"    - {s.heading}{fill}")
    return EXIT_OK


def _cmd_annotations(args: argparse.Namespace) -> int:
    from briefing_app.workspace import Workspace

    ws = Workspace.open(args.project, lock=False)  # the CLI only reads
    names = {s.id: s.display_name for s in ws.sources}
    rows = [
        {
            "id": a.id,
            "source": a.source,
            "source_title": names.get(a.source, ""),
            "start": a.start,
            "end": a.end,
            "quote": a.quote,
            "colour": a.colour,
            "comment": a.comment,
            "tags": a.tags,
            "created": a.created,
        }
        for a in ws.annotations
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=ANNOTATION_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "tags": ";".join(row["tags"])})
    else:
        for row in rows:
            tags = f" #{' #'.join(row['tags'])}" if row["tags"] else ""
            note = f" — {row['comment']}" if row["comment"] else ""
            print(f"[{row['source_title']}] “{row['quote']}”{note}{tags}")
        if not rows:
            print("(no annotations)")
    return EXIT_OK


def _usage(message: str) -> SystemExit:
    from briefing_app.model import one_line

    print(f"briefing-app: error: {one_line(message)}", file=sys.stderr)
    return SystemExit(EXIT_FAIL)


_COMMANDS = {
    "analyze": _cmd_analyze,
    "draft": _cmd_draft,
    "templates": _cmd_templates,
    "annotations": _cmd_annotations,
    **dict.fromkeys(cli_tradecraft.COMMANDS, cli_tradecraft.run),
}
