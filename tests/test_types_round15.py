"""Actor types (round 15), keyed to the form of the text: surnames in capitals on a court's
panel ("Before ALDER, BRANT, and COLE, Circuit Judges."), a city written with an apostrophe the
city list leaves out ("Sana’a" for "Sanaa"), and a broadcaster's channel ("X Satellite
Channel", "the TV channel X"), which is no strait. Invented paragraphs, labelled by hand as the
small model labels them; each rule has near misses that must not change."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


# ---- a court's panel ---------------------------------------------------------------------


def test_surnames_in_capitals_before_the_judges_title_are_people():
    text = (
        "Appeal from the district court.\n\n"
        "Before VARNEY, OSTRIK, and TELLAM, Circuit Judges.\n\n"
        "OSTRIK, Circuit Judge.\n\n"
        "The shipping firm appealed the award of damages."
    )
    labels = [("VARNEY", "ORG"), ("OSTRIK", "GPE"), ("TELLAM", "ORG"), ("OSTRIK", "GPE")]
    actors = _actors(text, labels)
    assert actors["VARNEY"] == "person"
    assert actors["OSTRIK"] == "person"
    assert actors["TELLAM"] == "person"


def test_a_panel_with_a_title_after_each_judge_and_a_footnote_number():
    text = (
        "Filed: March 3, 2006\n\n"
        "Before KESTIN, Chief Judge, BRAMEL, Circuit Judge, and QUORNE,2 District Judge.\n\n"
        "The appellant asked for a new trial."
    )
    labels = [("KESTIN", "ORG"), ("BRAMEL", "ORG"), ("QUORNE", "GPE")]
    actors = _actors(text, labels)
    assert actors["KESTIN"] == "person"
    assert actors["BRAMEL"] == "person"
    assert actors["QUORNE"] == "person"


def test_capitals_that_are_no_panel_keep_their_type():
    text = (
        "The carrier NORDAX lost its appeal. NORDAX, Judge Anna Perl said, must pay the costs. "
        "The VELTRO group, Circuit Court records show, paid in full."
    )
    labels = [("NORDAX", "ORG"), ("NORDAX", "ORG"), ("Anna Perl", "PERSON"), ("VELTRO", "ORG")]
    actors = _actors(text, labels)
    assert actors["NORDAX"] == "organization"  # a title before the judge's own name
    assert actors["VELTRO"] == "organization"  # no judges' title after the comma
    assert actors["Anna Perl"] == "person"


# ---- a city written with an apostrophe the list leaves out -------------------------------


def test_a_city_written_with_an_inner_apostrophe_is_a_place():
    text = (
        "Talks resumed in the capital Sana’a on Monday, the envoy's office said. "
        "Delegates will meet again next week."
    )
    actors = _actors(text, [("Sana’a", "ORG")])
    assert actors["Sana’a"] == "place"


def test_an_inner_apostrophe_in_no_known_city_keeps_its_type():
    text = (
        "The contract went to Ka’ena Holdings, a Corvelle firm. Ka’ena said the work "
        "would begin in May."
    )
    actors = _actors(text, [("Ka’ena Holdings", "ORG"), ("Ka’ena", "ORG")])
    assert actors["Ka’ena Holdings"] == "organization"


# ---- a broadcaster's channel ------------------------------------------------------------


def test_a_satellite_or_tv_channel_is_a_body():
    text = (
        "The ministry criticised a report aired by Korbel Satellite Channel on Friday. "
        "Korbel reported that two protesters were hurt. In an interview with the TV channel "
        "Velora, the governor denied it."
    )
    labels = [("Korbel Satellite Channel", "ORG"), ("Korbel", "PERSON"), ("Velora", "GPE")]
    actors = _actors(text, labels)
    assert actors["Korbel Satellite Channel"] == "organization"
    assert actors["Velora"] == "organization"


def test_a_strait_and_a_given_name_alone_keep_their_types():
    text = (
        "A cargo ship sank in the Mozambique Channel, the coast guard said. Nadia Orvell, "
        "a fisher, saw it go down. Nadia said the crew was rescued. Veteran broadcaster "
        "Odrin reported the rescue."
    )
    labels = [
        ("Mozambique Channel", "LOC"),
        ("Nadia Orvell", "ORG"),
        ("Nadia", "PERSON"),
        ("Odrin", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["Mozambique Channel"] == "place"
    assert actors["Nadia Orvell"] == "person"
    assert actors["Odrin"] == "person"


# ---- a police force named by its place ---------------------------------------------------


def test_a_place_then_police_is_a_body():
    text = (
        "Officers from Harrowmere Police searched the harbour on Sunday. The operation was "
        "run with Velmar Constabulary and customs officers."
    )
    labels = [("Harrowmere Police", "GPE"), ("Velmar Constabulary", "PERSON")]
    actors = _actors(text, labels)
    assert actors["Harrowmere Police"] == "organization"
    assert actors["Velmar Constabulary"] == "organization"


def test_the_place_alone_and_a_police_officer_keep_their_types():
    text = (
        "Police officer Dana Orvell spoke to reporters in Harrowmere. Harrowmere is a small "
        "port town, she said."
    )
    labels = [("Dana Orvell", "PERSON"), ("Harrowmere", "GPE"), ("Harrowmere", "GPE")]
    actors = _actors(text, labels)
    assert actors["Harrowmere"] == "place"
    assert actors["Dana Orvell"] == "person"
