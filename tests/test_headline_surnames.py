"""A headline names the body's person by title and surname alone ("Minister for Foreign
Affairs Brenn to attend ..."), the body in full ("Minister for Foreign Affairs Ola Brenn"): one
actor, with the headline's mention as evidence. The people and headlines are invented; the
entities are given by hand, as the model would give them (a lone surname in a title-case
headline is rarely labelled)."""

from __future__ import annotations

from briefing_app.analysis import combine
from briefing_app.ingest.load import source_from_text
from tests.test_headline_actors import _labelled


def _actors(text: str, labels: list[tuple[str, str]]):
    src = source_from_text(text)
    return combine([src], [_labelled(src, labels)]).actors


def test_a_titled_surname_in_the_headline_is_the_body_s_person():
    text = (
        "Ministry: Minister for Foreign Affairs Brenn to attend talks on river transport\n\n"
        "On Monday the talks will be held as a video conference. Kelvo will be represented by "
        "Minister for Foreign Affairs Ola Brenn. The main topic will be river transport.\n\n"
        "The ministers will also discuss the new bridge tolls, the ministry said."
    )
    actors = _actors(text, [("Ola Brenn", "PERSON")])
    brenn = [a for a in actors if "Brenn" in a.name]
    assert len(brenn) == 1, [a.name for a in actors]
    assert brenn[0].name == "Ola Brenn"
    assert "Brenn" in brenn[0].aliases
    headline_end = text.index("\n")
    assert any(ev.start < headline_end for ev in brenn[0].evidence)  # the headline's mention


def test_a_surname_two_people_of_the_body_share_is_joined_to_neither():
    text = (
        "Minister Brenn to attend talks on river transport\n\n"
        "On Monday Ola Brenn, the trade minister, and his sister Ivo Brenn, a port official, "
        "met the delegation. The main topic will be river transport.\n\n"
        "The talks will go on until Friday, the ministry said."
    )
    actors = _actors(text, [("Ola Brenn", "PERSON"), ("Ivo Brenn", "PERSON")])
    names = {a.name: a for a in actors}
    assert {"Ola Brenn", "Ivo Brenn"} <= set(names)
    headline_end = text.index("\n")
    for name in ("Ola Brenn", "Ivo Brenn"):
        assert not any(ev.start < headline_end for ev in names[name].evidence), name
    assert "Brenn" not in names


def test_a_title_case_word_after_a_title_that_no_body_name_ends_with_is_not_an_actor():
    text = (
        "Minister Pledges Support for river towns\n\n"
        "On Monday Minister for Foreign Affairs Ola Brenn said the towns along the river would "
        "get help to rebuild. The main topic will be river transport.\n\n"
        "The talks will go on until Friday, the ministry said."
    )
    actors = _actors(text, [("Ola Brenn", "PERSON")])
    assert [a.name for a in actors if a.type == "person"] == ["Ola Brenn"]
