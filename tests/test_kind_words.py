"""``analysis.classifiers``: a capitalised word the text only uses after "a"/"an" to say what
kind of thing a common noun is ("a Velorian ceremony") names no actor; the same word anywhere
used as an actor, or naming the kind of people or body that act, stays. Invented pages, entities
labelled by hand."""

from __future__ import annotations

from types import SimpleNamespace

from labelled import analyse_labelled

from briefing_app.analysis.classifiers import a_kind_word
from briefing_app.analysis.gazetteer import gazetteer


def _actors(tmp_path, page: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    return {a.name: a.type for a in analyse_labelled(tmp_path, page, labels).actors}


def test_a_word_only_classifying_a_thing_is_no_actor(tmp_path):
    page = (
        "Festival\n\nThe elders of Marrow Vale held a Tamarek ceremony on Sunday. "
        "Each guest was handed a Tamarek lantern at the gate.\n"
    )
    got = _actors(tmp_path, page, [("Tamarek", "ORG"), ("Marrow Vale", "GPE")])
    assert "Tamarek" not in got
    assert "Marrow Vale" in got


def test_a_card_named_by_a_brand_is_no_actor(tmp_path):
    page = "Voting\n\nEvery voter will be sent a QuickPoll card before the count.\n"
    assert "QuickPoll" not in _actors(tmp_path, page, [("QuickPoll", "ORG")])


def test_the_same_word_once_an_actor_stays(tmp_path):
    page = (
        "Festival\n\nThe elders held a Penguin ceremony on Sunday. "
        "Penguin Books published the programme on Monday.\n"
    )
    got = _actors(tmp_path, page, [("Penguin", "ORG"), ("Penguin Books", "ORG")])
    assert "Penguin Books" in got


def test_a_word_also_said_to_act_stays(tmp_path):
    page = (
        "Talks\n\nA Torvane delegate met a Torvane envoy. Later the Torvane said it would "
        "sign a Torvane proposal.\n"
    )
    assert "Torvane" in _actors(tmp_path, page, [("Torvane", "ORG")])


def test_people_or_a_body_of_the_name_keep_it(tmp_path):
    page = "Attack\n\nA Korvath fighter fired on a patrol, and a Korvath spokesman confirmed it.\n"
    assert "Korvath" in _actors(tmp_path, page, [("Korvath", "ORG")])


def test_forces_of_a_country_keep_it(tmp_path):
    page = "Strike\n\nU.S. forces struck a depot on Monday, and a U.S. official said so.\n"
    got = _actors(tmp_path, page, [("U.S.", "GPE")])
    assert "United States" in got or "U.S." in got


def _kind(text: str, name: str, label: str = "ORG") -> bool:
    return a_kind_word(text, SimpleNamespace(text=name, label=label), gazetteer())


def test_near_misses_are_no_kind_words():
    assert _kind("They held a Velorian ceremony.", "Velorian")
    assert _kind("Each voter gets a personalised Velorian card.", "Velorian")  # one adjective
    assert not _kind("a senior Velorian commander and the Velorian said", "Velorian")
    assert not _kind("The Cabinet met. It adopted a Cabinet plan.", "Cabinet")  # "the X met"
    assert not _kind("Talks began with a Cabinet, not a council.", "Cabinet")  # no noun after
    assert not _kind("The report cites a PCRX test.", "PCRX")  # an acronym
    assert not _kind("A Wikistar reporter wrote it.", "Wikistar")  # people of the name
    assert not _kind("a Selvar team and a Selvar fleet", "Selvar")  # a body's word
    assert not _kind("It sent a Marlo plans office.", "Marlo")  # a plural or a verb after it
    assert not _kind("A U.S. diplomat left.", "U.S.")  # a name the gazetteer knows
    assert not _kind("An Orvania official agreed.", "Orvania")  # people of the name
    assert not _kind("They landed at a Tarrow airport.", "Tarrow", "GPE")  # a place tagged
    assert not _kind("a Penguin edition, then Penguin Books published it", "Penguin")
