"""A briefing as plain Markdown (pandoc-friendly): citations as [n], Sources as a list."""

from __future__ import annotations

import re

from briefing_app.model import (
    BULLET,
    FIGURE,
    QUOTE,
    TABLE_ROW,
    Block,
    Briefing,
    Run,
    Section,
    readable_date,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """Text with Markdown's markup characters escaped and control characters dropped."""
    text = _CONTROL.sub("", text)
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def briefing_to_markdown(b: Briefing) -> str:
    """The whole briefing: banner, title, fields line, sections, numbered Sources."""
    out: list[str] = []
    banner = f"**{escape(b.classification)}**" if b.classification.strip() else ""
    if banner:
        out += [banner, ""]
    out += [f"# {escape(b.title) or 'Untitled briefing'}", ""]
    facts = [escape(x) for x in (readable_date(b.date), b.author) if x.strip()]
    if facts:
        out += [" · ".join(facts), ""]
    for section in b.sections:
        out += _section(b, section)
    if banner:
        out += [banner, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _section(b: Briefing, section: Section) -> list[str]:
    body: list[str] = []
    fields = section.fields
    line = _scale(b).statement(fields.get("likelihood", ""), fields.get("confidence", ""))
    line = line or section.field_line()
    if line:
        body += [f"*{escape(line)}*", ""]
    rows = [blk for blk in section.blocks if blk.kind == TABLE_ROW]
    if rows and section.columns:
        body += _table(section.columns, rows)
    previous = ""
    for block in section.blocks:
        if block.kind == TABLE_ROW and section.columns:
            continue
        line = _block(b, block)
        if previous and line.lstrip().startswith("- ") and previous.lstrip().startswith("- "):
            body.pop()  # consecutive bullets make one tight list
        body += [line, ""]
        previous = line
    if section.fill == "sources":
        body += [f"{c.number}. {escape(c.text())}" for c in b.citations]
        body += [""] if b.citations else []
    if not body:
        return []  # an empty section has nothing to tell a reader
    level = "#" * (min(max(section.level, 1), 5) + 1)
    return [f"{level} {escape(section.heading)}", "", *body]


def _block(b: Briefing, block: Block) -> str:
    if block.kind == TABLE_ROW:
        return "- " + " — ".join(escape(c) for c in block.cells if c.strip())
    text = "".join(_run(b, r) for r in block.runs).strip()
    estimate = _scale(b).statement(block.likelihood, block.confidence)
    if estimate:  # a judgement's likelihood and confidence, as the DOCX and PDF print them
        text += f" *{escape(estimate)}*"
    if block.kind == BULLET:
        return "  " * max(0, block.level) + f"- {text}"  # nested under the bullet before
    if block.kind == QUOTE:
        return f"> {text}"
    if block.kind == FIGURE:
        # the picture travels inside the text, so the Markdown stays one self-contained file
        data = f"(data:image/png;base64,{block.image})" if block.image else ""
        return f"![{text}]{data}" if data else f"*{text}*"
    return text


def _scale(b: Briefing):
    from briefing_app.standards import StandardsError, estimative_scale

    try:
        return estimative_scale(str(b.style.get("estimative") or "icd203"))
    except StandardsError:
        return estimative_scale()


def _run(b: Briefing, run: Run) -> str:
    if run.cite:
        number = b.citation_number(run.cite)
        return f"\\[{number}\\]" if number is not None else ""
    text = escape(run.text)
    if not text.strip():
        return " " if run.text else ""
    # emphasis markers must touch the words, so the run's own edge spaces go outside them
    lead = " " if run.text[:1].isspace() else ""
    trail = " " if run.text[-1:].isspace() else ""
    core = text.strip()
    if run.bold:
        core = f"**{core}**"
    if run.italic:
        core = f"*{core}*"
    return f"{lead}{core}{trail}"


def _table(columns: list[str], rows: list[Block]) -> list[str]:
    width = max(len(columns), *(len(r.cells) for r in rows))
    heads = [*columns, *[""] * (width - len(columns))]
    lines = ["| " + " | ".join(escape(h) for h in heads) + " |"]
    lines.append("|" + "---|" * width)
    for row in rows:
        cells = [*row.cells, *[""] * (width - len(row.cells))]
        lines.append("| " + " | ".join(escape(c) for c in cells) + " |")
    return [*lines, ""]
