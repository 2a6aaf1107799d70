"""Review of round 16's merged rules (merging, dates, captions), on invented texts.

- A battalion's comma followed by a rank and a person ("the 3rd Battalion, 2nd Lieutenant Mara
  Kell said, ...") names no parent unit: the battalion is not widened over the person.
- Only a caption's present ("Volunteers pose for a group photo") tells a picture; a report's
  past or gerund ("leaders, who posed for a family photo, agreed ...") is a body sentence and
  may be a key point; so is a forecast's "is seen cutting rates ... on December 10, 2031",
  where a picture's passive is "is seen in Talor ...".
- A smaller echelon after a battalion's comma ("1st Battalion, 2nd Platoon leader ...") is no
  parent unit.
- Names whose numbers differ are two bodies ("5th Fleet", "6th Fleet"), but a name written
  without its number ("the RIVCON Presidency" of "the RIVCON31 Presidency") is the same name.

The sentences, units, people and places are made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled
from test_claims_round16 import BODY as _BODY
from test_claims_round16 import _points

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    src, sa = labelled(text, labels)
    return {a.name: (a.type, a.aliases) for a in combine([src], [sa]).actors}


def test_a_rank_and_a_person_after_a_battalions_comma_are_no_parent_unit():
    text = (
        "The 3rd Battalion, 2nd Lieutenant Mara Kell said, will cross the Varlo pass on Monday. "
        "Soldiers of the 5th Squadron, 1st Lieutenant Ivo Brenn told reporters, reached Port "
        "Oren by night. The 2nd Battalion, 114th Mountain Rifle Regiment held the bridge. "
        "Troops of the 1st Battalion, 2nd Platoon leader Ivo Brenn said, were tired."
    )
    actors = _actors(
        text,
        [
            ("3rd Battalion", "ORG"),
            ("5th Squadron", "ORG"),
            ("2nd Battalion", "ORG"),
            ("1st Battalion", "ORG"),
            ("114th Mountain Rifle Regiment", "ORG"),
            ("Mara Kell", "PERSON"),
            ("Ivo Brenn", "PERSON"),
            ("Varlo", "GPE"),
            ("Port Oren", "GPE"),
        ],
    )
    assert actors["Mara Kell"][0] == "person" and actors["Ivo Brenn"][0] == "person"
    assert "3rd Battalion" in actors and "5th Squadron" in actors
    assert not any("Lieutenant" in name for name in actors)
    # a smaller echelon after the comma is a part of the battalion, not its parent
    assert "1st Battalion" in actors and not any("Platoon" in name for name in actors)
    # near miss: a numbered regiment after the comma still names the battalion's parent
    assert "2nd Battalion, 114th Mountain Rifle Regiment" in actors


def test_a_reports_past_or_gerund_of_posing_is_no_caption():
    lead = (
        "Leaders of Kestria and Orsk, who posed for a family photo in Talor, agreed on Monday to "
        "reopen the border to 9,000 displaced people.\n\n"
    )
    texts = _points(lead + _BODY)
    assert any("agreed on Monday to reopen the border" in t for t in texts)
    texts = _points(
        "After posing for pictures with rescuers in Orsk, Mara Tull announced 40 new shelters "
        "for the families of Talor.\n\n" + _BODY
    )
    assert any("announced 40 new shelters" in t for t in texts)


def test_a_forecasts_is_seen_with_its_day_is_no_caption():
    # "is seen cutting" is expected to cut: a market report's one-sentence line, not a picture
    forecast = "The Bank of Kestria is seen cutting its main rate to 4% on December 10, 2031."
    texts = _points(forecast + "\n\n" + _BODY)
    assert any("seen cutting its main rate" in t for t in texts)
    # near miss: a picture's "is seen in" a place with its day stays a caption
    caption = "A collapsed bridge is seen in Talor, Kestria on September 29, 2031."
    texts = _points(caption + "\n\n" + _BODY)
    assert not any("collapsed bridge" in t for t in texts)


def test_near_miss_a_captions_present_of_posing_stays_a_caption():
    texts = _points(
        "Nurses of the Kestrian Red Cross pose for a group photo at the airfield of Talor.\n\n"
        + _BODY
    )
    assert not any("pose for a group photo" in t for t in texts)
    assert any("killed 212 people" in t for t in texts)


def test_a_name_written_without_its_number_is_still_a_spelling_of_it():
    text = (
        "The RIVCON31 Presidency said on Monday that 118 countries had signed the pledge in "
        "Varlo. Officials of the RIVCON Presidency said more would sign before the talks close, "
        "while the Kelvan 5th Fleet and the Kelvan 6th Fleet guarded the port of Varlo."
    )
    actors = _actors(
        text,
        [
            ("RIVCON31 Presidency", "ORG"),
            ("RIVCON Presidency", "ORG"),
            ("Kelvan 5th Fleet", "ORG"),
            ("Kelvan 6th Fleet", "ORG"),
            ("Varlo", "GPE"),
        ],
    )
    owner = [n for n, (_, aliases) in actors.items() if "RIVCON Presidency" in aliases]
    assert owner and "RIVCON31 Presidency" in actors[owner[0]][1]
    # near miss: two numbers are two bodies
    assert "Kelvan 5th Fleet" in actors and "Kelvan 6th Fleet" in actors
