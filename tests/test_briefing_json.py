"""Briefings save to versioned JSON and load back, old versions included; Markdown rendering."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.briefing import (
    SCHEMA_VERSION,
    BriefingFormatError,
    briefing_from_dict,
    briefing_from_json,
    briefing_to_dict,
    briefing_to_json,
    briefing_to_markdown,
)
from briefing_app.model import (
    AUTO,
    BULLET,
    EDITED,
    PARAGRAPH,
    TABLE_ROW,
    USER,
    Block,
    Briefing,
    BriefingError,
    Citation,
    Evidence,
    Run,
    Section,
)
from briefing_app.model.briefing import BLOCK_KINDS, ORIGINS


def sample() -> Briefing:
    """A small briefing with every kind of block, field values and dismissed keys."""
    return Briefing(
        title="Russia’s eastward shift — Путин in Astana",
        classification="OFFICIAL-SENSITIVE",
        date="2024-11-28",
        author="J. Doe",
        template="analyst_brief",
        subject="Analyst brief",
        keywords=["Vladimir Putin", "Kazakhstan"],
        citations=[
            Citation(1, "aaa", "Outlet A", "Russia turns east", "", "2024-11-27", "https://a.x/1"),
            Citation(2, "bbb", "Outlet B", "Astana deals"),
        ],
        sections=[
            Section(
                "key_points",
                "Key points",
                "key_points",
                kind="list",
                blocks=[
                    Block(
                        BULLET,
                        [Run("Putin visited Astana."), Run(cite="aaa"), Run(cite="bbb")],
                        origin=AUTO,
                        key="kp:123",
                        evidence=[Evidence("aaa", 10, 31), Evidence("bbb", 0, 20)],
                    ),
                    Block(
                        BULLET, [Run("AT&T <b> *stars* "), Run("mine", italic=True)], origin=USER
                    ),
                ],
            ),
            Section(
                "actors",
                "Actors",
                "actors",
                kind="table",
                columns=["Name", "Type", "Role", "Sources"],
                blocks=[
                    Block(
                        TABLE_ROW,
                        cells=["Владимир Путин", "Person", "President | Russia", "1, 2"],
                        origin=EDITED,
                        key="actor:person:vladimir-putin",
                        evidence=[Evidence("aaa", 3, 9)],
                    )
                ],
            ),
            Section(
                "assessment",
                "Assessment",
                blocks=[Block(PARAGRAPH, [Run("Integration is "), Run("likely", bold=True)])],
                fields={"likelihood": "likely", "confidence": ""},
            ),
            Section("outlook", "Outlook", hint="What next"),
            Section("sources", "Sources", "sources", kind="list"),
        ],
        dismissed=["kp:999"],
        auto_keys=["kp:123", "actor:person:vladimir-putin"],
        auto_fields={"date": "2024-11-28"},
    )


def test_json_round_trip_gives_an_equal_briefing() -> None:
    b = sample()
    text = briefing_to_json(b)
    assert json.loads(text)["schema"] == SCHEMA_VERSION
    assert briefing_from_json(text) == b
    assert briefing_from_dict(briefing_to_dict(b)) == b
    assert "Путин" in text  # readable, not \\u-escaped


V1_FILE = """
{
  "schema": 1,
  "fields": {"title": "Kazakhstan talks", "classification": "OFFICIAL",
             "date": "2024-11-27", "author": "A. Analyst"},
  "template": "analyst_brief",
  "sections": [
    {"id": "key_points", "heading": "Key points", "fill": "key_points", "kind": "list",
     "blocks": [
       {"kind": "bullet", "origin": "auto", "key": "kp:abc",
        "text": "Putin visited Astana.", "cite": ["src1"],
        "evidence": [{"source": "src1", "start": 0, "end": 21}]},
       {"kind": "bullet", "origin": "user", "text": "My own note."}
     ]},
    {"id": "actors", "heading": "Actors", "fill": "actors", "kind": "table",
     "columns": ["Name", "Type", "Role", "Sources"],
     "blocks": [{"kind": "table_row", "origin": "edited", "cells": ["Putin", "Person", "", "1"],
                 "cite": ["src1"]}]}
  ],
  "citations": [{"number": 1, "source": "src1", "outlet": "Outlet", "title": "Talks"}]
}
"""


def test_a_version_1_file_still_loads() -> None:
    b = briefing_from_json(V1_FILE)
    assert (b.title, b.classification, b.date, b.author) == (
        "Kazakhstan talks",
        "OFFICIAL",
        "2024-11-27",
        "A. Analyst",
    )
    auto, mine = b.section("key_points").blocks
    assert auto.text == "Putin visited Astana." and auto.citations == ["src1"]
    assert auto.origin == AUTO and auto.key == "kp:abc"
    assert auto.evidence == [Evidence("src1", 0, 21)]
    assert mine.text == "My own note." and mine.origin == USER
    (row,) = b.section("actors").blocks
    assert row.cells == ["Putin", "Person", "", "1"] and row.origin == EDITED
    assert b.dismissed == [] and b.citations[0].title == "Talks"
    # and it saves in today's version
    assert briefing_from_json(briefing_to_json(b)) == b


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json at all",
        "[1, 2]",
        '{"title": "no schema"}',
        '{"schema": "2"}',
        '{"schema": 2, "sections": "oops"}',
        '{"schema": 2, "sections": [{"heading": "no id"}]}',
        '{"schema": 2, "title": 5}',
        '{"schema": 2, "citations": [{"number": "x", "source": "a"}]}',
        "[" * 100_000,  # nested deeper than the JSON parser recurses
    ],
)
def test_garbage_gives_a_one_line_format_error(text: str) -> None:
    with pytest.raises(BriefingFormatError) as caught:
        briefing_from_json(text)
    assert isinstance(caught.value, BriefingError)
    assert "\n" not in str(caught.value) and str(caught.value)


def test_a_newer_schema_is_refused_clearly() -> None:
    with pytest.raises(BriefingFormatError, match="newer version"):
        briefing_from_dict({"schema": SCHEMA_VERSION + 1})


# -- arbitrary Unicode everywhere --------------------------------------------------------------

text = st.text(max_size=40)
ident = st.text(min_size=1, max_size=12)
evidence = st.builds(Evidence, ident, st.integers(0, 10**6), st.integers(0, 10**6))
runs = st.builds(Run, text, st.booleans(), st.booleans(), st.one_of(st.just(""), ident))
blocks = st.builds(
    Block,
    kind=st.sampled_from(BLOCK_KINDS),
    runs=st.lists(runs, max_size=4),
    cells=st.lists(text, max_size=4),
    origin=st.sampled_from(ORIGINS),
    key=text,
    evidence=st.lists(evidence, max_size=3),
)
sections = st.builds(
    Section,
    id=ident,
    heading=text,
    fill=st.sampled_from(["none", "summary", "key_points", "actors", "dates", "sources"]),
    hint=text,
    kind=st.sampled_from(["text", "list", "table"]),
    columns=st.lists(text, max_size=4),
    level=st.integers(1, 3),
    blocks=st.lists(blocks, max_size=4),
    fields=st.dictionaries(ident, text, max_size=2),
)
citations = st.builds(Citation, st.integers(1, 99), ident, text, text, text, text, text)
briefings = st.builds(
    Briefing,
    title=text,
    classification=text,
    date=text,
    author=text,
    template=text,
    sections=st.lists(sections, max_size=4),
    citations=st.lists(citations, max_size=3),
    subject=text,
    keywords=st.lists(text, max_size=3),
    dismissed=st.lists(text, max_size=3),
    auto_keys=st.lists(text, max_size=3),
    auto_fields=st.dictionaries(ident, text, max_size=3),
)


def _saveable(b: Briefing) -> Briefing:
    # table rows keep cells and runs; other blocks keep no cells (the format stores none)
    for s in b.sections:
        for block in s.blocks:
            if block.kind != TABLE_ROW:
                block.cells = []
    return b


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings.map(_saveable))
def test_any_unicode_briefing_round_trips(b: Briefing) -> None:
    assert briefing_from_json(briefing_to_json(b)) == b
    briefing_to_markdown(b)  # renders without error


# -- Markdown --------------------------------------------------------------------------------


def test_markdown_reads_like_the_briefing() -> None:
    md = briefing_to_markdown(sample())
    lines = md.splitlines()
    assert lines[0] == "**OFFICIAL-SENSITIVE**" and lines[-1] == "**OFFICIAL-SENSITIVE**"
    assert "# Russia’s eastward shift — Путин in Astana" in lines
    assert "- Putin visited Astana.\\[1\\]\\[2\\]" in lines
    assert "| Владимир Путин | Person | President \\| Russia | 1, 2 |" in lines
    assert "## Outlook" not in md  # empty sections are left out
    assert "*We assess that this is likely (55–80%).*" in lines  # the estimate, with its range
    assert "Integration is **likely**" in md
    assert "AT&T \\<b\\> \\*stars\\* *mine*" in md
    sources = lines.index("## Sources")
    assert lines[sources + 2].startswith("1. Outlet A, “Russia turns east”")
    assert lines[sources + 3] == "2. Outlet B, “Astana deals”"


def test_nested_bullets_keep_their_level_in_json_and_markdown() -> None:
    b = sample()
    section = next(s for s in b.sections if any(blk.kind == BULLET for blk in s.blocks))
    bullets = [blk for blk in section.blocks if blk.kind == BULLET]
    bullets[-1].level = 1  # Tab in the editor nests it under the one before
    again = briefing_from_json(briefing_to_json(b))
    levels = [blk.level for s in again.sections for blk in s.blocks if blk.kind == BULLET]
    assert levels[-1] == 1 and levels[0] == 0
    lines = briefing_to_markdown(b).splitlines()
    nested = [line for line in lines if line.startswith("  - ")]
    assert len(nested) == 1 and "mine" in nested[0]
    assert lines[lines.index(nested[0]) - 1].startswith("- "), "one tight list"
