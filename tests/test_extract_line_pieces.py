"""A place the model runs across a line break ("Rwanda\n\nArusha": a list's last place and the
next item's stamp) is kept as its lines' places, not dropped whole; bodies and people run
across lines are still dropped (their pieces are menus and headings)."""

from __future__ import annotations

from briefing_app.analysis.extract import _line_pieces


def test_a_place_across_a_line_break_is_kept_as_each_lines_place() -> None:
    text = "Kelvo\n\nMarisport"
    pieces = _line_pieces(text, 100, "GPE")
    assert [(text[a - 100 : b - 100], label) for a, b, label in pieces] == [
        ("Kelvo", "GPE"),
        ("Marisport", "GPE"),
    ]


def test_edge_spaces_and_lower_case_lines_are_no_place() -> None:
    text = "Kelvo \n  and the coast"
    assert [(text[a:b], label) for a, b, label in _line_pieces(text, 0, "LOC")] == [
        ("Kelvo", "LOC")
    ]


def test_one_line_entities_are_kept_as_they_are() -> None:
    assert _line_pieces("Kelvo Aid Society", 7, "ORG") == [(7, 24, "ORG")]


def test_bodies_and_people_across_lines_are_dropped() -> None:
    assert _line_pieces("Subscribe\n\nRemarks", 0, "ORG") == []
    assert _line_pieces("Latest news\nAnn Roe", 0, "PERSON") == []
