"""Review of round 18's merges: shapes where a new rule must not fire. Invented texts."""

from __future__ import annotations

import datetime as dt

from briefing_app.analysis.dates import scan_dates
from tests.labelled import analyse_labelled

_THURSDAY = dt.date(2031, 3, 20)  # a Thursday, thirteen days after Friday 7 March


def _days(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, _THURSDAY, [])]


def test_a_weekday_to_come_in_the_next_brief_does_not_repeat_the_dated_one() -> None:
    text = (
        "NEWS IN BRIEF\n\nFloods: Rivers rose on Friday, March 7, 2031, the agency said.\n\n"
        "Schools: Teachers will vote on Friday."
    )
    assert ("Friday", "2031-03-21") in _days(text)


def test_a_weekday_to_come_does_not_repeat_a_past_dated_one() -> None:
    text = "The plant reopened on Friday, 7 March 2031. The union will strike on Friday."
    assert ("Friday", "2031-03-21") in _days(text)


def test_a_weekday_in_the_same_paragraph_still_repeats_the_dated_one() -> None:
    text = "The plant reopened on Friday, 7 March 2031. Crews were back at work on Friday."
    assert ("Friday", "2031-03-07") in _days(text)


def test_a_listed_item_after_a_blank_line_still_repeats_the_dated_one() -> None:
    text = "The search began on Friday, 7 March 2031;\n\n• Wreckage was found on Friday."
    assert ("Friday", "2031-03-07") in _days(text)


def _together(analysis, a: str, b: str) -> bool:
    return any({a, b} <= {x.name, *x.aliases} for x in analysis.actors)


def test_a_roll_of_people_and_the_roles_they_play_joins_nobody(tmp_path) -> None:
    text = (
        "The cast includes Ilse Marrow (Dana Quill), Tova Brenn (Arlo Penn) and Cato Rusk. "
        "Dana Quill was a mayor in the 1950s."
    )
    labels = [("Ilse Marrow", "PERSON"), ("Dana Quill", "PERSON"), ("Tova Brenn", "PERSON")]
    labels += [("Arlo Penn", "PERSON"), ("Cato Rusk", "PERSON")]
    got = analyse_labelled(tmp_path, text, labels)
    assert not _together(got, "Ilse Marrow", "Dana Quill")
    assert not _together(got, "Tova Brenn", "Arlo Penn")


def test_one_name_glossed_by_another_still_joins(tmp_path) -> None:
    text = "The novel is by Ilse Marrow (Dana Quill). Marrow wrote it in a year."
    labels = [("Ilse Marrow", "PERSON"), ("Dana Quill", "PERSON"), ("Marrow", "PERSON")]
    got = analyse_labelled(tmp_path, text, labels)
    assert _together(got, "Ilse Marrow", "Dana Quill")


_SHIP_AND_PERSON = (
    "USS Tarnwood (DDG 90) arrived in the bay on Friday. Tarnwood will stay for a week. "
    "Admiral Ona Tarnwood, whose name the ship bears, served in the war."
)


def test_a_ships_bare_name_that_ends_a_persons_name_is_not_the_person(tmp_path) -> None:
    labels = [("USS Tarnwood", "ORG"), ("Ona Tarnwood", "PERSON")]
    for bare in ([], [("Tarnwood", "ORG")]):  # found by rule, or tagged by the model
        got = analyse_labelled(tmp_path, _SHIP_AND_PERSON, labels + bare)
        assert not _together(got, "Ona Tarnwood", "Tarnwood")


def test_a_titled_person_named_as_a_ship_is_not_the_ship(tmp_path) -> None:
    text = (
        "USS Ona Tarnwood (CVN 90) arrived in the bay on Friday. Senator Ona Tarnwood, "
        "whose name the ship bears, served for decades."
    )
    labels = [("USS Ona Tarnwood", "ORG"), ("Ona Tarnwood", "PERSON")]
    got = analyse_labelled(tmp_path, text, labels)
    assert not _together(got, "USS Ona Tarnwood", "Ona Tarnwood")


def test_a_kept_ships_bare_name_read_as_a_person_is_no_person(tmp_path) -> None:
    text = (
        "USS Tarnwood (DDG 90) arrived in the bay on Friday. The USS Tarnwood will stay for "
        "a week. Tarnwood departed its home port in May."
    )
    labels = [("USS Tarnwood", "ORG"), ("Tarnwood", "PERSON")]
    got = analyse_labelled(tmp_path, text, labels)
    assert not any(a.name == "Tarnwood" and a.type == "person" for a in got.actors)
