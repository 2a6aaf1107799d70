"""Review of round 15's rules (junk15, keep15, types15) on ordinary prose their authors did not
write: each test is a near miss the merged rule got wrong, with hand-made labels the way the
small model gives them, on invented text.

- A body's or a person's name written once, opening a sentence, before a lowercase noun and a
  verb ("Brelco shares were down ...", "Vantor aides have said ...") is a name (the rule that
  dropped such words was removed after this review: it then helped one corpus article).
- A dateline's place before a sentence about judges ("VORENTA, Judges at the court heard
  ...") is no judge of a panel.
- A ship kept as a unit and named after water or a city ("HMS Kelvar Ocean") is an
  organization, not the water.

Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _types(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_name_written_once_as_a_modifier_stays_an_actor():
    text = (
        "Flooding closed factories across the north of the country on Tuesday.\n\n"
        "Brelco shares were down 3 percent in early trading, traders said.\n\n"
        "Dastrel researchers have documented 12 cases of detention. "
        "Vantor aides have said the talks would resume."
    )
    actors = _types(text, [("Brelco", "ORG"), ("Dastrel", "ORG"), ("Vantor", "PERSON")])
    assert {"Brelco", "Dastrel", "Vantor"} <= set(actors)


def test_a_datelines_place_before_judges_is_no_judge():
    text = (
        "VORENTA, Judges at the court heard the case on Friday, the clerk said.\n\n"
        "The ruling is expected next month."
    )
    actors = _types(text, [("VORENTA", "ORG")])
    assert actors.get("VORENTA") != "person"


def test_a_panel_line_still_names_its_judges():
    # near miss of the dateline: the title closes the line, as a panel's does
    text = (
        "Before ALDERO, BRANTEL, and COLVEN, Circuit Judges.\n\nThe appeal of Marra Tesk is denied."
    )
    actors = _types(
        text,
        [("ALDERO", "ORG"), ("BRANTEL", "GPE"), ("COLVEN", "ORG"), ("Marra Tesk", "PERSON")],
    )
    assert actors["ALDERO"] == actors["BRANTEL"] == actors["COLVEN"] == "person"


def test_a_ship_named_after_water_is_an_organization():
    text = (
        "The amphibious ship HMS Kelvar Ocean sailed from Tallport on Monday. "
        "HMS Kelvar Ocean will carry relief stores to the islands, the navy said."
    )
    actors = _types(text, [("HMS Kelvar Ocean", "ORG"), ("Tallport", "GPE")])
    assert actors["HMS Kelvar Ocean"] == "organization"
    assert actors["Tallport"] == "place"


def test_a_channels_first_word_alone_does_not_make_it_a_person():
    # types15's given_alone change had no test that failed without it: "Korbel" alone, read
    # as a person's given name, forced the channel it names to a person
    text = (
        "A ministry source criticised a report aired by Korbel Satellite Channel on Friday. "
        "Korbel reported that a protester was killed in the capital. The source urged "
        "“Korbel to be objective and report accurate information.”"
    )
    labels = [("Korbel Satellite Channel", "ORG"), ("Korbel", "PERSON")]
    actors = _types(text, labels)
    assert actors["Korbel Satellite Channel"] == "organization"
