"""Review of round 16's merged rules (merging, dates, captions), on invented texts.

- A battalion's comma followed by a rank and a person ("the 3rd Battalion, 2nd Lieutenant Mara
  Kell said, ...") names no parent unit: the battalion is not widened over the person.

The sentences, units, people and places are made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    src, sa = labelled(text, labels)
    return {a.name: (a.type, a.aliases) for a in combine([src], [sa]).actors}


def test_a_rank_and_a_person_after_a_battalions_comma_are_no_parent_unit():
    text = (
        "The 3rd Battalion, 2nd Lieutenant Mara Kell said, will cross the Varlo pass on Monday. "
        "Soldiers of the 5th Squadron, 1st Lieutenant Ivo Brenn told reporters, reached Port "
        "Oren by night. The 2nd Battalion, 114th Mountain Rifle Regiment held the bridge."
    )
    actors = _actors(
        text,
        [
            ("3rd Battalion", "ORG"),
            ("5th Squadron", "ORG"),
            ("2nd Battalion", "ORG"),
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
    # near miss: a numbered regiment after the comma still names the battalion's parent
    assert "2nd Battalion, 114th Mountain Rifle Regiment" in actors
