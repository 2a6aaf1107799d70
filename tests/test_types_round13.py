"""Actor types (round 13): a body whose name has no body's word, typed by the words a reader
sees before it: a kind of business or publication ("gas producers X and Y", "local firm X",
"the journal X") and a post only a body has ("editor of X", "the chief executive of X").
Invented paragraphs, labelled by hand as the small model labels them; each rule has near
misses that must not change."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


# ---- a kind of business or publication right before the name ------------------------------


def test_a_business_kind_before_a_name_makes_it_a_body():
    text = (
        "Two Velmarian oil producers Korvatek and Drannel asked the ministry for export "
        "rights, Minister Tomas Yelver said. The survey was run by local firm Quillmark. "
        "Results appeared in the journal Ostrand Letters on Monday."
    )
    labels = [
        ("Korvatek", "PERSON"),
        ("Drannel", "PERSON"),
        ("Tomas Yelver", "PERSON"),
        ("Quillmark", "PERSON"),
        ("Ostrand Letters", "GPE"),
    ]
    actors = _actors(text, labels)
    assert actors["Korvatek"] == "organization"
    assert actors["Drannel"] == "organization"  # listed after the first
    assert actors["Quillmark"] == "organization"
    assert actors["Ostrand Letters"] == "organization"
    assert actors["Tomas Yelver"] == "person"


def test_a_person_after_a_trade_or_a_kind_noun_with_a_full_name_stays_a_person():
    text = (
        "Film producers Abelard and Castine praised the festival. The company Lena Varsk "
        "founded in 1990 was sold. Veteran broadcaster Odrin spoke first."
    )
    labels = [
        ("Abelard", "PERSON"),
        ("Castine", "PERSON"),
        ("Lena Varsk", "PERSON"),
        ("Odrin", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["Abelard"] == "person"  # film producers: people of the arts
    assert actors["Lena Varsk"] == "person"  # a full name after the noun: her company
    assert actors["Odrin"] == "person"  # a broadcaster may be a person


def test_a_name_listed_with_others_of_a_bodys_kind_is_a_body():
    text = (
        "The pipeline was built by Velmorgaz and five European companies in 2015. Marvek "
        "and two of his firms were fined; Dremmick and other officials denied it."
    )
    labels = [
        ("Velmorgaz", "GPE"),
        ("Marvek", "PERSON"),
        ("Dremmick", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["Velmorgaz"] == "organization"
    assert actors["Marvek"] == "person"  # his firms: the firms are his
    assert actors["Dremmick"] == "person"  # other officials: people


# ---- a post only a body has, then "of" --------------------------------------------------


def test_a_bodys_post_of_a_name_makes_it_a_body():
    text = (
        "The session was opened by Mara Oduya, editor of Tidewater Health Notes, and Ilse "
        "Brandt, a lecturer. Pell Oster, chief executive of Varnhold, also spoke."
    )
    labels = [
        ("Mara Oduya", "PERSON"),
        ("Tidewater Health Notes", "ORG"),
        ("Ilse Brandt", "PERSON"),
        ("Pell Oster", "PERSON"),
        ("Varnhold", "GPE"),
    ]
    actors = _actors(text, labels)
    assert actors["Tidewater Health Notes"] == "organization"
    assert actors["Varnhold"] == "organization"
    assert actors["Mara Oduya"] == "person"
    assert actors["Ilse Brandt"] == "person"


def test_a_chair_of_a_place_or_of_a_places_body_is_left_alone():
    text = (
        "Delta Marsh, chair of Orvania at the summit, met Jon Pirrel, chairman of Sarvik’s "
        "port council."
    )
    labels = [
        ("Delta Marsh", "PERSON"),
        ("Orvania", "GPE"),
        ("Jon Pirrel", "PERSON"),
        ("Sarvik", "GPE"),
    ]
    actors = _actors(text, labels)
    assert actors["Orvania"] == "place"  # a country chairs a summit: no body's post
    assert actors["Sarvik"] == "place"  # the chairman of a body of the town's


# ---- a landform's word the rules lacked: "River X", a plural last word -------------------


def test_a_rivers_name_written_river_first_and_a_plural_landform_are_places():
    text = (
        "Homes close to the River Tamsey were evacuated. Flights reach Orlu, Pemmet and "
        "Sarnic Atolls twice a week, the operator said."
    )
    labels = [
        ("the River Tamsey", "ORG"),
        ("Orlu", "GPE"),
        ("Pemmet", "GPE"),
        ("Sarnic Atolls", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["River Tamsey"] == "place"
    assert actors["Sarnic Atolls"] == "place"


def test_a_person_named_river_or_keys_and_a_rivers_body_are_left_alone():
    text = (
        "Actor River Maldon and singer Jana Keys opened the show. The River Tamsey Basin "
        "Authority said the dam was safe."
    )
    labels = [
        ("River Maldon", "PERSON"),
        ("Jana Keys", "PERSON"),
        ("River Tamsey Basin Authority", "ORG"),
    ]
    actors = _actors(text, labels)
    assert actors["River Maldon"] == "person"  # a given name and a surname
    assert actors["Jana Keys"] == "person"
    assert actors["River Tamsey Basin Authority"] == "organization"
