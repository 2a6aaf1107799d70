"""Tables in sources stay tables: rows of cells on the Source, never quoted as key points."""

from __future__ import annotations

import io
import re

import docx

from briefing_app.analysis import SourceAnalysis, combine
from briefing_app.ingest import source_from_bytes
from briefing_app.model import Source

INTRO = "The five states signed the water deal in Tashkent on Friday after two days of talks."
AFTER = "Officials said the commission would meet twice a year to review the quotas it sets."
ROWS = [
    ("Country", "Share", "Note"),
    ("Uzbekistan", "40%", "The ministry expects the quota to grow by a fifth next year."),
    ("Kazakhstan", "25%", "Unchanged since the treaty was first signed in the nineties."),
]


def markdown() -> str:
    lines = ["| " + " | ".join(r) + " |" for r in ROWS]
    lines.insert(1, "|---|---:|---|")
    return f"{INTRO}\n\n" + "\n".join(lines) + f"\n\n{AFTER}\n"


def html() -> bytes:
    head = "".join(f"<th>{c}</th>" for c in ROWS[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS[1:])
    page = (
        f"<html><body><article><p>{INTRO}</p><table><tr>{head}</tr>{body}</table>"
        f"<p>{AFTER}</p></article></body></html>"
    )
    return page.encode()


def word() -> bytes:
    document = docx.Document()
    document.add_paragraph(INTRO)
    table = document.add_table(rows=len(ROWS), cols=3)
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph(AFTER)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def check(source: Source) -> None:
    [table] = source.tables
    assert table.rows == tuple(ROWS)
    # the text keeps one line per row, and the table's span covers exactly those rows
    assert source.text[table.start : table.end] == "\n\n".join(" | ".join(r) for r in ROWS)
    assert [p.kind for p in source.paragraphs if table.start <= p.start < table.end] == ["row"] * 3
    assert INTRO in source.text and AFTER in source.text


def test_markdown_pipe_tables_stay_tables():
    check(source_from_bytes(markdown().encode(), "deal.md"))


def test_html_tables_stay_tables():
    check(source_from_bytes(html(), "deal.html"))


def test_docx_tables_stay_tables():
    check(source_from_bytes(word(), "deal.docx"))


def test_table_rows_round_trip_through_the_source_dict():
    source = source_from_bytes(markdown().encode(), "deal.md")
    assert Source.from_dict(source.to_dict()).tables == source.tables


def test_sentences_inside_a_table_are_never_key_points():
    source = source_from_bytes(markdown().encode(), "deal.md")
    text = source.text
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]
    sentences = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in sentences]
    inside = [text[s:e] for s, e in sentences if source.in_table(s, e)]
    assert any("grow by a fifth" in s for s in inside)  # a candidate but for the table
    analysis = combine([source], [SourceAnalysis(source.id, "test", sentences, [])], top_n=3)
    said = " ".join(k.text for k in [*analysis.key_points, *analysis.background])
    assert INTRO in said and AFTER in said
    assert "fifth" not in said and "nineties" not in said
