"""Template switching: lossless, reversible, nothing doubled, no stale auto text moved."""

from __future__ import annotations

import pytest
from test_briefing_autofill import all_texts, make_analysis

from briefing_app.briefing import (
    autofill,
    briefing_from_json,
    briefing_to_json,
    get_template,
    mark_edited,
    switch_moves,
    switch_template,
)
from briefing_app.model import AUTO, BULLET, PARAGRAPH, QUOTE, TABLE_ROW, USER, Block, Briefing, Run

ANALYSIS = make_analysis(["src-a", "src-b", "src-c"])
QUOTE_TEXT = "“We will not be told where to trade,” the minister said."
MINE = "Closer integration is likely to continue."
GLOSS = " The analyst's gloss."


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "no-user-templates"))


def to(b: Briefing, template_id: str) -> Briefing:
    """Switch as the workspace does: switch, then refresh the auto blocks."""
    template = get_template(template_id)
    return autofill(ANALYSIS, template, previous=switch_template(b, template))


def analysts_brief() -> Briefing:
    b = autofill(ANALYSIS, get_template("analyst_brief"))
    points = b.section("key_points").blocks
    points.append(Block(QUOTE, [Run(QUOTE_TEXT), Run(cite="src-b")], origin=USER))
    mark_edited(points[1])
    points[1].runs[0] = Run(points[1].runs[0].text + GLOSS)
    b.section("assessment").blocks.append(Block(PARAGRAPH, [Run(MINE)], origin=USER))
    b.section("assessment").fields.update(likelihood="likely")
    b.section("actors").blocks.append(
        Block(TABLE_ROW, cells=["Anna Ivanova", "Person", "Envoy", ""], origin=USER)
    )
    return b


def view(b: Briefing) -> list:
    """What a reader sees, section by section (ids that switching adds left out)."""
    return [
        (
            s.id,
            s.heading,
            dict(s.fields),
            [(x.kind, x.origin, x.key, x.text, list(x.cells), x.evidence) for x in s.blocks],
        )
        for s in b.sections
    ]


def count(b: Briefing, text: str) -> int:
    return sum(text in t for t in all_texts(b))


def test_a_b_c_a_restores_every_section_and_doubles_nothing() -> None:
    a = analysts_brief()
    edited_text = a.section("key_points").blocks[1].text
    b = to(a, "government_note")
    c = to(b, "situation_report")
    back = to(c, "analyst_brief")

    assert view(back) == view(a)
    for step in (b, c, back):
        for text in (QUOTE_TEXT, MINE, edited_text, "Anna Ivanova"):
            assert count(step, text) == 1, (step.template, text)


def test_the_analysts_text_goes_to_the_matching_section_else_to_notes() -> None:
    a = analysts_brief()
    edited_text = a.section("key_points").blocks[1].text
    b = to(a, "government_note")
    considerations = [x.text for x in b.section("key_considerations").blocks]
    assert QUOTE_TEXT in considerations and edited_text in considerations
    notes = [x.text for x in b.section("notes").blocks]
    assert MINE in notes and "Assessment — Likelihood: likely" in notes
    assert "Anna Ivanova — Person — Envoy" in notes
    # what the new template fills itself is not copied: no background, no actor list in Notes
    assert all(x.origin != AUTO for x in b.section("notes").blocks)
    background = a.section("background").blocks[0].text
    assert count(b, background) == 1 and b.section("background").blocks[0].origin == AUTO

    c = to(b, "situation_report")
    assert [r.cells[0] for r in c.section("actors").blocks].count("Anna Ivanova") == 1
    assert all(x.origin != AUTO for s in c.sections if s.fill == "none" for x in s.blocks)


def test_a_word_typed_while_away_comes_back_in_its_place() -> None:
    a = analysts_brief()
    b = to(a, "government_note")
    quote = next(x for x in b.section("key_considerations").blocks if x.kind == QUOTE)
    quote.runs[0] = Run(QUOTE_TEXT + " (translated)")
    b.section("purpose").blocks.append(Block(PARAGRAPH, [Run("To inform the minister.")]))
    b.section("notes").blocks = [x for x in b.section("notes").blocks if x.text != MINE]

    back = to(to(b, "situation_report"), "analyst_brief")

    points = [x.text for x in back.section("key_points").blocks]
    assert QUOTE_TEXT + " (translated)" in points and QUOTE_TEXT not in points
    assert [x.text for x in back.section("notes").blocks] == ["To inform the minister."]
    assert back.section("assessment").blocks == []  # deleted while away stays deleted


def test_switching_back_after_a_save_restores_too(tmp_path) -> None:
    a = analysts_brief()
    b = briefing_from_json(briefing_to_json(to(a, "situation_report")))
    assert view(to(b, "analyst_brief")) == view(a)


def test_moves_list_says_which_sections_move() -> None:
    a = analysts_brief()
    moves = [str(m) for m in switch_moves(a, get_template("situation_report"))]
    assert "Key points → Notes (2 blocks)" in moves
    assert "Assessment → Notes (2 blocks)" in moves  # the sentence and the likelihood
    assert not any(m.startswith("Actors") for m in moves)  # same heading: not a move
    assert switch_moves(a, get_template("analyst_brief")) == []


def test_the_briefing_switched_from_is_not_changed() -> None:
    a = analysts_brief()
    before = briefing_to_json(a)
    switch_template(a, get_template("government_note"))
    assert briefing_to_json(a) == before


def test_a_legacy_auto_block_left_in_notes_is_no_longer_tinted() -> None:
    a = autofill(ANALYSIS, get_template("analyst_brief"))
    stale = Block(BULLET, [Run("Old key point.")], origin=AUTO, key="kp:old")
    a.sections.insert(-1, _notes_with(stale))
    b = switch_template(a, get_template("government_note"))
    moved = [x for x in b.section("notes").blocks if x.text == "Old key point."]
    assert len(moved) == 1 and moved[0].origin == USER and not moved[0].key


def _notes_with(block: Block):
    from briefing_app.model import Section

    return Section("notes", "Notes", blocks=[block])


def test_an_edited_bottom_line_is_marked_when_sources_change() -> None:
    from briefing_app.briefing import is_stale, note_sources, stale_blocks

    template = get_template("analyst_brief")
    one = autofill(make_analysis(["src-a"]), template)
    bluf = one.section("bluf").blocks[0]
    mark_edited(bluf)
    bluf.runs = [Run("My bottom line from one report.")]
    same = autofill(make_analysis(["src-a"]), template, previous=one)
    assert stale_blocks(same) == []  # the same sources: nothing to flag
    assert same.section("bluf").blocks[0].based_on == ["src-a"]

    more = autofill(make_analysis(["src-a", "src-b"]), template, previous=same)
    [stale] = stale_blocks(more)
    assert stale.text == "My bottom line from one report."
    assert not any(is_stale(b, more) for b in more.section("key_points").blocks)

    # the analyst rewrites it: it is now based on both sources, and the mark goes
    rewritten = briefing_from_json(briefing_to_json(more))
    rewritten.section("bluf").blocks[0].runs = [Run("My bottom line from two reports.")]
    note_sources(rewritten, ["src-a", "src-b"], previous=more)
    assert stale_blocks(rewritten) == []


def test_an_edit_copy_changes_nothing_in_the_briefing_it_came_from() -> None:
    """The editor keeps an ``edit_copy``: changing its sections, fields and lists leaves the
    workspace's briefing as it was (only the blocks, which are replaced whole, are shared)."""
    original = autofill(ANALYSIS, get_template("situation_report"))
    before = briefing_to_json(original)
    copy = original.edit_copy()
    copy.title = "Changed"
    copy.sections[0].blocks.append(Block(PARAGRAPH, [Run(MINE)], origin=USER))
    copy.sections[0].fields["confidence"] = "high"
    copy.citations.clear()
    copy.header["Reference"] = "X-1"
    assert briefing_to_json(original) == before
    assert briefing_to_json(original.edit_copy()) == before
