"""Use cases over the standards: check a note, grade sources, mark portions, export actors and
the timeline as data. Both front ends call these."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from briefing_app import standards
from briefing_app.briefing.lint import (
    Finding,
    LintBlock,
    LintSection,
    lint_briefing,
    lint_sections,
    paragraph_marks,
)
from briefing_app.model import Briefing, BriefingError, Source
from briefing_app.model.standards import EstimativeScale, MarkingScheme

log = logging.getLogger(__name__)

# section headings of an exported note that are the form, not prose to check
_FORM_SECTIONS = {"decision", "sources", "contents"}
_FORM_LABELS = ("Prepared by:", "Approved by:", "Signature:", "Date:", "☐")

ACTOR_FIELDS = ["id", "name", "type", "aliases", "roles", "mentions", "sources", "evidence"]
TIMELINE_FIELDS = ["date", "event", "sources", "evidence"]


class CheckError(BriefingError):
    """A file ``check`` cannot read: ``"<file>: <reason>"``."""


def scale_for(briefing: Briefing | None) -> EstimativeScale:
    ident = (briefing.style.get("estimative") if briefing else "") or standards.DEFAULT_ESTIMATIVE
    try:
        return standards.estimative_scale(str(ident))
    except standards.StandardsError:
        return standards.estimative_scale()


def scheme_for(marking: str) -> MarkingScheme | None:
    return standards.marking_scheme(marking) if marking else None


def check_briefing(briefing: Briefing, marking: str | None = None) -> list[Finding]:
    """Findings for a briefing being edited (the window's squiggles and Problems list)."""
    scheme = scheme_for(marking if marking is not None else briefing.marking)
    return lint_briefing(briefing, scale_for(briefing), scheme)


def check_file(path: str | os.PathLike, marking: str | None = None) -> list[Finding]:
    """Findings for a ``.briefing`` project, an exported ``.docx`` or a ``.md`` file."""
    target = Path(path)
    suffix = target.suffix.lower()
    if target.is_dir() and suffix != ".briefing":  # a .briefing folder: Workspace.open says so
        raise CheckError(f"{target}: is a folder, not a file")
    if suffix == ".briefing":
        from briefing_app.workspace.workspace import Workspace

        ws = Workspace.open(target)
        briefing = ws.briefing or ws.empty_briefing()
        return check_briefing(briefing, marking)
    if suffix not in (".docx", ".md", ".markdown"):
        raise CheckError(f"{target}: cannot check a {suffix or 'file without suffix'} file "
                         "(use .briefing, .docx or .md)")  # fmt: skip
    from briefing_app.ingest import SourceError, load_source

    try:
        source = load_source(target)
    except SourceError as err:
        raise CheckError(str(err)) from None
    sections = document_sections(source)
    scheme = scheme_for(marking or "")
    if scheme is None and paragraph_marks(sections):
        scheme = _guess_scheme(sections)
    if scheme is None:
        for section in sections:
            for block in section.blocks:
                block.mark = None
    return lint_sections(sections, standards.estimative_scale(), scheme)


def document_sections(source: Source) -> list[LintSection]:
    """A plain document as sections: its headings and the paragraphs under each; the title
    block before the first heading after the title, form sections and table rows left out."""
    sections: list[LintSection] = []
    seen_title = False
    for paragraph in source.paragraphs:
        text = source.text[paragraph.start : paragraph.end]
        if paragraph.kind == "heading":
            if not seen_title and (not sections) and _is_title(text, source):
                seen_title = True
                continue
            sections.append(LintSection(text.strip().casefold(), text.strip()))
            continue
        if not sections or sections[-1].heading.casefold() in _FORM_SECTIONS:
            continue
        if " | " in text or text.lstrip().startswith(_FORM_LABELS):
            continue  # a table row or a line of the decision / sign-off block
        sections[-1].blocks.append(LintBlock(text, mark=""))
    return [s for s in sections if s.heading.casefold() not in _FORM_SECTIONS]


def _is_title(text: str, source: Source) -> bool:
    return bool(source.title) and source.title.strip() in text


def _guess_scheme(sections: list[LintSection]) -> MarkingScheme | None:
    """The scheme whose portion marks the document's marked paragraphs use most."""
    from briefing_app.briefing.lint import _leading_mark

    marks = [_leading_mark(b.text) for s in sections for b in s.blocks]
    marks = [m for m in marks if m]
    best, score = None, 0
    for scheme in marking_schemes():
        hits = sum(1 for m in marks if scheme.parse(m) is not None)
        if hits > score:
            best, score = scheme, hits
    return best


def grading():
    """The source grading code (Admiralty / NATO) with its definitions."""
    return standards.grading_code()


def marking_schemes() -> list[MarkingScheme]:
    """The marking schemes in resources/markings, by id; a damaged file is left out with a
    one-line warning in the log (the window still starts, the other schemes stay usable)."""
    schemes = []
    for ident in standards.available("markings"):
        try:
            schemes.append(standards.marking_scheme(ident))
        except standards.StandardsError as err:
            log.warning("marking scheme skipped: %s", err)
    return schemes


def grade_source(ws, source_id: str, reliability: str, credibility: str) -> None:
    """Set a source's Admiralty grades; the briefing's Sources entry follows."""
    code = standards.grading_code()
    reliability, credibility = reliability.strip().upper(), credibility.strip()
    if reliability and reliability not in {g.grade for g in code.reliability}:
        raise BriefingError(f"unknown reliability grade {reliability!r} (A-F)")
    if credibility and credibility not in {g.grade for g in code.credibility}:
        raise BriefingError(f"unknown credibility grade {credibility!r} (1-6)")
    src = ws.source(source_id)
    if src is None:
        raise BriefingError(f"no source {source_id!r} in this project")
    src.reliability, src.credibility = reliability, credibility
    for holder in (ws.analysis, ws.raw_analysis, ws.briefing):
        for citation in getattr(holder, "citations", None) or []:
            if citation.source == source_id:
                citation.reliability, citation.credibility = reliability, credibility
    ws._touch()


def actor_rows(ws) -> list[dict]:
    """The analysis's actors as rows for CSV / JSON."""
    if ws.analysis is None:
        return []
    numbers = _numbers(ws)
    return [
        {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "aliases": list(a.aliases),
            "roles": list(a.roles),
            "mentions": a.mentions,
            "sources": [numbers.get(s, s) for s in a.sources],
            "evidence": [_evidence(ws, e) for e in a.evidence[:5]],
        }
        for a in ws.analysis.actors
        if not a.hidden
    ]


def timeline_rows(ws) -> list[dict]:
    """The dated events in time order, as rows for CSV / JSON."""
    if ws.analysis is None:
        return []
    numbers = _numbers(ws)
    rows = []
    for dm in sorted(ws.analysis.dates, key=lambda d: d.date):
        sources = list(dict.fromkeys(e.source for e in dm.evidence))
        rows.append(
            {
                "date": dm.date,
                "event": (dm.sentence or dm.text).strip(),
                "sources": [numbers.get(s, s) for s in sources],
                "evidence": [_evidence(ws, e) for e in dm.evidence[:5]],
            }
        )
    return rows


def rows_text(rows: list[dict], fields: list[str], fmt: str) -> str:
    """Rows as CSV (lists joined by "; ", evidence as source:start-end) or indented JSON."""
    import csv
    import io
    import json

    if fmt != "csv":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(
            f"{v['source']}:{v['start']}-{v['end']}" if isinstance(v, dict) else str(v)
            for v in value
        )
    return str(value)


def export_rows(ws, what: str, path: str | os.PathLike) -> Path:
    """Write the actors or the timeline (``what``) as CSV or JSON, by the path's suffix."""
    from briefing_app.export import atomic_write

    rows, fields = (
        (actor_rows(ws), ACTOR_FIELDS) if what == "actors" else (timeline_rows(ws), TIMELINE_FIELDS)
    )
    fmt = "csv" if str(path).lower().endswith(".csv") else "json"
    text = rows_text(rows, fields, fmt)
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def banner_of(briefing: Briefing) -> str:
    """The banner the exports will print: the highest portion mark, or the classification."""
    from briefing_app.export.form import Form

    return Form.of(briefing).banner()


def _numbers(ws) -> dict[str, int]:
    """Source id -> its number: the note's when there is one (a source removed and brought
    back comes after the others there, not where the Sources list has it)."""
    if ws.briefing is not None and ws.briefing.citations:
        return {c.source: c.number for c in ws.briefing.citations}
    return {c.source: c.number for c in ws.analysis.citations} if ws.analysis else {}


def _evidence(ws, ev) -> dict:
    return {"source": ev.source, "start": ev.start, "end": ev.end, "text": ws.evidence_text(ev)}
